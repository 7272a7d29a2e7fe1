"""An index condition in its own math just after a claim on the same line (`$∂p_i/∂z_j = -p_i
p_j$ for $i \\ne j$`): the claim holds under it, as if written beside it in one formula."""

from __future__ import annotations

from dataclasses import replace

from tutor.derive.context import ParsedLine
from tutor.derive.index_conditions import index_relation

NEAR = 16  # at most this many characters of prose between the claim and its condition


def with_trailing_conditions(parsed: list[ParsedLine]) -> list[ParsedLine]:
    """Each line whose next piece on the same source line says only `i ≠ j` of the indices
    its claim carries gets that condition as a chain of its own at its end (where
    tutor.derive.index_conditions.conditions_beside takes it as the claim's condition). Only
    ≠: `$… = -p_i p_j$, and at $i = j$ …` may start a case of its own."""
    out = list(parsed)
    for k, (item, nxt) in enumerate(zip(parsed, parsed[1:], strict=False)):
        if _trailing(item, nxt):
            out[k] = replace(item, chains=[*item.chains, nxt.chains[0]])
    return out


def _trailing(item: ParsedLine, nxt: ParsedLine) -> bool:
    if item.error is not None or nxt.error is not None or len(item.chains) != 1 \
            or len(nxt.chains) != 1 or not item.chains[0].links:
        return False
    here, there = item.line, nxt.line
    if here.line != there.line or there.column - (here.column + len(here.text)) > NEAR:
        return False
    condition = nxt.chains[0]
    return len(condition.links) == 1 and condition.links[0].op == "!=" and index_relation(
        condition, item.chains[0])
