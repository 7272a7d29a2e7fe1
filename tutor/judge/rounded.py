"""Arithmetic with rounded decimals: `0.75 · 0.415` may stand for 0.75 · log₂(4/3)."""

from __future__ import annotations

import sympy as sp

from tutor.judge.decimals import exact, written
from tutor.model import Verdict
from tutor.trees import nodes_of

ROUNDED_DIGITS = 3     # a decimal of 3 significant digits or more is a rounded result
CARRIED = 3  # a gap up to 3 times several decimals' own rounding: roundings carried along


def within_rounding(written_a, written_b, a, b) -> Verdict | None:
    """When a and b (numbers) differ by less than the decimals of 3 or more significant digits
    multiplied inside the written expressions allow (each within half a unit of its last place,
    to first order; 0.75·0.415 may stand for 0.75·log₂(4/3)): "equal" when one such decimal
    beside an exact side explains the gap (it is the rounding of the value it stands for: a
    slip in its last digit would leave a larger gap) or the difference is under a tenth of
    that (a rounded intermediate), else "unknown" (a slip in one digit may hide among
    several). None otherwise. A lone decimal is read to its precision elsewhere; decimals
    that are added are taken as exact data."""
    if rounded_term_by_term(written_a, written_b):
        return Verdict("equal", TERM_BY_TERM)
    slack = _slack(written_a) + _slack(written_b)
    alone = _one_rounded_beside_exact(written_a, written_b)
    if not slack:
        return None
    try:
        gap = abs(sp.N(a - b, 30))
    except (TypeError, ValueError):
        return None
    if not (gap.is_number and gap.is_finite) or gap >= slack * (
            CARRIED if _carried(written_a, written_b) else 1):  # ∞, nan: no rounding gap
        return None
    if gap >= slack:  # -0.538 × 0.392 with 0.392 = 0.196 × 2 rounded before: roundings carried
        return Verdict("unknown", reason=f"they differ by {sp.N(gap, 3)}, a little more than "
                                         f"the rounding of the decimals multiplied in allows "
                                         f"({sp.N(slack, 3)}): right if those decimals carry "
                                         "roundings of earlier steps, wrong if exact")
    if alone or gap * 10 < slack:   # one decimal: its rounding; far inside: rounded
        return Verdict("equal", f"equal to the precision of the decimals multiplied in (they "
                                f"differ by {sp.N(gap, 3)}, within {sp.N(slack, 3)})")
    return Verdict("unknown", reason=f"they differ by {sp.N(gap, 3)}, less than the rounding of "
                                     f"the decimals multiplied in allows ({sp.N(slack, 3)}): "
                                     "right if those were rounded values, wrong if exact")


TERM_BY_TERM = "equal term by term to the rounding of the decimals written"
MAX_TERMS = 8  # sums longer than this are not paired off


def rounded_term_by_term(a, b) -> bool:
    """Two sums of as many terms (as written) whose terms pair off (in order of size), each
    pair equal but for one rounding: a lone decimal that is the other term rounded to the
    places written (0.7·0.515 + 0.3·1.737 = 0.360 + 0.521, a tie rounded either way), or one
    rounded decimal beside an exact term (7 log 0.7 + 3 log 0.3 = 7(-0.3567) + 3(-1.2040)); two
    products likewise, factor by factor (e^{-0.5}/√(8π) = 0.1995 × 0.6065).
    Each rounding is checked where it was made, so a slip in one digit cannot hide among
    the others."""
    kind = type(a) if type(a) is type(b) and isinstance(a, (sp.Add, sp.Mul)) else None
    terms = [[t for t in side.args if t != 1 or kind is sp.Add] for side in (a, b)]  # 1/√8π
    if kind is None or len(terms[0]) != len(terms[1]) or len(terms[0]) > MAX_TERMS:
        return False   # sums term by term; products factor by factor (0.1995 × 0.6065)
    try:
        pairs = zip(*(sorted(((sp.N(exact(t), 30), t) for t in side), key=lambda p: p[0])
                      for side in terms), strict=True)
        return all(_rounded_pair(s, t, abs(vs - vt)) for (vs, s), (vt, t) in pairs)
    except (TypeError, ValueError, ArithmeticError):  # a term that is no real number
        return False


def _rounded_pair(s, t, gap) -> bool:
    if not gap.is_number:
        return False
    if gap < sp.Float("1e-25"):
        return True
    for term, other in ((s, t), (t, s)):
        if isinstance(other, sp.Float) and not term.is_Float and gap <= _half_last_place(other):
            return True   # the lone decimal is the term rounded to its places
    if isinstance(s, sp.Pow) and isinstance(t, sp.Pow) and s.exp == t.exp and s.exp.is_number:
        return rounded_term_by_term(s.base, t.base)  # 0.099/(0.099 + 0.023): the denominators
    if type(s) is type(t) and isinstance(s, (sp.Add, sp.Mul)):  # 343·0.0009 for 7³e^{-7}
        return rounded_term_by_term(s, t)
    return _one_rounded_beside_exact(s, t) and gap < _slack(s) + _slack(t)


def _half_last_place(f: sp.Float):
    """Half a unit of the last place written, whatever the number of digits (0.52: 0.005)."""
    exponent = written(f).as_tuple().exponent
    return sp.Rational(1, 2 * 10 ** -exponent) if isinstance(exponent, int) and exponent < 0 \
        else sp.Rational(1, 2)


