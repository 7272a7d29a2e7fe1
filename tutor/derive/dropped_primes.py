"""`(k)' = (k x^0) = 0 \\cdot k x^{-1}`: the function rewritten before its rule is applied, the
prime dropped on the way. The link after it is not wrong for sure: it is right once the prime
stands where the learner means it."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis import show
from tutor.judge.equivalence import compare
from tutor.model import StepResult

VARIABLE_LETTERS = frozenset("xtsyzuvw")  # the letters a function is differentiated in


def on_a_dropped_prime(ctx, last: StepResult, a, b, first) -> None:
    """`last` (a → b) made unchecked when the chain began with a derivative of a (`(k)'`, then
    `(k x^0)` rewriting k, its prime dropped) and b is a's derivative in a variable of a (x, t,
    …; never a constant's letter). `f'(x) = 2x = 2` (2x differentiated again) stays an error:
    the chain began with no derivative of 2x."""
    if last.verdict != "error" or not isinstance(first, sp.Derivative) or len(
            first.variables) != 1:
        return
    a, b = ctx.expand(a), ctx.expand(b)
    if a.has(sp.Derivative) or b.has(sp.Derivative) or not _equal(ctx, ctx.expand(first.expr), a):
        return
    for var in sorted(a.free_symbols | set(first.variables), key=lambda s: s.name):
        if var.name in VARIABLE_LETTERS and _equal(ctx, sp.Derivative(a, var), b):
            last.not_sure(f"right if {show(a)} is differentiated in {var}: a prime dropped "
                          "before it? (not checked)")
            return


def _equal(ctx, x, y) -> bool:
    try:
        return compare(x, y, ctx.assumptions, budget=0.3).status == "equal"
    except Exception:  # noqa: BLE001 - a reading that cannot be made decides nothing
        return False

