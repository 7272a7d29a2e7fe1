"""Words that open or close a row of math: `\\therefore`, `\\because …` (a reason), `Let`."""

from __future__ import annotations

import re

_CONNECTIVE = re.compile(r"\\(therefore|because)(?![a-zA-Z])")
# `… \quad (\because \ln 1 = 0)`, `… \quad \because z = wx + b`: the reason beside a row
_REASON_IN_BRACKETS = re.compile(r"\(\s*\\because(?![a-zA-Z])[^()]*(?:\([^()]*\)[^()]*)*\)")
_REASON_TO_THE_END = re.compile(r"\\because(?![a-zA-Z])")
# `\text{Let } x = …`, `\text{Base on (3), (4)} \Rightarrow …`: prose opening a row
_OPENING_TEXT = re.compile(r"\\text(?:rm|bf)?\s*\{([^{}]*)\}")
CONNECTIVE_WORDS = frozenset(
    "let then so hence thus since therefore now where given because by from base based using "
    "substituting plugging putting applying and or".split())


def blank(chars: list[str], start: int, end: int) -> None:
    """Blank chars[start:end], keeping line breaks (every position stays where it was)."""
    for index in range(start, end):
        if chars[index] != "\n":
            chars[index] = " "


def read_connective(chars: list[str], start: int, end: int) -> bool:
    """A row that opens with `\\therefore` (so) goes on from the row above like `\\implies`;
    one that opens with `\\because` gives a reason: the word is prose, blanked (the reason is
    often the substitution the next row makes). Prose words that open a row (`\\text{Let }`)
    and a reason at a row's end are blanked. True for a row that gives a reason."""
    row = "".join(chars[start:end])
    at = start + len(row) - len(row.lstrip())
    _opening_words(chars, at, end)
    row = "".join(chars[at:end])
    at += len(row) - len(row.lstrip())
    m = _CONNECTIVE.match("".join(chars[at:end]))
    if m is not None:
        blank(chars, at, at + m.end())
    if m is not None and m.group(1) == "therefore":  # `\\implies` and two blanks keep positions
        chars[at:at + len("\\implies")] = list("\\implies")
    if m is None or m.group(1) != "because":
        _reason_beside(chars, at, end)
        return False
    return True


def _opening_words(chars: list[str], at: int, end: int) -> None:
    """`\\text{Let }`, `\\text{Then }`, `\\text{Base on (5), (6)}` opening a row: prose (a text
    that ends in a space, or whose first word is a connective); `\\text{odds} = …` is a name."""
    m = _OPENING_TEXT.match("".join(chars[at:end]))
    if m is None:
        return
    words = m.group(1).split()
    if m.group(1).endswith(" ") or (words and words[0].lower() in CONNECTIVE_WORDS):
        blank(chars, at, at + m.end())


def _reason_beside(chars: list[str], start: int, end: int) -> None:
    """`… \\quad (\\because …)` or `… \\quad \\because …` after the row's math: blanked."""
    row = "".join(chars[start:end])
    m = _REASON_IN_BRACKETS.search(row)
    if m is not None and row[:m.start()].strip():
        blank(chars, start + m.start(), start + m.end())
        return
    m = _REASON_TO_THE_END.search(row)
    if m is not None and row[:m.start()].strip():
        blank(chars, start + m.start(), end)
