"""A Markdown table row whose `$…$` cells are worked claims (`| geometric | $\\frac{1}{p} = 5$ |`):
read as math, where a row of values (`| $X = 0$ | 0.4 |`, `| $P(X=x)$ | 0.1 |`) stays a table."""

from __future__ import annotations

import re

_TABLE_ROW = re.compile(r"\s*\|")
_INLINE = re.compile(r"(?<![\\$])\$([^$]+)\$(?!\$)")
_GROUP = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}")
# a left side that only names a value, its brackets blanked: `X`, `Y_1`, `\eta`, `p(x)`,
# `f'(x)`, `P(X = 1)`, `E[X]` (a row of a law's values, maybe one for each x: never a claim)
_COMMAND = re.compile(r"\\(?:times|cdot|left|right|,|;|!|quad)")
_BETWEEN_NUMBERS = re.compile(r"[\d)]\s*[-+*/×·]\s*[-(]?\s*\.?\d")
_NAME = re.compile(r"\s*(?:[A-Za-z]|\\(?!d?t?frac|sqrt|binom)[A-Za-z]+)(?:_[^\s=']+)?\s*'*\s*#*\s*")


def claims_in_row(body: str) -> bool:
    """Whether the table row `body` holds a `$…$` cell with `=` outside its brackets whose left
    side is more than a lone name (`\\frac{1-p}{p^2} = 20`, `E[X] = 3`)."""
    if not _TABLE_ROW.match(body) or "$" not in body or "=" not in body:
        return False
    return any(_claim(m.group(1)) for m in _INLINE.finditer(body))


def _claim(math: str) -> bool:
    flat = math
    for _ in range(4):  # brackets inside brackets: `P(X = 1)`, `\frac{1}{p}`
        flat = _GROUP.sub(lambda m: "#" * len(m.group()), flat)
    if "=" not in flat:
        return False
    left, right = flat[:flat.index("=")], flat[flat.index("=") + 1:]
    return _NAME.fullmatch(left) is None or _worked(right)


def _worked(right: str) -> bool:
    """`wx = 0.5 \\times 2`, `1.0 - 0.5`: a right side worked out (a chain, or numbers with an
    operator between them), never a value set down (`0.4`, `x^2`)."""
    if "=" in right:
        return True
    bare = _COMMAND.sub(" ", right)
    return not re.search(r"[A-Za-z]", bare) and bool(_BETWEEN_NUMBERS.search(bare))
