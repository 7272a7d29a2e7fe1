"""`lim(x->0) \\frac{sen x}{x}`: a limit typed as plain text inside TeX math, its variable and
point in round brackets, read as `lim{x->0}` (the grammar's limit with its subscript)."""

from __future__ import annotations

import re

# `lim(x->0)`, `lim (u -> +∞)`, `\lim(x \to 1)`: one name, an arrow, a number, a name or ∞
_TYPED_LIMIT = re.compile(r"(?<![A-Za-z])(?:\\?lim)\s*(\()\s*(?:[A-Za-z]|\\[a-z]+)(?:_\w)?\s*"
                          r"(?:->|\\to(?![A-Za-z])|→|\\rightarrow(?![A-Za-z]))\s*"
                          r"(?:[+-]?\s*(?:\d+(?:\.\d+)?|[A-Za-z]|∞|\\infty(?![A-Za-z])|oo)"
                          r"(?:\s*\^\s*[+-])?)\s*(\))")


def typed_limits_braced(text: str) -> str:
    """`text` with the brackets of each typed limit's subscript made braces, in place."""
    if "lim" not in text:
        return text
    chars = list(text)
    for m in _TYPED_LIMIT.finditer(text):
        chars[m.start(1)], chars[m.start(2)] = "{", "}"
    return "".join(chars)
