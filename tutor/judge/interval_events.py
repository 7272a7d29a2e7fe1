"""The probability of a variable between two numbers, `P(-1 < Z < 1)`, `P(2 \\le X \\le 4)`: the
law's distribution at the upper bound less at the lower one."""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp
from sympy.core.relational import Relational

_UPPER = {sp.StrictLessThan: "strict", sp.LessThan: "closed"}
_LOWER = {sp.StrictGreaterThan: "strict", sp.GreaterThan: "closed"}


def _as_bound(relation, variable=None):
    """(variable, side, kind, number) of `X < 2` or `2 < X` ("upper"/"lower"), else None."""
    if not isinstance(relation, Relational):
        return None
    for left, right, flipped in ((relation.lhs, relation.rhs, False),
                                 (relation.rhs, relation.lhs, True)):
        if isinstance(left, sp.Symbol) and right.is_number and (variable in (None, left)):
            kind = type(relation)
            if flipped:  # 2 < X is X > 2
                kind = {sp.StrictLessThan: sp.StrictGreaterThan, sp.LessThan: sp.GreaterThan,
                        sp.StrictGreaterThan: sp.StrictLessThan,
                        sp.GreaterThan: sp.LessThan}.get(kind)
            if kind in _UPPER:
                return left, "upper", _UPPER[kind], right
            if kind in _LOWER:
                return left, "lower", _LOWER[kind], right
    return None


def between(event, tail: Callable):
    """P(a < X < b) through `tail(relation)` (the probability of a one-sided event, or None)
    when `event` bounds one variable on both sides by numbers; None otherwise."""
    if not isinstance(event, sp.And) or len(event.args) != 2:
        return None
    bounds = [_as_bound(r) for r in event.args]
    if None in bounds or bounds[0][0] != bounds[1][0] or {b[1] for b in bounds} != {
            "upper", "lower"}:
        return None
    upper, lower = sorted(bounds, key=lambda b: b[1] != "upper")
    x = upper[0]
    below_high = tail(sp.Le(x, upper[3]) if upper[2] == "closed" else sp.Lt(x, upper[3]))
    below_low = tail(sp.Lt(x, lower[3]) if lower[2] == "closed" else sp.Le(x, lower[3]))
    if below_high is None or below_low is None:
        return None
    return below_high - below_low
