"""`\\sum_{x \\in X, y \\in Y}`, a sum over the values of two variables, read as
`\\sum_{x, y}` (over x and y, their ranges unknown), and `\\sum_{\\text{all } x}` as
`\\sum_{x}`, each character where it stood."""

from __future__ import annotations

import re

_SET = r"(?:[^{},]|\{[^{}]*\})+?"
_IN = r"\s*([a-zA-Z](?:_\{?\w+\}?)?)\s*\\in(?![a-zA-Z])\s*" + _SET + r"\s*"
_OVER_SETS = re.compile(r"(\\(?:sum|prod)\s*_\s*\{)" + _IN + "," + _IN + r"\}")
_OVER_ALL = re.compile(r"(\\(?:sum|prod)\s*_\s*\{)\s*\\(?:text|mathrm|textrm)\s*\{\s*all\s*\}\s*"
                       r"([a-zA-Z](?:_\{?\w{1,8}\}?)?)\s*\}")  # `\sum_{\text{all } x}`


def sums_over_sets(text: str) -> str:
    """`text` with the sets of a sum over two variables taken off (the names kept)."""
    if "all" in text:
        text = _OVER_ALL.sub(lambda m: (m.group(1) + m.group(2)).ljust(len(m.group()) - 1) + "}",
                             text)
    if "\\in" not in text:
        return text
    return _OVER_SETS.sub(_names_only, text)


def _names_only(m: re.Match) -> str:
    names = f"{m.group(1)}{m.group(2)}, {m.group(3)}"
    return names + " " * (len(m.group()) - len(names) - 1) + "}"
