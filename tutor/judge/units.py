"""Unit words after a value (`bits`, `MB`, `nats`): how many bits each one is."""

from __future__ import annotations

import mpmath

UNITS = {"bit": 1, "bits": 1, "byte": 8, "bytes": 8, "B": 8, "kB": 8e3, "KB": 8e3, "MB": 8e6,
         "GB": 8e9, "TB": 8e12, "KiB": 8 * 2**10, "MiB": 8 * 2**20, "GiB": 8 * 2**30,
         "nat": 1 / float(mpmath.log(2)), "nats": 1 / float(mpmath.log(2))}


def unit_factor(unit: str | None) -> float | None:
    """How many bits a unit word is (None for a unit we cannot convert)."""
    if unit is None:
        return 1.0
    return UNITS.get(unit)
