"""Fractions respelled at the same length, padded: TeX's infix `{n \\choose k}` and `{a \\over b}`
as `\\binom{n}{k}` and `\\frac{a}{b}` (a function's braced argument may hold one: `\\log {n
\\choose y}`), an integrand's differential written on top, a derivative of a bracket times more."""

from __future__ import annotations

import re

_INFIX = re.compile(r"\\(choose|over)(?![a-zA-Z])")
_SPELLED = {"choose": "\\binom", "over": "\\frac"}
# what makes `A \over B` without braces unsure: TeX takes the whole formula over, a relation too
_RELATION = re.compile(r"[=<>&≤≥≈≠]|\\\\|\\(?:le|ge|leq|geq|neq|ne|approx|lt|gt|to|in"
                       r"|implies|iff|Rightarrow)(?![a-zA-Z])")


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
        return _whole_over(text, m)
    first, second = text[opening + 1:m.start()], text[m.end():closing]
    spelled = f"{_SPELLED[m.group(1)]}{{{first.strip()}}}{{{second.strip()}"
    width = closing - opening  # the closing brace stays where it stood
    if len(spelled) > width:
        return text, m.end()
    return text[:opening] + spelled.ljust(width) + text[closing:], opening + len(spelled)


def _whole_over(text: str, m: re.Match) -> tuple[str, int]:
    """`4 \\over 36` with no braces around: the whole formula is the fraction (TeX's reading),
    spelled `(4)/(36)`; only when it is the one infix in it, outside every bracket, and no
    relation stands beside it (`1 \\over 2 = 0.5` would be 1 over `2 = 0.5`)."""
    before, after = text[:m.start()], text[m.end():]
    if m.group(1) != "over" or _INFIX.search(after) or _RELATION.search(text) or \
            sum((c in "{([") - (c in "})]") for c in before) != 0:
        return text, m.end()
    lead = len(text) - len(text.lstrip())
    spelled = f"({before.strip()})/({after.strip()})"
    if not before.strip() or not after.strip() or len(spelled) > len(text) - lead:
        return text, m.end()
    return text[:lead] + spelled.ljust(len(text) - lead), len(text)


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


# `\frac{d}{dx}\left(x^2\right) \cdot e^x`, `\frac{\partial}{\partial w}(wx) \cdot y`: d/dx of the
# bracket, times e^x (the product rule written out), not d/dx of the whole product
_DERIVATIVE_BRACKET = re.compile(r"(\\[dt]?frac\s*\{\s*(?:d|\\partial)\s*\}\s*\{\s*"
                                 r"(?:d|\\partial)\s*"
                                 r"(?:[a-zA-Z]|\\[a-zA-Z]+)(?:_\{?\s*\w+\s*\}?)?\s*\})"
                                 r"\s*(\\left\s*|\\[bB]igg?l?\s*)?([(\[])")
_TIMES_AFTER = re.compile(r"\s*\\(?:cdot|times)(?![a-zA-Z])")
_CLOSE = {"(": ")", "[": "]"}


def leibniz_spellings(text: str) -> str:
    """`text` with the differential of an integrand moved out of its numerator, and a derivative
    of a bracket before `\\cdot` or `\\times` braced as one factor (the same length)."""
    text = integrand_differentials(text)
    if "frac" not in text or ("\\cdot" not in text and "\\times" not in text):
        return text
    for m in reversed(list(_DERIVATIVE_BRACKET.finditer(text))):
        close = _bracket_close(text, m.end(3), m.group(3))
        if close is None:
            continue
        sized = bool(m.group(2))  # `\left(` … `\right)`: the sizing before the close goes
        inner_end = _sizing_start(text, close) if sized else close
        times = _TIMES_AFTER.match(text, close + 1)
        if inner_end is None or times is None:
            continue
        braced = ("{" + m.group(1) + m.group(3) + text[m.end(3):inner_end]
                  + _CLOSE[m.group(3)] + "}")
        room = times.end() - m.start()  # `\cdot` spelled `*` gives the room a bracket needs
        if len(braced) + 1 <= room:
            text = text[:m.start()] + (braced + " *").ljust(room)[:room] + text[times.end():] \
                if len(braced) + 2 <= room else text[:m.start()] + braced + "*" + text[times.end():]
    return text


def _bracket_close(text: str, start: int, opener: str) -> int | None:
    """The index of the bracket closing the `opener` just before `start`, or None."""
    depth, closer = 1, _CLOSE[opener]
    for index in range(start, len(text)):
        depth += (text[index] == opener) - (text[index] == closer)
        if depth == 0:
            return index
    return None


def _sizing_start(text: str, close: int) -> int | None:
    """Where `\\right` or `\\bigr` before the bracket at `close` starts, or None."""
    m = re.search(r"\\(?:right|[bB]igg?r?)\s*$", text[:close])
    return m.start() if m else None
