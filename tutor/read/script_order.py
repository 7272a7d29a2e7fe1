"""`x^2_i`, `\\sum^{n}_{i=1}`, `\\int^b_a`: a superscript before a subscript, set as after it."""

from __future__ import annotations

import re

from tutor.read.layer_partials import LAYER_MARK

_GROUP = r"\{(?:[^{}]|\{[^{}]*\})*\}"
_SCRIPT = rf"(?:{_GROUP}|\\[a-zA-Z]+|[A-Za-z0-9])"
_SUP_SUB = re.compile(rf"([\^{LAYER_MARK}]\s*{_SCRIPT})(\s*_\s*{_SCRIPT})")


def subscripts_first(text: str) -> str:
    """`text` with each superscript written before a subscript moved after it (the same
    length)."""
    return _SUP_SUB.sub(lambda m: m.group(2) + _infinity_closed(m.group(1)), text)


def _infinity_closed(script: str) -> str:
    """`^\\infty` moved after a subscript (`\\sum^\\infty_{i=1}x_i`): as `^∞`, the same length,
    so the letter after it does not run on into the command's name."""
    return re.sub(r"\\infty$", lambda m: "∞".ljust(len(m.group())), script)
