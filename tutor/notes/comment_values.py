"""Values a plain step file gives in its comments (`# a coin with p = 0.3`), read as givens.

A terminal-typed file keeps its prose in `#` comments, and the givens of a question stand there:
`# Q6 binomial, n = 10, p = 0.2`, `# Var(X) = 4, Cov(X,Y) = -1.5`. Each `name = number` (or
`E[X]`, `Var(X)`, `P(A|B)` … `= number`) is read as a value given, as `$p = 0.3$` is in the prose
of a Markdown note; anything else in a comment stays prose.
"""

from __future__ import annotations

import re

_NUMBER = r"-?\d+(?:\.\d+)?(?:/\d+)?"
_STATED = re.compile(
    r"(?<![\w.=<>!~^*/+-])"
    r"((?:E|Var|var|Cov|cov|P|Pr|p)\s*[\(\[][^()\[\]\n]{1,40}[\)\]]"   # Var(X), P(+|D), E[X]
    r"|[A-Za-zα-ωΑ-ΩŷŶȳȲ][\u0302\u0303\u0304]?(?:_\{?\w+\}?)?"  # p, n, x_1, λ, ŷ
    r"|lambda|mu|sigma|theta|alpha|beta)"
    rf"\s*=\s*{_NUMBER}(?![\w.(\[^*/+-])")


def comment_values(comment: str) -> list[tuple[int, str]]:
    """(offset in `comment`, `name = number` as written) for each value it gives."""
    return [(m.start(), m.group()) for m in _STATED.finditer(comment)]
