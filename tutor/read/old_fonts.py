"""Plain TeX's font switches inside a group (`{\\bf w}`, `{\\rm d}`) read as LaTeX's, in place."""

from __future__ import annotations

import re

# `{\bf w}`: bold, \bm{w} (the same length); `{\rm d}`, `{\it x}`: the letters themselves
_OLD_FONT = re.compile(r"\{(\s*)\\(bf|rm|it)(?![a-zA-Z])")


def old_fonts_read(text: str) -> str:
    """`text` with `{\\bf …}` as `\\bm{…}` and `{\\rm …}`, `{\\it …}` as plain groups."""
    if "{" not in text:
        return text
    return _OLD_FONT.sub(_read, text)


def _read(m: re.Match) -> str:
    return ("\\bm{" if m.group(2) == "bf" else "{   ") + m.group(1)
