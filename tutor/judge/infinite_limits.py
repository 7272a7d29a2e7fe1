"""A limit of a quotient whose denominator tends to 0 and whose numerator does not: no finite value.

`f'(x) = lim_{h→0} ((x+h)² + 5(x+h) + 1 - x² + 5x + 1)/h` (a sign slipped in the difference
quotient, so 10x + 2 is left over the h) is not the finite limit 2x + 5 of the line above: at
x = 1/3 the numerator tends to 16/3 and the denominator to 0, so the quotient grows without
bound. sympy may not settle such a limit in time; this says so from the two values alone.
"""

from __future__ import annotations

import numpy as np
import sympy as sp

from tutor.budget import AttemptTimedOut
from tutor.compat import AppliedUndef
from tutor.judge import caching
from tutor.judge.domain import flag_mask
from tutor.judge.evaluation import evaluated
from tutor.judge.limit_values import real_or_infinite, unbounded_beside
from tutor.model import Assumptions, Verdict
from tutor.trees import nodes_of

# values tried for the other letters (small, positive, not whole: they meet most conditions)
POINTS = (sp.Rational(1, 3), sp.Rational(5, 7), sp.Rational(7, 4), sp.Rational(11, 5))


def infinite_limit(a, b, assumptions: Assumptions, unevaluated: str) -> Verdict:
    """"not_equal" with a witness when one side is a limit with no finite value at some point
    where the other side, with no limit, is a finite number: exactly (a quotient whose bottom
    tends to 0 and top does not) or by numbers near the point growing without bound (a
    bottom sympy cannot take apart); else "unknown" for the reason given (`unevaluated`)."""
    for side, other in ((a, b), (b, a)):
        if not isinstance(side, sp.Limit) or other.has(sp.Limit):
            continue
        other = _worked_out(other)  # f'(x) of the f given above: its derivative taken
        if other is None or other.has(sp.Derivative, sp.Integral, sp.Sum):
            continue
        found = _witness(side, other, assumptions)
        found = _growing(side, other, assumptions) if found is None else found
        if found is not None:
            return found
    return Verdict("unknown", reason=unevaluated)


def _worked_out(expr):
    """`expr` with its derivatives taken, within half a second; None when they cannot be."""
    try:
        with caching.attempt(0.5):
            return evaluated(expr).doit()
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError):
        return None


def _growing(limit: sp.Limit, other, assumptions: Assumptions) -> Verdict | None:
    """`f'(x) = lim_{h→0} 3/(h(√(3(x+h)-4) + √(3x-4)))`, the cancelled h kept below: at a point
    where `other` is finite, numbers near the limit point grow without bound (from each side
    the limit is taken from)."""
    point = unbounded_beside(limit, other)
    if point is None or not _meets(assumptions, point):
        return None
    var, at = limit.args[1], limit.args[2]
    shown = ", ".join(f"{s}={v}" for s, v in point.items())
    return Verdict("not_equal", method=f"at {shown or 'every point'} the limit's expression grows "
                   f"without bound as {var} → {at} (numbers near the point): the limit is not "
                   f"finite, the other side is {other.xreplace(point)}",
                   witness={str(s): str(v) for s, v in point.items()})


def _witness(limit: sp.Limit, other, assumptions: Assumptions) -> Verdict | None:
    body, var, at = limit.args[0], limit.args[1], limit.args[2]
    if not at.is_number or not at.is_finite or body.has(sp.Limit) or nodes_of(body, AppliedUndef):
        return None
    top, bottom = sp.fraction(sp.together(body))
    if not bottom.has(var) or sp.expand(bottom.subs(var, at)) != 0:
        return None
    letters = sorted((top.free_symbols | bottom.free_symbols | other.free_symbols) - {var},
                     key=lambda s: s.name)
    for shift in range(len(POINTS)):
        point = {s: POINTS[(k + shift) % len(POINTS)] for k, s in enumerate(letters)}
        if not _meets(assumptions, point):
            continue
        rest = top.subs(var, at).subs(point)
        value = sp.nsimplify(other.subs(point)) if other.free_symbols else other
        if not (rest.is_number and rest.is_finite and value.is_number and value.is_finite):
            continue
        if not (real_or_infinite(rest) and real_or_infinite(value)):  # √(2x - 3) at x = 1/3
            continue
        if abs(sp.N(rest, 50)) < sp.Float("1e-30", 50) or not _tends_to_zero(
                bottom.subs(point), var, at) or not _tends_to(top.subs(point), var, at, rest):
            continue
        shown = ", ".join(f"{s}={v}" for s, v in point.items())
        return Verdict("not_equal", method=f"at {shown or 'every point'} the quotient's top tends "
                       f"to {sp.nsimplify(rest)} and its bottom to 0 as {var} → {at}: the limit "
                       f"is not finite, the other side is {value}",
                       witness={str(s): str(v) for s, v in point.items()})
    return None


def _tends_to_zero(bottom, var, at) -> bool:
    """The bottom at exact points nearing `at` from both sides: nonzero, shrinking to 0 (a
    continuous bottom, never one that is 0 all along or blows up)."""
    sizes = []
    for step in (sp.Rational(1, 10**3), sp.Rational(1, 10**6), -sp.Rational(1, 10**6)):
        near = sp.N(bottom.subs(var, at + step), 50)
        if not near.is_number or not near.is_finite or near == 0 or not real_or_infinite(near):
            return False
        sizes.append(abs(near))
    return sizes[1] < sizes[0] and sizes[1] < sp.Float("1e-4")


def _tends_to(top, var, at, rest) -> bool:
    """The top near `at` is near its value there (a top continuous at the point)."""
    near = sp.N(top.subs(var, at + sp.Rational(1, 10**9)) - rest, 50)
    return near.is_number and abs(near) < sp.Float("1e-6") * (1 + abs(sp.N(rest, 50)))


def _meets(assumptions: Assumptions, point: dict) -> bool:
    """Every flag and relation holds at the point, decided exactly (an undecided one fails)."""
    for s, v in point.items():
        if not flag_mask(assumptions, s.name, np.array([float(v)]))[0]:
            return False
    return all(rel.xreplace(point) is sp.true for rel in assumptions.relations)
