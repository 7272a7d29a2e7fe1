"""A decimal said to go on (`= .5515...`, `≈ 0.8112\\ldots`): about that decimal, cut short."""

from __future__ import annotations

import re

# `= 0.8112...` at the end of a statement: `=` for a value whose digits go on, never a series
# (`1 + 0.5 + 0.25 + …` has no `=` before its last term; `= 0.5, 0.25, …` a comma)
_GOES_ON = re.compile(r"(=|\\approx(?![A-Za-z])|≈)(\s*-?\s*\d*\.\d+\s*)(\.\.\.|\\ldots|\\dots|…)"
                      r"(?=\s*(?:\$|\\\)|\\\]|$))")


def truncated_decimals(text: str) -> str:
    """`= 0.8112...` read as `≈ 0.8112` (the dots blanked), each character where it stood:
    the ≈ check takes a decimal cut short as well as one rounded."""
    if "." not in text and "…" not in text:
        return text
    return _GOES_ON.sub(lambda m: ("≈" if m.group(1) == "=" else m.group(1)) + m.group(2)
                        + " " * len(m.group(3)), text)
