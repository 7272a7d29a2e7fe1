"""Columns of a math row: `a &= b && c &= d` holds two statements, and an `array` of rows
(`\\begin{array}{rl} … & = … \\\\ & = … \\end{array}`) is laid out as an `aligned` is."""

from __future__ import annotations

import re

# a relation somewhere in a cell, at its start or at its end (`&=&` of eqnarray and {rcl})
_RELATION = (r"<=>|=>|:=|=|<|>|[≤≥≈≠]"
             r"|\\(?:leq?|geq?|leqslant|geqslant|neq?|lt|gt|approx|simeq|equiv)(?![a-zA-Z])")
_HAS_RELATION = re.compile(_RELATION)
_STARTS_WITH_RELATION = re.compile(r"(?:\s|\\[,;:! ]|\\q?quad(?![a-zA-Z]))*(?:" + _RELATION + ")")
_ENDS_WITH_RELATION = re.compile(r"(?:" + _RELATION + r")\s*$")
# the column letters of an array that lays out rows (no rules `|`, no p{…} paragraphs)
_ROW_COLUMNS = re.compile(r"\s*\{\s*[lcr]{1,4}\s*\}")
_ARRAY_END = re.compile(r"\\end\s*\{\s*array\s*\}")
ROWS_ARRAY = "array (rows)"  # the name an array of rows is kept under while it is open


def statement_breaks(math: str, start: int, end: int, amps: list[int]) -> list[int]:
    """The `&` of a row (at `amps`, in order) where a second statement begins: a cell that
    starts no relation, after a statement that has one, and that has one itself or is
    followed by a cell starting with one (`u = x && du = dx`; `a &= b & c &= d`). A cell after
    one ending in a relation (`a &=& b`) or words without one (`&& \\text{by (2)}`) go on."""
    bounds = [start, *amps, end]
    cells = [math[bounds[k] + (k > 0):bounds[k + 1]].strip() for k in range(len(bounds) - 1)]
    breaks: list[int] = []
    related = ends_related = False
    for k, cell in enumerate(cells):
        if not cell:
            continue
        opens = _STARTS_WITH_RELATION.match(cell) is not None
        following = next((c for c in cells[k + 1:] if c), "")
        if related and not opens and not ends_related and (
                _HAS_RELATION.search(cell) or _STARTS_WITH_RELATION.match(following)):
            breaks.append(amps[k - 1])
            related = False
        related = related or _HAS_RELATION.search(cell) is not None
        ends_related = _ENDS_WITH_RELATION.search(cell) is not None
    return breaks


def array_of_rows(math: str, begin: re.Match, before: str) -> bool:
    """Whether `\\begin{array}{rl}` at `begin` lays out rows of a derivation: it starts its row
    (`before`, the row's text up to it, is blank: no `\\left(` of a matrix or a system), its
    columns are l, c, r only, and a relation stands in its body."""
    if before.strip() or not _ROW_COLUMNS.match(math, begin.end()):
        return False
    close = _ARRAY_END.search(math, begin.end())
    body = math[begin.end():close.start() if close else len(math)]
    return "\\begin" not in body and _HAS_RELATION.search(body) is not None
