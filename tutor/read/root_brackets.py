"""`\\sqrt(x + 1)`: a square root written with round brackets as a function's call. TeX takes
the `(` alone as the root's argument (√( x + 1)); the writer means √(x + 1), so the brackets
are read as the root's braces, in place (the same length)."""

from __future__ import annotations

import re

_ROOT_CALL = re.compile(r"\\sqrt\s*(?=\()")


def root_brackets_braced(text: str) -> str:
    """`text` with each `\\sqrt(…)` whose bracket closes on the same math as `\\sqrt{(…)}`."""
    if "\\sqrt" not in text:
        return text
    for m in reversed(list(_ROOT_CALL.finditer(text))):
        opened = m.end()
        closed = _closing(text, opened)
        if closed >= 0:
            text = text[:opened] + "{" + text[opened + 1:closed] + "}" + text[closed + 1:]
    return text


def _closing(text: str, opened: int) -> int:
    """The index of the `)` that closes the `(` at `opened`; -1 if none."""
    depth = 0
    for k in range(opened, len(text)):
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        if depth == 0:
            return k
    return -1
