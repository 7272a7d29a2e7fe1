"""An interval said in its own math just after a claim on the same line (`$|√x - 1| < 1/20$ for
all $x \\in [9/10, 11/10]$`): the claim holds there, so it is checked there only."""

from __future__ import annotations

import re

import sympy as sp

from tutor.errors import NotAClaim, ParseError
from tutor.read.parser import parse

_MEMBER = re.compile(r"\s*(?P<name>\\?[A-Za-z]+)\s*(?:\\in(?![a-zA-Z])|∈)\s*"
                     r"(?:\\left\s*)?(?P<open>[\[(])(?P<low>[^,;]+)[,;](?P<high>[^,;]+?)"
                     r"(?:\\right\s*)?(?P<close>[\])])\s*")


def interval_bounds(claim, text: str) -> tuple:
    """The relations `a ≤ x ≤ b` (strict at an open end) of the math `text` when it says only
    that a letter of the chain `claim` lies in an interval with number ends; () otherwise."""
    m = _MEMBER.fullmatch(text)
    if m is None:
        return ()
    try:
        name, low, high = (parse(m.group(g), "latex") for g in ("name", "low", "high"))
    except (NotAClaim, ParseError):
        return ()
    held = set().union(*(p.expr.free_symbols for p in claim.parts))
    if not isinstance(name, sp.Symbol) or name not in held:
        return ()
    found = []
    for end, closed, below in ((low, m.group("open") == "[", True),
                               (high, m.group("close") == "]", False)):
        if not isinstance(end, sp.Expr) or end.is_number is not True:
            return ()
        if end.is_finite is not True:
            continue  # (-∞, b]: no bound on that side
        make = (sp.GreaterThan if closed else sp.StrictGreaterThan) if below else (
            sp.LessThan if closed else sp.StrictLessThan)
        found.append(make(name, end, evaluate=False))
    return tuple(found)
