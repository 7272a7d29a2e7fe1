"""Typesetting marks of real notes taken off before lexing, each character kept where it stood.

`P\\{X=k\\}` (textbook braces around an event), `{\\rm e}` (the old font switch around one
letter), `{\\color{red}-}` (a coloured sign), `\\underbrace{…}_{note}` and `\\overbrace{…}^{note}`
(a note under or over terms), `\\boxed{a = b}` (a boxed statement, not a boxed value),
`\\underline{…}` (an underlined result, as a box is),
`A^{\\complement}` (the complement of an event, as `A^c`), `\\mbox H` (one letter, unbraced).
"""

from __future__ import annotations

import re

from tutor.read.outer_braces import matching_close
from tutor.vocabulary import UNIT_WORDS

# `P\{X=k\}`, `\Pr\{…\}`, `\mathbb{P}\{…\}`: a probability of the event in braces
_PROBABILITY_BRACE = re.compile(r"(?<![A-Za-z\\])(?:P|\\Pr|\\mathbb\s*\{\s*P\s*\}|\\mathbb\s+P)"
                                r"\s*(\\\{)")
# `{\rm e}`, `{\rm d}x`, `{\rm Var}`: one upright letter (or operator) in the old font switch
_OLD_FONT_LETTER = re.compile(r"\{\s*\\(?:rm|mathrm|it|mit)\s+([A-Za-z]|Var|Cov|Corr|SD|Std)\s*\}")
# `{\color{red}-}`, `{-}`: a sign alone in braces (after \color is blanked), the sign itself
# (not a subscript: `LR_{+}` keeps it)
_BRACED_SIGN = re.compile(r"(?<!_)\{\s*(?:\\color\s*\{[^{}]*\}\s*)?([+\-])\s*\}")
_BRACE_NOTE = re.compile(r"\\(underbrace|overbrace)\s*\{")
# `\lefteqn{Var(2X + 3)}`: an eqnarray's long left side, set to overlap the columns after it
_LEFTEQN = re.compile(r"\\lefteqn(?=\s*\{)")
_BOXED = re.compile(r"\\boxed\s*\{")
# `\displaystyle{\lim_{h \to 0}}\frac{…}{h}`: a limit alone in a group (its \displaystyle blanked
# as a switch), the limit over what follows the group
_BRACED_LIMIT = re.compile(r"\{(\s*\\lim\s*_\s*\{[^{}]*\}\s*)\}")
_UNDERLINED = re.compile(r"\\underline\s*\{")
# `\hl{(3x^2-1)\sin x}`, `\underline{(x+3)e^x}`: a result highlighted or underlined, a group
# as braces are (an underlined statement `\underline{f'(x) = …}` is the statement); a bold
# number or a term opening with one (`2.0 \times 3.0 = \mathbf{6.0}`, `= \mathbf{12x^2}`,
# `\mathbf{0.811 \text{ bits}}`): a result set in bold, what it holds (never \mathbf{0},
# \mathbf{1}: the vectors of zeros and ones)
_HIGHLIGHT = re.compile(r"\\(?:hl|underline)(?=\s*\{)"
                        r"|\\(?:mathbf|textbf|boldsymbol|bm)(?=\s*\{\s*(?!-?[01]\s*\})-?\d"
                        r"(?:[^{}]|\{[^{}]*\})*\})")
# `= \mathbf{0.811 \text{ bits}}`: a bold number with its unit, the number and the unit unbraced
_BOLD_WITH_UNIT = re.compile(r"\\(?:mathbf|textbf|boldsymbol|bm)\s*\{(\s*-?\d[\d.]*\s*"
                             r"\\text\s*\{[^{}]*\}\s*)\}")
# `\left(\begin{matrix} n \\\\ k \end{matrix}\right)`: one column of two rows in round
# brackets, set as a pmatrix is (a binomial coefficient, tutor's reading of that pmatrix)
_ROUND_COLUMN = re.compile(r"(\\left\s*\(\s*\\begin\s*\{(?:matrix|array\}\s*\{c)\})"
                           r"((?:(?!\\end)[^&])*?)(\\end\s*\{(?:matrix|array)\}\s*\\right\s*\))")
