"""Tables of derivatives set in LaTeX (`\\begin{aligned} \\textbf{Function} && \\textbf{Derivative}
\\\\ … && \\sin(x) && \\cos(x) \\\\ … \\end{aligned}`, `array`, `tabular`): each row is one claim,
as a Markdown table's row is (tutor.notes.derivative_tables)."""

from __future__ import annotations

import re

from tutor.notes.derivative_tables import MAX_ROWS, claim_columns, claim_of_cells
from tutor.notes.fragments import Fragment

_ENVIRONMENT = re.compile(r"\\begin\{(aligned|align\*?|array|tabular|alignedat)\}"
                          r"(?:\{[^{}]*\})*(.*?)\\end\{\1\}", re.S)
_ROW_END = re.compile(r"\\\\(?:\[[^\]\n]*\])?")
_RULE = re.compile(r"\\(?:hline|toprule|midrule|bottomrule)\b")
# `\textbf{Function}`, `\text{Derivative}`: a column's title in words
_TITLE = re.compile(r"\\(?:textbf|text|mathbf|textit|mathrm|bf)\s*\{([^{}]*)\}")


def latex_tables_read(text: str, fragments: list[Fragment]) -> tuple[list, list[Fragment]]:
    """(the fragments outside the LaTeX tables of derivatives of `text`, a fragment for each
    row of those tables: one claim a row, blocks numbered after the fragments')."""
    first_block = 1 + max((f.block for f in fragments), default=0)
    found: list[Fragment] = []
    covered: set[int] = set()
    for env in _ENVIRONMENT.finditer(text):
        columns, separator, rows = None, "&", []
        for start, end in _rows(text, env.start(2), env.end(2)):
            row = _RULE.sub(" ", text[start:end])
            if columns is None:
                if "=" in row:  # `f(x) &= x^2 & f'(x) &= 2x`: rows of claims, no head of a table
                    break
                separator = "&&" if "&&" in row else "&"
                columns = claim_columns([_TITLE.sub(r"\1", c).strip() for c in
                                         row.split(separator)])
                continue
            claim = _row_claim(text, start, end, separator, columns, first_block + len(found))
            if claim is not None and len(found) + len(rows) < MAX_ROWS:
                rows.append(claim)
        if columns is not None:  # the table read: its rows are the claims, nothing else
            found += rows
            covered |= set(range(text.count("\n", 0, env.start()) + 1,
                                 text.count("\n", 0, env.end()) + 2))
    kept = [f for f in fragments if not covered & set(range(f.line, f.end_line + 1))]
    return kept, found


def _rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each row between `start` and `end` (rows end at `\\\\`)."""
    rows, at = [], start
    for m in _ROW_END.finditer(text, start, end):
        rows.append((at, m.start()))
        at = m.end()
    return rows + [(at, end)]


def _row_claim(text: str, start: int, end: int, separator: str, columns: tuple,
               block: int) -> Fragment | None:
    """The claim of a row whose cells stand on its last source line."""
    end = start + len(text[start:end].rstrip())
    line_start = text.rfind("\n", 0, end) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    cells, at = [], start - line_start if line_start <= start else 0
    for cell in text[max(start, line_start):end].split(separator):
        stripped = cell.strip()
        offset = at + (len(cell) - len(cell.lstrip()))
        if len(stripped) > 2 and stripped[0] == stripped[-1] == "$":  # tabular: `$x^2$ & $2x$`
            stripped, offset = stripped[1:-1].strip(), offset + 1 + len(stripped[1:]) - len(
                stripped[1:].lstrip())
        cells.append((offset, offset + len(stripped), "latex") if stripped else None)
        at += len(cell) + len(separator)
    head = len(text[start:line_start].split(separator)) - 1 if line_start > start else 0
    j, k = columns[0] - head, columns[1] - head
    if j < 0 or k >= len(cells):
        return None
    number = text.count("\n", 0, line_start) + 1
    return claim_of_cells(line, number, columns, block, [cells[j], cells[k]])
