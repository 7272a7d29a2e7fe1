"""Spellings of real notes put in the grammar's words before lexing, keeping every position."""

from __future__ import annotations

import re
import unicodedata

from tutor.errors import ParseError

THOUSANDS = "\ue002"  # the comma of 1,000 (the grammar's NUMBER takes it)
GRADIENT_D = "\ue005"  # the d of a backprop name dZ, dW^{[2]}, db1 (the grammar's WORD takes it)

_GROUP = r"\{(?:[^{}]|\{[^{}]*\})*\}"
_SCRIPT = rf"(?:{_GROUP}|\\[a-zA-Z]+|[A-Za-z0-9])"
# `x^2_i`, `\sum^{n}_{i=1}`, `\int^b_a`: TeX sets a superscript before a subscript as after it
_SUP_SUB = re.compile(rf"(\^\s*{_SCRIPT})(\s*_\s*{_SCRIPT})")
# same-length spellings: `\*` (Markdown's escaped star), \mleft, \lbrace, \vert …
_SAME_LENGTH = {
    "\\*": " *", "\\mleft": " \\left", "\\mright": "\\right ", "\\lbrace": "\\{     ",
    "\\rbrace": "\\}     ", "\\vert": "|    ", "\\lvert": "|     ", "\\rvert": "|     ",
    "\\\\%": " \\%",  # `50\\%`: Markdown's escaped backslash before a percent sign
}
_SPELLING = re.compile("|".join(re.escape(k) + ("(?![a-zA-Z])" if k[-1].isalpha() else "")
                                for k in sorted(_SAME_LENGTH, key=len, reverse=True)))
# 1,000 and 12,345,678: digits in groups of three after a comma, outside any bracket
_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d.,])")

# `σ(x).(1 - σ(x))`: a dot between brackets written for a product
_DOT_PRODUCT = re.compile(r"(?<=\))(\s*)\.(?=\s*\()")

# `\text{\sigma^2}`: math written inside \text{…} (a command first): read as the math
_MATH_IN_TEXT = re.compile(r"\\text\s*\{(?=\s*\\[a-zA-Z])([^{}]*)\}")

# `e^{\inf}`: \inf (an infimum in TeX) written for ∞; an infimum has a subscript
_INF = re.compile(r"\\inf(?![a-zA-Z_])(?!\s*_)")

# `X_1 = 40 \quad and \quad X_2 = 3.5`: a word between two statements, read as a comma
_AND = re.compile(r"(?<=[\s}])and(?=\s)")

# dZ, dW^{[2]}, db^{[1]}, dA1: the gradient names of backprop notes (dZ = ∂L/∂Z), never d·Z;
# an uppercase letter or a layer label or digits after the d, no `/` around (dL/dW)
_GRADIENT = re.compile(r"(?<![\\A-Za-z/])d(?=[A-Z]\d*(?![A-Za-z\d])(?!\s*/)|[a-z]\d+(?![A-Za-z\d])"
                       r"(?!\s*/)|[a-z]\s*\^\s*\{\s*[\[(])")
_ANGLE_VECTOR = re.compile(r"((?:\\nabla|∇)[^=;]*=\s*)(\\langle|⟨)"
                           r"([^⟨⟩\\]*(?:\\(?!rangle)[^⟨⟩\\]*)*)(\\rangle|⟩)")
_INTEGRAL = re.compile(r"\\[io]+nt(?![a-zA-Z])|∫")

# `… \quad (|x| < 1)`: a condition in brackets after a space at the end of the formula
_CONDITION = re.compile(r"(\\q?quad|\\[,;])\s*(\()[^()]*(?:<|>|\\[lg]eq?(?![a-zA-Z])|\\neq?"
                        r"(?![a-zA-Z])|[≤≥≠])[^()]*\)(?=[\s$.,;]*$)")


