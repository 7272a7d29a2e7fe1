"""Constants: a learner's decimals read exactly or to the precision written; numbers compared."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext

import mpmath
import sympy as sp
from sympy.core.evalf import PrecisionExhausted

from tutor.judge.caching import per_object
from tutor.judge.high_precision import DPS, Evaluator, _needed_dps, settle
from tutor.model import Verdict
from tutor.names import PERCENT
from tutor.trees import nodes_of

APPROX_TOLERANCE = 5e-3  # relative, for ≈
# ≈ between numbers, neither a bare decimal to round to: closer than this is no error
LOOSE_TOLERANCE = 0.1
RESIDUE = 0.01  # `Σ_k ∂L/∂z_k = -0.0001 ≈ 0`: a small number said to be about 0 (rounding)


def written(f: sp.Float) -> Decimal:
    """The decimal a learner wrote, from the Float the parser made of it."""
    digits = mpmath.libmp.prec_to_dps(f._prec)
    return Decimal(mpmath.nstr(f._to_mpmath(f._prec + 10), digits, min_fixed=-30,
                               max_fixed=30))


@per_object(4096)
def exact(expr):
    """Decimals written by the learner as exact rationals (0.05 is 1/20), to every digit."""
    floats = nodes_of(expr, sp.Float)
    if not floats:
        return expr
    return expr.xreplace({f: sp.Rational(str(written(f))) for f in floats})


# each run of spaces has one place to go (`\s*\$?\s*` would try every split: cubic on spaces)
BARE_DECIMAL = re.compile(r"^\s*(?:\$\s*)?(?:[-−]\s*)?(?P<whole>\d*)\.(?P<places>\d+)\s*"
                          r"(?:(?:\*|×|·|\\times|\\cdot)\s*10\s*\^\s*(?:[({]\s*)?[-−]?\d+\s*(?:[)}]\s*)?)?"
                          r"(?:\$\s*)?$")


@dataclass(frozen=True)
class Rounding:
    """The values that round to a written decimal: from low to high, each end included or not.

    The convention is the one learners use, round half up (half away from zero for a negative
    number): 0.35 rounds to 0.4, so the values written 0.3 are 0.25 ≤ v < 0.35, and those
    written -0.3 are -0.35 < v ≤ -0.25. The ends are exact rationals.
    """

    low: sp.Rational
    high: sp.Rational
    low_closed: bool
    high_closed: bool

    @property
    def width(self):
        return self.high - self.low


def rounding_interval(expr, text: str | None = None) -> Rounding | None:
    """The values a bare decimal (`0.3775`, `-1.386`, `5.32 × 10^11`) stands for, to the
    places written.

    The digits are read from the text when it is known (our own digit reading, exact: the
    parser's Float forgets the trailing zeros of `0.50`), else from the Float.
    """
    sign, scale, percent = 1, sp.Integer(1), False
    while isinstance(expr, sp.Mul):
        factors = list(expr.args)
        if sp.S.NegativeOne in factors:
            factors.remove(sp.S.NegativeOne)
            sign = -sign
        for p in [f for f in factors if isinstance(f, sp.Pow) and f.base in (10, 100, 1000)
                  and f.exp.is_Integer or f == PERCENT]:  # `4.8%`, 4.8/100: of hundredths
            factors.remove(p)
            scale *= p.base ** p.exp if isinstance(p, sp.Pow) else p
            percent = percent or p == PERCENT
        if len(factors) != 1 or len(factors) == len(expr.args):
            return None
        expr = factors[0]
    if isinstance(expr, sp.Integer) and percent and scale == PERCENT:
        middle, places = expr, 0  # `= 5%` after 0.0475: a whole percent, rounded as such
    elif not isinstance(expr, sp.Float):
        return None
    else:
        middle, places = _digits(expr, text)
    if middle < 0:
        middle, sign = -middle, -sign
    half = sp.Rational(1, 2 * 10**places) * scale
    middle = middle * scale
    if middle == 0:
        return Rounding(-half, half, False, False)
    if sign > 0:
        return Rounding(middle - half, middle + half, True, False)
    return Rounding(-middle - half, -middle + half, False, True)


def rounds_to(value, decimal: sp.Rational, places: int) -> bool | None:
    """Whether the exact value rounds (half up) to the decimal written with that many places;
    None when it is too close to the rounding edge to tell."""
    half = sp.Rational(1, 2 * 10**places)
    low, high = decimal - half, decimal + half
    if decimal == 0:
        return _inside(value, Rounding(low, high, False, False))
    return _inside(value, Rounding(low, high, decimal > 0, decimal < 0))


def _digits(f: sp.Float, text: str | None) -> tuple[sp.Rational, int]:
    """The decimal written (exactly) and its places, from the text when it is a bare decimal."""
    match = BARE_DECIMAL.match(text) if text else None
    if match:
        places = len(match.group("places"))
        magnitude = sp.Rational(int(match.group("whole") + match.group("places")), 10**places)
        return (-magnitude if f < 0 else magnitude), places
    value = written(f)
    places = max(0, -value.as_tuple().exponent)
    return sp.Rational(str(value)), places


def compare_numbers(a, b, rounded, approx: bool) -> Verdict:
    """Two constants: exact arithmetic, a bare decimal read to its precision, else mpmath."""
    try:
        diff = sp.Add(a, -b)
    except (TypeError, ValueError):
        return Verdict("unknown", reason="could not evaluate the numbers")
    if diff == 0:
        return Verdict("equal", "exact arithmetic")
    special = _undefined_or_infinite(a, b)
    if special is not None:
        return special
    values = _number_values(a, b)
    if values is None:
        return Verdict("unknown", reason="could not evaluate the numbers")
    va, vb, settled = values
    written = _to_the_precision_written(a, b, rounded, approx)
    if written is not None:
        return written
    if settled == "same":
        return Verdict("equal", "numeric: equal to many digits")
    close = _approximately(va, vb, rounded) if approx else None
    if close is not None:
        return close
    if settled == "differ" or diff.is_Rational:
        return Verdict("not_equal", f"the values differ: {mpmath.nstr(va, 10)} vs "
                                    f"{mpmath.nstr(vb, 10)}", witness={})
    return Verdict("unknown", reason="could not tell the numbers apart in high precision")


def _approximately(va, vb, rounded) -> Verdict | None:
    """`a ≈ b` of two values: within the tolerance (equal), an approximation to a precision not
    written or a small residue said to be about 0 (unknown), else None."""
    if abs(va - vb) <= APPROX_TOLERANCE * max(abs(va), abs(vb)):
        return Verdict("equal", f"approximately equal (within {APPROX_TOLERANCE:.1%})")
    if rounded[0] is None and rounded[1] is None and abs(
            va - vb) <= LOOSE_TOLERANCE * max(abs(va), abs(vb)):  # e^0.5 ≈ 1 + 0.5, no decimal
        return Verdict("unknown", reason="an approximation (a truncated series, a tangent line) "
                       "to a precision not written: not checked")
    if (va == 0) != (vb == 0) and max(abs(va), abs(vb)) < RESIDUE:
        return Verdict("unknown", reason="a small number said to be about 0 (a rounding "
                       "residue?): how small counts as 0 is not written")
    return None


def _undefined_or_infinite(a, b) -> Verdict | None:
    """0/0, ∞-∞ (unknown); two infinities, or an infinite and a finite value; else None."""
    if a.has(sp.zoo, sp.nan) or b.has(sp.zoo, sp.nan):
        return Verdict("unknown", reason="a value is undefined (a division by zero, 0/0, ∞-∞)")
    if not (a.has(sp.oo, -sp.oo) or b.has(sp.oo, -sp.oo)):
        return None
    if a.is_infinite and b.is_infinite:
        return Verdict("equal" if a == b else "not_equal", "infinite values")
    if (a.is_infinite and b.is_finite) or (b.is_infinite and a.is_finite):
        return Verdict("not_equal", "an infinite value and a finite one", witness={})
    return Verdict("unknown", reason="could not evaluate the numbers")  # Σ i: is it finite?


def _to_the_precision_written(a, b, rounded, approx: bool) -> Verdict | None:
    """A bare decimal on one side: the other value rounds to it, or (not ≈) it does not.
    Decided exactly at the ends of the interval (unknown when the sign cannot be settled)."""
    coarse = _coarser(rounded[0], rounded[1])
    if coarse is None:
        return None
    interval = rounded[coarse]
    other = b if coarse == 0 else a
    inside = _inside(other, interval)
    if inside is None:
        return Verdict("unknown", reason="could not tell whether the value rounds to the "
                                         "decimal written: it is too close to the rounding edge")
    if inside:
        return Verdict("equal", f"equal to the precision written ({_show(interval)})")
    if not approx and not _short_decimal(other, interval) and _inside(other, _cut_off(interval)):
        return Verdict("unknown", reason=f"{_value_text(other, interval)} cut off at the "
                                         "last place written (truncated, not rounded): not "
                                         "checked as a rounding")
    if not approx:
        return Verdict("not_equal", f"{_value_text(other, interval)} does not round to the "
                                    f"decimal written ({_show(interval)})", witness={})
    return None


def _short_decimal(value, interval: Rounding) -> bool:
    """Whether the value is a decimal with one place more than written (0.75 written 0.7):
    nobody cuts such a value off, so the digit is a slip, not a truncation."""
    return bool(value.is_Rational and (value / (interval.width / 10)).is_Integer)


def _cut_off(interval: Rounding) -> Rounding:
    """The values a decimal stands for when the digits after it were dropped (0.3678 for
    0.36788): [0.3678, 0.3679), and (-0.3679, -0.3678] for a negative one."""
    half = interval.width / 2
    if interval.low_closed:  # a positive decimal (or 0: nothing is cut off to it)
        return Rounding(interval.low + half, interval.high + half, True, False)
    return Rounding(interval.low - half, interval.high - half, False, True)


def _inside(value, interval: Rounding) -> bool | None:
    above, below = _sign(value - interval.low), _sign(interval.high - value)
    if above is None or below is None:
        if (above is not None and above < 0) or (below is not None and below < 0):
            return False
        return None
    return ((above > 0 or (above == 0 and interval.low_closed))
            and (below > 0 or (below == 0 and interval.high_closed)))


def _sign(d) -> int | None:
    """The sign of a constant: exactly for a rational, else from digits sympy guarantees."""
    if d.is_Rational:
        return int(sp.sign(d))
    try:
        value = d.evalf(DPS, maxn=4 * DPS + 200, strict=True)
    except (PrecisionExhausted, TypeError, ValueError, ArithmeticError):
        return None
    if not value.is_Float or value == 0:
        return None
    return 1 if value > 0 else -1


def _coarser(first: Rounding | None, second: Rounding | None) -> int | None:
    """Which side is the rounder decimal (0 or 1), the one to read to its precision."""
    if first is None or second is None:
        return None if first is None and second is None else (0 if second is None else 1)
    if first.width == second.width:
        return None
    return 0 if first.width > second.width else 1


def _show(interval: Rounding) -> str:
    low, high = _decimal(interval.low), _decimal(interval.high)
    return (f"{'[' if interval.low_closed else '('}{low}, {high}"
            f"{']' if interval.high_closed else ')'}")


def _value_text(value, interval: Rounding) -> str:
    """A value exactly when it is a terminating decimal, else to a few places beyond the
    interval's."""
    if value.is_Rational and _terminating(value.q):
        return _decimal(value)
    return str(sp.N(value, min(60, len(str(interval.high.q)) + 4)))


def _terminating(q: int) -> bool:
    for factor in (2, 5):
        while q % factor == 0:
            q //= factor
    return q == 1


def _decimal(r: sp.Rational) -> str:
    """A rational with a power-of-ten denominator (the end of a rounding interval), exactly."""
    with localcontext() as context:
        context.prec = len(str(abs(r.p))) + len(str(r.q)) + 5
        return format((Decimal(r.p) / Decimal(r.q)).normalize(), "f")


def _number_values(a, b):
    """Both values in high precision and whether their difference settles (same/differ)."""
    status, va, vb = settle(Evaluator(a), Evaluator(b), {}, _needed_dps(a, b))
    if va is None or vb is None:
        return None
    return va, vb, status if status in ("same", "differ") else None
