"""`\\left. F \\right|_a^b` bounds F alone: read as `\\left[ F \\right]_a^b`, keeping positions.

TeX's invisible delimiter `\\left.` opens a group that the bar closes, so the bar's bounds apply to
what stands between them: `e - \\left. e^{x} \\right|_0^1` is e − (e¹ − e⁰), not (e − eˣ) between
0 and 1. A bar with no `\\left.` before it (`x^2 - x \\Big|_0^1`) still takes all before it, as
notes mean it; a bar at values (`\\right|_{z=0}`) is left as it is.
"""

from __future__ import annotations

import re

_DELIMITER = re.compile(r"\\(left|right)(?![a-zA-Z])\s*(\\(?:[a-zA-Z]+|.)|.)", re.S)
_BOUNDS = re.compile(r"\s*_\s*(?:\{[^{}=]*\}|[^{\s])\s*\^")  # `_0^1`, `_{0}^{\pi}`: no `=`


def left_dot_bounds(text: str) -> str:
    """Each `\\left.` … `\\right|` pair (matched as TeX nests them) whose bar has bounds after
    it, as `\\left[` … `\\right]`; everything else as written (same length)."""
    if "\\left" not in text or "\\right" not in text:
        return text
    chars, opened = list(text), []
    for m in _DELIMITER.finditer(text):
        if m.group(1) == "left":
            opened.append(m.start(2) if m.group(2) == "." else None)
            continue
        dot = opened.pop() if opened else None
        if dot is not None and m.group(2) == "|" and _BOUNDS.match(text, m.end()):
            chars[dot], chars[m.start(2)] = "[", "]"
    return "".join(chars)
