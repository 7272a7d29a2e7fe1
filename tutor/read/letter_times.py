"""A letter x written as a times sign between numbers in brackets (`(4/9)x(3/10) + (3/9)x(2/10)
= 11/45`): read as ×, when the line has no other letter and every x stands between numbers."""

from __future__ import annotations

import re

_BETWEEN = re.compile(r"(?<=[)\d])(\s*)x(\s*)(?=[(\d])")
_OTHER_LETTER = re.compile(r"[^\W\dx_]|\\|_")  # any letter but x, a command, a subscript
_BRACKETED = re.compile(r"\)\s*x\s*\(")


def letter_x_as_times(text: str) -> str:
    """`text` with each x between numbers as `*` (the same length): only when at least one x
    stands between two brackets, `)x(`, every x of the line stands between numbers, and no
    other letter is in the line (so x is no variable of it)."""
    if "x" not in text or _OTHER_LETTER.search(text) or not _BRACKETED.search(text):
        return text
    if len(_BETWEEN.findall(text)) != text.count("x"):
        return text
    return _BETWEEN.sub(lambda m: m.group(1) + "*" + m.group(2), text)