def rewrite(text: str) -> str:
    """`text` in the grammar's spelling, each character where it stood (errors keep columns)."""
    if "\\" in text:
        text = _SPELLING.sub(lambda m: _SAME_LENGTH[m.group()], text)
    if "^" in text and "_" in text:
        text = _SUP_SUB.sub(lambda m: m.group(2) + m.group(1), text)
    if any(ord(ch) > 0xFFFF or ch == "\u2212" for ch in text):
        text = "".join(_plain_letter(ch) for ch in text)
    if "," in text:
        text = _thousands(text)
    if "quad" in text or "\\," in text or "\\;" in text:
        text = _condition_beside(text)
    if ")." in text or ") ." in text:
        text = _DOT_PRODUCT.sub(lambda m: m.group(1) + " ", text)
    if "\\text" in text:
        text = _MATH_IN_TEXT.sub(lambda m: " " * (len(m.group()) - len(m.group(1)) - 1)
                                 + m.group(1) + " ", text)
    return _words(text)


def _angle_vector(text: str) -> str:
    """`\\nabla q = \\langle 2x, 6y \\rangle`: angle brackets right after a gradient and = hold
    its entries (a vector, as in calculus courses), read as a tuple; elsewhere ⟨u, v⟩ is an
    inner product (not read)."""
    def bracket(m: re.Match) -> str:
        return m.group(1) + "(" + " " * (len(m.group(2)) - 1) + m.group(3) + \
            " " * (len(m.group(4)) - 1) + ")"
    return _ANGLE_VECTOR.sub(bracket, text)


def _words(text: str) -> str:
    """∞ written \\inf, `and` between statements, the d of the gradient names dZ, dW1."""
    if "\\inf" in text:
        text = _INF.sub("∞   ", text)
    if " and" in text:
        text = _AND.sub(lambda m: _and_between(text, m), text)
    if "angle" in text or "⟨" in text:
        text = _angle_vector(text)
    if "d" in text and not _INTEGRAL.search(text):  # ∫ f dA: a differential
        text = _GRADIENT.sub(lambda m: _gradient_d(text, m), text)
    return text


def _gradient_d(text: str, m: re.Match) -> str:
    """The d of a gradient name marked, unless it opens braces (`\\frac{dH_b}{dp}`,
    `\\mathrm{dZ}`: a derivative or a name already)."""
    return m.group() if text[:m.start()].rstrip().endswith("{") else GRADIENT_D


def _and_between(text: str, m: re.Match) -> str:
    """`and` between two statements (an = on each side, not inside `\\text{ and }`): a comma."""
    before, after = text[:m.start()], text[m.end():]
    if "=" in before and "=" in after and not before.rstrip().endswith("{") \
            and not after.lstrip().startswith("}"):
        return ",  "
    return m.group()


def _condition_beside(text: str) -> str:
    """`… \\quad (|x| < 1)`: the condition in brackets becomes a condition beside the formula
    (`…, |x| < 1`, each character where it stood), which the claims are checked under."""
    m = _CONDITION.search(text)
    if not m:
        return text
    return text[:m.start(2)] + "," + text[m.start(2) + 1:m.end() - 1] + " " + text[m.end():]


def _plain_letter(ch: str) -> str:
    """𝐸, 𝑋 (mathematical italic and bold letters) are E, X; the minus sign U+2212 is -."""
    if ch == "\u2212":
        return "-"
    if 0x1D400 <= ord(ch) <= 0x1D7FF:
        plain = unicodedata.normalize("NFKC", ch)
        return plain if len(plain) == 1 else ch
    return ch


def _thousands(text: str) -> str:
    """Mark the commas of `1,000` where nothing else can be meant: outside brackets."""
    chars = list(text)
    for m in _THOUSANDS.finditer(text):
        before = text[:m.start()]
        if sum(before.count(o) for o in "([{") > sum(before.count(c) for c in ")]}"):
            line = before.count("\n") + 1
            column = m.start() - (before.rfind("\n") + 1) + 1
            raise ParseError(f"{m.group()} inside brackets: one number (write it without the "
                             "comma) or several (put a space after each comma)?", text, line,
                             column)
        for k in range(m.start(), m.end()):
            if chars[k] == ",":
                chars[k] = THOUSANDS
    return "".join(chars)
