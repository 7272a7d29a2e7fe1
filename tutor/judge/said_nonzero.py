"""A coefficient the assumptions say is not 0: `x + 2y ≠ 0`, taken where a step divides by it."""

from __future__ import annotations

import sympy as sp

from tutor.model import Assumptions


def said_nonzero(c, assumptions: Assumptions) -> bool:
    """Whether a relation of the assumptions states c ≠ 0 (up to a nonzero number factor:
    `x + 2y ≠ 0` says `-2x - 4y` is not 0 either)."""
    if c.is_number:
        return False
    for rel in assumptions.relations:
        if not isinstance(rel, sp.Ne):
            continue
        stated = sp.Add(rel.lhs, sp.Mul(-1, rel.rhs))
        try:
            ratio = sp.cancel(stated / c)
        except (TypeError, ValueError, ZeroDivisionError, sp.PolynomialError):
            continue
        if ratio.is_number and ratio.is_zero is False and ratio.is_finite:
            return True
    return False
