"""Read the markdown cells of a Jupyter notebook (`.ipynb`) as notes; code cells are skipped."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from tutor.errors import DocumentError
from tutor.notes.fragments import Fragment, little_between
from tutor.notes.macros import document_macros
from tutor.notes.markdown import read_markdown


def read_notebook(text: str, path: str) -> tuple[list[Fragment], dict, list[str], list[tuple]]:
    """(fragments, settings, lines, cells) of a notebook. Lines are those of its markdown
    cells one after another; `cells` holds (first line, cell number) per markdown cell, so a
    line maps back to "cell N, line M" (cells counted from 1, code cells included)."""
    fragments: list[Fragment] = []
    lines: list[str] = []
    cells: list[tuple[int, int]] = []
    settings: dict = {}
    block, sections = 0, 0  # headings of the cells above: a cell's sections go on from them
    previous: tuple[int, list[str], Fragment | None] | None = None  # (cell, lines, last math)
    markdown = list(_markdown_cells(text, path))
    macros = document_macros("\n".join(source for _, source in markdown))  # a first cell's
    for number, source in markdown:  # \newcommand serves every cell
        found, cell_settings = read_markdown(source, macros)
        settings = settings or cell_settings
        own = source.split("\n")
        offset = len(lines)
        cells.append((offset + 1, number))
        lines += own
        follows = _follows(previous, number, own, found[0]) if found else False
        blocks = {}
        for fragment in found:
            blocks.setdefault(fragment.block, block + len(blocks))
            fragments.append(replace(
                fragment, line=fragment.line + offset, end_line=fragment.end_line + offset,
                block=blocks[fragment.block], section=fragment.section + sections,
                follows=fragment.follows or (follows and fragment.block == found[0].block)))
        block += len(blocks)
        sections += max(len(_HEADING.findall(source)), max((f.section for f in found), default=0))
        previous = (number, own, found[-1] if found else None)
    return fragments, settings, lines, cells


_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)", re.M)


def _follows(previous, number: int, lines: list[str], first: Fragment) -> bool:
    """The first math of a cell goes on from the last math of the cell right above it."""
    if previous is None or previous[0] != number - 1 or previous[2] is None:
        return False
    _, before, last = previous
    tail = "\n".join(before[last.end_line:])
    head = "\n".join(lines[:first.line - 1] + [lines[first.line - 1][:first.column - 1]])
    return little_between(tail + "\n" + head)


def _markdown_cells(text: str, path: str) -> list[tuple[int, str]]:
    """(cell number, text) of each markdown cell; a clear error for what is no notebook."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"{path}:{exc.lineno}:{exc.colno}: not a Jupyter notebook "
                            f"(invalid JSON: {exc.msg})") from None
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        raise DocumentError(f"{path}: not a Jupyter notebook (no list of cells)")
    found = []
    for number, cell in enumerate(cells, 1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        if isinstance(source, list) and all(isinstance(piece, str) for piece in source):
            source = "".join(source)
        if not isinstance(source, str):
            raise DocumentError(f"{path}: cell {number}: its source is not text")
        found.append((number, source.replace("\r\n", "\n").replace("\r", "\n")))
    return found
