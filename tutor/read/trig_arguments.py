"""`2\\cos x (-\\sin x)`: a bracket after a trigonometric function's one-letter argument, apart
from it, is a factor of its own (cos(x)·(-sin x)), not more of the argument (TeX's
cos(x·(-sin x))); so is what follows a thin space (`\\cos x \\, e^{\\sin x}` is cos(x)·e^{sin x});
the argument is braced in place so the grammar reads it so."""

from __future__ import annotations

import re

TRIG_NAMES = r"(?:sin|cos|tan|sec|csc|cot|sinh|cosh|tanh|arcsin|arccos|arctan)"
_GREEK = r"\\(?:alpha|beta|gamma|theta|vartheta|phi|varphi|psi|omega|tau|mu|nu|xi|eta|zeta)"
# `\cos x (`, `\sin^2 \theta (`: the name (and a power), a space, the letter, a space, a bracket
_LATEX = re.compile(r"(\\" + TRIG_NAMES + r"(?:\^\{?[^{}\s]{1,3}\}?)?) ([a-zA-Z]|" + _GREEK
                    + r")(?![a-zA-Z]) (?=\\left\s*\(|\()")
# `\cos x \, e^{…}`, `\sin\theta\;\cos\theta`: the letter, then a thin space before more
_THIN = re.compile(r"(\\" + TRIG_NAMES + r"(?:\^\{?[^{}\s]{1,3}\}?)?) ?([a-zA-Z]|" + _GREEK
                   + r")(?![a-zA-Z]) ?\\[,;:](?=\s*[\\\w(])")
# `cos x (`, written plainly
_PLAIN = re.compile(r"(?<![\\\w])(" + TRIG_NAMES + r") ([a-zA-Z]) (?=\()")


def trig_arguments_closed(text: str) -> str:
    """`text` with each such argument closed in place (the same length: the two spaces
    become the braces or brackets around the letter)."""
    if "\\," in text or "\\;" in text or "\\:" in text:
        text = _THIN.sub(_thin_closed, text)
    if "(" not in text:
        return text
    text = _LATEX.sub(lambda m: f"{m.group(1)}{{{m.group(2)}}}", text)
    return _PLAIN.sub(lambda m: f"{m.group(1)}({m.group(2)})", text)


def _thin_closed(m: re.Match) -> str:
    """`\\cos x \\,` as `\\cos{x}` and spaces: as long as the text it stands for."""
    closed = f"{m.group(1)}{{{m.group(2)}}}"
    return closed + " " * (len(m.group()) - len(closed)) if len(closed) <= len(m.group()) \
        else m.group()
