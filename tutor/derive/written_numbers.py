"""Numbers as a line writes them: decimals, fractions of whole numbers, a point alone."""

from __future__ import annotations

import re

import sympy as sp

from tutor.judge.decimals import exact

WRITTEN_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])")  # 2, 1.5, 0.25 as written
# 1/4, \frac{1}{4}, \tfrac14: a value written as a fraction of two whole numbers
_WRITTEN_FRACTION = re.compile(r"(?<![\w.])(\d+)\s*/\s*(\d+)(?![\w.])"
                               r"|\\[dt]?frac\s*(?:\{\s*(\d+)\s*\}|(\d))\s*(?:\{\s*(\d+)\s*\}|(\d))")
# `At $(2, 2)$: $D = 24$`: a point written alone, its numbers
_POINT = re.compile(r"\(\s*-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)+\s*\)")


def point_written(text: str) -> tuple | None:
    """The numbers of a point written alone (`(2, -1)`), else None."""
    if not _POINT.fullmatch(text.strip(" \t\n$.,:;")):
        return None
    return tuple(exact(sp.Float(n)) for n in re.findall(r"-?\d+(?:\.\d+)?", text))


def written_values(text: str) -> set:
    """The numbers written in `text` (2, 1.5, 0.25), fractions of whole numbers (1/4,
    \\frac{1}{4}, \\tfrac14) as their values too."""
    values = {exact(sp.Float(n)) for n in WRITTEN_NUMBER.findall(text)}
    for m in _WRITTEN_FRACTION.finditer(text):
        top, bottom = [d for d in m.groups() if d is not None]
        if int(bottom):
            values.add(sp.Rational(int(top), int(bottom)))
    return values
