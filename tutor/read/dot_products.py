"""`K.\\ln(\\theta)`, `(N-K).\\log(1-\\theta)`, `P(D|\\theta).P(\\theta)`: a full stop between two
factors written as a product (a programmer's habit), read as `*` where it stood."""

from __future__ import annotations

import re

from tutor.read.library_calls import library_calls

# commands after a full stop that are no factor: spacing, an end-of-proof mark, a tag
_NO_FACTOR = r"(?!(?:q?quad|qed|square|blacksquare|Box|hfill|hspace|end|tag|label)(?![A-Za-z]))"
# a letter, `)` or `]` before the dot (never a digit: 0.5), a command, a letter or `(` after
# it (never a digit, never the end: a full stop); `\left.` and `\right.` are delimiters
_DOT = re.compile(r"(?<=[A-Za-z)\]])(?<!\\left)(?<!\\right)\.(?=[ \t]*(?:\\" + _NO_FACTOR
                  + r"[A-Za-z]|[A-Za-z(]))"
                  # `e^{-λ}.λ^k`: after a script's brace, a letter; `n.p = 20 . 0,3`, `2 . 3`:
                  # a dot set apart by spaces between numbers (a decimal point never is)
                  r"|(?<=\})\.(?=[A-Za-zα-ωΑ-Ω(]|\\(?!q?quad|text|right|left|end|label|tag)[A-Za-z])"
                  r"|(?<=[\d)] )\.(?=[ \t]+[\d(])"
                  r"|(?<=[)\]] )\.(?=[ \t]+(?:[A-Za-z]|\\[A-Za-z]))")  # `P(B) . P(A|B)`
# `1.\\frac{1}{2}`, `3.\\lim`, `3.lim`: a digit, then a dot touching a command or a letter (a
# decimal point has a digit after it): the dot is a product (Portuguese and Spanish notes)
DIGIT_DOT_PRODUCT = re.compile(r"(?<=\d)\.(?=\\(?!(?:q?quad|text\w*|right|left|end|label|tag|mbox"
                               r"|hspace|hfill|newline|[lcv]?dots|ldots)(?![A-Za-z]))[A-Za-z]"
                               r"|[A-Za-z])")
_WORDS = re.compile(r"\\(?:text|textrm|textit|textbf|mathrm|operatorname|mbox)\s*\{[^{}]*\}")


def dots_as_products(text: str) -> str:
    """`text` with each dot between two factors read as `*`; dots in words (`\\text{i.e.}`)
    and numbers stay; so do those of a library's call (`binom.pmf(`, read as R's call first)."""
    text = library_calls(text)  # =BINOM.DIST(3,10,0.5,FALSE), scipy.stats.binom.pmf(3, 10, 0.5)
    if "." not in text:
        return text
    words = [m.span() for m in _WORDS.finditer(text)]
    chars = list(text)
    for dot in (*_DOT.finditer(text), *DIGIT_DOT_PRODUCT.finditer(text)):
        if not any(start <= dot.start() < end for start, end in words):
            chars[dot.start()] = "*"
    return "".join(chars)


# `σ(x).(1 - σ(x))`: a dot between brackets written for a product
_DOT_BETWEEN_BRACKETS = re.compile(r"(?<=\))(\s*)\.(?=\s*\()")


def dots_between_brackets(text: str) -> str:
    """`text` with a dot between a closing and an opening bracket blanked (a product)."""
    if ")." not in text and ") ." not in text:
        return text
    return _DOT_BETWEEN_BRACKETS.sub(lambda m: m.group(1) + " ", text)
