"""`D($x^{-2}$) = $-2x^{-1}$` (Italian notes: the derivative operator D written in prose around
two inline formulas) read as one formula `$(x^{-2})'  = -2x^{-1}$`, each part where it stood."""

from __future__ import annotations

import re

# D( $…$ ) = $…$ on one line; D is no letter of a word or of a formula (`ID($x$)`, `$D($`)
_SPLIT_D = re.compile(r"(?<![\w\\$])D\(\$([^$\n]+)\$\)([ \t]*=[ \t]*)\$([^$\n]+)\$")


def derivative_operator_joined(text: str) -> str:
    """`text` with each `D($A$) = $B$` written ` $(A)' = B$` (the same length: every
    character of A and B stays in its column, so a step points where it was written)."""
    if "D($" not in text:
        return text
    return _SPLIT_D.sub(_joined, text)


def _joined(m: re.Match) -> str:
    gap = m.group(2).replace("=", " ")
    return " $(" + m.group(1) + ")'" + gap + "=" + m.group(3) + "$"
