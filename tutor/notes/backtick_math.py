"""`f(x) = 5x * (x+1)^-1` between backticks in a plain-text file: AsciiMath as a site that
renders it writes it (a label or words outside, spans run together as `…``= …`). The spans
are the step; what lies outside them is a label or prose."""

from __future__ import annotations

import re

_SPAN = re.compile(r"`([^`]+)`")
_MATH = re.compile(r"[=<>≤≥^*/+]|\d")


def backtick_spans_read(code: str) -> str:
    """`code` with everything outside its backtick spans, and the backticks, made spaces, when
    the line holds spans of math and nothing else but words around them; else `code` as is.
    The same length, so columns stay."""
    spans = list(_SPAN.finditer(code))
    if not spans or code.count("`") != 2 * len(spans) or not any(
            _MATH.search(m.group(1)) for m in spans):
        return code
    out = [" "] * len(code)
    for m in spans:
        out[m.start(1):m.end(1)] = m.group(1)
    return "".join(out)
