"""Displays whose backslashes were lost in a copy: `[` and `]` on lines of their own around TeX.

An answer copied out of a chat window into a note keeps MathJax's display `\\[ … \\]` without its
backslashes: a line `[` (or `$[`), the TeX, a line `]` (or `]$`). Such a pair is a display when
what stands between is TeX (a command such as `\\frac`) or a relation, with no blank line and no
mark of data (`"`, `:`, a list item), within a few lines. Only the bracket lines change (to
`$$`); every other character keeps its line and column.
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"^[ \t]*\$?\[[ \t]*$")
_CLOSE = re.compile(r"^[ \t]*\][ \t]*\$?[ \t]*$")
_TEX = re.compile(r"\\[A-Za-z]+|=|≤|≥|<|>")
_DATA = re.compile(r"[\":]|^\s*[-*+]\s")
MAX_ROWS = 8


def bare_brackets_as_displays(text: str) -> str:
    """`text` with each lone `[` … `]` pair around TeX written as `$$` … `$$`."""
    if "[" not in text:
        return text
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        if _OPEN.match(lines[index]):
            close = _closing(lines, index)
            if close is not None:
                lines[index] = _as_dollars(lines[index], "[")
                lines[close] = _as_dollars(lines[close], "]")
                index = close
        index += 1
    return "\n".join(lines)


def _closing(lines: list[str], start: int) -> int | None:
    """The index of the `]` line that closes the `[` at `start` around TeX, or None."""
    for index in range(start + 1, min(len(lines), start + MAX_ROWS + 2)):
        if _CLOSE.match(lines[index]):
            inner = lines[start + 1:index]
            tex = any(_TEX.search(row) for row in inner)
            data = any(_DATA.search(row) for row in inner)
            return index if inner and tex and not data else None
        if not lines[index].strip() or _OPEN.match(lines[index]):
            return None
    return None


def _as_dollars(line: str, bracket: str) -> str:
    """`[`, `$[`, `]`, `]$` as `$$` where the bracket stood (the `$` beside it gone)."""
    column = line.index(bracket)
    return line[:column].replace("$", " ") + "$$"