# `\\color{red}{a = b}`, `\\textcolor{blue}{P(B) = 0.6}`: a coloured statement
_COLOURED = re.compile(r"\\(?:color|textcolor)\s*\{[^{}]*\}\s*\{")
# `{\color{cyan} f(x+h)g(x+h) - f(x)g(x+h)} + …`: a group opened to colour its terms (TeX's
# braces are no brackets: the terms as if unbraced)
_COLOURED_GROUP = re.compile(r"\{(?=\s*\\color\s*\{[^{}]*\})")
# `2\\ \\mathrm{bits}`: a unit word in upright letters is the unit, as `\\text{bits}` is
_UPRIGHT_UNIT = re.compile(r"\\mathrm(\s*\{\s*(?:" + "|".join(UNIT_WORDS) + r")\s*\})")
# `A^{\complement}`, `A^\complement`: the complement of an event, as `A^c` is written
_COMPLEMENT_MARK = re.compile(r"\^\s*(\{\s*\\complement\s*\}|\\complement(?![a-zA-Z]))")
# `\mbox H`, `\text T`: a text command with one letter and no braces (TeX takes one token)
_UNBRACED_TEXT = re.compile(r"\\(?:mbox|text|textrm|mathrm)\s+([A-Za-z])(?![A-Za-z])")
# a matrix environment (its rows parted by `\\\\`, or `\\\\\\\\` escaped for Markdown)
_MATRIX = re.compile(r"\\begin\s*\{([pbvBV]?matrix)\}.*?\\end\s*\{\1\}", re.S)
_RELATION = re.compile(r"=|<|>|\\approx|\\[lg]eq?(?![a-zA-Z])|\\neq(?![a-zA-Z])")


def take_off_marks(text: str) -> str:
    """`text` without the typesetting marks above; every other character where it stood."""
    if "\\{" in text:
        text = _probability_parentheses(text)
    if "{\\" in text or "{ \\" in text:
        text = _OLD_FONT_LETTER.sub(lambda m: _blank_around(m, 1), text)
    if "-" in text or "+" in text:
        text = _BRACED_SIGN.sub(lambda m: _blank_around(m, 1), text)
    if "brace" in text:
        text = _notes_taken_off(text)
    if "\\boxed" in text:
        text = _boxed_statements(text, _BOXED)
    if "\\hl" in text or "bf" in text or "\\b" in text or "\\underline" in text:
        text = _BOLD_WITH_UNIT.sub(lambda m: _blank_around(m, 1), text)  # {0.811 \text{ bits}}
        text = _HIGHLIGHT.sub(lambda m: " " * len(m.group()), _boxed_statements(text, _UNDERLINED))
    if "color" in text:
        text = _coloured_groups(_boxed_statements(text, _COLOURED))
    if "\\mathrm" in text:
        text = _UPRIGHT_UNIT.sub(lambda m: "\\text  " + m.group(1), text)
    text = _small_marks_taken_off(text)
    if "matrix" in text or "array" in text:
        text = _ROUND_COLUMN.sub(_as_pmatrix, _MATRIX.sub(_escaped_breaks_single, text))
    return text


# `\pink{\binom{n}{k+1}}`, `\green k`: a colour's name made a macro (Mathelounge's), only a
# colour on what follows it
_COLOUR_MACRO = re.compile(r"\\(?:red|blue|green|pink|orange|purple|cyan|magenta|violet|gray)"
                           r"(?![a-zA-Z])")
_PHANTOM = re.compile(r"\\[hv]?phantom\s*\{")


def _phantoms_taken_off(text: str) -> str:
    """`\\phantom{\\left<X\\right>}= …`: space kept for what is not shown, and so no math."""
    for m in reversed(list(_PHANTOM.finditer(text))):
        close = matching_close(text, m.end() - 1)
        if close is not None:
            text = text[:m.start()] + " " * (close + 1 - m.start()) + text[close + 1:]
    return text


def unbraced_marks(text: str) -> bool:
    """Whether `text` may hold a mark written without braces (`A^\\complement`, `\\mbox H`)."""
    return "\\complement" in text or ("box " in text or "text " in text or "rm " in text) \
        and _UNBRACED_TEXT.search(text) is not None


def _small_marks_taken_off(text: str) -> str:
    """`\\mbox H` as `      H`, `A^{\\complement}` and `A^\\complement` as `A^c` (then blanks),
    `\\lefteqn{…}` as its group."""
    if "\\lefteqn" in text:
        text = _LEFTEQN.sub(lambda m: " " * len(m.group()), text)
    if "{\\lim" in text or "{ \\lim" in text:
        text = _BRACED_LIMIT.sub(lambda m: _blank_around(m, 1), text)
    if "\\phantom" in text or _COLOUR_MACRO.search(text):
        text = _phantoms_taken_off(_COLOUR_MACRO.sub(lambda m: " " * len(m.group()), text))
    if not unbraced_marks(text):
        return text
    text = _UNBRACED_TEXT.sub(lambda m: _blank_around(m, 1), text)
    return _COMPLEMENT_MARK.sub(lambda m: "^c" + " " * (len(m.group()) - 2), text)


