"""A pmatrix of one column and two rows that is a vector, not a binomial coefficient.

`\\begin{pmatrix} n \\\\ k \\end{pmatrix}` is read as the binomial coefficient (probability
notes); a line where such a column holds a decimal or a negative entry (`(1.6, 0.2)` of a
gradient step), or which takes a gradient `\\nabla`, writes vectors: every such column of that
line is then a column vector (`bmatrix`, the same length: every character keeps its column).
"""

from __future__ import annotations

import re

_COLUMN = re.compile(r"\\begin\s*\{pmatrix\}((?:(?!\\end)[^&])*?)\\end\s*\{pmatrix\}")
_DECIMAL_OR_NEGATIVE = re.compile(r"\d\.\d|(?:^|\\\\)\s*-")


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
