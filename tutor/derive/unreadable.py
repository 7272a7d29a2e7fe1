"""A chain with one unreadable member (`\\frac{odds(x=3)}{odds(x=2)} = \\frac{0.475/0.525}{…} =
2.226`, `I(X;Y) = \\sum_{x,y} … = 2 × 0.4 \\log_2 … `): the members after it are read on."""

from __future__ import annotations

from tutor.errors import NotAClaim, ParseError
from tutor.read.parser import parse_chains

_OPEN, _CLOSE = "{([", "})]"


def read_on(text: str, error_at: int, syntax: str, context) -> list:
    """The chains of the members after an unreadable one, or none: a parse error in one
    member does not hide the arithmetic after it."""
    rest = rest_after_unreadable(text, error_at)
    if rest is None:
        return []
    try:
        return parse_chains(rest, syntax, context)
    except (ParseError, NotAClaim):
        return []


def rest_after_unreadable(text: str, error_at: int) -> str | None:
    """`text` with everything up to the first top-level `=` after `error_at` blanked (offsets
    kept), else None. What is left is read afresh: a relation of its own, or one expression
    the row after may go on from (`= 0.8 × 0.678 + …`), never a step from the line above."""
    equals = _top_level_equals(text)
    start = max((k for k in equals if k < error_at), default=-1) + 1  # the unreadable member's
    inside = "|" in text[start:error_at]  # `X|Y=1 = 2`: the `=` of a condition is the member's
    cut = next((k for k in equals if k > error_at or k == error_at and not inside), None)
    if cut is None or not text[cut + 1:].strip():
        return None
    kept = "".join(ch if ch == "\n" else " " for ch in text[:cut + 1])
    return kept + text[cut + 1:]


def _top_level_equals(text: str) -> list[int]:
    """Offsets of the plain `=` signs outside braces, parentheses and brackets (not `<=`, `>=`,
    `!=`, `:=`, `==`)."""
    depth, found = 0, []
    for k, ch in enumerate(text):
        if ch in _OPEN and not text[max(0, k - 1):k] == "\\":
            depth += 1
        elif ch in _CLOSE and not text[max(0, k - 1):k] == "\\":
            depth = max(0, depth - 1)
        elif ch == "=" and depth == 0 and text[k - 1:k] not in ("<", ">", "!", ":", "=") \
                and text[k + 1:k + 2] != "=":
            found.append(k)
    return found
