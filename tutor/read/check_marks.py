"""A writer's own tick or cross at the end of a formula (`… \\quad ✓`, `… ✗`), read as a mark."""

from __future__ import annotations

import re

from tutor.errors import Undecidable

_SPACING = r"(?:\\q?quad|\\[,;:!>]|\\hspace\s*\{[^{}]*\}|~|\s)*"
_TICKS = r"✓|✔\ufe0f?|✅|☑\ufe0f?|\\checkmark(?![a-zA-Z])"
_CROSSES = r"✗|✘|❌|✖\ufe0f?|❎"
# `\quad ✓`, `(✓)`, `\text{✓}`, `\checkmark`: after the formula, nothing after it
_MARK_AT_END = re.compile(_SPACING + r"(?:\(\s*|\\text\s*\{\s*)?"
                          rf"({_TICKS}|{_CROSSES})" r"(?:\s*[)}])?\s*\Z")
_CROSS = re.compile(_CROSSES)


def check_marks_blanked(text: str) -> str:
    """`text` with a tick at its end blanked (the formula is checked as written); a cross at
    its end: Undecidable (its writer marked it wrong or not holding: not a claim to judge)."""
    m = _MARK_AT_END.search(text)
    if m is None or not m.group(1):
        return text
    if _CROSS.fullmatch(m.group(1)):
        raise Undecidable("marked with a cross by its writer (shown as a wrong example): "
                          "not checked as a claim")
    return text[:m.start()] + " " * (len(text) - m.start())
