"""Independence stated in prose ("$X$ and $Y$ are independent", "$X_1, …, X_n$ i.i.d."): which
random variables, from where, until the next heading.

Only a plain statement counts: a sentence with "not", "dependent", "if", "when", "unless",
"whether" or "correlated" in it states nothing (a hypothesis or a denial is no fact).
"""

from __future__ import annotations

import re
from bisect import bisect_right

_KEYWORD = re.compile(r"\bindependent(?:ly)?\b|\bi\.\s?i\.\s?d\.?|\biid\b", re.IGNORECASE)
_HEDGE = re.compile(r"\bnot\b|n't\b|(?<!in)\bdependent\b|\bif\b|\bunless\b|\bwhether\b"
                    r"|\bcorrelated\b|\bwhen\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n|:\s*\n")
_MATH = re.compile(r"\$\$?(.+?)\$\$?|\\\\?\((.+?)\\\\?\)", re.S)  # \\(y\\) in Hugo too
# X, Y_1, X_{2}, X_i: a random variable's name (E is the expectation)
_NAME = re.compile(r"(?<![A-Za-z\\])([A-DF-Z])(?:_\{?\s*([A-Za-z0-9]+)\s*\}?)?(?![A-Za-z])")
_FAMILY_INDEX = re.compile(r"[a-z]")  # X_i, X_n: every X with an index


def independence_events(text: str, headings: list[int]) -> list[tuple[int, int, frozenset]]:
    """(from, to, names) for each sentence of `text` stating independence: names as written
    (`X`, `X_1`; `X_*` for every X with an index, from X_i or X_1, …, X_n); `to` is the next
    heading's offset (or the end)."""
    found = []
    for match in _KEYWORD.finditer(text):
        start = _sentence_start(text, match.start())
        end = _sentence_end(text, match.end())
        sentence = text[start:end]
        if _HEDGE.search(_MATH.sub(" ", sentence)):
            continue
        names = _names(sentence)
        if len(names) < 2 and not any(n.endswith("_*") for n in names):
            continue
        later = bisect_right(headings, start)
        found.append((start, headings[later] if later < len(headings) else len(text) + 1,
                      frozenset(names)))
    return found


def independent_at(events: list[tuple[int, int, frozenset]], offset: int) -> frozenset:
    """The names stated independent where `offset` stands."""
    names: frozenset = frozenset()
    for start, end, stated in events:
        if start <= offset < end:
            names |= stated
    return names


def _sentence_start(text: str, position: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, position - 400), position)]
    return starts[-1] if starts else max(0, position - 400)


def _sentence_end(text: str, position: int) -> int:
    end = _SENTENCE_END.search(text, position, position + 400)
    return end.start() if end else min(len(text), position + 400)


def _names(sentence: str) -> set[str]:
    names = set()
    for math in _MATH.finditer(sentence):
        body = math.group(1) or math.group(2) or ""
        for letter, index in _NAME.findall(body):
            if not index:
                names.add(letter)
            elif _FAMILY_INDEX.fullmatch(index) or "dots" in body:
                names.add(f"{letter}_*")
            else:
                names.add(f"{letter}_{index}")
    return names
