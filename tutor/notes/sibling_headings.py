"""Headings that start a new exercise: one at the level of the heading before it, or above it."""

from __future__ import annotations

from bisect import bisect_right

from tutor.model import SIBLING_SECTION


def sibling_starts(events: list[tuple[int, int | None, str | None]]) -> list[int]:
    """The offsets of the headings at the level of the heading before them or above it
    (`## Opgave 2` after `## Opgave 1`, `## Problem 4` after `### Solution`): a new exercise,
    where `### Solution` under `## Problem 3` goes on with its problem."""
    starts, previous = [], None
    for offset, level, _ in sorted(event for event in events if event[1] is not None):
        if previous is not None and level <= previous:
            starts.append(offset)
        previous = level
    return starts


def section_at(sections: list[int], siblings: list[int], offset: int) -> int:
    """How many headings and labels stand above `offset`, and SIBLING_SECTION more for each
    heading that started a new exercise (the walk tells the two apart by the jump)."""
    return bisect_right(sections, offset) + SIBLING_SECTION * bisect_right(siblings, offset)
