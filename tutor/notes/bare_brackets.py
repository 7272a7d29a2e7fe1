"""Math whose backslashes were lost in a copy: `[` and `]` on lines of their own around TeX,
`( … )` around TeX inside a line.

An answer copied out of a chat window into a note keeps MathJax's display `\\[ … \\]` without its
backslashes: a line `[` (or `$[`), the TeX, a line `]` (or `]$`). Such a pair is a display when
what stands between is TeX (a command such as `\\frac`) or a relation, with no blank line and no
mark of data (`"`, `:`, a list item), within a few lines. Only the bracket lines change (to
`$$`); every other character keeps its line and column. Inline, MathJax's `\\( … \\)` comes out
as `( … )` with a space inside each parenthesis: such a pair around TeX (a command, or a
relation with a power or an index: `( \\binom{4}{3} = 4 )`, `( 2^4 = 16 )`) is inline math, its
parentheses written as `$`.
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"^[ \t]*\$?\[[ \t]*$")
_CLOSE = re.compile(r"^[ \t]*\][ \t]*\$?[ \t]*$")
_TEX = re.compile(r"\\[A-Za-z]+|=|≤|≥|<|>")
_DATA = re.compile(r"[\":]|^\s*[-*+]\s")
MAX_ROWS = 8


_INLINE_OPEN = re.compile(r"(?:(?<=\s)|^)\( ")
_COMMAND = re.compile(r"\\[A-Za-z]")


def bare_brackets_as_displays(text: str) -> str:
    """`text` with each lone `[` … `]` pair around TeX written as `$$` … `$$`, and each
    `( … )` around TeX in a line as `$ … $`."""
    if "( " in text:
        lines = text.split("\n")
        text = "\n".join(line if inside else _inline_parentheses(line)
                         for line, inside in zip(lines, _inside_displays(lines), strict=True))
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


def _inside_displays(lines: list[str]) -> list[bool]:
    """For each of `lines`: does it stand inside a display (`$$`, `\\[`, an environment)
    opened on a line above? Its parentheses are the TeX's own (`\\sum_i ( y_i - h(x_i) )`
    in a row of an `align`), never MathJax's lost `\\(`."""
    inside, dollars, brackets, depth = [], False, False, 0
    for line in lines:
        inside.append(dollars or brackets or depth > 0)
        dollars ^= line.count("$$") % 2 == 1
        opened, closed = line.rfind("\\["), line.rfind("\\]")
        brackets = opened > closed if max(opened, closed) >= 0 else brackets
        depth = max(0, depth + line.count("\\begin{") - line.count("\\end{"))
    return inside


def _as_dollars(line: str, bracket: str) -> str:
    """`[`, `$[`, `]`, `]$` as `$$` where the bracket stood (the `$` beside it gone)."""
    column = line.index(bracket)
    return line[:column].replace("$", " ") + "$$"


def _inline_parentheses(line: str) -> str:
    """`( P(A \\cap B) )` in a line as `$ P(A \\cap B) $` (see the module docstring)."""
    if "$" in line or "`" in line:
        return line
    chars, closes = list(line), _matching_closes(line)
    for opened in _INLINE_OPEN.finditer(line):
        start = opened.start()
        index = closes.get(start)
        if index is None:
            continue
        inner = line[start + 1:index]
        after = line[index + 1:index + 2]
        if line[index - 1] == " " and _inline_tex(inner) and chars[start] == "(" \
                and not (after.isalnum() or after and after in "^_"):  # never `( … )^2`
            chars[start] = chars[index] = "$"
    return "".join(chars)


def _inline_tex(inner: str) -> bool:
    """Is `inner` TeX: a command, or a relation with a power or an index?"""
    return bool(_COMMAND.search(inner)) or "=" in inner and ("^" in inner or "_" in inner)


def _matching_closes(line: str) -> dict[int, int]:
    """The column of the `)` that closes each `(` of `line` that is closed (one pass)."""
    opened: list[int] = []
    closes = {}
    for index, char in enumerate(line):
        if char == "(":
            opened.append(index)
        elif char == ")" and opened:
            closes[opened.pop()] = index
    return closes
