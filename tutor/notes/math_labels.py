"""`$a) \\lim_{x \\to +\\infty}\\frac{1}{x^2} = 0$`: an exercise's letter (or number) and a closing
bracket written inside the math, before the formula: a label, blanked, never a bracket the formula
closes without opening (a parse error)."""

from __future__ import annotations

import re

from tutor.notes.reasons import blank

# `a)`, `l)`, `12)` at the start of a row, then the formula (a command, a letter, a digit)
_LABEL = re.compile(r"\s*(?:[a-z]|\d{1,2})\)(?=\s*[\\a-zA-Z0-9(])")


def leading_label_blanked(chars: list[str], start: int, end: int) -> None:
    """Blank the label at the start of the row chars[start:end] when the row closes one
    bracket more than it opens (so the label's `)` is the one too many)."""
    row = "".join(chars[start:min(end, start + 8)])
    m = _LABEL.match(row)
    if m is None:
        return
    whole = "".join(chars[start:end])
    if whole.count(")") - whole.count("(") == 1:
        blank(chars, start, start + m.end())


# an implication sign the math ends with, its conclusion in the prose after it (`$… = f(0)
# \Rightarrow$ automatic.`)
_TRAILING_ARROW = re.compile(r"\\(?:Rightarrow|Longrightarrow|implies|therefore)\s*$")


def trailing_arrow_blanked(chars: list[str], start: int, end: int) -> None:
    """Blank the implication sign that ends the last row chars[start:end] of a formula: what it
    leads to is said in words, so the row states what stands before it."""
    tail = max(start, end - 40)
    m = _TRAILING_ARROW.search("".join(chars[tail:end]))
    if m is not None:
        blank(chars, tail + m.start(), tail + m.end())
