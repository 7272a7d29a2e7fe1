"""Letters typed in other alphabets' dress: 𝐸, 𝑋 (mathematical italic and bold letters) are E,
X; the minus sign U+2212 is -; an accented letter inside a word (`S_Có`, `Gain(S, Hài)`, the
names of a decision tree's branches in Vietnamese or French notes) is its plain letter, so the
word is a name (a lone ŷ, é beside no letter, keeps its accent: a hat is math)."""

from __future__ import annotations

import unicodedata

_ACCENTED = range(0xC0, 0x250), range(0x1E00, 0x1F00)  # Latin-1, Extended-A/B, Additional


def plain_letters(text: str) -> str:
    """`text` with each such character as its plain one (one for one: columns kept)."""
    if not any(ord(ch) > 0xBF for ch in text):
        return text
    return "".join(_plain(text, k, ch) for k, ch in enumerate(text))


def _plain(text: str, k: int, ch: str) -> str:
    if ch == "\u2212":
        return "-"
    if 0x1D400 <= ord(ch) <= 0x1D7FF and ch != "𝟙":  # 𝟙 is the indicator, not a one
        plain = unicodedata.normalize("NFKC", ch)
        return plain if len(plain) == 1 else ch
    if any(ord(ch) in r for r in _ACCENTED) and ch.isalpha() and _in_a_word(text, k):
        base = unicodedata.normalize("NFD", ch)[0]
        return base if base.isascii() and base.isalpha() else ch
    return ch


def _in_a_word(text: str, k: int) -> bool:
    """A letter beside the character (before or after it): the character is inside a word."""
    return any(0 <= j < len(text) and text[j].isalpha() for j in (k - 1, k + 1))
