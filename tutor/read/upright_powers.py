"""A power of a function named in upright letters (`\\operatorname{sech}^2 x`, `\\text{tanh}^2(x)`)
as of its command (`\\sech^2 x`), keeping every position."""

from __future__ import annotations

import re

from tutor.vocabulary import spelled

_NAMES = "|".join(sorted(spelled("T"), key=len, reverse=True))
_UPRIGHT_POWER = re.compile(r"\\(?:operatorname|text|textrm|mathrm)\s*\{\s*(" + _NAMES
                            + r")\s*\}(?=\s*\^)")


def upright_function_powers(text: str) -> str:
    """`text` with `\\operatorname{tanh}^2` written `\\tanh^2` (then blanks where it stood)."""
    if "^" not in text or "{" not in text:
        return text
    return _UPRIGHT_POWER.sub(lambda m: ("\\" + m.group(1)).ljust(len(m.group())), text)
