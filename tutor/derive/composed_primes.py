"""`a'(b(c(x))) = y' = …` under `y = a(b(c(x)))`: the chain rule's notation for (a∘b∘c)'(x),
the derivative of the composition, though a' at b(c(x)) is its outer factor only."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.diagnosis import show

ABUSED = ("{} may stand for the derivative of the composition (the chain rule written on the "
          "outer function): not checked as written")


def composed_primes_unsure(results: list, chains: list, ctx) -> None:
    """The errors of a line made not sure when one of its chains opens with a prime of a
    defined function at a call of another defined function (`a'(b(c(x)))`)."""
    opened = next((c.parts[0].expr for c in chains if _prime_at_a_call(c.parts[0].expr, ctx)),
                  None)
    if opened is None:
        return
    for result in results:
        if result.verdict == "error":
            result.not_sure(ABUSED.format(show(opened)))


def _prime_at_a_call(expr, ctx) -> bool:
    if not (isinstance(expr, sp.Subs) and isinstance(expr.expr, sp.Derivative)
            and isinstance(expr.expr.expr, AppliedUndef)
            and expr.expr.expr.func.__name__ in ctx.functions):
        return False
    return any(isinstance(call, AppliedUndef) and call.func.__name__ in ctx.functions
               for point in expr.point for call in sp.preorder_traversal(point))
