"""`(\\sqrt{x})' = (x^{1/2}) = \\tfrac12 x^{-1/2}`, `(k)' = (k x^0) = 0 \\cdot k x^{-1}`: the
function rewritten before its rule is applied, the prime dropped on the way. Such a link is
not wrong for sure: it is right once the prime stands where the learner means it."""

from __future__ import annotations

import re

import sympy as sp

from tutor.derive.diagnosis import show
from tutor.judge.equivalence import compare
from tutor.model import StepResult

_DERIVATIVE_MARK = re.compile(r"'|′|\\prime|\\frac\s*\{\s*d|\bd/d|\\partial|∂")
MOST_VARIABLES = 3


def on_a_dropped_prime(ctx, last: StepResult, a, b, text: str) -> None:
    """`last` (a → b, on a line that differentiates) made unchecked when it holds with the
    prime where the learner dropped it: a the derivative of b's rewritten function (b is
    what a differentiates), or b the derivative of a (a is a rewritten function)."""
    if last.verdict != "error" or not _DERIVATIVE_MARK.search(text):
        return
    a, b = ctx.expand(a), ctx.expand(b)
    if isinstance(a, sp.Derivative) and len(a.variables) == 1 and _equal(ctx, a.expr, b):
        last.not_sure(f"{show(b)} rewrites what is differentiated: the prime is dropped "
                      "here, so this link is not checked")
        return
    if isinstance(a, sp.Derivative) or isinstance(b, sp.Derivative):
        return
    for var in sorted(a.free_symbols, key=lambda s: s.name)[:MOST_VARIABLES]:
        if _equal(ctx, sp.Derivative(a, var), b):
            last.not_sure(f"right if {show(a)} is differentiated in {var}: a prime dropped "
                          "before it? (not checked)")
            return


def _equal(ctx, x, y) -> bool:
    try:
        return compare(x, y, ctx.assumptions, budget=0.3).status == "equal"
    except Exception:  # noqa: BLE001 - a reading that cannot be made decides nothing
        return False

