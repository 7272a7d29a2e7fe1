"""A value a claim is stated at, said in words inside its own math (`g = x^2 + 1 = 5 \\text{ for }
x = 2`, `f'(x) = 2x = 4 \\text{ at } x = 2`): the value is given first, then the claim is checked
with it, as after `With $x = 2$,` (it was taken for the next equation of a solving, and the
claim's other root made it an error)."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from tutor.derive.context import ParsedLine

_WORD = re.compile(r"(?<![A-Za-z])(?:for|at|when|with|if|where)(?![A-Za-z])", re.I)


def values_first(parsed: list[ParsedLine]) -> list[ParsedLine]:
    """Each line of a claim and a value its words say it holds at, the value first."""
    return [_value_first(item) for item in parsed]


def _value_first(item: ParsedLine) -> ParsedLine:
    if item.error is not None or len(item.chains) != 2 or not item.chains[0].links:
        return item
    claim, value = item.chains
    if not _is_value(value):
        return item
    held = set().union(*(part.expr.free_symbols for part in claim.parts))
    if value.parts[0].expr not in held or not _WORD.search(_between(item, claim, value)):
        return item
    return replace(item, chains=[value, claim])


def _is_value(chain) -> bool:
    """`x = 2`: a name and a number."""
    return len(chain.links) == 1 and chain.links[0].op == "=" and isinstance(
        chain.parts[0].expr, sp.Symbol) and bool(chain.parts[1].expr.is_number)


def _between(item: ParsedLine, claim, value) -> str:
    """The text between the end of the claim and the value, when both stand on one row."""
    end, start = claim.parts[-1].span, value.parts[0].span
    if end.end_line != start.line:
        return ""
    rows = item.line.text.split("\n")
    row = rows[start.line - 1] if start.line <= len(rows) else ""
    return row[end.end_column - 1:start.column - 1]
