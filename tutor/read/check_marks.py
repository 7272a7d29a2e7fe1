"""Ink around a formula: a writer's tick or cross at its end (`… \\quad ✓`), `\\cdot dx`."""

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
INTEGRAL = re.compile(r"\\[io]+nt(?![a-zA-Z])|∫")
# `\int e^x \cdot dx`: a dot between the integrand and its differential
_DOT_DIFFERENTIAL = re.compile(r"\\cdot(?=(?:\s|\\[,;!])*d[a-zA-Z](?![a-zA-Z]))")


_EXCLAIMED = re.compile(r"(?<=\s)!+(?=\s*$)")


def check_marks_blanked(text: str) -> str:
    """`text` with a tick at its end blanked (the formula is checked as written); a cross at
    its end: Undecidable (its writer marked it wrong or not holding: not a claim to judge)."""
    if "!" in text:  # `f'(x) = 0 !`: an exclamation set apart at the end, never 0!
        text = _EXCLAIMED.sub(lambda e: " " * len(e.group()), text)
    m = _MARK_AT_END.search(text)
    if m is None or not m.group(1):
        return text
    if _CROSS.fullmatch(m.group(1)):
        raise Undecidable("marked with a cross by its writer (shown as a wrong example): "
                          "not checked as a claim")
    return text[:m.start()] + " " * (len(text) - m.start())


def dots_before_differentials(text: str) -> str:
    """`text` with a `\\cdot` right before the differential of an integral blanked."""
    if "\\cdot" not in text or not INTEGRAL.search(text):
        return text
    return _DOT_DIFFERENTIAL.sub(lambda m: " " * len(m.group()), text)
