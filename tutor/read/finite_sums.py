"""A sum or product over a set of consecutive whole numbers written out, `\\sum_{x \\in \\{0,1\\}}`,
`\\prod_{k \\in \\{1, \\dots, 6\\}}`, read as `\\sum_{x=0}^{1}` (the same length, padded)."""

from __future__ import annotations

import re

_OPEN = r"(?:\\left\s*)?(?:\\\{|\\lbrace(?![a-zA-Z]))"
_CLOSE = r"(?:\\right\s*)?(?:\\\}|\\rbrace(?![a-zA-Z]))"
_OVER_A_SET = re.compile(r"\\(sum|prod)\s*_\s*\{\s*([a-zA-Z](?:_\{?\w+\}?)?)\s*\\in(?![a-zA-Z])\s*"
                         + _OPEN + r"([^{}]*?)" + _CLOSE + r"\s*\}")
_DOTS = re.compile(r"\\[lc]?dots(?![a-zA-Z])|\.\.\.|…")
_WHOLE = re.compile(r"-?\d+")


def sums_over_listed_numbers(text: str) -> str:
    """`text` with every sum or product over a listed run of whole numbers given bounds."""
    if "\\in" not in text:
        return text
    return _OVER_A_SET.sub(_bounded, text)


def _bounded(m: re.Match) -> str:
    run = _run(m.group(3))
    if run is None:
        return m.group()
    bounded = f"\\{m.group(1)}_{{{m.group(2)}={run[0]}}}^{{{run[1]}}}"
    return bounded.ljust(len(m.group())) if len(bounded) <= len(m.group()) else m.group()


def _run(members: str) -> tuple[int, int] | None:
    """(first, last) of `0, 1, 2` or `1, 2, \\dots, 6`: whole numbers one apart; else None."""
    items = [item.strip() for item in members.split(",")]
    if len(items) < 2:
        return None
    dots = [k for k, item in enumerate(items) if _DOTS.fullmatch(item)]
    if dots and (dots != [len(items) - 2] or len(items) < 3):
        return None  # dots only between the first numbers and the last
    numbers = [item for k, item in enumerate(items) if k not in dots]
    if not all(_WHOLE.fullmatch(n) for n in numbers):
        return None
    values = [int(n) for n in numbers]
    listed = values[:-1] if dots else values
    steps = [b - a for a, b in zip(listed, listed[1:], strict=False)]
    if any(step != 1 for step in steps) or dots and values[-1] <= listed[-1]:
        return None
    return values[0], values[-1]
