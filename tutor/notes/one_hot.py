"""Labels stated one-hot in prose ("with one-hot $y$"): their entries add up to 1 from there.

A softmax cross-entropy gradient ends with `s_i \\sum_k y_k - y_i = s_i - y_i`, which holds
because y is one-hot; the sentence saying so gives that total (`\\sum_k y_k = 1`) to the lines
after it, until the next heading. A sentence with "not" or "if" states nothing. A sentence
right below a display (`$$…$$` then `(last step: $\\sum_k y_k = 1$ for a one-hot $y$.)`) says
it of that display too.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_KEYWORD = re.compile(r"\bone[- ]?hot\b", re.IGNORECASE)
_HEDGE = re.compile(r"\bnot\b|n't\b|\bif\b|\bunless\b|\bwhether\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n|:\s*\n")
_MATH = re.compile(r"\$\$?(.+?)\$\$?|\\\\?\((.+?)\\\\?\)", re.S)  # \\(y\\) in Hugo too
# `$y$`, `$\mathbf{y}$`, `$Y$`: one letter alone in the math (the label)
_LABEL = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*([A-Za-z])\s*\}|([A-Za-z]))\s*")


def one_hot_events(text: str, headings: list[int]) -> list[tuple[int, int, frozenset]]:
    """(from, to, names) for each sentence stating a label one-hot; `to`: the next heading."""
    found = []
    for match in _KEYWORD.finditer(text):
        start, end = _sentence_around(text, match.start())
        sentence = text[start:end]
        if _HEDGE.search(_MATH.sub(" ", sentence)):
            continue
        names = {m.group(1) or m.group(2) for math in _MATH.finditer(sentence)
                 for m in [_LABEL.fullmatch(math.group(1) or math.group(2) or "")] if m}
        if len(names) == 1:
            later = bisect_right(headings, start)
            start = _display_just_before(text, start)
            found.append((start, headings[later] if later < len(headings) else len(text) + 1,
                          frozenset(names)))
    return found


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence holding `at` (at most 300 characters back)."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 300), at)]
    stop = _SENTENCE_END.search(text, at)
    return before[-1] if before else max(0, at - 300), stop.start() if stop else len(text)


def _display_just_before(text: str, start: int) -> int:
    """The start of the `$$…$$` display that ends right before `start` (only blanks and an
    opening bracket between), else `start`."""
    window = max(0, start - 2000)
    before = text[window:start].rstrip(" \t\n(")
    if not before.endswith("$$"):
        return start
    opening = before.rfind("$$", 0, len(before) - 2)
    if opening < 0 or "\n\n" in before[opening:]:  # a blank line: no display of its own
        return start
    return window + opening
