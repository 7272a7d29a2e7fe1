"""The commas of thousands: `1,000` and TeX's `1{,}000` as one number where nothing else can
be meant, marked for the grammar's NUMBER."""

from __future__ import annotations

import re

from tutor.errors import ParseError

THOUSANDS = "\ue002"  # the comma of 1,000 (the grammar's NUMBER takes it)
# (`13,523.5`: groups of three, then a decimal point: only thousands can be meant)
_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\d.,])")
_BRACED_THOUSANDS = re.compile(r"(?<![\d.])[1-9]\d{0,2}(?:\{,\}\d{3})+(?![\d,{])")


def braced_thousands(text: str) -> str:
    """`1{,}000` marked as one number."""
    return _BRACED_THOUSANDS.sub(_braced_group, text)


def _braced_group(m: re.Match) -> str:
    """`1{,}000`: TeX's comma of thousands, the digits moved right to stand together."""
    return " " * (2 * m.group().count("{,}")) + m.group().replace("{,}", THOUSANDS)


# `\frac{x^7}{5,040}`: a number that is a whole TeX group (never `\{1,000\}`, a set)
_WHOLE_GROUP = re.compile(r"\s*\}")
_GROUP_OPENED = re.compile(r"(?<!\\)\{\s*$")


def thousands(text: str) -> str:
    """Mark the commas of `1,000` where nothing else can be meant: outside brackets, or as
    the whole of a TeX group."""
    chars = list(text)
    for m in _THOUSANDS.finditer(text):
        before = text[:m.start()]
        group = _GROUP_OPENED.search(before) and _WHOLE_GROUP.match(text, m.end())
        if sum(before.count(o) for o in "([{") > sum(before.count(c) for c in ")]}") \
                and not group:
            line = before.count("\n") + 1
            column = m.start() - (before.rfind("\n") + 1) + 1
            raise ParseError(f"{m.group()} inside brackets: one number (write it without the "
                             "comma) or several (put a space after each comma)?", text, line,
                             column)
        for k in range(m.start(), m.end()):
            if chars[k] == ",":
                chars[k] = THOUSANDS
    return "".join(chars)
