"""Constants: a learner's decimals read exactly or to the precision written; numbers compared."""

from __future__ import annotations

import re
from decimal import Decimal

import mpmath
import sympy as sp

from tutor.judge.high_precision import DPS, Evaluator, _needed_dps, settle
from tutor.model import Verdict

APPROX_TOLERANCE = 5e-3  # relative, for ≈


def written(f: sp.Float) -> Decimal:
    """The decimal a learner wrote, from the Float the parser made of it."""
    digits = mpmath.libmp.prec_to_dps(f._prec)
    return Decimal(mpmath.nstr(f._to_mpmath(f._prec + 10), digits, min_fixed=-30,
                               max_fixed=30))


def exact(expr):
    """Decimals written by the learner as exact rationals (0.05 is 1/20), to every digit."""
    floats = expr.atoms(sp.Float)
    if not floats:
        return expr
    return expr.xreplace({f: sp.Rational(str(written(f))) for f in floats})


BARE_DECIMAL = re.compile(r"^\s*\$?\s*[-−]?\s*\d*\.(\d+)\s*((\*|×|·|\\times|\\cdot)\s*10\s*\^"
                          r"\s*[({]?\s*[-−]?\d+\s*[)}]?)?\s*\$?\s*$")


def rounding_interval(expr, text: str | None = None) -> tuple[sp.Rational, sp.Rational] | None:
    """[low, high] for a bare decimal (`0.3775`, `-1.386`, `5.32 × 10^11`), the values it rounds.

    The places are read from the text when it is known: the parser's Float forgets the
    trailing zeros of `0.50`.
    """
    sign, scale = 1, sp.Integer(1)
    while isinstance(expr, sp.Mul):
        factors = list(expr.args)
        if sp.S.NegativeOne in factors:
            factors.remove(sp.S.NegativeOne)
            sign = -sign
        for p in [f for f in factors if isinstance(f, sp.Pow) and f.base == 10
                  and f.exp.is_Integer]:
            factors.remove(p)
            scale *= sp.Integer(10) ** p.exp
        if len(factors) != 1 or len(factors) == len(expr.args):
            return None
        expr = factors[0]
    if not isinstance(expr, sp.Float):
        return None
    value = written(expr)
    places = -value.as_tuple().exponent
    match = BARE_DECIMAL.match(text) if text else None
    if match:
        places = max(places, len(match.group(1)))
    half = sp.Rational(str(Decimal(5).scaleb(-places - 1)))
    middle = sp.Rational(str(value))
    return tuple(sorted((sign * scale * (middle - half), sign * scale * (middle + half))))


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
    written = _to_the_precision_written(va, vb, rounded, approx)
    if written is not None:
        return written
    if settled == "same":
        return Verdict("equal", "numeric: equal to many digits")
    if approx and abs(va - vb) <= APPROX_TOLERANCE * max(abs(va), abs(vb)):
        return Verdict("equal", f"approximately equal (within {APPROX_TOLERANCE:.1%})")
    if settled == "differ" or diff.is_Rational:
        return Verdict("not_equal", f"the values differ: {mpmath.nstr(va, 10)} vs "
                                    f"{mpmath.nstr(vb, 10)}", witness={})
    return Verdict("unknown", reason="could not tell the numbers apart in high precision")


def _undefined_or_infinite(a, b) -> Verdict | None:
    """0/0, ∞-∞ (unknown); two infinities, or an infinite and a finite value; else None."""
    if a.has(sp.zoo, sp.nan) or b.has(sp.zoo, sp.nan):
        return Verdict("unknown", reason="a value is undefined (a division by zero, 0/0, ∞-∞)")
    if not (a.has(sp.oo, -sp.oo) or b.has(sp.oo, -sp.oo)):
        return None
    if a.is_infinite and b.is_infinite:
        return Verdict("equal" if a == b else "not_equal", "infinite values")
    if a.is_infinite or b.is_infinite:
        return Verdict("not_equal", "an infinite value and a finite one", witness={})
    return Verdict("unknown", reason="could not evaluate the numbers")


def _to_the_precision_written(va, vb, rounded, approx: bool) -> Verdict | None:
    """A bare decimal on one side: the other value rounds to it, or (not ≈) it does not."""
    coarse = _coarser(rounded[0], rounded[1])
    if coarse is None:
        return None
    low, high = (_mp_value(x) for x in rounded[coarse])
    other = vb if coarse == 0 else va
    if low <= other <= high:
        return Verdict("equal", f"equal to the precision written ({_show(low, high)})")
    if not approx:
        return Verdict("not_equal", f"{mpmath.nstr(other, 12)} does not round to the "
                                    "decimal written", witness={})
    return None


def _coarser(first, second) -> int | None:
    """Which side is the rounder decimal (0 or 1), the one to read to its precision."""
    if first is None or second is None:
        return None if first is None and second is None else (0 if second is None else 1)
    width = [high - low for low, high in (first, second)]
    return None if width[0] == width[1] else (0 if width[0] > width[1] else 1)


def _mp_value(r: sp.Rational):
    with mpmath.workdps(DPS):
        return mpmath.mpf(r.p) / r.q


def _show(low, high) -> str:
    return f"between {mpmath.nstr(low, 12)} and {mpmath.nstr(high, 12)}"


def _number_values(a, b):
    """Both values in high precision and whether their difference settles (same/differ)."""
    status, va, vb = settle(Evaluator(a), Evaluator(b), {}, _needed_dps(a, b))
    if va is None or vb is None:
        return None
    return va, vb, status if status in ("same", "differ") else None