def _escaped_breaks_single(m: re.Match) -> str:
    """A matrix whose row breaks were escaped for Markdown (`5 \\\\\\\\ 2`, shown as `5 \\\\ 2`)
    with each break written once, then blanks."""
    return m.group().replace("\\\\\\\\", "\\\\  ")


def _as_pmatrix(m: re.Match) -> str:
    """A column of two rows in round brackets as the pmatrix it shows (its row break written
    `\\\\` or, escaped for Markdown, `\\\\\\\\`); anything else kept."""
    body = m.group(2).replace("\\\\\\\\", "\\\\  ")
    if body.count("\\\\") != 1 or len(m.group(1)) < 15 or len(m.group(3)) < 13:
        return m.group()
    return "\\begin{pmatrix}" + " " * (len(m.group(1)) - 15) + body \
        + " " * (len(m.group(3)) - 13) + "\\end{pmatrix}"


def _blank_around(m: re.Match, group: int) -> str:
    """The match blanked but for its group `group`, kept in its place."""
    start, end = m.start(group) - m.start(), m.end(group) - m.start()
    whole = m.group()
    return " " * start + whole[start:end] + " " * (len(whole) - end)


def _closing(text: str, opened: int, opener: str = "{", closer: str = "}") -> int | None:
    """The index of the `closer` that closes the `opener` at `opened`, or None."""
    depth = 0
    k = opened
    while k < len(text):
        if text.startswith(opener, k):
            depth += 1
            k += len(opener)
            continue
        if text.startswith(closer, k):
            depth -= 1
            if depth == 0:
                return k
            k += len(closer)
            continue
        k += 1
    return None


def _probability_parentheses(text: str) -> str:
    """`P\\{X=k\\}` as `P (X=k )`: the braces of the event as the brackets of a call."""
    for m in reversed(list(_PROBABILITY_BRACE.finditer(text))):
        closing = _matching_brace_close(text, m.end(1))
        if closing is None:
            continue
        text = text[:m.start(1)] + " (" + text[m.end(1):closing] + " )" + text[closing + 2:]
    return text


def _matching_brace_close(text: str, start: int) -> int | None:
    """The index of the `\\}` closing a `\\{` opened just before `start`, or None."""
    depth = 1
    k = start
    while k < len(text) - 1:
        pair = text[k:k + 2]
        if pair == "\\{":
            depth += 1
            k += 2
            continue
        if pair == "\\}":
            depth -= 1
            if depth == 0:
                return k
            k += 2
            continue
        k += 1
    return None


def _notes_taken_off(text: str) -> str:
    """`\\underbrace{a+b}_{note}` as `{a+b}` (a bare group, as TeX shows it), the note blanked."""
    while (m := _BRACE_NOTE.search(text)) is not None:
        opened = m.end() - 1
        closing = _closing(text, opened)
        if closing is None:
            return text
        text = text[:m.start()] + " " * (opened - m.start()) + text[opened:]
        script = re.match(r"\s*[_^]\s*", text[closing + 1:])
        if script is None:
            continue
        note_at = closing + 1 + script.end()
        note_end = _closing(text, note_at) if text.startswith("{", note_at) else note_at
        if note_end is None:
            return text
        text = text[:closing + 1] + " " * (note_end + 1 - closing - 1) + text[note_end + 1:]
    return text


def _boxed_statements(text: str, opener: re.Pattern) -> str:
    """`\\boxed{a = b}`, `\\color{red}{a = b}`: a boxed or coloured statement is the statement
    (a boxed value stays a group)."""
    for m in reversed(list(opener.finditer(text))):
        opened = m.end() - 1
        closing = _closing(text, opened)
        if closing is None or not _RELATION.search(text[opened:closing]):
            continue
        text = text[:m.start()] + " " * (opened + 1 - m.start()) + text[opened + 1:closing] \
            + " " + text[closing + 1:]
    return text


def _coloured_groups(text: str) -> str:
    """`{\\color{cyan} a - b} + c`: the braces of a group opened by `\\color` blanked."""
    for m in reversed(list(_COLOURED_GROUP.finditer(text))):
        closing = _closing(text, m.start())
        if closing is not None:
            text = text[:m.start()] + " " + text[m.start() + 1:closing] + " " + text[closing + 1:]
    return text
