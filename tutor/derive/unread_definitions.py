"""A line that could not be read but opens as a definition (`б) \\ y = 9 - 3\\sqrt{x}`, its label
unknown to the reader): the name it would give a new formula, and that name's derivatives, are
known no more, so `y' = …` below is never held to the y' of the exercise above."""

from __future__ import annotations

import re

import sympy as sp

from tutor.names import PRIME

# a label (`б)`, `(c)`, `2.`) and spacing, then a one-letter name, maybe called (`f(x)`), and `=`
_SPACE = r"(?:\s|\\[ ,;:]|\\q?quad|~)*"
_OPENING = re.compile(_SPACE + r"(?:\(?[^\s()=]{1,3}[.)]" + _SPACE + r")?"
                      r"([A-Za-z])\s*(?:\(\s*[a-z]\s*\)\s*)?=(?!=)")  # one \s* a run of blanks


def forget_unread_definition(ctx, text: str) -> None:
    """Forget what `ctx` knows of the name an unreadable line `text` may define anew."""
    opening = _OPENING.match(text)
    if opening is None:
        return
    name = opening.group(1)
    for key in name_and_derivatives(ctx.values, name):
        ctx.values.pop(key)
    for key in [k for k in ctx.functions if k.rstrip(PRIME + "'") == name]:
        ctx.functions.pop(key)


def name_and_derivatives(values: dict, name: str) -> list:
    """The names among `values` that are `name` or one of its derivatives (y, y', y'')."""
    return [k for k in values if isinstance(k, sp.Symbol) and k.name.rstrip(PRIME + "'") == name]
