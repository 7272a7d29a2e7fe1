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


# commands that end a line complete: a letter, a constant, dots
_COMPLETE = (r"(?:[a-zA-Z]*(?i:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu"
             r"|nu|xi|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega)|infty|[lcv]?dots|dotsc|dotsb"
             r"|prime|ell|hbar|emptyset|varnothing|square|blacksquare|qed|Box|checkmark"
             r"|rangle|rVert|rvert|rfloor|rceil|\|)(?![a-zA-Z])")
# what ends a source line that goes on in the next: an operator, an opening bracket, a command
# waiting for its argument (`\lim_{h\to0}`, `\frac`), a relation
_OPEN_END = re.compile(r"(?:[-+*/=<>(\[{,&^_·×÷±∓\\]|\\(?:left\s*\S|(?!" + _COMPLETE + r")[a-zA-Z]+"
                       r"(?:\s*[_^]\s*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\S))*))\s*$")
# what starts a source line that goes on from the one above: an operator or a closing bracket
_GOING_ON = re.compile(r"\s*(?:[-+*/^_·×÷±∓)\]}&]"
                       r"|\\(?:right|cdot|times|div|pm|mp|end)(?![a-zA-Z]))")


def line_statements(math: str, start: int, end: int, line_ends: list[int]
                    ) -> list[tuple[int, int]]:
    """The row `math[start:end]` cut at source line breaks (`line_ends`, at row level) where a
    second statement begins: the source line above holds a relation and ends complete, and the
    line below holds one of its own, neither opening with a relation nor going on with an operator.
    `x^2 + 2x = x(x+2)` over `(x+1)^2 = x^2 + 2x + 1` without `\\\\` are two rows, not a
    product across the line."""
    pieces, piece = [], start
    inside = [n for n in line_ends if start < n < end]
    for k, n in enumerate(inside):
        above = math[max(piece, math.rfind("\n", piece, n) + 1):n]  # its own source line
        below = math[n + 1:inside[k + 1] if k + 1 < len(inside) else end]
        if (_related(above) and not _OPEN_END.search(above)
                and _related(below) and not _STARTS_WITH_RELATION.match(below)
                and not _GOING_ON.match(below)):
            pieces.append((piece, n))
            piece = n + 1
    return [*pieces, (piece, end)]


def _related(line: str) -> bool:
    """Whether a relation stands in the line outside braces (never `\\sum_{x=1}`'s)."""
    for _ in range(4):  # inner groups first
        line, found = _BRACED_GROUP.subn(" ", line)
        if not found:
            break
    return _HAS_RELATION.search(line) is not None


_BRACED_GROUP = re.compile(r"\{[^{}]*\}")


def row_statements(math: str, rows: list[tuple[int, int, int | None]],
                   row_amps: dict[int, list[int]], line_ends: list[int]
                   ) -> list[tuple[int, int, int | None]]:
    """The rows (start, end, first `&`), each cut where a second statement begins in it: at a
    source line break (line_statements) or an `&` (statement_breaks, `u = x && du = dx`)."""
    cut = []
    for row_start, end, _ in rows:
        amps = row_amps.get(row_start, [])
        for start, stop in line_statements(math, row_start, end, line_ends):
            amp = next((a for a in amps if start <= a < stop), None)
            for at in statement_breaks(math, start, stop, [a for a in amps if start <= a < stop]):
                cut.append((start, at, amp))
                start, amp = at + 1, None
            cut.append((start, stop, amp))
    return cut
