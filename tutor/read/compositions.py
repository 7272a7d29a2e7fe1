"""A composition called (`(g \\circ f)(x)`) read as the call it stands for, g(f(x)), in place."""

from __future__ import annotations

import re

# two function letters composed in brackets, then called on a bracket without brackets inside
_COMPOSED_CALL = re.compile(r"\(\s*([a-zA-Z])\s*\\circ\s*([a-zA-Z])\s*\)\s*\(([^()]{1,40})\)")


def compositions_called(text: str) -> str:
    """`text` with `(g \\circ f)(x)` as `g(f(x))`, padded with spaces to its length."""
    if "circ" not in text:
        return text
    return _COMPOSED_CALL.sub(
        lambda m: f"{m.group(1)}({m.group(2)}({m.group(3)}))".ljust(len(m.group())), text)
