"""`1-((2/3) 2+(1/3)2) = 4/9`: a digit right after a closing bracket, as a page copied to plain
text leaves a square whose superscript it lost. A step wrong on the product reading is unsure."""

from __future__ import annotations

import re

from tutor.model import StepResult

# `(2/3) 2`, `(1/3)2`: a bracket closed, at most one space, then a lone 2 or 3 (no `2.5`, `2x`)
_LOST = re.compile(r"\)[ ]?([23])(?![\w.,(])")


def on_a_lost_superscript(last: StepResult, text: str) -> None:
    """`last` made unchecked when it is an error and its line writes a digit right after a
    bracket: no one writes a factor there, a lost exponent is what the text most likely holds."""
    found = _LOST.search(text) if last.verdict == "error" else None
    if found is not None:
        last.not_sure(f"'{found.group()}' is read as a product; it may be a power whose "
                      "superscript was lost (as text copied from a page loses it): not sure")
