"""The value of an expression holding a one-sided zero (`\\frac{10}{5 \\cdot 0^-}`): the
one-sided limit it stands for, found only where that is sound (one such zero in it)."""

from __future__ import annotations

import sympy as sp

from tutor.judge.evaluation import evaluated
from tutor.judge.limit_values import verified_limit

# the names tutor.read.one_sided_zeros gives 0⁺ and 0⁻ (as the builder spells its marks)
SIDES = {"_e009_p": "+", "_e009_m": "-"}
SHOWN = {"_e009_p": "0⁺", "_e009_m": "0⁻"}
SECONDS = 1.0


def one_sided_zeros_in(expr) -> list[sp.Symbol]:
    """The one-sided zeros standing in `expr`."""
    return sorted((s for s in getattr(expr, "free_symbols", ()) if s.name in SIDES),
                  key=lambda s: s.name)


def one_sided_value(expr) -> tuple[sp.Basic | None, str]:
    """(the value of `expr`, or None, and why not): a number, ±∞, a limit sympy finds and
    numbers confirm, or an expression with one 0⁺ (0⁻) as t → 0⁺ (0⁻) of it with t for the
    zero. Two of them (`0⁺/0⁺`) are two quantities tending to 0: a form, no value."""
    zeros = one_sided_zeros_in(expr)
    if len(zeros) > 1 or (zeros and expr.count(zeros[0]) > 1):
        return None, "several one-sided zeros in one expression (such as 0⁺/0⁺) are a form " \
            "with no value"
    if set(getattr(expr, "free_symbols", ())) - set(zeros):
        return None, "an expression in letters beside a one-sided zero"
    if zeros:
        t = sp.Dummy("t", real=True)
        expr = sp.Limit(expr.xreplace({zeros[0]: t}), t, 0, SIDES[zeros[0].name])
    if isinstance(expr, sp.Limit):
        value = verified_limit(expr, SECONDS)
    elif expr.has(sp.Limit):
        value = None
    else:
        value = evaluated(expr)
    if value is None or value.has(sp.nan, sp.zoo, sp.AccumBounds) or value.free_symbols:
        return None, "its one-sided limit was not found"
    return value, ""


def same_value(a, b) -> bool | None:
    """Whether two values (numbers or ±∞) are equal; None when that is not settled."""
    if a.is_infinite or b.is_infinite:
        return a == b
    difference = sp.nsimplify(sp.N(a - b, 40), rational=False)
    if difference == 0:
        return sp.simplify(a - b) == 0 or None
    return False
