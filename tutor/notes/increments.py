"""An increment Δx taken to 0 in a limit: in that document `\\Delta x` is one name, Δx.

`\\lim_{\\Delta x \\to 0} \\frac{f(x + \\Delta x) - f(x)}{\\Delta x}` (first principles) goes to 0
in Δx, which is no product Δ·x; every `\\Delta x` of the document is then the name `\\Delta_x`
(the same length, so every character keeps its column).
"""

from __future__ import annotations

import re

# `\lim_{\Delta x \to 0}`, `\lim_{\Delta t\rightarrow 0}`: a limit in an increment
_INCREMENT_LIMIT = re.compile(r"\\lim\s*_\s*\{\s*\\Delta\s+[a-zA-Z](?![a-zA-Z])\s*"
                              r"\\(?:to|rightarrow)")
# `\Delta x` (a space, then one letter): the increment of x
_INCREMENT = re.compile(r"\\Delta(\s+)([a-zA-Z])(?![a-zA-Z])")


def increments_as_names(text: str) -> str:
    """`text` with each `\\Delta x` as `\\Delta_x` when it takes a limit in such an increment."""
    if "\\Delta" not in text or not _INCREMENT_LIMIT.search(text):
        return text
    return _INCREMENT.sub(lambda m: "\\Delta_" + m.group(2) + " " * (len(m.group(1)) - 1), text)
