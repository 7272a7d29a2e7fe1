"""Subscripts written where the grammar does not take them, moved or unwrapped in place."""

from __future__ import annotations

import re

_SCRIPT = r"(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\[a-zA-Z]+|[A-Za-z0-9])"
# softmax(z)_i, the i-th entry: softmax_i(z), the subscript moved before the bracket
_SUBSCRIPTED_SOFTMAX = re.compile(r"(\\(?:operatorname|text|textrm|mathrm)\s*\{\s*softmax\s*\}|"
                                  rf"(?<![\\A-Za-z])softmax)(\s*\([^()]*\))(\s*_\s*{_SCRIPT})")
# ∂L_{\text{reg}}: the word of a subscript under ∂ unwrapped, L_{      reg} (the same name)
_PARTIAL_TEXT_SUBSCRIPT = re.compile(r"(?<=\\partial)(\s*[A-Za-z]\s*_\s*\{)(\s*\\(?:text|"
                                     r"textrm|mathrm|operatorname)\s*\{\s*)([A-Za-z]+)(\s*\}\s*)\}")
# 1_{i=j} of a softmax derivative: the indicator of i = j, as 𝟙_{i=j} (a plain 1 with an event
# below it: never a digit of a number, a power or a subscript)
_ONE_OF_AN_EVENT = re.compile(r"(?<![\w.^_\\])1(?=\s*_\s*\{\s*\w+\s*=\s*\w+\s*\})")
# θ̂^{MLE}, θ^{\text{MAP}}: the estimator's label above, never a power M·L·E; written below
# (θ̂_{MLE}, the name a solved equation gives) where the name has no subscript of its own
_ESTIMATOR_LABEL = re.compile(r"\^(?=\s*\{\s*(?:\\(?:text|textrm|mathrm)\s*\{\s*)?"
                              r"(?:MLE|MAP|ML|OLS)\s*\}?\s*\}(?!\s*_))")
# 1\{k = i\}, \mathbb{1}\{y = j\} (softmax notes): the indicator of an event in escaped braces,
# read as 𝟙[k = i]; the braces hold one relation of names, digits and scripts
_BRACED_EVENT = r"(?:[^{}\\=]|\{[^{}]*\}|\\[a-zA-Z]+)*"
_INDICATOR_BRACES = re.compile(r"(?<![\w.^_\\])(1|\\math(?:bb|bf)\s*\{\s*1\s*\}|𝟙)(\s*)\\\{("
                               + _BRACED_EVENT + r"(?:=|\\neq?(?![a-zA-Z]))" + _BRACED_EVENT
                               + r")\\\}")
# `l_ {x, y}`, `x_ i`: blanks between the underscore and the subscript, as TeX allows
_SPACED_SUBSCRIPT = re.compile(r"_([ \t]+)([{A-Za-z0-9])")
_ENDS_SUBSCRIPTED = re.compile(r"_\s*(?:\{[^{}]*\}|\\?\w+)\s*$")


def subscripts_moved(text: str) -> str:
    """`text` with a softmax entry `softmax(z)_i` written `softmax_i(z)`, the worded subscript
    of a name under ∂ unwrapped, `1_{i=j}` and `1\\{i = j\\}` the indicator and an estimator's
    label θ^{MLE} written below; each character count kept."""
    if "^" in text and "M" in text or "OLS" in text:
        text = _ESTIMATOR_LABEL.sub(lambda m: "^" if _ENDS_SUBSCRIPTED.search(
            text, max(0, m.start() - 40), m.start()) else "_", text)  # the name just before
    if "\\{" in text:
        text = _INDICATOR_BRACES.sub(lambda m: ("𝟙" if m.group(1) == "1" else m.group(1))
                                     + m.group(2) + " [" + m.group(3) + " ]", text)
    if "_" not in text:
        return text
    if "_ " in text or "_\t" in text:
        text = _SPACED_SUBSCRIPT.sub(lambda m: "_" + m.group(2) + m.group(1), text)
    if "\\partial" in text:
        text = _PARTIAL_TEXT_SUBSCRIPT.sub(
            lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3) + " " * len(m.group(4))
            + "}", text)
    if "softmax" in text:
        text = _SUBSCRIPTED_SOFTMAX.sub(lambda m: m.group(1) + m.group(3) + m.group(2), text)
    return _ONE_OF_AN_EVENT.sub("𝟙", text) if "1" in text else text  # 1_{i=j}: the indicator


# an empty script, as some editors write the bounds of ∫ and Σ (`\\int_{}^{}`, `\\sum_i^{}`): TeX
# sets nothing there (elsewhere, `x^{}` is a power left out: said so by the reader)
_EMPTY_SCRIPT = re.compile(r"[_^]\s*\{\s*\}")
_BIG_SCRIPTS = re.compile(r"\\(?:int|iint|oint|sum|prod)(?![a-zA-Z])"
                          r"(?:\s*[_^]\s*(?:\{[^{}]*\}|[^\s{}\\]))*")


def empty_scripts_dropped(text: str) -> str:
    """`\\int_{}^{} f dx` as `\\int f dx`, `\\sum_i^{}` as `\\sum_i` (blanked, each character
    where it stood)."""
    if "{}" not in text and "{ }" not in text:
        return text
    return _BIG_SCRIPTS.sub(lambda m: _EMPTY_SCRIPT.sub(lambda e: " " * len(e.group()),
                                                        m.group()), text)
