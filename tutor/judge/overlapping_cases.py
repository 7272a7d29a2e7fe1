"""Rows of a function given by cases that overlap on an interval and disagree there."""

from __future__ import annotations

from itertools import combinations

import sympy as sp

PARAMETER_VALUES = (sp.Rational(7, 10), sp.Rational(13, 10), sp.Integer(2))  # λ, μ, … > 0
PRECISION = 30
TOLERANCE = sp.Float("1e-20", PRECISION)


def disagreeing_cases(piecewise) -> str | None:
    """Why a definition by cases contradicts itself: two rows whose conditions in the same one
    variable both hold on an interval (x ≤ 0 and x < 0, a ≥ slipped to ≤) and whose values
    differ at a point inside it (confirmed at 30 digits); None when there are no such rows."""
    if not isinstance(piecewise, sp.Piecewise):
        return None
    rows = [(value, condition) for value, condition in piecewise.args if condition is not sp.true]
    for (first, when_first), (second, when_second) in combinations(rows, 2):
        variables = when_first.free_symbols | when_second.free_symbols
        if len(variables) != 1:
            continue
        x = next(iter(variables))
        point = _inside(_common_part(when_first, when_second, x))
        if point is None:
            continue
        values = _differ_at(first, second, x, point)
        if values is not None:
            given = "".join(f", {_name(n)} = {v}" for n, v in values[2].items())
            return (f"the cases overlap: at {_name(x)} = {point}{given} both {_said(when_first)}"
                    " and "
                    f"{_said(when_second)} hold, and they give {values[0]} and {values[1]} "
                    "(a condition written the wrong way round?)")
    return None


_SIGNS = {sp.Le: "≤", sp.Lt: "<", sp.Ge: "≥", sp.Gt: ">", sp.Eq: "=", sp.Ne: "≠"}


def _name(symbol) -> str:
    """A name as written: λ for lambda."""
    return sp.pretty(symbol, use_unicode=True) if isinstance(symbol, sp.Symbol) else str(symbol)


def _said(condition) -> str:
    """A condition as the learner writes it: `x ≤ 0`, `0 ≤ x and x ≤ 1`."""
    if isinstance(condition, sp.And):
        return " and ".join(_said(part) for part in condition.args)
    sign = _SIGNS.get(type(condition))
    return f"{_name(condition.lhs)} {sign} {_name(condition.rhs)}" if sign else str(condition)


def _common_part(when_first, when_second, x):
    """The real values of x where both conditions hold (None when it cannot be worked out)."""
    real = sp.Dummy("x", real=True)
    try:
        return when_first.xreplace({x: real}).as_set().intersect(
            when_second.xreplace({x: real}).as_set())
    except (NotImplementedError, TypeError, ValueError, AttributeError):
        return None


def _inside(part):
    """A whole or simple number inside an interval of `part` (never on its ends); None when
    `part` holds no interval (one point, nothing, or not worked out)."""
    intervals = part.args if isinstance(part, sp.Union) else (part,)
    for piece in intervals:
        if not isinstance(piece, sp.Interval) or piece.measure == 0:
            continue
        low, high = piece.start, piece.end
        if low.is_infinite and high.is_infinite:
            return sp.Integer(0)
        if low.is_infinite:
            return sp.floor(high) - 1
        if high.is_infinite:
            return sp.ceiling(low) + 1
        return (low + high) / 2
    return None


def _differ_at(first, second, x, point):
    """The two values at x = point and the other names at a simple positive value (and those
    values) when both are finite real numbers that differ; None otherwise."""
    others = sorted((first.free_symbols | second.free_symbols) - {x}, key=str)
    for value in PARAMETER_VALUES:
        given = dict.fromkeys(others, value)
        at = {x: point, **given}
        a, b = (e.xreplace(at).evalf(PRECISION) for e in (first, second))
        if not (a.is_real and b.is_real and a.is_finite and b.is_finite):
            continue
        if abs(a - b) > TOLERANCE:
            return sp.Float(a, 4), sp.Float(b, 4), given
    return None
