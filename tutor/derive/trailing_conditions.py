"""A condition in its own math just after a claim on the same line (`$∂p_i/∂z_j = -p_i p_j$ for
$i \\ne j$`, `$\\operatorname{ReLU}'(x) = 1$ for $x > 0$`): the claim holds under it, as if
written beside it in one formula."""

from __future__ import annotations

from dataclasses import replace

from tutor.derive.context import ParsedLine
from tutor.derive.index_conditions import index_relation
from tutor.derive.inequality_steps import line_bound, line_conditions
from tutor.derive.interval_conditions import interval_bounds
from tutor.derive.worded_values import values_first

NEAR = 16  # at most this many characters of prose between the claim and its condition


def with_trailing_conditions(parsed: list[ParsedLine]) -> list[ParsedLine]:
    """Each line whose next piece on the same source line says only `i ≠ j` of the indices
    its claim carries gets that condition as a chain of its own at its end (where
    tutor.derive.index_conditions.conditions_beside takes it as the claim's condition). Only
    ≠: `$… = -p_i p_j$, and at $i = j$ …` may start a case of its own."""
    parsed = values_first(parsed)  # `g = x^2 + 1 = 5 \text{ for } x = 2`: at x = 2
    out = list(parsed)
    for k, (item, nxt) in enumerate(zip(parsed, parsed[1:], strict=False)):
        interval = _interval_after(item, nxt)  # `… < 1/20$ for all $x \in [0.9, 1.1]$`
        if interval:
            out[k] = replace(item, line=replace(item.line, trailing=interval))
        if not _next_to(item, nxt):
            continue
        claim, condition = item.chains[0], nxt.chains[0]
        if len(condition.links) == 1 and condition.links[0].op == "!=" and index_relation(
                condition, claim):
            out[k] = replace(item, chains=[*item.chains, condition])
        elif _bound_of(claim, condition):  # `$\operatorname{ReLU}'(x) = 1$ for $x > 0$`
            out[k] = replace(item, line=replace(item.line, trailing=tuple(
                line_conditions([claim, condition]))))
    return out


def _interval_after(item: ParsedLine, nxt: ParsedLine) -> tuple:
    """The bounds of `x ∈ [a, b]` (read as no claim) said just after the one claim of `item`."""
    if nxt.chains or nxt.error is not None or len(item.chains) != 1 or item.error is not None \
            or not item.chains[0].links:
        return ()
    here, there = item.line, nxt.line
    if here.line != there.line or there.column - (here.column + len(here.text)) > NEAR:
        return ()
    return interval_bounds(item.chains[0], there.text)


def _next_to(item: ParsedLine, nxt: ParsedLine) -> bool:
    """One claim, then one chain a few characters after it on the same source line."""
    if item.error is not None or nxt.error is not None or len(item.chains) != 1 \
            or len(nxt.chains) != 1 or not item.chains[0].links:
        return False
    here, there = item.line, nxt.line
    return here.line == there.line and there.column - (here.column + len(here.text)) <= NEAR


def _bound_of(claim, condition) -> bool:
    """`x > 0` (one letter against a number) whose letter the claim holds."""
    letters = set().union(*(p.expr.free_symbols for p in condition.parts))
    held = set().union(*(p.expr.free_symbols for p in claim.parts))
    return line_bound(condition) and len(letters) == 1 and letters <= held
