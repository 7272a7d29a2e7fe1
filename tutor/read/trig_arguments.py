"""`2\\cos x (-\\sin x)`: a bracket after a trigonometric function's one-letter argument, apart
from it, is a factor of its own (cos(x)·(-sin x)), not more of the argument (TeX's
cos(x·(-sin x))); the argument is braced in place so the grammar reads it so."""

from __future__ import annotations

import re

TRIG_NAMES = r"(?:sin|cos|tan|sec|csc|cot|sinh|cosh|tanh|arcsin|arccos|arctan)"
_GREEK = r"\\(?:alpha|beta|gamma|theta|vartheta|phi|varphi|psi|omega|tau|mu|nu|xi|eta|zeta)"
# `\cos x (`, `\sin^2 \theta (`: the name (and a power), a space, the letter, a space, a bracket
_LATEX = re.compile(r"(\\" + TRIG_NAMES + r"(?:\^\{?[^{}\s]{1,3}\}?)?) ([a-zA-Z]|" + _GREEK
                    + r")(?![a-zA-Z]) (?=\\left\s*\(|\()")
# `cos x (`, written plainly
_PLAIN = re.compile(r"(?<![\\\w])(" + TRIG_NAMES + r") ([a-zA-Z]) (?=\()")


def trig_arguments_closed(text: str) -> str:
    """`text` with each such argument closed in place (the same length: the two spaces
    become the braces or brackets around the letter)."""
    if "(" not in text:
        return text
    text = _LATEX.sub(lambda m: f"{m.group(1)}{{{m.group(2)}}}", text)
    return _PLAIN.sub(lambda m: f"{m.group(1)}({m.group(2)})", text)
