"""Data given as a Markdown table (`| Hours (X) | Score (Y) |` over rows of numbers): each
column that names a variable becomes a list `X = (1, 2, 3, 4, 5)`, so Σ (X_i - X̄)² and the
means of the data are checked with its values."""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

import sympy as sp

from tutor.notes.fragments import Fragment
from tutor.notes.table_rows import cells, is_rule

MIN_ROWS = 2
MAX_ROWS = 50   # tutor.derive.tables reads lists of at most this many items
# `x`, `$x_i$`, `X`, or a word with the letter after it: `Hours (X)`, `Score ($y_i$)`
_LETTER = r"\$?\s*(?:\\mathbf\{)?([A-Za-z])\}?(?:_\{?i\}?)?\s*\$?"
_NAMED = re.compile(rf"(?:{_LETTER}|[A-Za-z][\w .'-]*\(\s*{_LETTER}\s*\))")
_NUMBER = re.compile(r"\$?\s*[-−+]?\d+(?:\.\d+)?\s*\$?")
_INDEX_LETTERS = frozenset("ijkn")  # a column of row numbers, not data
MIN_POINTS = 3  # (0.81, 1.90) alone is an interval; two pairs may be two intervals
_NUM = r"[-−]?\d+(?:\.\d+)?"
_PAIR = re.compile(rf"\(\s*({_NUM})\s*,\s*({_NUM})\s*\)")
_JOINS = re.compile(r"[\s$,;]*(?:and|&)?[\s$,;]*")  # `, `, `$, $`, ` and `
_PAIR_NAMES = re.compile(r"\(\s*([a-zA-Z])(?:_\{?i\}?)?\s*,\s*([a-zA-Z])(?:_\{?i\}?)?\s*\)")


def with_data_tables(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments, the first after each data table carrying its columns that name a
    variable and hold only numbers: (name, values) each, read as a list of data; points
    given as pairs, `(1, 2), (2, 4), (3, 6)`, are the data x_i, y_i."""
    tables = list(_tables(text.split("\n"))) + list(_pairs(text))
    if not tables:
        return fragments
    merged = list(fragments)
    for number, columns in tables:
        at = next((k for k, f in enumerate(merged) if f.line > number), None)
        if at is not None:
            merged[at] = replace(merged[at], tables=merged[at].tables + tuple(columns))
    return merged


def _tables(lines: list[str]):
    """(line number of the header, [(name, values as written)…]) of each data table."""
    k = 0
    while k < len(lines):
        header = cells(lines[k])
        if header is None or k + 1 >= len(lines) or not is_rule(lines[k + 1]):
            k += 1
            continue
        rows, end = [], k + 2
        while end < len(lines) and (row := cells(lines[end])) is not None:
            rows.append(row)
            end += 1
        columns = _columns(header, rows)
        if columns:
            yield k + 1, columns
        k = end


def exact_number(cell: str) -> sp.Rational:
    """A cell matched by _NUMBER, exactly: `0.5` is 1/2."""
    value = Fraction(cell.strip("$ ").replace("−", "-"))
    return sp.Rational(value.numerator, value.denominator)


def _pairs(text: str):
    """(line number, [(x, values), (y, values)]) of each run of 3 or more points written as
    pairs of numbers in one paragraph, `$(1, 2)$, $(2, 4)$ and $(3, 6)$`; the names are those
    of a pair of letters written before them, `(x_i, y_i)`, else x and y."""
    for paragraph in re.finditer(r"(?:[^\n]+\n?)+", text):
        runs: list[list[re.Match]] = []
        for point in _PAIR.finditer(paragraph.group()):
            if runs and _JOINS.fullmatch(paragraph.group()[runs[-1][-1].end():point.start()]):
                runs[-1].append(point)   # `(1, 2)$, $(2, 4)`: the same run of points
            else:
                runs.append([point])
        for run in runs:
            if not MIN_POINTS <= len(run) <= MAX_ROWS:
                continue
            names = _PAIR_NAMES.findall(paragraph.group()[:run[0].start()])
            x, y = names[-1] if names else ("x", "y")
            line = text.count("\n", 0, paragraph.start() + run[-1].end()) + 1
            yield line, [(x, tuple(exact_number(p.group(1)) for p in run)),
                         (y, tuple(exact_number(p.group(2)) for p in run))]


def _columns(header: list[str], rows: list[list[str]]) -> list[tuple[str, list[str]]]:
    """The columns named by one letter whose cells are all numbers."""
    if not MIN_ROWS <= len(rows) <= MAX_ROWS or any(len(r) != len(header) for r in rows):
        return []
    found = []
    for j, title in enumerate(header):
        m = _NAMED.fullmatch(title)
        name = m and (m.group(1) or m.group(2))
        if not name or name in _INDEX_LETTERS:
            continue
        cells = [r[j] for r in rows]
        if all(_NUMBER.fullmatch(c) for c in cells):
            found.append((name, tuple(exact_number(c) for c in cells)))
    names = [n for n, _ in found]
    return [c for c in found if names.count(c[0]) == 1]

