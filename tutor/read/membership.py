"""`x \\in (a, b)`, `x ∈ [0, 1)`: membership of an interval read as the inequalities it means.

Only the door of `compare` reads these (in notes, set notation claims nothing and is skipped).
The name and both ends are read by the grammar like any other expression; an end at ∞ adds no
relation.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.errors import ParseError
from tutor.read.calls import ParseContext
from tutor.read.parser import parse_chains

_OPEN = r"(?:\\left\s*)?(?P<open>\(|\[|\\\{)"   # \{ is never an interval: refused below
_IN = re.compile(r"\\in(?![a-zA-Z])|∈")
_CLOSE = r"(?:\\right\s*)?(?P<close>\)|\])"
MEMBERSHIP = re.compile(r"^\s*(?:\$\s*)?(?P<name>[^$\s](?:[^$]*?[^$\s])?)\s*"
                        r"(?:\\in(?![a-zA-Z])|∈)\s*" + _OPEN + r"(?P<body>.*)" + _CLOSE
                        + r"\s*(?:\$\s*)?(?:[.,;]\s*)?$", re.S)


def read_membership(text: str, context: ParseContext | None = None):
    """The conjunction of inequalities `text` means, or None when it is no interval membership.
    Raises ParseError when a part of it cannot be read."""
    m = MEMBERSHIP.match(text) if _IN.search(text) else None
    if m is None or m.group("open") == "\\{":
        return None
    ends = _split_top(m.group("body"))
    if len(ends) != 2:
        return None
    name = _one_expression(m.group("name"), context)
    low, high = (_one_expression(e, context) for e in ends)
    relations = []
    if low not in (-sp.oo, sp.oo):
        op = sp.StrictLessThan if m.group("open") == "(" else sp.LessThan
        relations.append(op(low, name, evaluate=False))
    if high not in (-sp.oo, sp.oo):
        op = sp.StrictLessThan if m.group("close") == ")" else sp.LessThan
        relations.append(op(name, high, evaluate=False))
    if not relations:
        raise ParseError("an interval from -∞ to ∞ says nothing about the value", text)
    return relations[0] if len(relations) == 1 else sp.And(*relations)


def _split_top(body: str) -> list[str]:
    """The parts of `body` between commas outside brackets and braces."""
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(body):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(body[start:k])
            start = k + 1
    parts.append(body[start:])
    return [p for p in parts if p.strip()]


def _one_expression(text: str, context: ParseContext | None):
    chains = parse_chains(text, "auto", context)
    if len(chains) != 1 or chains[0].links:
        raise ParseError("an interval's name and ends must be expressions", text)
    expr = chains[0].parts[0].expr
    if expr in (sp.oo, -sp.oo):
        return expr
    if isinstance(expr, sp.Mul) and sp.S.NegativeOne in expr.args and sp.oo in expr.args:
        return -sp.oo
    return expr
