"""`$a) \\lim_{x \\to +\\infty}\\frac{1}{x^2} = 0$`: an exercise's letter (or number) and a closing
bracket written inside the math, before the formula: a label, blanked, never a bracket the formula
closes without opening (a parse error). Asides at a row's end, an equation number or a percentage,
blanked too."""

from __future__ import annotations

import re

from tutor.notes.reasons import blank

# `a)`, `l)`, `12)` at the start of a row, then the formula (a command, a letter, a digit)
_LABEL = re.compile(r"\s*(?:[a-zа-я]|\d{1,2})\)(?=\s*[\\a-zA-Z0-9(])")
# `(a)\ y = x^2`, `(ii)\quad …`: a bracketed letter or number set apart by TeX spacing
_SPACED_LABEL = re.compile(r"\s*\((?:[a-zа-я]|\d{1,2}|[ivx]{1,4})\)"
                           r"(?=\s*(?:\\[ ,;:]|\\q?quad(?![a-zA-Z])|~))")


def leading_label_blanked(chars: list[str], start: int, end: int) -> None:
    """Blank the label at the start of the row chars[start:end] when the row closes one
    bracket more than it opens (so the label's `)` is the one too many)."""
    while start < end and chars[start].isspace():  # a wrapper's `\\displaylines{` blanked
        start += 1
    row = "".join(chars[start:min(end, start + 8)])
    spaced = _SPACED_LABEL.match("".join(chars[start:min(end, start + 8)]))
    if spaced is not None:
        blank(chars, start, start + spaced.end())
        return
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


ASIDE_TAIL = 40  # characters at the end of a row an aside `(8.3\%)` is looked for in
_SPACING = r"(?:\s|~|\\[,;:! ]|\\q?quad(?![a-zA-Z])|\\hfill(?![a-zA-Z]))"
# `≈ 0.0833 (8.3\%)`: the value again as a percentage, often cut rather than rounded
_PERCENT_ASIDE = re.compile(_SPACING + r"+\(\s*\d+(?:\.\d+)?\s*\\?%\s*\)\s*$")
# `= \frac{1}{1-r}~~~~ (1.2)`, `\qquad (3)`: an equation's number set apart by spacing (a `~`,
# two thin spaces, a \quad), never a factor
_EQUATION_NUMBER = re.compile(r"(?:\s*~|(?:\s*\\[,;: ]){2}|\s*\\q?quad(?![a-zA-Z])"
                              r"|\s*\\hfill(?![a-zA-Z]))" + _SPACING
                              + r"*\(\s*\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?\s*\)[\s.,;]*$")


def trailing_asides_blanked(chars: list[str], start: int, end: int) -> None:
    """Blank an aside that ends the row chars[start:end]: the value again as a percentage
    (`≈ 0.0833 (8.3\\%)`) or the equation's number (`~~~~ (1.1)`), never a product with the
    value before it."""
    row = "".join(chars[start:end]).rstrip()  # never the blanks after it: they may be many
    tail = max(0, len(row) - ASIDE_TAIL)  # it ends the row: no search from each
    for aside in (_PERCENT_ASIDE, _EQUATION_NUMBER):  # blank of a long row (quadratic)
        m = aside.search(row, tail)
        if m and row[:m.start()].strip():
            blank(chars, start + m.start(), start + m.end())
            return


# a row that is all text: `\text{(NB: on considère que Y = k)}`, two words or more in it
_TEXT_ROW = re.compile(r"\\(?:text|textrm|textit|textbf|mbox)\s*\{([^{}]*)\}")
_WORDS = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}[^\S\n]+[^\W\d_]{2,}")


def words_only(row: str) -> bool:
    """Whether a row of math holds only a sentence in `\\text{…}`: prose, no statement."""
    found = _TEXT_ROW.fullmatch(row)
    return found is not None and _WORDS.search(found.group(1)) is not None
