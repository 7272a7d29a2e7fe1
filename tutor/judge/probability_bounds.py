"""The axioms' bounds on a probability: `P(A) ≥ 0`, `P(X = 1) ≤ 1`, true of every law."""

from __future__ import annotations

from tutor.compat import AppliedUndef

PROBABILITY_BOUNDS = "a probability lies between 0 and 1"


def within_probability_bounds(a, op: str, b) -> bool:
    """Whether `a op b` says a probability P(…) is at least 0 or at most 1 (`P(A) ≥ 0`,
    `P(X = 1) ≤ 1`): true of every law (never `> 0` or `< 1`)."""
    if op in ("<=", "<"):
        a, b, op = b, a, {"<=": ">=", "<": ">"}[op]
    for side, bound, direction in ((a, b, "low"), (b, a, "high")):
        if isinstance(side, AppliedUndef) and side.func.__name__ in ("P", "Pr") and side.args:
            return op == ">=" and (bound == 0 if direction == "low" else bound == 1)
    return False
