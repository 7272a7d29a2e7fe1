"""Points for conditions: sampled in floating point to screen, made exact to confirm a witness."""

from __future__ import annotations

from decimal import Decimal, localcontext

import numpy as np
import sympy as sp

from tutor.judge.domain import flag_mask, satisfied
from tutor.judge.float_arrays import evaluate_at
from tutor.judge.opaque import Opened
from tutor.judge.points import Points, _seed, draw
from tutor.model import Assumptions

CLEAR = 1e-9   # a float difference this far from rounding (relative) is read as its sign
SCREEN = 400   # points drawn at short decimals, and as many across scales


def sample_points(symbols, assumptions: Assumptions, exprs, n: int = SCREEN) -> Points:
    """Points of the assumed domain: short decimals (and breakpoints), then values across
    scales; the same symbols give the same points in every process."""
    rng = np.random.default_rng(_seed(*exprs))
    near = draw(symbols, assumptions, rng, Opened(), n=n, breakpoints=True)
    far = draw(symbols, assumptions, rng, Opened(), n=n, wide=True)
    return near.joined(far) if near.n and far.n else (near if near.n else far)


def side_values(expr, points: Points):
    """(values, undefined mask) of expr at the points, or None when it cannot be screened."""
    columns = {s: col for s, col in points.columns.items()}
    found = evaluate_at(expr, columns, points.n)
    if found is None:
        return None
    values, undefined = found
    return values, undefined | ~np.isfinite(values)


def relation_masks(lhs, op: str, rhs, points: Points):
    """(clearly holds, clearly fails or undefined) at the points, or None."""
    left, right = side_values(lhs, points), side_values(rhs, points)
    if left is None or right is None:
        return None
    (a, ua), (b, ub) = left, right
    undefined = ua | ub
    with np.errstate(all="ignore"):
        gap = a - b
        clear = np.abs(gap) > CLEAR * np.maximum(1.0, np.maximum(np.abs(a), np.abs(b)))
    truth = {"<": gap < 0, "<=": gap <= 0, ">": gap > 0, ">=": gap >= 0,
             "!=": gap != 0, "==": gap == 0}[op]
    if op == "==":
        return ~clear & ~undefined, (clear & ~undefined) | undefined
    return truth & clear & ~undefined, (~truth & clear & ~undefined) | undefined


def condition_masks(relations: list, points: Points):
    """(clearly holds, clearly fails) of a conjunction of (lhs, op, rhs), or None."""
    holds = np.ones(points.n, dtype=bool)
    fails = np.zeros(points.n, dtype=bool)
    for lhs, op, rhs in relations:
        masks = relation_masks(lhs, op, rhs, points)
        if masks is None:
            return None
        holds &= masks[0]
        fails |= masks[1]
    return holds, fails


def exact_point(points: Points, k: int) -> dict:
    """Point k with exact values: the short decimals (or fractions) the witness shows."""
    exact = {}
    for s, v in points.exact(k).items():
        exact[s] = sp.Rational(str(v)) if not isinstance(v, int) else sp.Integer(v)
    return exact


def in_domain(assumptions: Assumptions, point: dict) -> bool:
    """The exact point meets the flags and every relation of the assumptions."""
    for s, v in point.items():
        if not flag_mask(assumptions, s.name, np.array([float(v)]))[0]:
            return False
    return satisfied(assumptions, point)


def shown(point: dict) -> dict[str, str]:
    """A witness as text by symbol name (a decimal fraction as the decimal: 0.5987)."""
    return {str(s): _decimal(v) for s, v in sorted(point.items(), key=lambda kv: str(kv[0]))}


def _decimal(v) -> str:
    if isinstance(v, sp.Rational) and not v.is_Integer:
        q = int(v.q)
        for prime in (2, 5):
            while q % prime == 0:
                q //= prime
        if q == 1:
            with localcontext() as context:
                context.prec = 400
                return format(Decimal(int(v.p)) / Decimal(int(v.q)), "f")
    return str(v)
