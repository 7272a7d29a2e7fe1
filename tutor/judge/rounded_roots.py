"""Roots written as rounded decimals (`x² - 2 = 0 ⇒ x = 1.414`): read as the roots they round.

A root of the new equation that is a decimal written in it (`x = 1.414`, `x = ±1.41`,
`(x - 0.414)(x + 2.414) = 0`) and is no root of the old equation stands for the one root of
the old equation that rounds (half up) to it at the places written. The equations are then
compared with that root in its place, so a root lost or a wrong one is still found. Nothing is
read so when a decimal has one significant digit (0.7 for ln 2 or for 0.65: a rounding or a
slip?), when two roots round to it, or when a root is too near the edge of its rounding; a root
cut off at the places (2.718 for e²'s root e) is not called wrong. The places are read from
the text (the number forgets a trailing zero: 1.730 is no rounding of √3); without the text,
a rounded reading only makes the comparison "unknown", never "equal".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from tutor.budget import Clock
from tutor.judge.decimals import rounds_to, written
from tutor.judge.expressions import Equation
from tutor.judge.solution_sets import listed_points
from tutor.model import Assumptions, Verdict
from tutor.trees import nodes_of

MIN_SIGNIFICANT = 2   # 0.7 for ln 2 = 0.693…: a rounding or a slip? not read as a rounding


def compare_rounded_roots(e1: Equation, e2: Equation, z1, z2, var, assumptions: Assumptions,
                          clock: Clock, compare: Callable, texts=(None, None)) -> Verdict | None:
    """e1 and e2 (their zero forms z1, z2 in var alone, exact) compared with the decimal roots
    of one read as the roots of the other they round; None when no root is such a decimal
    (`texts`: how each was written; the number forgets a trailing zero, and 1.730 is no
    rounding of √3: without its text, such a reading leaves the comparison unknown)."""
    for rounded, other, z_rounded, z_other, text in ((e2, e1, z2, z1, texts[1]),
                                                     (e1, e2, z1, z2, texts[0])):
        read = _roots_read(rounded, z_rounded, z_other, var, clock, text)
        if read is None:
            continue
        if isinstance(read, str):
            return Verdict("unknown", reason=read)
        roots, told = read
        if text is None:  # the places as the number keeps them: 1.73 may have been 1.730
            return Verdict("unknown", reason=f"its decimals may be rounded roots ({told}); "
                           "the places written are not known here")
        exact_roots = Equation(sp.Mul(*(var - r for r in roots)), sp.S.Zero)
        pair = (other, exact_roots) if rounded is e2 else (exact_roots, other)
        verdict = compare(*pair, assumptions, clock)
        if verdict.status == "equal":
            return replace(verdict, method=f"{verdict.method}, the decimals written being "
                                           f"those roots rounded ({told})")
        return replace(verdict, reason=f"{verdict.reason} (read with {told})")
    return None


def _roots_read(rounded: Equation, z_rounded, z_other, var, clock: Clock, text: str | None):
    """The roots of `rounded` with each decimal one that is no root of the other equation read
    as the root of the other it rounds, and what was read so; None when none is such a
    decimal or sympy cannot list both sets; why not, when a rounding cannot be told."""
    places = _decimals_written(rounded, text)
    if not places:
        return None
    theirs, mine = listed_points(z_other, var, clock), listed_points(z_rounded, var, clock)
    if theirs is None or mine is None:
        return None
    snapped, told = [], []
    for point in mine:
        if point in theirs or abs(point) not in places:
            snapped.append(point)
            continue
        root = _root_rounded_to(point, places[abs(point)], theirs)
        if root is None or isinstance(root, str):
            return root
        snapped.append(root)
        told.append(f"{_decimal(point, places[abs(point)])} for {root}")
    return (snapped, ", ".join(told)) if told else None


def _decimals_written(e: Equation, text: str | None) -> dict | None:
    """|value| → places of each decimal in the equation, as the text writes it (without the
    text, as the number keeps them: a trailing zero is lost); None when the text does not
    tell (a value written with two numbers of places, or not found)."""
    floats = nodes_of(e.lhs, sp.Float) | nodes_of(e.rhs, sp.Float)
    if not floats:
        return None
    if text is None:  # the places the number keeps: never more than were written
        return {abs(sp.Rational(str(written(f)))): max(0, -written(f).as_tuple().exponent)
                for f in floats}
    written_places = {}
    for m in DECIMAL.finditer(text):
        value = sp.Rational(f"{m.group(1) or 0}.{m.group(2)}")
        written_places.setdefault(value, set()).add(len(m.group(2)))
    found = {}
    for f in floats:
        value = abs(sp.Rational(str(written(f))))
        if len(written_places.get(value, ())) != 1:
            return None
        (found[value],) = written_places[value]
    return found


DECIMAL = re.compile(r"(?<![\d.])(\d*)\.(\d+)(?![\d.])")


def _root_rounded_to(point, places: int, roots: list):
    """The one root that rounds to the decimal `point`; None when none does; why not, when the
    rounding cannot be told."""
    near = []
    for root in roots:
        inside = rounds_to(root, point, places)
        if inside is None:
            return f"a root is too near the edge of the rounding of {_decimal(point, places)}"
        if inside:
            near.append(root)
    shown = _decimal(point, places)
    if not near:
        close = [r for r in roots if _cut_off(r, point, places)]
        return f"{shown} is the root {close[0]} cut off at the places written, not rounded: " \
            "not checked as a rounding" if close else None
    if len(near) > 1:
        return f"several roots round to {shown}"
    if _significant(point, places) < MIN_SIGNIFICANT:
        return f"{shown} may be {near[0]} rounded to one digit, or a slip: too few digits to tell"
    return near[0]


def _cut_off(root, point, places: int) -> bool:
    """The root with its digits after the places dropped (2.718 for e): not a rounding, not
    called wrong either."""
    try:
        gap = sp.N(abs(root) - abs(point), 30)
        return bool(sp.sign(root) == sp.sign(point) and 0 <= gap < sp.Rational(1, 10**places))
    except (TypeError, ValueError):
        return False


def _significant(point, places: int) -> int:
    digits = str(abs(point * 10**places))
    return len(digits.lstrip("0"))


def _decimal(point, places: int) -> str:
    return f"{float(point):.{places}f}"
