"""Rows of a Markdown table: their cells, where each cell stands, the rule under the header."""

from __future__ import annotations

import re

_CLOSED_ROW = re.compile(r"^\s*\|(.*)\|\s*$")   # | a | b |
_OPEN_ROW = re.compile(r"^\s*\|(.*?)\|?\s*$")   # | a | b   (the closing bar left off too)
_RULE = re.compile(r"^\s*:?-{3,}:?\s*$")


def cells(line: str, closed: bool = True) -> list[str] | None:
    """The cells of a table row, stripped (and of `**`), or None when the line is no row;
    `closed`: the row must end with a bar."""
    m = (_CLOSED_ROW if closed else _OPEN_ROW).match(line)
    return [c.strip().strip("*").strip() for c in m.group(1).split("|")] if m else None


def cell_spans(line: str) -> list[tuple[int, int]] | None:
    """(start, end) of each cell's text between the bars of a row (the closing bar optional)."""
    m = _OPEN_ROW.match(line)
    if not m:
        return None
    spans, start = [], m.start(1)
    for cell in m.group(1).split("|"):
        spans.append((start, start + len(cell)))
        start += len(cell) + 1
    return spans


def is_rule(line: str, closed: bool = True) -> bool:
    """The `|---|:---:|` line under a table's header."""
    found = cells(line, closed)
    return found is not None and all(_RULE.match(c) for c in found)
