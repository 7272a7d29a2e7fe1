"""`x^2_i`, `\\sum^{n}_{i=1}`, `\\int^b_a`: a superscript before a subscript, set as after it;
`\\sum_{i=1}{m}`: the caret of a sum's upper bound left out."""

from __future__ import annotations

import re

from tutor.read.layer_partials import LAYER_MARK

_GROUP = r"\{(?:[^{}]|\{[^{}]*\})*\}"
_SCRIPT = rf"(?:{_GROUP}|\\[a-zA-Z]+|[A-Za-z0-9])"
_SUP_SUB = re.compile(rf"([\^{LAYER_MARK}]\s*{_SCRIPT})(\s*_\s*{_SCRIPT})")


# `\\sum_{i=1}{m}[…]`: the caret of the upper bound left out (no one braces a lone factor m
# there); the index itself in braces (`\\sum_{i=1}{i}`) is the summand
_CARET_LEFT_OUT = re.compile(
    r"(\\(?:sum|prod)\s*_\s*\{\s*([A-Za-z])\s*=[^{}]*\})\{([A-Za-z])\}(?=\s*\S)")


def upper_bounds_with_carets(text: str) -> str:
    """`text` with the upper bound of a sum written without its caret given one (the same
    length)."""
    return _CARET_LEFT_OUT.sub(lambda m: m.group(0) if m.group(3) == m.group(2)
                               else f"{m.group(1)}^{m.group(3)} ", text)


def subscripts_first(text: str) -> str:
    """`text` with each superscript written before a subscript moved after it (the same
    length)."""
    return _SUP_SUB.sub(lambda m: m.group(2) + _infinity_closed(m.group(1)), text)


def _infinity_closed(script: str) -> str:
    """`^\\infty` moved after a subscript (`\\sum^\\infty_{i=1}x_i`): as `^∞`, the same length,
    so the letter after it does not run on into the command's name."""
    return re.sub(r"\\infty$", lambda m: "∞".ljust(len(m.group())), script)
