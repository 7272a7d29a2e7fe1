"""Word's and OneNote's linear math (UnicodeMath) in the plain spelling, character for character.

Pasted out of an Office equation, `∑_(k=1)^6▒〖k⋅1/6〗` has Word's n-ary mark `▒` and its
invisible grouping brackets `〖…〗`, `P(B│A)` a box-drawing bar, `ⅇ^(−2)` and `ⅆ/ⅆp` the
double-struck e and d, `ln⁡p` an invisible function application (U+2061) and `p ̂`, `x ̅` an
accent set apart from its letter by a space. Each is replaced by what it means in the plain
syntax, one character for one, so every column still points at the text as written. So are
Persian and Arabic-Indic digits (`۰٫۴` is 0.4). So is a habit of plain-text answers:
`= E[x2] <------- Simplify`, an arrow back at the step and why (never `<` and a negated word).
"""

from __future__ import annotations

import re

_SAME_WIDTH = str.maketrans({
    "▒": " ",        # the n-ary mark: what follows is the summand
    "〖": "(", "〗": ")",  # Word's grouping brackets (drawn as nothing, they group)
    "│": "|", "∣": "|",  # a bar of conditional probability
    "ⅇ": "e", "ⅆ": "d", "ⅈ": "i",  # double-struck e, d, i
    "\u2061": " ", "\u2062": " ", "\u200b": " ",  # function application, invisible times, ZWSP
    "ℓ": "l",        # the script l of a log-likelihood ℓ(θ), as TeX's \ell
    "\u0305": "\u0304",  # Word's bar over a letter (a combining overline) is a macron: x̄
})
# Persian (۰…۹) and Arabic-Indic (٠…٩) digits as ASCII digits; the Arabic decimal separator ٫
# between two digits as a point: `$p = ۰٫۴$` is p = 0.4 (the Arabic comma ، stays: prose after)
_EASTERN_DIGITS = str.maketrans({**{chr(0x06F0 + d): str(d) for d in range(10)},
                                 **{chr(0x0660 + d): str(d) for d in range(10)}})
_EASTERN_MARKS = re.compile("[\u06F0-\u06F9\u0660-\u066B]")
# a letter of the Arabic script (Persian, Arabic): prose beside the math, its digits its own
_ARABIC_LETTER = re.compile("[\u0620-\u064A\u0671-\u06D3\u06FA-\u06FF]")
_DECIMAL_SEPARATOR = re.compile(r"(?<=\d)\u066B(?=\d)")
_MARKS = "\u2061\u2062\u200b▒〖〗│∣ⅇⅆⅈℓ\u0305"
# `p ̂`, `x ̅`, `σ ̂^2`: a letter, a space, a combining accent (hat, bar, macron, tilde)
_SPACED_ACCENT = re.compile(r"(?<=[A-Za-zα-ωΑ-Ω]) ([\u0302\u0304\u0303])")


# `〖log〗_2 p`, `〖VAF〗_i`: a name Word bracketed to carry its script, the script moved to it
_BRACKETED_NAME = re.compile(r"〖(\w+)〗([_^](?:\([^()]*\)|\w+))")


_ARROW_NOTE = re.compile(r"<-{2,}[^\n]*")
# `x = 2 so y = x^2 = 4`, `y = 2x = 6 when x = 3`: a word of prose joining two relations of a
# plain line, read as the comma it stands for (each letter of it was a factor)
_CONNECTIVE = re.compile(r" (?:so|then|hence|thus|therefore|gives|giving|when|where|since|and|"
                         r"for)(?= )", re.I)
_RELATION = re.compile(r"=|<|>|≈|≤|≥")


# Π before its limits or, after a space, before what it multiplies (never a name set, `Π = 0.3`,
# a call `Π(x)`, or a factor `2Π`)
_CAPITAL_PI_PRODUCT = re.compile(r"(?<![\w)\]}])Π(?=_|\s+[^\s=<>≤≥≈+\-*/)\]},;:.]|[A-Za-z])")


def unicode_math_spelled(text: str) -> str:
    """`text` with UnicodeMath's marks in the plain spelling (see the module docstring)."""
    if _EASTERN_MARKS.search(text) and not _ARABIC_LETTER.search(text):
        text = _DECIMAL_SEPARATOR.sub(".", text.translate(_EASTERN_DIGITS))
    if "<--" in text:  # `= 4 <-- squared`: a note, not 4 < --squared
        text = _ARROW_NOTE.sub(lambda m: " " * len(m.group()), text)
    if "〖" in text:
        text = _BRACKETED_NAME.sub(lambda m: f" {m.group(1)}{m.group(2)} ", text)
    if any(mark in text for mark in _MARKS):
        text = text.translate(_SAME_WIDTH)
    if "Π" in text:  # `Π C₁₀ᵏᵢ pᵏᵢ`, `Π_{i=1}^n`: the Greek capital typed for the product sign
        text = _CAPITAL_PI_PRODUCT.sub("∏", text)
    if "∼" in text and "\\" not in text:  # `X∼Pois(2)`: distributed as (TeX's ~ is a space)
        text = text.replace("∼", "~")
    if "\\" not in text and _CONNECTIVE.search(text):
        text = _connectives_as_commas(text)
    if " \u0302" in text or " \u0304" in text or " \u0303" in text:
        text = _SPACED_ACCENT.sub(lambda m: m.group(1) + " ", text)
    if "\\unicode" in text:  # MathJax's `\unicode{x1D7D9}`: the character 𝟙 itself
        text = _UNICODE_COMMAND.sub(_character, text)
    return text


# `\unicode{x1D7D9}`, `\unicode{8722}`: MathJax's command for a character by its code point
_UNICODE_COMMAND = re.compile(r"\\unicode\s*\{\s*(x[0-9A-Fa-f]{2,6}|\d{2,7})\s*\}")


def _character(m: re.Match) -> str:
    """The character a `\\unicode{…}` names, padded to the command's width (columns kept); the
    command as it stands when the code point is no printable character."""
    code = m.group(1)
    point = int(code[1:], 16) if code.startswith("x") else int(code)
    if not 0x20 < point <= 0x10FFFF or 0xD800 <= point <= 0xDFFF or not chr(point).isprintable():
        return m.group()
    return chr(point).ljust(len(m.group()))


def _connectives_as_commas(text: str) -> str:
    """Each connective outside brackets between two relations as a comma, in place."""
    for m in reversed(list(_CONNECTIVE.finditer(text))):
        before, after = text[:m.start()], text[m.end():]
        depth = sum(before.count(o) - before.count(c) for o, c in ("()", "[]", "{}"))
        if depth == 0 and _RELATION.search(before) and _RELATION.search(after):
            comma = " " if before.rstrip().endswith((",", ";")) else ","  # `x = 3, so y = …`
            text = before + " " + comma + " " * (len(m.group()) - 2) + after
    return text
