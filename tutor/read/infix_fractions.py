"""TeX's infix `{n \\choose k}` and `{a \\over b}` as `\\binom{n}{k}` and `\\frac{a}{b}`, so a
function's braced argument may hold one (`\\log {n \\choose y}`); the same length, padded."""

from __future__ import annotations

import re

_INFIX = re.compile(r"\\(choose|over)(?![a-zA-Z])")
_SPELLED = {"choose": "\\binom", "over": "\\frac"}


def infix_fractions(text: str) -> str:
    """`text` with every braced `{A \\choose B}`, `{A \\over B}` spelled as a command."""
    if "\\choose" not in text and "\\over" not in text:
        return text
    start = 0
    while True:
        m = _INFIX.search(text, start)
        if m is None:
            return text
        text, start = _spelled(text, m)


def _spelled(text: str, m: re.Match) -> tuple[str, int]:
    """The text with the group around the match spelled out, and where to look next."""
    opening, closing = _enclosing_group(text, m.start(), m.end())
    if opening is None:
        return text, m.end()
    first, second = text[opening + 1:m.start()], text[m.end():closing]
    spelled = f"{_SPELLED[m.group(1)]}{{{first.strip()}}}{{{second.strip()}"
    width = closing - opening  # the closing brace stays where it stood
    if len(spelled) > width:
        return text, m.end()
    return text[:opening] + spelled.ljust(width) + text[closing:], opening + len(spelled)


def _enclosing_group(text: str, left: int, right: int) -> tuple[int | None, int | None]:
    """The `{` before `left` and the `}` after `right` that enclose them at one level."""
    depth, opening = 0, None
    for k in range(left - 1, -1, -1):
        if text[k] == "}":
            depth += 1
        elif text[k] == "{":
            if depth == 0:
                opening = k
                break
            depth -= 1
    if opening is None or (opening and text[opening - 1] == "\\"):
        return None, None
    depth = 0
    for k in range(right, len(text)):
        if text[k] == "{":
            depth += 1
        elif text[k] == "}":
            if depth == 0:
                return opening, k
            depth -= 1
    return None, None


# `\int \frac{x\,dx}{1 + x^2}`, `\int_0^1 \frac{2x \, dx}{x^2 + 1}`: the differential written in
# the numerator of the integrand
_INTEGRAL_FRACTION = re.compile(r"\\int(?![a-zA-Z])\s*(?:[_^]\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)"
                                r"{0,2}\\[dt]?frac\s*\{")
_LAST_DIFFERENTIAL = re.compile(r"(?:\\[,;:!]\s*|\s+|(?<=[}\d)]))(?:\\mathrm\s*\{\s*d\s*\}|d)\s*"
                                r"(?:[a-zA-Z]|\\[a-zA-Z]+)\s*$")
# `\frac{3\,dz}{z}`, `\frac{\mathop{}\!\mathrm{d} t}{t}`: no integrand on top, read as it is
_NUMBER_ALONE = re.compile(r"(?:\s|\\[,;:!]|\\mathop\s*\{\s*\})*(?:\d+(?:\.\d+)?)?(?:\s|\\[,;:!]"
                           r"|\\mathop\s*\{\s*\})*")


def integrand_differentials(text: str) -> str:
    """`text` with `\\int \\frac{A\\,dx}{B}` spelled `\\int \\frac{A}{B}\\,dx`: the differential
    moved out of the numerator to after the fraction (the same length: B moves left)."""
    if "\\int" not in text or "frac" not in text:
        return text
    for m in list(_INTEGRAL_FRACTION.finditer(text)):
        numerator_end = _closing(text, m.end())
        if numerator_end is None or text[numerator_end + 1:numerator_end + 2] != "{":
            continue
        denominator_end = _closing(text, numerator_end + 2)
        numerator = text[m.end():numerator_end]
        d = _LAST_DIFFERENTIAL.search(numerator)
        if denominator_end is None or d is None or _NUMBER_ALONE.fullmatch(numerator[:d.start()]):
            continue
        text = (text[:m.end()] + numerator[:d.start()] + text[numerator_end:denominator_end + 1]
                + numerator[d.start():] + text[denominator_end + 1:])
    return text


def _closing(text: str, start: int) -> int | None:
    """The index of the `}` closing the group that opens just before `start`, or None."""
    depth = 1
    for index in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[index], 0)
        if depth == 0:
            return index
    return None
