"""Unit words after a value (`bits`, `MB`, `nats`): how many bits each one is."""

from __future__ import annotations

from tutor.vocabulary import UNITS


def unit_factor(unit: str | None) -> float | None:
    """How many bits a unit word is (None for a unit we cannot convert)."""
    if unit is None:
        return 1.0
    return UNITS.get(unit)
