"""Rows of a table typed with spaces (`X=0      0.4    0.1`), and the cells of a table a page
put one to a line (` 1/6  |`): columns, not formulas."""

from __future__ import annotations

import re

# two numbers side by side with a gap of two spaces or more and nothing between them:
# `0.4    0.1` is two cells of a table, never a product (`2  3` is written by no one for 6)
_NUMBERS_IN_COLUMNS = re.compile(r"(?<![\w.^_])-?\d+(?:\.\d+)?[ \t]{2,}-?\.?\d")


def is_column_row(line: str) -> bool:
    """Is a plain-text line a row of a table laid out with spaces: two numbers with a gap of
    two spaces or more between them and no operator (`X=1      0.1    0.4`)?"""
    return bool(_NUMBERS_IN_COLUMNS.search(line) or _LONE_CELL.fullmatch(line))


# one cell, or the bar alone, of a table copied from a page one cell to a line (` 1/6  |`):
# the one bar closes the cell (an absolute value has two)
_LONE_CELL = re.compile(r"[^|=<>]*\|\s*")
