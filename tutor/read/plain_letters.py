"""Letters typed in other alphabets' dress: 𝐸, 𝑋 (mathematical italic and bold letters) are E,
X; the minus sign U+2212 is -; an accented letter inside a word (`S_Có`, `Gain(S, Hài)`, the
names of a decision tree's branches in Vietnamese or French notes) is its plain letter, so the
word is a name; math's accents (ŷ, ā, ẋ) and a letter beside no letter keep theirs."""

from __future__ import annotations

import re
import unicodedata

_ACCENTED = range(0xC0, 0x250), range(0x1E00, 0x1F00)  # Latin-1, Extended-A/B, Additional
# the accents of math: a hat, a bar, a tilde, a dot or two (ŷ, ā, ỹ, ẋ, ẍ): never dropped
_MATH_MARKS = frozenset("\u0302\u0304\u0303\u0307\u0308\u0305")
_TEXT_GROUP = re.compile(r"\\(?:text\w*|mathrm|operatorname|mbox)\s*\{[^{}]*\}")


def plain_letters(text: str) -> str:
    """`text` with each such character as its plain one (one for one: columns kept); words in
    `\\text{…}` stay as written (`\\text{cioè}`: prose, not a name)."""
    if not any(ord(ch) > 0xBF for ch in text):
        return text
    kept = [False] * len(text)  # the characters of \text{…} groups, once
    for m in _TEXT_GROUP.finditer(text):
        kept[m.start():m.end()] = [True] * (m.end() - m.start())
    return "".join(ch if kept[k] else _plain(text, k, ch) for k, ch in enumerate(text))


def _plain(text: str, k: int, ch: str) -> str:
    if ch == "\u2212":
        return "-"
    if ch == "ℎ":  # U+210E stands in the math italic alphabet's place of h (U+1D455 is empty)
        return "h"
    if 0x1D400 <= ord(ch) <= 0x1D7FF and ch != "𝟙":  # 𝟙 is the indicator, not a one
        plain = unicodedata.normalize("NFKC", ch)
        return plain if len(plain) == 1 else ch
    if ch in "Đđ":  # Vietnamese: a letter of its own, no accent to take off
        return "D" if ch == "Đ" else "d"
    if ch == "ß" and _in_a_word(text, k):  # German `groß`: a name's letter, one for one
        return "s"
    if any(ord(ch) in r for r in _ACCENTED) and ch.isalpha() and _in_a_word(text, k):
        base, *marks = unicodedata.normalize("NFD", ch)
        if base.isascii() and base.isalpha() and marks and (
                not set(marks) & _MATH_MARKS or _inside_a_word(text, k)):
            return base
    return ch


def _in_a_word(text: str, k: int) -> bool:
    """A letter beside the character (before or after it): the character is inside a word."""
    return any(0 <= j < len(text) and text[j].isalpha() for j in (k - 1, k + 1))


def _inside_a_word(text: str, k: int) -> bool:
    """Letters on both sides (`Không`): a hat or a dot there is a word's accent, not math's."""
    return all(0 <= j < len(text) and (text[j].isascii() and text[j].isalpha() or any(
        ord(text[j]) in r for r in _ACCENTED)) for j in (k - 1, k + 1))
