"""Japanese and Chinese words at the start or the end of a formula or of one of its rows
(`ただし、M = …`, `… = 0 となる`): prose, blanked, each other character where it stood."""

from __future__ import annotations

import re

_CJK = ("[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20"
        "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")  # … and Korean (Hangul)
# `… = E(X)E(Y) (X, Y가 독립일 때)`: a condition in words, in brackets, closing a row
_TRAILING_ASIDE = re.compile(rf"\([^()]*{_CJK}[^()]*\)\s*(?=$|\\\\)")
_LEADING = re.compile(rf"(?:^|(?<=\\\\)|(?<=&))\s*{_CJK}+")
_TRAILING = re.compile(rf"{_CJK}+\s*(?=$|\\\\)")


def cjk_words_blanked(text: str) -> str:
    """`text` with the CJK words that open or close it (or one of its rows) as spaces; words
    between two pieces of math are left (what joins them is not known)."""
    if not re.search(_CJK, text):
        return text
    blank = lambda m: " " * len(m.group())  # noqa: E731 - one line, used twice
    return _TRAILING.sub(blank, _LEADING.sub(blank, _TRAILING_ASIDE.sub(blank, text)))
