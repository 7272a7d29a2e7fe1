"""Beamer overlays blanked, keeping positions: `\\pause`, `\\onslide<2->{…}`, `\\only<3>{…}`,
`\\alert{…}` around math or rows of an align (what they wrap stays, as on the last slide)."""

from __future__ import annotations

import re

_WRAPPER = re.compile(r"\\(?:onslide|only|uncover|visible|invisible|alert)(?![a-zA-Z])"
                      r"\s*(?:<[^<>{}\n]*>)?\s*(\{)?")
_PAUSE = re.compile(r"\\pause(?![a-zA-Z])(?:\s*\[[^\]\n]*\])?")


def overlays_blanked(text: str) -> str:
    """`text` with each overlay command blanked, and the braces of the group it wraps; an
    `\\alert` without braces or spec is left alone (it is no overlay)."""
    if "\\" not in text:
        return text
    chars = list(text)
    for m in _PAUSE.finditer(text):
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    for m in _WRAPPER.finditer(text):
        if m.group(1) is None and "<" not in m.group():
            continue
        close = _closing_brace(text, m.end(1)) if m.group(1) else None
        if m.group(1) and close is None:
            continue
        chars[m.start():m.end()] = " " * (m.end() - m.start())
        if close is not None:
            chars[close] = " "
    return "".join(chars)


def _closing_brace(text: str, after: int) -> int | None:
    """The position of the `}` closing a group opened just before `after`, else None."""
    depth = 1
    at = after
    while at < len(text):
        char = text[at]
        if char == "\\":
            at += 2
            continue
        depth += char == "{"
        depth -= char == "}"
        if depth == 0:
            return at
        at += 1
    return None
