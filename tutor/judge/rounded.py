"""Arithmetic with rounded decimals: `0.75 · 0.415` may stand for 0.75 · log₂(4/3)."""

from __future__ import annotations

import sympy as sp

from tutor.judge.decimals import exact, written
from tutor.model import Verdict

ROUNDED_DIGITS = 3     # a decimal of 3 significant digits or more is a rounded result


def within_rounding(written_a, written_b, a, b) -> Verdict | None:
    """When a and b (numbers) differ by less than the decimals of 3 or more significant digits
    multiplied inside the written expressions allow (each within half a unit of its last place,
    to first order; 0.75·0.415 may stand for 0.75·log₂(4/3)): "equal" when one such decimal
    beside an exact side explains the gap (it is the rounding of the value it stands for: a
    slip in its last digit would leave a larger gap) or the difference is under a tenth of
    that (a rounded intermediate), else "unknown" (a slip in one digit may hide among
    several). None otherwise. A lone decimal is read to its precision elsewhere; decimals
    that are added are taken as exact data."""
    slack = _slack(written_a) + _slack(written_b)
    alone = _one_rounded_beside_exact(written_a, written_b)
    if not slack:
        return None
    try:
        gap = abs(sp.N(a - b, 30))
    except (TypeError, ValueError):
        return None
    if not (gap.is_number and gap.is_finite) or gap >= slack:  # ∞ or nan: no rounding gap
        return None
    if alone or gap * 10 < slack:   # one decimal: its rounding; far inside: rounded
        return Verdict("equal", f"equal to the precision of the decimals multiplied in (they "
                                f"differ by {sp.N(gap, 3)}, within {sp.N(slack, 3)})")
    return Verdict("unknown", reason=f"they differ by {sp.N(gap, 3)}, less than the rounding of "
                                     f"the decimals multiplied in allows ({sp.N(slack, 3)}): "
                                     "right if those were rounded values, wrong if exact")


def _one_rounded_beside_exact(a, b) -> bool:
    """One side holds one decimal of 3 or more significant digits and the other none: the gap
    within its rounding then says it is the rounding of the value it stands for."""
    counts = sorted(_rounded(x) for x in (a, b))
    return counts == [0, 1]


def _rounded(expr) -> int:
    """The decimals of 3 or more significant digits multiplied in expr, or expr itself one
    (0.0616); those inside a function are data (log₂ 0.625)."""
    factors = {f for m in expr.atoms(sp.Mul) for f in m.args if isinstance(f, sp.Float)}
    if expr.is_Float:
        factors.add(expr)
    return sum(half_unit(f) is not None for f in factors)


def _slack(expr) -> sp.Float:
    """How far the value can move when each rounded decimal inside moves half a unit."""
    factors = {f for m in expr.atoms(sp.Mul) for f in m.args if isinstance(f, sp.Float)}
    if expr.is_Float or expr.free_symbols or not factors:
        return sp.Float(0)
    total = sp.Float(0)
    try:
        base = sp.N(exact(expr), 30)
        for f in factors:   # 0.75·0.415 (log₂(4/3) rounded); 3.29 + 1.16 adds exact data
            half = half_unit(f)
            if half is None:
                continue
            moved = sp.N(exact(expr.xreplace({f: f + half})), 30)
            if not (moved.is_number and base.is_number):
                return sp.Float(0)
            total += abs(moved - base)
    except (ValueError, TypeError, ArithmeticError):   # a sum that diverges, say
        return sp.Float(0)
    return total


def half_unit(f: sp.Float):
    """Half a unit of the last place written (0.415: 0.0005), for 3+ significant digits."""
    sign, digits, exponent = written(f).as_tuple()
    significant = len(digits) - next((k for k, d in enumerate(digits) if d), len(digits))
    if not isinstance(exponent, int) or exponent >= 0 or significant < ROUNDED_DIGITS:
        return None
    return sp.Rational(1, 2 * 10 ** -exponent)
