"""A value said to be about a decimal (`e^{0.1739} ≈ 1.1904`) whose last digits are off: a warning.

`≈` between numbers is ok within half a percent (learners carry rounded values), but a decimal
of four or more significant digits claims those digits: when the value lies further from it
than one unit of its last place plus what rounding the decimals inside the value allows, the
digits are a slip (1.18995… written 1.1904). The step is no identity to refute (it said about),
so it is a warning that names the value; an error only when the value lies further than
FAR_OFF times what the last place and the rounding of every decimal inside allow, the short
ones too (σ(1.1835) = 0.76558 written ≈ 0.7692: no rounding of the numbers written explains it).
"""

from __future__ import annotations

import sympy as sp

from tutor.judge.decimals import exact, written
from tutor.judge.rounded import ROUNDED_DIGITS
from tutor.model import StepResult
from tutor.trees import nodes_of

LOOSE_OK = "approximately equal (within"  # the method of an ≈ passed by the loose tolerance
DIGITS_CLAIMED = 4  # significant digits of a decimal that claims its last place
DPS = 30
FAR_OFF = 10  # a gap this many times the allowed one is a wrong number, not rounding


def off_in_the_last_digits(last: StepResult, a, b) -> None:
    """`last` (the step a ≈ b, passed within the loose tolerance) made a warning when one side
    is a decimal of DIGITS_CLAIMED or more significant digits, the other a number, and the two
    lie further apart than the last place and the rounding of the decimals inside allow."""
    if last.verdict != "ok" or not (last.method or "").startswith(LOOSE_OK):
        return
    for decimal, value in ((b, a), (a, b)):
        found = _digits_off(decimal, value)
        if found is not None:
            shown, far = found
            last.verdict, last.code = ("error" if far else "warning"), "arithmetic"
            last.message = (f"not about {written(decimal)}: the value is {shown}" if far
                            else digits_off_said(shown))
            last.diagnosis = f"{shown}, not {written(decimal)}"
            return


def digits_off_said(found: str, where: str = "") -> str:
    """The warning of digits off: `where` names an entry of a vector (` of entry 2`)."""
    return f"about right, but the last digits{where} are off: the value is {found}"


def digits_off(decimal, value) -> str | None:
    """The value to the places of `decimal` and beyond, when `decimal` (of DIGITS_CLAIMED or
    more significant digits) is further from it than its last place and rounding allow; else
    None (tutor.derive.diagnosis_vectors asks it of each entry of a vector too)."""
    found = _digits_off(decimal, value)
    return None if found is None else found[0]


def _digits_off(decimal, value) -> tuple[str, bool] | None:
    """(the value as digits_off shows it, whether it lies FAR_OFF times further than the last
    place and the rounding of every decimal inside allow, short ones too: 0.7 may be 0.66)."""
    if not isinstance(decimal, sp.Float) or not isinstance(value, sp.Expr) or \
            value.free_symbols or value.has(sp.Symbol):
        return None
    places, significant = _places(decimal)
    if places <= 0 or significant < DIGITS_CLAIMED:
        return None
    try:
        exact_value = sp.N(exact(value), DPS)
        gap = abs(exact_value - sp.N(exact(decimal), DPS))
        allowed = sp.Rational(1, 10**places) + 2 * _slack(value)
    except (TypeError, ValueError, ArithmeticError):
        return None
    if not (gap.is_number and gap.is_finite and allowed.is_finite) or gap <= allowed or \
            gap > abs(exact_value) / 100:  # far apart as numbers: a unit made them agree (MB)
        return None
    widest = FAR_OFF * (sp.Rational(1, 10**places) + 2 * _slack(value, every_decimal=True))
    return format(float(exact_value), f".{places + 2}f"), bool(gap > widest)


def _places(decimal: sp.Float) -> tuple[int, int]:
    """Places after the point and significant digits of the decimal as written."""
    sign, digits, exponent = written(decimal).as_tuple()
    if not isinstance(exponent, int):
        return 0, 0
    significant = len(digits) - next((k for k, d in enumerate(digits) if d), len(digits))
    return -exponent, significant


def _slack(value, every_decimal: bool = False) -> sp.Expr:
    """How far `value` moves when each decimal inside it moves half a unit of its last place
    (`e^{0.1739}`: 0.1739 may be 0.17394 rounded), to first order, summed; decimals of fewer
    than ROUNDED_DIGITS digits are exact unless `every_decimal`."""
    base = sp.N(exact(value), DPS)
    total = sp.Integer(0)
    for f in nodes_of(value, sp.Float):
        places, significant = _places(f)
        if significant < ROUNDED_DIGITS and not every_decimal:  # 0.7, a weight: exact
            continue
        half = sp.Rational(1, 2 * 10**places) if places > 0 else sp.Rational(1, 2)
        moved = sp.N(exact(value.xreplace({f: f + half})), DPS)
        if not (moved.is_number and moved.is_finite):
            return sp.oo
        total += abs(moved - base)
    return total
