"""`… = \\\\` then `= …` on the next line of one equation (multline, a broken display): the sign
repeated at the break, as Russian and other European typesetting wants it, is one sign."""

from __future__ import annotations

import re

# `=` at the end of a line and again at the start of the next one (the `\\` between blanked)
_REPEATED_EQUALS = re.compile(r"(?<![<>!:=\\])=([ \t]*\n\s*)=(?!=)")


def repeated_equals_blanked(row: str) -> str:
    """`row` with the second of two `=` that stand across a line break blanked (same length)."""
    if "\n" not in row or "=" not in row:
        return row
    return _REPEATED_EQUALS.sub(lambda m: "=" + m.group(1) + " ", row)
