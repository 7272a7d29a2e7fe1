"""An accent over a name typed with its index as a digit: `\\hat{y1}` is ŷ_1, as y1 is y_1."""

from __future__ import annotations

import re

from tutor.vocabulary import ACCENTS

# `\hat{y1}`, `\bar{x2}`, `\tilde{h3}`: one letter and one digit under the accent
_ACCENTED_DIGIT = re.compile(rf"\\({'|'.join(ACCENTS)})\{{([a-zA-Z])(\d)\}}")


def accented_digit_names(text: str) -> str:
    """`\\hat{y1}` as `\\hat y_1` (the same length: every character keeps its column)."""
    if "{" not in text:
        return text
    return _ACCENTED_DIGIT.sub(lambda m: f"\\{m.group(1)} {m.group(2)}_{m.group(3)}", text)
