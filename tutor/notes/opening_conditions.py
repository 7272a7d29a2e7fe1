"""A row opened by words in another script (`\\text{ดังนั้น}\\quad …`) or by a value it holds at
(`\\text{when}\\ z = 0:\\quad σ'(0) = …`): prose, blanked, so the formula after it is read."""

from __future__ import annotations

import re

# a word in a script without Latin letters (Thai, Greek, Hebrew, Cyrillic, CJK, …), two letters
# or more: connective prose when a space command follows it (a name is followed by `=` or `(`)
# (a Thai letter is in both classes: the group is atomic, or a failed match would try 2^n ways)
_LETTER = r"(?>[^\W\d_A-Za-z]|[\u0E00-\u0E7F\u0900-\u0DFF])"
_FOREIGN_WORDS = re.compile(rf"\s*{_LETTER}{{2,}}(?:[\s,.:]+{_LETTER}+)*[\s,.:]*")
SPACE_AFTER = re.compile(r"\s*(?:\\q?quad(?![a-zA-Z])|\\[ ,;:!]|~)")
# `z = 0:` then a space command: the value the formula after it holds at
_AT_VALUE = re.compile(r"\s*(?P<name>[A-Za-z])\s*=\s*-?\d+(?:\.\d+)?\s*:(?!=)"
                       r"(?=\s*(?:\\q?quad(?![a-zA-Z])|\\[ ,;!]|~))")
_COMMAND = re.compile(r"\\[a-zA-Z]+")
AT_WORDS = frozenset("when at for เมื่อ ที่".split())


def foreign_words(words: str) -> bool:
    """Whether `words` are words of a script without Latin letters (ดังนั้น, άρα, поэтому)."""
    return _FOREIGN_WORDS.fullmatch(words) is not None


def value_held_at(row: str, words: str) -> int:
    """After a word such as `when` (`\\text{when}\\ z = 0:\\quad σ'(0) = …`): the length of the
    `z = 0:` that follows, to be blanked, when the formula after it has no `z` (it is complete
    without the value); 0 otherwise."""
    if words.strip().rstrip(",:").lower() not in AT_WORDS:
        return 0
    at = SPACE_AFTER.match(row)
    start = at.end() if at else 0
    m = _AT_VALUE.match(row, start)
    if m is None or m.group("name") in _COMMAND.sub(" ", row[m.end():]):
        return 0
    return m.end()
