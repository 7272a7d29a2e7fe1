"""Data listed in a sentence ("times $2, 3, 1, 4$: $\\sum t_i = 10$", "Dati: $1.5,\\ 2,\\ 0.5$,
quindi $\\sum x_i = 4$"): the numbers become the list of the one family summed or averaged in the
rest of the paragraph, as a table's column does (tutor.notes.data_tables).

A run of three or more numbers parted by commas (or "and"), in prose or in math, is data when
no `=`, `\\in`, brace or bracket stands just before it (`x = 1, 2, 3`, `\\{0, 1, 2\\}` are sets
of values), no `\\dots` goes on after it, and the math after it in its paragraph sums or
averages exactly one family (`\\sum x_i`, `\\bar x`) and gives no other count (`n = 5` of a
list of 4 is another list). Anything else is no data: nothing is bound.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.notes.data_tables import exact_number
from tutor.notes.fragments import Fragment
from tutor.notes.math_spans import math_spans

MIN_ITEMS, MAX_ITEMS = 3, 50
_NUMBER = re.compile(r"(?<![\w.^_\\])[-−]?\d+(?:\.\d+)?(?![\w.]|\.\d|/)")
# between two items: `, `, `$, $`, `,\ `, `,\space `, ` and `, ` e ` (Italian), ` und `, ` et `
_GAP = re.compile(r"\s*\$?\s*(?:[,;]\s*(?:\\(?:[,;: ]|space|quad|enspace)\s*|~\s*)*"
                  r"(?:and\s+|e\s+|et\s+|und\s+|y\s+|i\s+)?|\s+(?:and|e|et|und|y|i)\s+)"
                  r"\$?\s*", re.IGNORECASE)
MAX_GAP = 16
WINDOW = 1500  # characters after a list its paragraph's math is read in (bounded)
_BEFORE = re.compile(r"(?:=|\\in|\\\{|\{|\(|\[|\\left|:=|\\leq?|\\geq?|[<>≤≥])\s*\$?\s*\Z")
_GOES_ON = re.compile(r"\s*\$?\s*[,;]?\s*(?:\\[lc]?dots|\.\.\.|…|\\\}|\)|\])")
_PARAGRAPH = re.compile(r"(?:[^\n]+\n?)+")
# x_i, t_{i}, \sum x_i, \bar x, \overline{x}: a family of data summed or averaged
_ENTRY = re.compile(r"(?<![A-Za-z\\])([A-Za-z])_\{?i\}?(?![A-Za-z0-9])")
_MEAN = re.compile(r"\\(?:bar|overline)\s*\{?\s*([A-Za-z])(?![A-Za-z])")
_SUMMED = re.compile(r"\\sum|\\bar|\\overline|\bsum\b")
_COUNT = re.compile(r"(?<![A-Za-z\\])n\s*=\s*(\d+)(?![\d.])")


def with_data_lists(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments, the first after each list of data carrying it as a table (a list
    written as math is no claim: its own fragment is not walked)."""
    found = list(_lists(text))
    if not found:
        return fragments
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    merged = list(fragments)
    for offset, name, values in found:
        line = sum(1 for s in line_starts if s <= offset)
        column = offset - line_starts[line - 1] + 1
        at = next((k for k, f in enumerate(merged) if (f.line, f.column) > (line, column)),
                  None)
        if at is not None:
            merged[at] = replace(merged[at], tables=merged[at].tables + ((name, values),))
    return merged


def _lists(text: str):
    """(offset of its end, name, values) of each list of data (see the module's rules)."""
    for paragraph in _PARAGRAPH.finditer(text):
        body, dollars, counted = paragraph.group(), 0, 0
        if not _SUMMED.search(body):
            continue  # nothing summed or averaged here: no list is data (one quick scan)
        for start, end, values in _runs(body):
            dollars, counted = dollars + body.count("$", counted, start), start
            if _BEFORE.search(body, max(0, start - 8), start) or _GOES_ON.match(body, end):
                continue
            rest = body[end:end + WINDOW]  # after the list's own closing `$`, when in math
            name = _family_after(rest.lstrip(" $") if dollars % 2 else rest, len(values))
            if name:
                yield paragraph.start() + end, name, values


def _runs(body: str):
    """(start, end, values) of each run of numbers parted by short separators."""
    run: list[re.Match] = []
    for number in [*_NUMBER.finditer(body), None]:
        if number is not None and run and number.start() - run[-1].end() <= MAX_GAP and \
                _GAP.fullmatch(body, run[-1].end(), number.start()):
            run.append(number)
            continue
        if MIN_ITEMS <= len(run) <= MAX_ITEMS:
            yield run[0].start(), run[-1].end(), tuple(exact_number(m.group()) for m in run)
        run = [number] if number is not None else []


def _family_after(rest: str, count: int) -> str | None:
    """The one family the math of `rest` sums or averages, when no other count is given."""
    maths = [rest[begin:end] for _, _, begin, end in math_spans(rest)]
    if not any(_SUMMED.search(m) for m in maths):
        return None
    if any(int(c) != count for m in maths for c in _COUNT.findall(m)):
        return None
    names = {n for m in maths for n in _ENTRY.findall(m) + _MEAN.findall(m)} - {"n", "i"}
    return names.pop() if len(names) == 1 else None
