"""`(k)' = (k x^0) = 0 \\cdot k x^{-1}`: the function rewritten before its rule is applied, the
prime dropped on the way. The link after it is not wrong for sure: it is right once the prime
stands where the learner means it."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis import show
from tutor.derive.other_readings import status_as_read
from tutor.model import StepResult
from tutor.read.brackets import VARIABLE_LETTERS  # the letters a function is differentiated in


def on_a_dropped_prime(ctx, results: list[StepResult], a, b, first) -> None:
    """The last of `results` (a → b) made unchecked when the chain began with a derivative of
    a (`(k)'`, then `(k x^0)` rewriting k, its prime dropped) and b is a's derivative in a
    variable of a (x, t, …; never a constant's letter); so is the link before it, the rewrite
    `(k)' = (k x^0)` (not differentiated, as written). `f'(x) = 2x = 2` (2x differentiated
    again) stays an error: the chain began with no derivative of 2x; so does `f'(x) = x^2`
    for f = x^2 with nothing after it."""
    last = results[-1]
    rewrite = results[-2] if len(results) > 1 and results[-2].line == last.line else None
    if rewrite is not None and (rewrite.verdict, rewrite.code) != ("error", "not-differentiated"):
        rewrite = None
    if last.verdict not in ("error", "ok") or (last.verdict == "ok" and rewrite is None) or \
            not isinstance(first, sp.Derivative) or len(first.variables) != 1:
        return  # an ok link: only the rewrite before it is looked at again
    a, b = ctx.expand(a), ctx.expand(b)
    if a.has(sp.Derivative) or b.has(sp.Derivative) or not _equal(ctx, ctx.expand(first.expr), a):
        return
    for var in sorted(a.free_symbols | set(first.variables), key=lambda s: s.name):
        if var.name in VARIABLE_LETTERS and _equal(ctx, sp.Derivative(a, var), b):
            if last.verdict == "error":
                last.not_sure(f"right if {show(a)} is differentiated in {var}: a prime dropped "
                              "before it? (not checked)")
            if rewrite is not None:
                rewrite.not_sure(f"{show(a)} rewrites what is differentiated: its prime is "
                                 "dropped here (not checked)")
            return


def _equal(ctx, x, y) -> bool:
    return status_as_read(ctx, lambda e: e, x, y, budget=0.3) == "equal"

