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


def subscripts_moved(text: str) -> str:
    """`text` with a softmax entry `softmax(z)_i` written `softmax_i(z)` and the worded
    subscript of a name under ∂ unwrapped; each character count kept (errors keep columns)."""
    if "_" not in text:
        return text
    if "\\partial" in text:
        text = _PARTIAL_TEXT_SUBSCRIPT.sub(
            lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3) + " " * len(m.group(4))
            + "}", text)
    if "softmax" in text:
        text = _SUBSCRIPTED_SOFTMAX.sub(lambda m: m.group(1) + m.group(3) + m.group(2), text)
    return text
