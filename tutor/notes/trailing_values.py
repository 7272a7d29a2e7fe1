"""`P[T] = $0.99*0.05 + 0.95*0.03$ = 0.078`: a number after an arithmetic span, joined to it by
an `=` of the prose, is the value the writer worked out: one statement with the span."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.notes.fragments import Fragment

# the closing `$`, `=`, a number, then the end of the line, a space or a punctuation mark (no
# operator, `%` or more math after it: `= 0.08 + 0.1` is no value of the span)
_VALUE_AFTER = re.compile(r"\$[ \t]*=[ \t]*(-?\d+(?:\.\d+)?)(?=[ \t]|[.,;:)]?(?:[ \t]|$))"
                          r"(?![ \t]*(?:[-+*/×·^=%]|\\|\$))")
# a span of arithmetic only: numbers, operators, brackets and a few TeX commands
_ARITHMETIC = re.compile(r"(?:[\d.\s+\-*/^(){}]|\\(?:frac|dfrac|tfrac|cdot|times|left|right)"
                         r"(?![a-zA-Z]))+")
_OPERATION = re.compile(r"\d\s*(?:[+\-*/^]|\\cdot|\\times)|\\d?t?frac")


def values_after_spans(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments with the prose `= number` after each one-line inline span of arithmetic
    (no relation of its own) joined to it, each character where it stood."""
    lines = text.split("\n")
    return [_with_value(lines, row) or row for row in fragments]


def _with_value(lines: list[str], row: Fragment) -> Fragment | None:
    if row.end_line != row.line or not 0 < row.line <= len(lines) or row.continues or \
            row.syntax != "latex" or not _ARITHMETIC.fullmatch(row.text) or \
            not _OPERATION.search(row.text):
        return None
    written = row.written or row.text
    line = lines[row.line - 1]
    start = row.column - 1 + len(written)
    value = _VALUE_AFTER.match(line, start)
    if value is None or line[start - 1:start] == "$" or start > 0 and \
            line[row.column - 2:row.column - 1] != "$":  # `$$…$$` or no `$` before: not inline
        return None
    gap = line[start:value.end(1)]
    origins = row.origins or tuple(range(len(row.text)))
    return replace(row, text=row.text + " " + gap[1:], written=written + gap,
                   origins=(*origins, *range(len(written), len(written) + len(gap))))
