"""Tables of series (`| $\\sin x$ | $x - \\frac{x^3}{3!} + …$ | $\\sum_{n=0}^\\infty …$ |`): each
row claims its function is about its polynomial and equal to its sum, checked at the row."""

from __future__ import annotations

import re

from tutor.notes.fragments import Fragment
from tutor.notes.table_rows import cell_spans

# a cell that is an infinite sum in x: `$\sum_{n=0}^\infty \frac{(-1)^n}{n!} x^n$`
_SUM_CELL = re.compile(r"\s*\$\s*\\sum\s*_\s*\{?\s*[nk]\s*=\s*[01]\s*\}?\s*\^\s*\{?\s*\\infty"
                       r"[^$]*x[^$]*\$\s*")
_FUNCTION_CELL = re.compile(r"\s*\$[^$=]*x[^$=]*\$\s*")  # one formula in x, no relation
_MATH = re.compile(r"\s*\$([^$]+)\$\s*")


def series_table(rows: list[str]) -> bool:
    """Every row has a function of x first and an infinite sum in x last (two rows at least)."""
    found = [_math_cells(row) for row in rows]
    return len(found) >= 2 and all(
        len(cells) >= 2 and _FUNCTION_CELL.fullmatch(cells[0][0]) and not _SUM_CELL.fullmatch(
            cells[0][0]) and _SUM_CELL.fullmatch(cells[-1][0]) for cells in found)


def series_rows(lines: list[str], numbers: range, block: int) -> list[Fragment]:
    """One fragment a row: `polynomial ≈ function = sum` (a polynomial cell between them, if
    any), each piece mapped back to where it stands; blocks numbered from `block`."""
    found = []
    for number in numbers:
        cells = _math_cells(lines[number])
        if len(cells) not in (2, 3):
            continue
        found.append(_row(lines[number], number + 1, block + len(found), cells))
    return found


def _row(line: str, number: int, block: int, cells: list) -> Fragment:
    (_, function), *middle, (_, total) = cells
    pieces = ([(middle[0][1], " \\approx ")] if middle else []) + [(function, " = "),
                                                                    (total, "")]
    text, origins = "", []
    for (start, end), joint in pieces:
        text += line[start:end] + joint
        origins += list(range(start, end)) + [end - 1] * len(joint)
    return Fragment(text, number, 1, number, "latex", block, False, written=line,
                    origins=tuple(origins))


def _math_cells(row: str) -> list[tuple[str, tuple[int, int]]]:
    """(the cell as written, (start, end) of its math) of each cell of a row that is one
    `$…$`; [] when any cell holds something else (a word, two formulas) or the row is none."""
    spans = cell_spans(row) or []
    found = []
    for start, end in spans:
        if not row[start:end].strip():
            continue
        m = _MATH.fullmatch(row, start, end)
        if m is None:
            return []
        found.append((row[start:end], (m.start(1), m.end(1))))
    return found
