"""Matrix environments that are no matrix of numbers: a vector column, a bracket of one entry.

`\\begin{pmatrix} n \\\\ k \\end{pmatrix}` is read as the binomial coefficient (probability
notes); a line where such a column holds a decimal or a negative entry (`(1.6, 0.2)` of a
gradient step), or which takes a gradient `\\nabla`, writes vectors: every such column of that
line is then a column vector (`bmatrix`, the same length: every character keeps its column).

A `bmatrix` around one entry that holds an environment of its own (`np\\begin{bmatrix} Σ_k
\\begin{pmatrix} n \\\\ k \\end{pmatrix} p^k + … \\end{bmatrix}`, square brackets drawn tall)
is that bracket, a group: `\\left( … \\right)`, the inner row break no row of the outer.
"""

from __future__ import annotations

import re

_COLUMN = re.compile(r"\\begin\s*\{pmatrix\}((?:(?!\\end)[^&])*?)\\end\s*\{pmatrix\}")
_DECIMAL_OR_NEGATIVE = re.compile(r"\d\.\d|(?:^|\\\\)\s*-")
_ENVIRONMENT_MARK = re.compile(r"\\(begin|end)\s*\{([a-zA-Z]*\*?)\}")
_ROW_OR_CELL = re.compile(r"\\\\|&")


def column_vectors(text: str) -> str:
    """`text` with its two-row pmatrix columns as bmatrix columns when the line writes vectors."""
    if "pmatrix" not in text:
        return text
    columns = [m for m in _COLUMN.finditer(text) if m.group(1).count("\\\\") == 1]
    if not columns:
        return text
    if "\\nabla" not in text and not any(_DECIMAL_OR_NEGATIVE.search(m.group(1).strip())
                                         for m in columns):
        return text
    chars = list(text)
    for m in columns:
        for at in (m.start(), m.end() - len("pmatrix}")):
            at = text.index("pmatrix", at)
            chars[at] = "b"
    return "".join(chars)


def nested_brackets(text: str) -> str:
    """`text` with each bmatrix of one entry holding another environment as \\left( … \\right)
    (same length); every other bmatrix as it was."""
    if "bmatrix" not in text:
        return text
    chars, stack = list(text), []  # (the \\begin's match, whether an environment is inside)
    for m in _ENVIRONMENT_MARK.finditer(text):
        if m.group(1) == "begin":
            if stack:
                stack[-1][1].append(m)
            stack.append((m, []))
            continue
        if not stack or stack[-1][0].group(2) != m.group(2):
            return text  # unbalanced: left to the grammar's message
        begin, inner = stack.pop()
        if stack:
            stack[-1][1].append(m)
        if m.group(2) == "bmatrix" and inner and _one_entry(text, begin.end(), m.start(), inner):
            chars[begin.start():begin.end()] = "\\left(".ljust(begin.end() - begin.start())
            chars[m.start():m.end()] = "\\right)".ljust(m.end() - m.start())
    return "".join(chars)


def _one_entry(text: str, start: int, end: int, inner: list) -> bool:
    """Whether text[start:end] has no row break or cell outside the environments inside it."""
    depth, at = 0, start
    for m in inner:  # the \\begin and \\end marks inside, in order
        if depth == 0 and _ROW_OR_CELL.search(text, at, m.start()):
            return False
        depth += 1 if m.group(1) == "begin" else -1
        at = m.end()
    return not _ROW_OR_CELL.search(text, at, end)
