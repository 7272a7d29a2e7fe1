"""`= \\frac00 FI`: the mark Italian notes put after an indeterminate form (forma indeterminata)."""

from __future__ import annotations

import re

_FORM_MARK = re.compile(r"(?<=[\s}$\d])(?:F\.?I\.?|\\text\s*\{\s*F\.?I\.?\s*\})"
                        r"(?=\s*(?:$|\\xrightarrow|\\q?quad|\\lim|=))")


def form_marks_blanked(text: str) -> str:
    """`text` with each FI after a form blanked (ink: the form itself is what is claimed)."""
    if "FI" not in text and "F.I" not in text:
        return text
    return _FORM_MARK.sub(lambda m: " " * len(m.group()), text)
