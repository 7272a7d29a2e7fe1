"""Marks of other typing habits, each character where it stood: full-width punctuation typed
with a CJK keyboard inside math (`P(A)=0.3，P(B)=0.5`), `÷`, and TeX's thin space between
groups of three digits (`1\\,000`: one thousand, never 1·000)."""

from __future__ import annotations

import re

_WIDE = str.maketrans({"，": ",", "、": ",", "；": ";", "：": ":", "（": "(", "）": ")", "＝": "=",
                       "＋": "+", "－": "-", "÷": "/", "\u3000": " ",  # U+3000: a wide space
                       "∗": "*", "∙": "*", "✕": "*", "＊": "*"})  # ∗ U+2217, ∙ U+2219: times
_SPACE = r"\\[,;: ]"  # TeX's spaces: thin, medium, thick, a control space (~ is ≈ in plain)
_THIN_GROUPS = re.compile(r"(?<![\d.])[1-9]\d{0,2}(?:" + _SPACE + r"\d{3})+(?![\d.]|"
                          + _SPACE + ")")
# 3.141\,59: the decimals grouped in threes
_THIN_DECIMALS = re.compile(r"(?<![\d.])\d+\.\d{3}(?:\\,\d{3})*\\,\d{1,3}(?![\d.]|\\,)")


# `\text{   }`: a text of blanks, the space it leaves (`…, \text{ } x = 0, 1, …`)
_BLANK_TEXT = re.compile(r"\\(?:text|textrm|mbox)\s*\{\s*\}")

# `[2,;1,;0]`: a list copied from a rendered chat answer, the backslash of `,\;` lost
_LOST_SPACE = re.compile(r"(?<=[\d\w}\])]),;(?=\s*[-+.\d\w\\])")


# `f´(x)`, `f’’(x) =`: an acute accent or a closing quote typed for a prime after a name
_TYPED_PRIME = re.compile(r"(?<=[A-Za-z)\]´’])([ \t]?)[´’](?=[´’]*\s*(?:[(=·*+\-–)]|$))")


# `x_{1} . dz`, `\frac{dL}{da} . \frac{da}{dz}`: a dot with a space on each side between two
# factors, a times sign (French notes; a decimal point has no spaces, a full stop no factor after)
_SPACED_DOT = re.compile(r"(?<=[\w})\]])[ \t]\.[ \t](?=[ \t]*(?:[\w({]|\\(?:[dt]?frac|sqrt|partial"
                         r"|nabla|sigma|alpha|beta|theta|lambda|mu|pi|log|ln|exp|sin|cos|tan)"
                         r"(?![a-zA-Z])))")  # never before `\qquad \blacksquare`: a full stop
# `$E\(c) = c$`: a bracket escaped for Markdown (Hugo) right after a name, its pair plain
_ESCAPED_BRACKET = re.compile(r"(?<=[A-Za-z])\\\((?=[^()]*\))")


def wide_punctuation(text: str) -> str:
    """`text` with full-width punctuation and `÷` as their ASCII signs; `,;` (a `\\;` whose
    backslash was lost) a comma and a space; `´`, `’` typed for a prime a prime; a spaced dot
    between factors a times sign; `E\\(c)` a call."""
    text = text.translate(_WIDE)
    if " ." in text:
        text = _SPACED_DOT.sub(" * ", text)
    if "\\(" in text:
        text = _ESCAPED_BRACKET.sub("( ", text)
    if "´" in text or "’" in text:  # `[ (4x + 3)^2 ] ´`: the prime where the mark stood
        text = _TYPED_PRIME.sub(lambda m: "'" + m.group(1), text)
    return _LOST_SPACE.sub(", ", text) if ",;" in text else text


def thin_space_thousands(text: str, mark: str) -> str:
    """`1\\,000` as one number: the thin spaces as `mark` (the grammar's comma of thousands),
    the digits moved right to stand together."""
    if "\\" not in text:
        return text
    text = _THIN_DECIMALS.sub(lambda m: " " * (2 * m.group().count("\\,"))
                              + m.group().replace("\\,", ""), text)
    return _THIN_GROUPS.sub(lambda m: _one_number(m.group(), mark), text)


def _one_number(digits: str, mark: str) -> str:
    """`1\\,000` as `␣1` + mark + `000`: the digits together, moved right."""
    joined = re.sub(_SPACE, mark, digits)
    return " " * (len(digits) - len(joined)) + joined


# `w\_1`, `\sum\_k`, `\delta\_{ij}`: Markdown's escaped underscore (Hugo, Jekyll, ox-hugo)
_ESCAPED_UNDERSCORE = re.compile(r"\\_(\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+|[A-Za-z0-9])")


def escaped_underscores(text: str) -> str:
    """`text` with each escaped underscore `\\_` a subscript mark: the backslash goes, the
    subscript moves one place left to stand against the `_` (`w\\_1` reads as `w_1 `)."""
    for _ in range(3):  # `f\\_{2\\_{z_2}}`: one inside another
        if "\\_" not in text:
            break
        text = _ESCAPED_UNDERSCORE.sub(lambda m: "_" + m.group(1) + " ", text)
    return text


def backslash_marks(text: str) -> str:
    """`text` with its escaped underscores read (escaped_underscores) and each `\\text{ }`
    holding only blanks as the blanks it leaves: a space, never a word before what follows."""
    text = escaped_underscores(text)
    return _BLANK_TEXT.sub(lambda m: " " * len(m.group()), text) if "{ " in text else text
