"""Tables of derivatives and antiderivatives (`| $f(x)$ | $f'(x)$ |`, `| Function | Derivative |`,
`| $f(x)$ | $\\int f(x)\\,dx$ |`): each row is one claim, d/dx of its function = its derivative (or
∫ function dx = its antiderivative), checked as a step of its own at the row."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from tutor.notes.fences import MARKDOWN_FENCE
from tutor.notes.fragments import Fragment
from tutor.notes.indented_math import FENCE
from tutor.notes.series_tables import series_rows, series_table
from tutor.notes.table_rows import cell_spans, cells, is_rule

_MATH_CELL = re.compile(r"\s*(?:\$([^$]+)\$|\\\((.+?)\\\))\s*")
# a cell of plain math (`x^n`, `n * x^(n - 1)`, `1 / x`): letters alone or known names only
_PLAIN_CELL = re.compile(r"\s*((?:[A-Za-z](?![A-Za-z])|(?:ln|log|exp|sqrt|sin|cos|tan|sec|csc"
                         r"|cot|arcsin|arccos|arctan|sinh|cosh|tanh|sigma)(?![A-Za-z])|[\d\s^*/+\-"
                         r"().,'√π·])+?)\s*")
_PRIME = r"(?:'|’|\^\{?\s*\\prime\s*\}?)"
_HEADS = {
    # the function's column: f(x), $f(x)$, y, or the word in a few languages
    "function": (r"(?:function|funci[oó]n|fonction|funktion|funzione|funkcja|fun[cç][aã]o"
                 r"|функция|函数)", r"(?:[fgyuF])\s*(?:\(\s*(?P<x>[a-z])\s*\))?"),
    # the derivative's column: f'(x), y', dy/dx, d/dx, or the word
    "d": (r"(?:derivative|derivada|d[ée]riv[ée]e|ableitung|derivata|pochodna|производная"
          r"|导数|導関数)",
          r"(?:[fgyuF]\s*" + _PRIME + r"\s*(?:\(\s*(?P<x>[a-z])\s*\))?|\\[dt]?frac\s*\{\s*d\s*"
          r"(?:y|f)?\s*\}\s*\{\s*d\s*(?P<v>[a-z])\s*\}(?:\s*(?:f|y)(?:\(\s*[a-z]\s*\))?)?"
          r"|d\s*(?:y|f)?\s*/\s*d\s*(?P<w>[a-z]))"),
    # an antiderivative's column: ∫ f(x) dx, F(x), or the word
    "int": (r"(?:integral|antiderivative|primitive|primitiva|stammfunktion|całka|积分|原函数)",
            r"(?:(?:\\int|∫)\s*(?:f\s*\(\s*[a-z]\s*\))?\s*(?:\\[,;!]\s*)?(?:\\mathrm\{d\}|d)\s*"
            r"(?P<x>[a-z])|F\s*\(\s*(?P<v>[a-z])\s*\))"),
}
_WORDS = {kind: re.compile(rf"(?i:{word})") for kind, (word, _) in _HEADS.items()}
_FORMULAS = {kind: re.compile(head) for kind, (_, head) in _HEADS.items()}
_DELIMITED = re.compile(r"\$\s*(.*?)\s*\$|\\\(\s*(.*?)\s*\\\)")
MAX_ROWS = 60


def derivative_table_rows(text: str, first_block: int) -> list[Fragment]:
    """A fragment for each row of each table of derivatives or antiderivatives in `text`
    (blocks numbered from `first_block`, one a row: rows are separate claims)."""
    lines = text.split("\n")
    found: list[Fragment] = []
    k = 0
    fence = boxed = None  # the code fence open; the fence of a box of Markdown open
    while k + 1 < len(lines):
        opens = FENCE.match(lines[k])
        if opens and fence is None and boxed is None and MARKDOWN_FENCE.match(
                lines[k][opens.end():]):
            boxed = opens.group(1)  # ```admonish, ```ad-note: a box whose table is a table
        elif opens and boxed and fence is None and opens.group(1).startswith(boxed) and \
                not lines[k][opens.end():].strip():
            boxed = None
        elif opens and (fence is None or opens.group(1).startswith(fence)):
            fence = opens.group(1) if fence is None else None  # a table in code is code
        header = cells(lines[k], closed=False)
        if fence or header is None or not is_rule(lines[k + 1], closed=False):
            k += 1
            continue
        end = k + 2
        while end < len(lines) and cells(lines[end], closed=False) is not None:
            end += 1
        columns = claim_columns(header) or _operator_columns(lines[k + 2:end])
        if columns is None and series_table(lines[k + 2:end]):  # | sin x | x - x³/6 | Σ … |
            found += series_rows(lines, range(k + 2, min(end, k + 2 + MAX_ROWS)),
                                 first_block + len(found))
        for number in range(k + 2, min(end, k + 2 + MAX_ROWS)) if columns is not None else ():
            row = _row_claim(lines[number], number + 1, columns, first_block + len(found))
            if row is not None:
                found.append(row)
        k = end
    return found


def with_table_rows(fragments: list[Fragment], rows: list[Fragment]) -> list[Fragment]:
    """The fragments, those on the rows' lines replaced by the rows' claims, in order."""
    if not rows:
        return fragments
    taken = {row.line for row in rows}
    kept = [f for f in fragments if f.line not in taken]
    ordered = sorted(fragments, key=_place)
    places = [_place(f) for f in ordered]
    rows = [_placed(row, ordered, places) for row in rows]
    return sorted(kept + rows, key=_place)


def _place(fragment: Fragment) -> tuple[int, int]:
    return fragment.line, fragment.column


def _placed(row: Fragment, ordered: list[Fragment], places: list) -> Fragment:
    """A row under the heading and problem of the math it replaces, or of the math above it
    (made without them, it stood under none: the names valued above became another problem's)."""
    at = bisect_right(places, _place(row))
    if not at:
        return row
    where = ordered[at - 1]
    return replace(row, section=where.section, level=where.level, problem=where.problem,
                   described=where.described or row.described)


def claim_columns(header: list[str]) -> tuple[int, int, str, str] | None:
    """(the function's column, the other's, "d" or "int", the variable), or None."""
    for j, title in enumerate(header):
        named = _heading(title, "function")
        if named is None:
            continue
        for k in range(j + 1, len(header)):
            for kind in ("d", "int"):
                found = _heading(header[k], kind)
                if found is not None:
                    variable = next((v for v in found.values() if v), None)
                    return j, k, kind, variable or named.get("x") or "x"
    return None


# a derivative written out in a cell: `\cfrac{d}{dx}[x^n]`, `\frac{d}{dx}(…)`, `d/dx (…)` (a
# primed bracket, `(x+y)'`, may be a rule about names: no claim)
_OPERATOR_CELL = re.compile(r"\s*\$\s*(?:\\[dtc]?frac\s*\{\s*d\s*\}\s*\{\s*d\s*[a-z]\s*\}"
                            r"|d\s*/\s*d\s*[a-z])")


def _operator_columns(rows: list[str]) -> tuple[int, int, str, str] | None:
    """A table whose rows each write a derivative out in one column and its value in the
    next (`| $\\cfrac{d}{dx}[x^n]$ | $nx^{n-1}$ |`): those columns, each row `a = b`; else None."""
    split = [cells(row, closed=False) or [] for row in rows]
    if not split or min(map(len, split)) < 2:
        return None
    for j in range(min(map(len, split)) - 1):
        if all(_OPERATOR_CELL.match(row[j]) and _MATH_CELL.fullmatch(row[j + 1]) for row in split):
            return j, j + 1, "=", "x"
    return None


def _heading(title: str, kind: str) -> dict | None:
    """The named parts of a column's title as the function's (or a derivative's, an
    antiderivative's) column, a word, a formula such as f'(x) or both; else None."""
    rest = title.strip()
    word = _WORDS[kind].match(rest)
    rest = rest[word.end():].strip(" ,:") if word else rest  # `Функция, $f(x)$`
    if not rest:
        return {} if word else None
    delimited = _DELIMITED.fullmatch(rest)
    if delimited:
        rest = next(g for g in delimited.groups() if g is not None).split("=")[0].strip()
    formula = _FORMULAS[kind].fullmatch(rest)
    return formula.groupdict() if formula else None


def _row_claim(line: str, number: int, columns: tuple, block: int) -> Fragment | None:
    """The claim of one row (both cells one `$…$` each), mapped back to where they stand."""
    spans = cell_spans(line)
    j, k = columns[:2]
    if spans is None or max(j, k) >= len(spans):
        return None
    return claim_of_cells(line, number, columns, block,
                          [_cell(line, *spans[i]) for i in (j, k)])


def claim_of_cells(line: str, number: int, columns: tuple, block: int,
                   cells: list) -> Fragment | None:
    """The claim of a row whose function's and derivative's cells are (start, end, syntax)
    in `line` (None: not math), mapped back to where they stand."""
    _, _, kind, x = columns
    if not all(cells) or cells[0][2] != cells[1][2]:
        return None
    (fa, fb, syntax), (ga, gb, _) = cells
    fa, ga = _after_head(line, fa, fb, "function"), _after_head(line, ga, gb, kind)
    rule = kind == "d" and _RULE_NAME.search(line[fa:fb]) and _RULE_PRIME.search(line[ga:gb])
    if rule:  # `| $u^a$ | $a \cdot u' \cdot u^{a-1}$ |`: a rule for any function u, (u^a)'
        kind = "rule"
    elif kind != "=" and x not in re.sub(r"\\[A-Za-z]+|\b(?:exp|max|min|ln|log)\b", "",
                                         line[fa:fb]):
        return None  # a number, or another letter: a table of values, not of functions
    constant = "" if re.search(r"\+\s*[CcK]\s*$", line[ga:gb]) else " + C"
    head, middle, tail = _claim_frame(kind, syntax == "latex", x, constant)
    text, origins = "", []
    for piece, start in ((head, None), (line[fa:fb], fa), (middle, None), (line[ga:gb], ga),
                         (tail, None)):
        text += piece
        origins += [start + n for n in range(len(piece))] if start is not None else \
            [ga if piece is middle else (fa if piece is head else gb - 1)] * len(piece)
    return Fragment(text, number, 1, number, syntax, block, False, written=line,
                    origins=tuple(origins))


def _claim_frame(kind: str, latex: bool, x: str, constant: str) -> tuple[str, str, str]:
    """What a row's claim writes before its function's cell, between the cells and after:
    `a = b`, `(u^a)' = …` (a rule), `d/dx (f) = …`, `∫ f dx = F + C`."""
    if kind == "=":
        return "", " = ", ""
    if kind == "rule":
        return (r"\left(", r"\right)' = ", "") if latex else ("(", ")' = ", "")
    if kind == "d":
        return (rf"\frac{{d}}{{d{x}}}\left(", r"\right) = ", "") if latex else (
            f"d/d{x} (", ") = ", "")
    return (r"\int ", rf" \, d{x} = ", constant) if latex else ("int (", f") d{x} = ", constant)


# the functions of a table of rules (`| $u \cdot v$ | $u'v + uv'$ |`), and one primed
_RULE_NAME = re.compile(r"(?<![A-Za-z\\])[uvw](?![A-Za-z])")
_RULE_PRIME = re.compile(r"(?<![A-Za-z\\])[uvw]\s*(?:'|\^\{?\s*\\prime)")


def _after_head(line: str, start: int, end: int, kind: str) -> int:
    """Where a cell's formula starts: after its column's head when the cell repeats it
    (`$f(x)=x^n$`, `$f^\\prime(x)=nx^{n-1}$`), else at `start`."""
    head, sign, _ = line[start:end].partition("=")
    if not sign or kind not in _FORMULAS or not _FORMULAS[kind].fullmatch(head.strip()):
        return start
    at = start + len(head) + 1
    return at + len(line[at:end]) - len(line[at:end].lstrip())


def _cell(line: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, syntax) of the math of a cell: one `$…$` or `\\(…\\)`, or plain math."""
    m = _MATH_CELL.fullmatch(line, start, end)
    if m:
        group = 1 if m.group(1) is not None else 2
        return m.start(group), m.end(group), "latex"
    m = _PLAIN_CELL.fullmatch(line, start, end)
    return (m.start(1), m.end(1), "plain") if m and m.group(1).strip() else None
