"""Solutions an equation loses or gains when sympy's evaluation widens where it is defined.

`z(z-5)/(z-5) = 5` has no solution (z = 5 divides by zero), though evaluated it is `z = 5`;
`x/x = 1` holds for every x but 0; `√x² = x` only for x ≥ 0. The written forms decide.
"""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, Clock
from tutor.judge.caching import attempt
from tutor.judge.expressions import Equation
from tutor.judge.indexed import free_values
from tutor.judge.written import domain_form, where_one_is_defined
from tutor.model import Assumptions, Verdict

MAX_DEGREE = 4


def lost_by_evaluation(e1, e2, assumptions: Assumptions, clock: Clock,
                       identities: bool) -> Verdict | None:
    """A witness that the written equations e1, e2 (one variable) do not have the same
    solutions, though their evaluated forms do; None when none is found. `identities`: both
    hold wherever they are defined (then their domains are their solution sets)."""
    symbols = free_values(e1.lhs, e1.rhs, e2.lhs, e2.rhs)
    if len(symbols) != 1:
        return None
    (x,) = symbols
    try:
        with attempt(min(0.3, clock.remaining())):
            for x0 in _zeros_of_denominators((e1, e2), x):
                h1, h2 = _holds(e1, x, x0), _holds(e2, x, x0)
                if None not in (h1, h2) and h1 != h2:
                    return _witness(x, x0, h1)
    except AttemptTimedOut:
        return None
    return _domains_differ(e1, e2, x, assumptions, clock) if identities else None


def _zeros_of_denominators(equations, x) -> list:
    """Real zeros of the denominators written in the equations (polynomials in x)."""
    zeros = []
    for e in equations:
        for side in (e.lhs, e.rhs):
            for p in side.atoms(sp.Pow):
                if p.exp.is_number and p.exp.is_negative and p.base.has(x) and \
                        p.base.is_polynomial(x) and sp.degree(p.base, x) <= MAX_DEGREE:
                    zeros += [r for r in sp.real_roots(sp.Poly(p.base, x)) if r.is_real]
    return list(dict.fromkeys(zeros))


def _holds(e, x, x0) -> bool | None:
    """Whether the written equation holds at x = x0 (False where a side is undefined)."""
    left, right = e.lhs.subs(x, x0), e.rhs.subs(x, x0)
    if any(v.has(sp.nan, sp.zoo, sp.oo, -sp.oo) for v in (left, right)):
        return False
    difference = sp.simplify(left - right)
    if not difference.is_number:
        return None
    return bool(difference == 0)


def _domains_differ(e1, e2, x, assumptions: Assumptions, clock: Clock) -> Verdict | None:
    """Two equations that hold wherever they are defined: a point where only one is."""
    forms = [domain_form(sp.Add(e.lhs, e.rhs, evaluate=False)) for e in (e1, e2)]
    if None in forms or forms == [0, 0]:
        return None
    for points, k, first in where_one_is_defined(forms, assumptions, clock, wide=False):
        return _witness(x, points.exact(k)[x], first)
    return None


def _witness(x, x0, first: bool) -> Verdict:
    which, other = ("first", "second") if first else ("second", "first")
    return Verdict("not_equal", f"{x} = {x0} solves the {which} equation, not the {other} "
                   "(it is undefined there)", witness={str(x): str(x0)})


def with_sums_as_values(e1, e2, assumptions: Assumptions, clock: Clock, compare) -> Verdict:
    """Equations with sums of x_i: each sum (its index renamed alike) becomes one unknown
    value. Equal then is equal for every value of the sums, so for the true ones; a
    difference may be one the sums' own meaning removes, so it is only "unknown"."""
    values: dict = {}

    def value_of(big):
        key = big.xreplace({big.limits[0][0]: INDEX}) if len(big.limits) == 1 else big
        return values.setdefault(key, sp.Symbol(f"Σ{len(values)}"))  # no name the reader makes

    def as_values(e):
        return e.replace(lambda x: isinstance(x, (sp.Sum, sp.Product)) and x.has(sp.Indexed),
                         value_of)
    plain = [Equation(as_values(e.lhs), as_values(e.rhs)) for e in (e1, e2)]
    if any(side.has(sp.Indexed) for e in plain for side in (e.lhs, e.rhs)):
        return Verdict("unknown", reason="x_i outside a sum in an equation is not compared")
    verdict = compare(*plain, assumptions, clock)
    if verdict.status == "equal":
        return Verdict("equal", f"{verdict.method}, each sum taken as one value",
                       direction=verdict.direction)
    if verdict.status == "unknown":
        return verdict
    return Verdict("unknown", reason="with each sum taken as one value they differ, but what "
                   "the sums are may make them agree")


INDEX = sp.Dummy("k", integer=True)
