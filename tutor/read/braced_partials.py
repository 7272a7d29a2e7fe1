"""`\\partial{L}`, `\\partial{\\hat{y}}`: a name braced after ∂, read as `\\partial L`."""

from __future__ import annotations

import re

_NAME = r"(?:\\[a-zA-Z]+\s*\{\s*[A-Za-z]\s*\}|\\[a-zA-Z]+|[A-Za-z])(?:_(?:\w|\{\s*\w+\s*\}))?"
_BRACED = re.compile(r"\\partial(\s*)\{(\s*" + _NAME + r"\s*)\}")


def partials_unbraced(text: str) -> str:
    """`text` with the braces around a name after `\\partial` blanked (the same length)."""
    if "\\partial" not in text:
        return text
    return _BRACED.sub(lambda m: f"\\partial{m.group(1)} {m.group(2)} ", text)
