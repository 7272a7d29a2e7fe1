"""Bounds written without their marks in plain text: `∫0^1 x^2 dx` (the underscore left out,
read before as ∫ 0¹·x² dx, which is 0) and `[-2/3x^3 + 1/3x^4] desde 0 a 1` (an evaluation
between bounds said in words, read before as a product with the words and 0)."""

from __future__ import annotations

import re

_BOUND = r"(?:-?\d+(?:\.\d+)?|[a-zA-Z]|∞|oo)"
_NUMBER = r"(?:-?\d+(?:\.\d+)?|∞|oo)"  # `∫x^2 dx` is x² integrated: only numbers as bounds
# `∫0^1 x`, `∫ 0^1 x`: the underscore in place of the space after ∫, or of the one after the
# upper bound (the same length)
_INTEGRAL = re.compile(rf"∫(\s?)({_NUMBER})\^({_NUMBER})(\s?)(?=\S)")
# `[…] desde 0 a 1`, `[…] from 0 to 1`, `(…) de 0 à 1`: the words of an evaluation's bounds
_EVALUATION_WORDS = re.compile(
    rf"(?<=[\])])\s*(?:desde|from|von|de|da|dal|od|из|от)\s+({_BOUND})\s+"
    rf"(?:a|to|hasta|bis|à|até|al|a|do|до)\s+({_BOUND})\s*$")


def bounds_marked(text: str) -> str:
    """`text` with unmarked bounds given their `_` and `^`, each character where it stood."""
    if "∫" in text:
        text = _INTEGRAL.sub(_integral, text)
    if "]" in text or ")" in text:
        text = _EVALUATION_WORDS.sub(_evaluation, text)
    return text


def _integral(m: re.Match) -> str:
    low, high = m.group(2), m.group(3)
    if not (m.group(1) or m.group(4)):
        return m.group()  # no room for the underscore: left as written
    gap = " " if m.group(1) and m.group(4) else ""
    return f"∫_{low}^{high}{gap}"


def _evaluation(m: re.Match) -> str:
    marked = f"_{{{m.group(1)}}}^{{{m.group(2)}}}"
    return marked.ljust(len(m.group())) if len(marked) <= len(m.group()) else m.group()


# `\int{x^2\sin(x)dx}`: the integrand and its differential in one pair of braces
_INT_BRACE = re.compile(r"\\int(?![a-zA-Z])\s*\{")
_DIFFERENTIAL_AT_END = re.compile(r"d\s*[a-zA-Z]\Z")


def differentials_unbraced(text: str) -> str:
    """`\\int{x^2\\sin(x)dx}` as `\\int x^2\\sin(x)dx` (the braces blanked where they stood)."""
    if "\\int" not in text:
        return text
    chars, closing = list(text), _closings(text)
    for m in _INT_BRACE.finditer(text):
        close = closing.get(m.end() - 1)
        if close is not None and _DIFFERENTIAL_AT_END.search(text[m.end():close].rstrip()):
            chars[m.end() - 1] = chars[close] = " "
    return "".join(chars)


def _closings(text: str) -> dict[int, int]:
    """Each opening brace's offset -> its closing brace's (one pass: never quadratic)."""
    found, opened = {}, []
    for k, ch in enumerate(text):
        if ch == "{":
            opened.append(k)
        elif ch == "}" and opened:
            found[opened.pop()] = k
    return found
