"""Read a Typst note (`.typ`): each `$…$` math region, rewritten as typed (plain) math, row by row.

Typst writes math much as the plain syntax does (`e^(2x)`, `sqrt(1 + x)`, `lim_(x -> 0)`,
`(a)/(b)`); its own words (`frac(a, b)`, `dif x`, `integral`, `dot`, `approx`) are rewritten,
its alignment `&` and quoted text `"…"` are blanked, and ` \\` breaks a region into rows. Each
row keeps the text as written and, for each character of the rewrite, where it came from, so a
step still points at its line and column in the file. Markup, code (`#set …`) and comments
outside the math are no steps.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from tutor.notes.fragments import Fragment, little_between, starts_with_relation
from tutor.notes.joined_spans import spans_joined_by_equals
from tutor.notes.typst_rewrite import typst_as_plain

TYP_SUFFIXES = (".typ",)

_HEADING = re.compile(r"(?m)^[ \t]*=+[ \t]")
_GAP_MARKUP = re.compile(r"#[A-Za-z][\w.-]*(?:\([^()\n]*\))?\[?|[\[\]*_]|^[ \t]*[-+][ \t]", re.M)
_ROW_BREAK = re.compile(r"\\(?=[ \t\n]|$)")  # ` \` ends a row; `\$`, `\"` are escapes


def read_typst(text: str) -> list[Fragment]:
    """The rows of math of a Typst page, as plain-syntax fragments at their places."""
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    headings = [m.start() for m in _HEADING.finditer(text)]
    fragments: list[Fragment] = []
    previous_end = None
    for block, (start, end) in enumerate(math_regions(text)):
        gap = text[previous_end:start] if previous_end is not None else None
        follows = gap is not None and not _HEADING.search(gap) and \
            little_between(_GAP_MARKUP.sub(" ", gap))
        section = bisect_right(headings, start)
        first = True
        for row_start, row_end in _rows(text, start, end):
            written = text[row_start:row_end]
            plain, origins = typst_as_plain(written)
            if not plain.strip():
                continue
            line = bisect_right(line_starts, row_start)
            column = row_start - line_starts[line - 1] + 1
            end_line = line + written.count("\n")
            fragments.append(Fragment(
                plain, line, column, end_line, "plain", block, starts_with_relation(plain),
                follows=follows and first, section=section, written=written,
                origins=tuple(origins)))
            first = False
        previous_end = end
    return spans_joined_by_equals(text, fragments)  # Set $g(x)$ = $3x^2 + 2x$


def math_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of each `$…$` of the page: `\\$` is a dollar sign, comments
    (`// …`, `/* … */`) and raw text (`` `…` ``) hold no math, nor do strings in math."""
    regions, index, opened, size = [], 0, None, len(text)
    while index < size:
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if text.startswith("//", index) and (opened is None or _comment_in_math(text, index)):
            index = text.find("\n", index) if "\n" in text[index:] else size
            continue
        if text.startswith("/*", index):
            close = text.find("*/", index + 2)
            index = size if close < 0 else close + 2
            continue
        if opened is None and char == "`":
            fence = "```" if text.startswith("```", index) else "`"
            close = text.find(fence, index + len(fence))
            index = size if close < 0 else close + len(fence)
            continue
        if opened is not None and char == '"':
            close = text.find('"', index + 1)
            index = size if close < 0 else close + 1
            continue
        if char == "$":
            if opened is None:
                opened = index + 1
            else:
                regions.append((opened, index))
                opened = None
        index += 1
    return regions


def _comment_in_math(text: str, index: int) -> bool:
    """`//` in math is a comment too, unless it is written inside a fraction's words."""
    return index == 0 or text[index - 1] in " \t\n"


def _rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each row of a region split at ` \\`, their blank edges left out."""
    rows, at = [], start
    for m in _ROW_BREAK.finditer(text, start, end):
        rows.append((at, m.start()))
        at = m.end()
    rows.append((at, end))
    trimmed = []
    for row_start, row_end in rows:
        piece = text[row_start:row_end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if row_end - trail > row_start + lead:
            trimmed.append((row_start + lead, row_end - trail))
    return trimmed
