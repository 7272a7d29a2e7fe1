"""≈ between expressions of a variable: it holds near a point only, no identity to check."""

from __future__ import annotations

from tutor.derive.diagnosis import show
from tutor.judge.series import is_series_pair


def approximation_reason(ctx, ea, eb, op: str) -> str | None:
    """≈ between expressions of a variable (sin x ≈ x - x³/6) holds near a point only: it
    is no identity to check. ≈ between numbers is checked to the precision written."""
    free = (ea.free_symbols | eb.free_symbols) - set(ctx.values)
    if op != "~=" or not free or is_series_pair(ea, eb, approx=True):
        return None  # sin x ≈ x - x³/6: checked as a truncated series (tutor.judge.series)
    names = ", ".join(sorted(show(s) for s in free))
    return (f"an approximation in {names}: it holds near some point, not everywhere, "
            "so it is not checked as an identity")