def _carried(a, b) -> bool:
    """One side a product of two or more rounded decimals, the other none: each factor may
    carry the roundings of the steps that made it (-0.364 × 0.447 for dL/dw); a lone one beside
    its exact value cannot, nor can the terms of a sum paired off with theirs."""
    return any(isinstance(x, sp.Mul) and _rounded(x) >= 2 and _rounded(y) == 0
               for x, y in ((a, b), (b, a)))


def _one_rounded_beside_exact(a, b) -> bool:
    """One side holds one decimal of 3 or more significant digits and the other none: the gap
    within its rounding then says it is the rounding of the value it stands for."""
    counts = sorted(_rounded(x) for x in (a, b))
    return counts == [0, 1]


def _rounded(expr) -> int:
    """The decimals of 3 or more significant digits multiplied in expr, or expr itself one
    (0.0616); those inside a function are data (log₂ 0.625)."""
    factors = {f for m in nodes_of(expr, sp.Mul) for f in m.args if isinstance(f, sp.Float)}
    if expr.is_Float:
        factors.add(expr)
    return sum(half_unit(f) is not None for f in factors)


def _slack(expr) -> sp.Float:
    """How far the value can move when each rounded decimal inside moves half a unit."""
    factors = {f for m in nodes_of(expr, sp.Mul) for f in m.args if isinstance(f, sp.Float)}
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


def half_unit(f: sp.Float, digits_at_least: int = ROUNDED_DIGITS):
    """Half a unit of the last place written (0.415: 0.0005), for 3+ significant digits (or
    as many as `digits_at_least` says: a value known to be rounded has any number)."""
    sign, digits, exponent = written(f).as_tuple()
    significant = len(digits) - next((k for k, d in enumerate(digits) if d), len(digits))
    if not isinstance(exponent, int) or exponent >= 0 or significant < digits_at_least:
        return None
    return sp.Rational(1, 2 * 10 ** -exponent)


def rounding_of(f: sp.Float):
    """Half a unit of the last place of a decimal of 3 or more significant digits, or of 3 or
    more places (0.054, 0.0538 rounded to three places: a small value's two digits); else None
    (0.25, 0.3: a value set down, read as exact)."""
    half, exponent = half_unit(f), written(f).as_tuple().exponent
    if half is None and isinstance(exponent, int) and exponent <= -3:
        return half_unit(f, 1)
    return half


def rounding_verdict(gap, slack, single: bool, rounded: str = "the decimals written"):
    """Sides `gap` apart where rounding allows `slack`: "equal" when one rounded number moves
    them (`single`) or the gap is well inside, "unknown" when several might explain it; None
    when rounding cannot."""
    if not (gap.is_number and slack.is_number and gap.is_finite and slack.is_finite) \
            or gap > slack:  # ∞ − ∞ is nan: no rounding gap
        return None
    if single or gap * 10 < slack:
        return Verdict("equal", f"equal to the rounding of {rounded} (they differ by "
                                f"{sp.N(gap, 3)}, within {sp.N(slack, 3)})")
    return Verdict("unknown", reason=f"they differ by {sp.N(gap, 3)}, less than the rounding of "
                                     f"{rounded} allows ({sp.N(slack, 3)})")


MANY_CONSTANTS = 24  # the constants of a side tried as what a decimal rounds
WRITTEN_DIGITS = 8  # more digits than a learner writes: a value worked out (σ(0.3)), not written


def decimal_of_a_constant(verdict: Verdict, a, b, assumptions, clock, judge) -> Verdict:
    """`(1.2)^x[3x² + 0.1823(x³ + 2)]` beside `3x²(1.2)^x + ln 1.2 · (1.2)^x (x³ + 2)`: one
    side holds one decimal of 3 or more significant digits inside its formula, the other none
    but a constant that decimal is the rounding of (ln 1.2 = 0.18232…, within half a unit of
    its last place): "equal" when `judge` (compare_expressions) finds the sides equal with the
    decimal read as that constant; else `verdict`. A slip in a digit leaves a larger gap."""
    for side, other in ((a, b), (b, a)):
        decimals = [f for f in side.atoms(sp.Float) if half_unit(abs(f)) is not None]
        if len(decimals) != 1 or not side.free_symbols or len(written(decimals[0]).as_tuple()
                .digits) > WRITTEN_DIGITS or any(half_unit(abs(f)) for f in other.atoms(sp.Float)):
            continue  # a number alone is read to its precision elsewhere; σ(0.3) worked out
        (f,) = decimals
        for value in _constants(exact(other))[:MANY_CONSTANTS]:
            for constant in (value, -value):
                try:
                    near = abs(sp.N(constant - exact(f), 30)) <= half_unit(abs(f))
                except (TypeError, ValueError):
                    near = False
                if near and judge(side.xreplace({f: constant}), other, assumptions,
                                  clock).status == "equal":
                    return Verdict("equal", f"equal with {written(f)} read as the constant "
                                            f"it rounds, {constant} = {sp.N(constant, 6)}")
    return verdict


def _constants(expr) -> list:
    """The numbers in `expr` that are no rationals (ln(6/5), √2, π, the 3 ln 2 of 3 ln 2 · x),
    in order of reading."""
    found = []
    for node in sp.preorder_traversal(expr):
        if isinstance(node, sp.Mul) and node.free_symbols:
            node = node.as_independent(*node.free_symbols)[0]  # 3 ln 2 of 3 ln 2 · x
        if isinstance(node, sp.Basic) and node.is_number and node.is_rational is not True \
                and not node.is_Float and node not in found:  # 12243/217 unevaluated: rational
            found.append(node)
    return found
