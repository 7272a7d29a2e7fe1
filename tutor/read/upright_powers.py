"""Upright function names read as commands (`\\text{sech} x`, `\\text{tanh}^2 x`), units as text."""

from __future__ import annotations

import re

from tutor.vocabulary import spelled

_NAMES = "|".join(sorted(spelled("T"), key=len, reverse=True))
_UPRIGHT_POWER = re.compile(r"\\(?:operatorname|text|textrm|mathrm)\s*\{\s*(" + _NAMES
                            + r")\s*\}(?=\s*\^)")
# `\text{sech} x`, `\text{csch }x`, `\mathrm{sin}x`, `\operatorname{cos}h`: a function in
# upright letters before its argument (a letter or a bracket), as `\sin x` reads; min and max
# (units too) only with a bracket
_CALLED = "|".join(n for n in spelled("T") if n not in ("min", "max"))
_UPRIGHT_CALL = re.compile(r"\\(?:text|textrm|mathrm|operatorname)\s*\{\s*(" + _CALLED
                           + r")\s*\}(?=(?:\s|\\[,;: ])*(?:[A-Za-z(]|\\left\b))")
_UPRIGHT_UNIT = re.compile(  # m/s, km/h, m/s^2
    r"\\mathrm\s*(\{\s*[a-zA-Z]{1,3}\s*/\s*[a-zA-Z]{1,3}(?:\^\{?-?\d\}?)?\s*\})")


def upright_function_powers(text: str) -> str:
    """`text` with `\\operatorname{tanh}^2` written `\\tanh^2` (then blanks where it stood),
    `\\mathrm{m/s}` as `\\text{m/s}` (a unit, as `\\text` gives one)."""
    if "mathrm" in text and "/" in text:
        text = _UPRIGHT_UNIT.sub(lambda m: "\\text".ljust(len(m.group()) - len(m.group(1)))
                                 + m.group(1), text)
    if "{" not in text:
        return text
    text = _UPRIGHT_CALL.sub(lambda m: ("\\" + m.group(1)).ljust(len(m.group())), text)
    if "^" not in text:
        return text
    return _UPRIGHT_POWER.sub(lambda m: ("\\" + m.group(1)).ljust(len(m.group())), text)
