"""A numbered item's number at the start of math (`3) [c \\cdot f(x)]' = …`), blanked."""

from __future__ import annotations

import re

_ITEM_NUMBER = re.compile(r"\s*\d{1,2}\)(?=\s)")


def item_number_blanked(text: str) -> str:
    """`3) [c \\cdot f(x)]' = c \\cdot f'(x)`: a numbered item's `3)` blanked when its bracket
    closes none opened (the rest balanced without it)."""
    item = _ITEM_NUMBER.match(text) if ")" in text else None
    if item is None:
        return text
    end = item.end()
    rest = text[end:]
    if rest.count("(") != rest.count(")") or text.count("(") == text.count(")"):
        return text
    return " " * end + rest
