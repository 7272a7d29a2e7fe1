"""TeX's infix `{n \\choose k}` and `{a \\over b}` as `\\binom{n}{k}` and `\\frac{a}{b}`, so a
function's braced argument may hold one (`\\log {n \\choose y}`); the same length, padded."""

from __future__ import annotations

import re

_INFIX = re.compile(r"\\(choose|over)(?![a-zA-Z])")
_SPELLED = {"choose": "\\binom", "over": "\\frac"}


def infix_fractions(text: str) -> str:
    """`text` with every braced `{A \\choose B}`, `{A \\over B}` spelled as a command."""
    if "\\choose" not in text and "\\over" not in text:
        return text
    start = 0
    while True:
        m = _INFIX.search(text, start)
        if m is None:
            return text
        text, start = _spelled(text, m)


def _spelled(text: str, m: re.Match) -> tuple[str, int]:
    """The text with the group around the match spelled out, and where to look next."""
    opening, closing = _enclosing_group(text, m.start(), m.end())
    if opening is None:
        return text, m.end()
    first, second = text[opening + 1:m.start()], text[m.end():closing]
    spelled = f"{_SPELLED[m.group(1)]}{{{first.strip()}}}{{{second.strip()}"
    width = closing - opening  # the closing brace stays where it stood
    if len(spelled) > width:
        return text, m.end()
    return text[:opening] + spelled.ljust(width) + text[closing:], opening + len(spelled)


def _enclosing_group(text: str, left: int, right: int) -> tuple[int | None, int | None]:
    """The `{` before `left` and the `}` after `right` that enclose them at one level."""
    depth, opening = 0, None
    for k in range(left - 1, -1, -1):
        if text[k] == "}":
            depth += 1
        elif text[k] == "{":
            if depth == 0:
                opening = k
                break
            depth -= 1
    if opening is None or (opening and text[opening - 1] == "\\"):
        return None, None
    depth = 0
    for k in range(right, len(text)):
        if text[k] == "{":
            depth += 1
        elif text[k] == "}":
            if depth == 0:
                return opening, k
            depth -= 1
    return None, None
