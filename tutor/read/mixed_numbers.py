"""A mixed number at the end of a chain (`= \\frac{3}{2} = 1\\frac{1}{2}`, `= -4 \\frac{1}{2}`)
read as one number (3/2, -9/2), in place; elsewhere a number before a fraction multiplies."""

from __future__ import annotations

import re

# a whole number and a proper fraction of numbers, the whole value after `=` (or ≈), nothing
# after it but the end, another `=`, punctuation or a row's end
_MIXED = re.compile(r"(?<=[=≈])(\s*-?\s*)(?<![\d.])([1-9]\d{0,3})(\s*)\\[dt]?frac\s*"
                    r"\{\s*(\d{1,4})\s*\}\s*\{\s*(\d{1,4})\s*\}"
                    r"(?=\s*(?:$|=|\\approx|[,.;]?\s*$|\\\\|&|\\quad|\\text))")


def mixed_numbers_read(text: str) -> str:
    """`text` with each mixed number as one improper fraction, padded to the same length (a
    number too long for the room it stood in stays as written: a product)."""
    if "frac" not in text:
        return text
    return _MIXED.sub(_improper, text)


def _improper(m: re.Match) -> str:
    whole, top, bottom = int(m.group(2)), int(m.group(4)), int(m.group(5))
    if not 0 < top < bottom:
        return m.group()
    read = f"\\frac{{{whole * bottom + top}}}{{{bottom}}}"
    room = len(m.group()) - len(m.group(1))
    return m.group() if len(read) > room else m.group(1) + read.ljust(room)
