"""Words that open or close a row of math: `\\therefore`, `\\because …` (a reason), `Let`."""

from __future__ import annotations

import re

from tutor.notes.opening_conditions import SPACE_AFTER, foreign_words, value_held_at

_CONNECTIVE = re.compile(r"\\(therefore|because)(?![a-zA-Z])")
# `… \quad (\because \ln 1 = 0)`, `… \quad \because z = wx + b`: the reason beside a row
_REASON_IN_BRACKETS = re.compile(r"\(\s*\\because(?![a-zA-Z])[^()]*(?:\([^()]*\)[^()]*)*\)")
_REASON_TO_THE_END = re.compile(r"\\because(?![a-zA-Z])")
_TOTAL = r"\\sum[^{}$()=]*(?:\{[^{}]*\}[^{}$()=]*)*=\s*1"  # Σ_k y_k = 1, \sum_{k=1}^{K} p_k = 1
# `\tag{$\because \sum_k y_k = 1$}`, `(\because \sum_k y_k = 1)`: a total as the row's reason
_TOTAL_REASON = re.compile(rf"\\tag\*?\s*\{{\s*\$?\s*\\because\s*(?P<total>{_TOTAL})\s*\$?\s*\}}"
                           rf"|\(\s*\\because\s*(?P<bracketed>{_TOTAL})\s*\)")
# `\text{Let } x = …`, `\text{Base on (3), (4)} \Rightarrow …`: prose opening a row
_OPENING_TEXT = re.compile(r"\\text(?:rm|bf)?\s*\{([^{}]*)\}")
CONNECTIVE_WORDS = frozenset(
    "let then so hence thus since therefore now where given because by from base based using "
    "substituting plugging putting applying and or when "
    "dus waarbij waar en of met als dan want omdat zodat stel neem".split())  # Dutch


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
    rest = "".join(chars[at + m.end():end])
    if m.group(1).endswith(" ") or (words and words[0].lower() in CONNECTIVE_WORDS) or (
            foreign_words(m.group(1)) and SPACE_AFTER.match(rest)):
        blank(chars, at, at + m.end() + value_held_at(rest, m.group(1)))


def total_tags(math: str) -> str:
    """`\\tag{$\\because \\sum_k y_k = 1$}` as `, \\sum_k y_k = 1` (blanks keep positions): a
    family's total given as a row's reason is a condition beside it; other tags are labels."""
    if "\\tag" not in math or "\\because" not in math:
        return math
    chars = list(math)
    for m in _TOTAL_REASON.finditer(math):
        if m.group("total"):
            _as_condition(chars, m, m.group("total"), 0)
    return "".join(chars)


def _as_condition(chars: list[str], m: re.Match, total: str, start: int) -> None:
    """The reason matched by `m` (in chars from `start`) as a comma and the total it gives."""
    at = start + m.start() + m.group().index(total)
    blank(chars, start + m.start(), start + m.end())
    chars[start + m.start()] = ","
    chars[at:at + len(total)] = list(total)


def _reason_beside(chars: list[str], start: int, end: int) -> None:
    """`… \\quad (\\because …)` or `… \\quad \\because …` after the row's math: blanked; a
    family's total given as the reason (`\\tag{$\\because \\sum_k y_k = 1$}`) is kept as a
    condition beside the row (`…, \\sum_k y_k = 1`), which its claims are checked under."""
    row = "".join(chars[start:end])
    m = _TOTAL_REASON.search(row)
    if m is not None and row[:m.start()].strip():
        _as_condition(chars, m, m.group("total") or m.group("bracketed"), start)
        return
    m = _REASON_IN_BRACKETS.search(row)
    if m is not None and row[:m.start()].strip():
        blank(chars, start + m.start(), start + m.end())
        return
    m = _REASON_TO_THE_END.search(row)
    if m is not None and row[:m.start()].strip():
        blank(chars, start + m.start(), end)
