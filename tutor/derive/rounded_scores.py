"""A rounded decimal inside a probability's event (`P(X > 17) = P(Z > -2.17)` for X ~ N(30, 36),
z = -13/6 = -2.1667 rounded to look it up in a table) stands for the value it rounds: the step is
right when the other side lies within what the probability takes as the decimal moves half a
unit of its last place. A z-score off by more (P(Z > -2.16)) stays an error.
"""

from __future__ import annotations

import itertools

import sympy as sp

from tutor.judge.decimals import exact, written
from tutor.judge.event_cells import probability_atoms
from tutor.judge.rounded import half_unit
from tutor.model import StepResult
from tutor.trees import nodes_of

MOST_DECIMALS = 3  # P(-1.23 < Z < 2.17): a few decimals in the events, 2^k ends tried
PLACES = 2  # a decimal of 2 or more places is a rounded value (-2.17, 0.675), not data (17.5)


def on_a_rounded_score(ctx, last: StepResult, a, b) -> None:
    """`last` (the step a → b, found wrong) made ok when a side's probabilities hold rounded
    decimals in their events and the other side lies within their rounding."""
    if last.verdict != "error":
        return
    for side, other in ((b, a), (a, b)):
        decimals = _rounded_in_events(side)
        if decimals and _within(ctx, side, other, decimals):
            shown = ", ".join(str(written(d)) for d in decimals)
            last.verdict, last.code, last.diagnosis = "ok", None, None
            last.method = "rounded argument"
            last.message = (f"equal to the precision of {shown} in the event (a value rounded "
                            "to its last place, as a z-score looked up in a table)")
            return


def _rounded_in_events(expr) -> list[sp.Float]:
    """The decimals of PLACES or more places inside the events of expr's probabilities."""
    found = {f for atom in probability_atoms(expr) for f in nodes_of(atom, sp.Float)
             if -written(abs(f)).as_tuple().exponent >= PLACES}
    return sorted(found, key=str) if len(found) <= MOST_DECIMALS else []


def _within(ctx, side, other, decimals: list[sp.Float]) -> bool:
    """Whether `other`'s value lies between the values `side` takes with each decimal at an end
    of its rounding interval."""
    target = _value(ctx, other)
    if target is None:
        return False
    halves = [half_unit(d, digits_at_least=1) for d in decimals]
    ends = []
    for signs in itertools.product((-1, 1), repeat=len(decimals)):
        moved = {d: exact(d) + s * h for d, s, h in zip(decimals, signs, halves, strict=True)}
        value = _value(ctx, side.xreplace(moved))
        if value is None:
            return False
        ends.append(value)
    return min(ends) <= target <= max(ends)


def _value(ctx, expr) -> sp.Float | None:
    """expr's number with the walk's laws and values, or None when it has none."""
    value = sp.N(ctx.expand(expr), 20)
    return value if value.is_number and value.is_real else None
