"""`f : ]-1, +\\infty[ \\rightarrow \\mathbb{R},\\, x \\mapsto \\ln(1+x)`: a function given by its
sets and its rule, read as the definition `f(x) = \\ln(1+x)`, every character where it stood."""

from __future__ import annotations

import re

# the name and a colon, its sets (anything but another colon or =), the variable, ↦, the rule
_MAPS_TO = re.compile(r"^(\s*\\?[A-Za-z]+(?:_\{?\w+\}?)?)(\s*:[^:=]*?[,;]?\s*)([A-Za-z])(\s*"
                      r"(?:\\mapsto(?![a-zA-Z])|↦|\\longmapsto(?![a-zA-Z])))")


def maps_to_read(text: str) -> str:
    """`text` with a function written `f : A → B, x ↦ rule` as `f(x) = rule` (the sets
    blanked); anything else as it is."""
    if "mapsto" not in text and "↦" not in text:
        return text
    m = _MAPS_TO.match(text)
    if m is None or len(m.group(2)) < 2:
        return text
    head = f"({m.group(3)})".ljust(len(m.group(2)) + 1)  # the sets and the variable: `(x)`
    return m.group(1) + head + "=".ljust(len(m.group(4))) + text[m.end():]
