"""Read an Anki "Notes in Plain Text" export (`#separator:tab`, `#html:true`): one note a line.

Each line is a note: fields split by the separator (notetype, deck, front, back, tags…), holding
HTML with MathJax `\\(…\\)` / `\\[…\\]`. A note is read as a Markdown paragraph of its own (no
derivation runs from one card into the next), after its HTML is blanked in place: tags such as
`<br>` and `<div>` become spaces, an entity (`&lt;`, `&amp;`, `&nbsp;`) becomes its character
followed by spaces, a cloze `{{c1::…::hint}}` keeps only its answer. Every character keeps its
column, so a step still points at the text as written.
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
_ENTITIES = {"&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'"}
_ENTITY = re.compile("|".join(re.escape(entity) for entity in _ENTITIES))
_CLOZE_OPEN = re.compile(r"\{\{c\d+::")
# Anki's own LaTeX tags `[$]…[/$]` and `[$$]…[/$$]`: MathJax delimiters of the same reach
_ANKI_LATEX = {"[$]": " \\(", "[/$]": "\\)  ", "[$$]": " \\[ ", "[/$$]": "\\]   "}
_ANKI_LATEX_TAG = re.compile(r"\[/?\$\$?\]")
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
    """The note as Markdown of the same length: its HTML (when the export has HTML) and cloze
    marks blanked, its fields split by spaces."""
    chars = list(line)
    for match in _TAG.finditer(line) if html else ():
        chars[match.start():match.end()] = " " * (match.end() - match.start())
    for match in _ENTITY.finditer(line) if html else ():
        chars[match.start():match.end()] = _ENTITIES[match.group()].ljust(len(match.group()))
    for match in _ANKI_LATEX_TAG.finditer(line):
        chars[match.start():match.end()] = _ANKI_LATEX[match.group()]
    for start, end, hint in _clozes(line):
        chars[start:end] = " " * (end - start)  # `{{c1::`
        chars[hint:hint + 2] = "  "  # the closing `}}` (a hint `::…` before it blanked too)
        if hint > 0 and "::" in line[end:hint]:
            cut = line.index("::", end)
            chars[cut:hint] = " " * (hint - cut)
    if separator == "\t":
        chars = [" " if char == "\t" else char for char in chars]
    return "".join(chars)


def _clozes(line: str) -> list[tuple[int, int, int]]:
    """(start, end of the opener, start of the closing `}}`) of each cloze deletion."""
    found = []
    for match in _CLOZE_OPEN.finditer(line):
        depth, position = 0, match.end()
        while position < len(line):
            char = line[position]
            if char == "{":
                depth += 1
            elif char == "}":
                if depth == 0:
                    if line.startswith("}}", position):
                        found.append((match.start(), match.end(), position))
                    break
                depth -= 1
            position += 1
    return found
