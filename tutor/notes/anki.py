"""Read an Anki "Notes in Plain Text" export (`#separator:tab`, `#html:true`): one note a line.

Each line is a note: fields split by the separator (notetype, deck, front, back, tags…), holding
HTML with MathJax `\\(…\\)` / `\\[…\\]`. A note is read as a Markdown paragraph of its own (no
derivation runs from one card into the next), after its HTML tags (`<br>`, `<div>`) are blanked
in place; its entities, clozes and `[$]…[/$]` are Markdown's to read (tutor.notes.markup_math).
Every character keeps its column, so a step still points at the text as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.notes.fragments import Fragment
from tutor.notes.markdown import read_markdown

# Anki writes these header lines at the top of an export (`#separator:tab`, `#html:true`,
# `#notetype column:1`, `#deck column:2`, `#tags column:5`, `#guid column:1`, `#deck:Calc`,
# `#columns:front back tags`, `#if matches:update current`)
_HEADER = re.compile(r"#(?:separator|html|tags|deck|notetype|guid|columns|if matches)"
                     r"(?: column)?:.*$")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_SEPARATORS = {"tab": "\t", "semicolon": ";", "comma": ",", "space": " ", "pipe": "|",
               "colon": ":"}


def is_anki_export(lines: list[str]) -> bool:
    """Does a plain-text file open with Anki's export headers (`#separator:…`, `#html:…`)?"""
    head = [line for line in lines[:8] if line.startswith("#")]
    return bool(head) and lines[0].startswith("#") and all(_HEADER.match(line) for line in head) \
        and any(line.startswith(("#separator:", "#html:")) for line in head)


def read_anki(lines: list[str]) -> list[Fragment]:
    """The math fragments of an Anki export, each note a block (or blocks) of its own, under a
    heading of its own (what one card names or gives is not taken for the next card's)."""
    separator = _separator(lines)
    html = not any(line.strip().lower() == "#html:false" for line in lines[:8])
    fragments: list[Fragment] = []
    block = card = 0
    for number, line in enumerate(lines, 1):
        if not line.strip() or (line.startswith("#") and _HEADER.match(line)):
            continue
        note = "\n" * (number - 1) + _plain_note(line, separator, html)
        found, _ = read_markdown(note)
        blocks: dict[int, int] = {}
        card += bool(found)  # each card is a section: what one card gives is not the next's
        for fragment in found:
            blocks.setdefault(fragment.block, block + len(blocks))
            fragments.append(replace(fragment, block=blocks[fragment.block], section=card,
                                     follows=fragment.follows and fragment.block != found[0].block,
                                     adjacent=fragment.adjacent
                                     and fragment.block != found[0].block))
        block += len(blocks)
    return fragments


def _separator(lines: list[str]) -> str:
    for line in lines[:8]:
        if line.startswith("#separator:"):
            name = line.partition(":")[2].strip()
            return _SEPARATORS.get(name.lower(), name[:1] or "\t")
    return "\t"


def _plain_note(line: str, separator: str, html: bool) -> str:
    """The note as Markdown of the same length: its HTML tags blanked (when the export has
    HTML), its fields split by spaces."""
    chars = list(line)
    for match in _TAG.finditer(line) if html else ():
        chars[match.start():match.end()] = " " * (match.end() - match.start())
    if separator == "\t":
        chars = [" " if char == "\t" else char for char in chars]
    return "".join(chars)
