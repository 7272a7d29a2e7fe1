"""Prose that takes an index to be another than the one before (`For incorrect class $j$`)."""

from __future__ import annotations

import re

# "for the incorrect class $j$", "other classes $j$", "a different index $k$", "off-diagonal $j$"
_OTHER = re.compile(
    r"\b(?:incorrect|other|wrong|different|non-?target|remaining|off-diagonal|false)\s+"
    r"(?:(?:class(?:es)?|index|indices|labels?|units?|outputs?|entr(?:y|ies)|neurons?|logits?"
    r"|categor(?:y|ies)|components?)\s*)?\$\s*([a-zA-Z])\s*\$", re.I)
# "i≠0", "$j \\neq i$", "i != k": the first letter is set apart from the other index
_APART = re.compile(r"(?<![A-Za-z\\])([a-zA-Z])\s*(?:≠|!=|\\neq?(?![a-zA-Z]))\s*"
                    r"[a-zA-Z0-9](?![A-Za-z0-9])")
_BEFORE = 300  # characters of prose looked at before a block: its last sentences


def other_index_said(text: str, start: int) -> str:
    """The index letter the prose just before `start` takes to be another one ('' if none)."""
    said = [(m.start(), m.group(1)) for pattern in (_OTHER, _APART)
            for m in pattern.finditer(text, max(0, start - _BEFORE), start)]
    return max(said)[1] if said else ""
