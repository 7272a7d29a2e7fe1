"""Japanese and Chinese words at the start or the end of a formula or of one of its rows
(`ただし、M = …`, `… = 0 となる`), and Arabic ones (`… = e^x + x e^x ، وهذا يؤكد …`, the
Arabic comma before them): prose, blanked, each other character where it stood."""

from __future__ import annotations

import re

_CJK = ("[\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20"
        "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")  # … and Korean (Hangul)
# `… = E(X)E(Y) (X, Y가 독립일 때)`: a condition in words, in brackets, closing a row
_TRAILING_ASIDE = re.compile(rf"(?<![A-Za-z0-9_'}}\]])\((?=[^()]*{_CJK})[^()]*\)\s*(?=$|\\\\)")
# (never a call's argument: `P(\text{양성}|\text{건강})` closing a row is an event, read)
_LEADING = re.compile(rf"(?:^|(?<=\\\\)|(?<=&))\s*{_CJK}+")
# `\ln(p) &=> 當y為1，但p為0.1時`: an arrow, then words to the row's end (names and numbers among
# them): prose, the arrow with it (`=> 所以 y = 3`, math at the end, is a claim: left)
_AFTER_ARROW = re.compile(rf"(?:=>|[→⇒])\s*{_CJK}[^\\\n]*{_CJK}\s*(?=$|\\\\)")
_TRAILING = re.compile(rf"(?<!{_CJK}){_CJK}+\s*(?=$|\\\\)")  # from a run's start: linear
_ARABIC = "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u200e\u200f]"  # letters, ، ؛ ؟, digits ٣
_GAP = r"[\s.,:;!?()]"  # between Arabic words (never one of them: no backtracking)
_ARABIC_TRAILING = re.compile(rf"(?<![\s\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u200e\u200f])\s*"
                              rf"{_ARABIC}+(?:{_GAP}+{_ARABIC}+)*{_GAP}*(?=$|\\\\)")
_ARABIC_LEADING = re.compile(rf"(?:^|(?<=\\\\)|(?<=&)){_GAP}*{_ARABIC}+(?:{_GAP}+{_ARABIC}+)*\s*")


def cjk_words_blanked(text: str) -> str:
    """`text` with the CJK words that open or close it (or one of its rows) as spaces; words
    between two pieces of math are left (what joins them is not known)."""
    blank = lambda m: " " * len(m.group())  # noqa: E731 - one line, used twice
    if re.search(_ARABIC, text):
        text = _ARABIC_TRAILING.sub(blank, _ARABIC_LEADING.sub(blank, text))
        text = text.replace("،", ",").replace("؛", ";")  # `x = 2 ، y = 3`: the Arabic comma
    if not re.search(_CJK, text):
        return text
    text = _AFTER_ARROW.sub(blank, text)
    return _TRAILING.sub(blank, _LEADING.sub(blank, _TRAILING_ASIDE.sub(blank, text)))
