"""Rows of a Markdown table: their cells, where each cell stands, the rule under the header."""

from __future__ import annotations

import re

_START = re.compile(r"\s*\|")
_RULE = re.compile(r"^\s*:?-{3,}:?\s*$")


def _body(line: str, closed: bool) -> tuple[int, int] | None:
    """(start, end) of what stands between a row's first bar and its last (`closed`: the row
    must end with a bar; else a last bar is left off if there is one), blanks around it out;
    None when the line is no row. (No pattern: a lazy one is quadratic in a run of blanks.)"""
    opened = _START.match(line)
    if opened is None:
        return None
    end = len(line.rstrip())
    if end > opened.end() and line[end - 1] == "|":
        return opened.end(), end - 1
    return None if closed else (opened.end(), end)


def cells(line: str, closed: bool = True) -> list[str] | None:
    """The cells of a table row, stripped (and of `**`), or None when the line is no row;
    `closed`: the row must end with a bar."""
    body = _body(line, closed)
    return [c.strip().strip("*").strip() for c in line[slice(*body)].split("|")] if body else None


def cell_spans(line: str) -> list[tuple[int, int]] | None:
    """(start, end) of each cell's text between the bars of a row (the closing bar optional)."""
    body = _body(line, closed=False)
    if body is None:
        return None
    spans, start = [], body[0]
    for cell in line[slice(*body)].split("|"):
        spans.append((start, start + len(cell)))
        start += len(cell) + 1
    return spans


def is_rule(line: str, closed: bool = True) -> bool:
    """The `|---|:---:|` line under a table's header."""
    found = cells(line, closed)
    return found is not None and all(_RULE.match(c) for c in found)
