"""Moments against what a declared law gives: its series or integral worked out, a difference
within the precision of the floats in it."""

from __future__ import annotations

import sympy as sp

from tutor.judge.equivalence import compare
from tutor.model import Verdict, assumptions_from
from tutor.trees import nodes_of


def float_noise(number) -> bool:
    """Within the precision of its floats (√0.95 is worked out to 15 digits as it is read)."""
    floats = nodes_of(number, sp.Float)
    return bool(floats) and abs(sp.N(number, 30)) <= 1e-12 * (1 + max(abs(f) for f in floats))


def series_worked_out(left_over, bounds: tuple) -> Verdict | None:
    """equal when a difference holding sums or integrals works out to 0 (a law's series
    against its moment); else None (never a witness: it may be a moment of another meaning)."""
    verdict = compare(left_over, sp.Integer(0), assumptions_from({}, list(bounds)),
                      budget=1.5)
    if verdict.status != "equal":
        return None
    return Verdict("equal", "by the declared law: the sum (or integral) works out to its "
                   f"moment ({verdict.method})")
