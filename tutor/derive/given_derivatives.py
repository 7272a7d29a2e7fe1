"""`g'(0) = 2` given, then f'(0) of f = g³: the derivative at the point worked out, so that the
given value stands in it as it stands in the other side (3g(0)²g'(0) written)."""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, attempt
from tutor.compat import AppliedUndef
from tutor.trees import nodes_of

WORK_SECONDS = 0.2


def with_given_derivatives(expr, calls: dict):
    """expr with each derivative at a point of a formula in a function whose derivative at a
    point is given (f'(0) of f = g³, g'(0) = 2) worked out and the given values put in."""
    given = {k.expr.expr.func for k in calls if isinstance(k, sp.Subs) and isinstance(
        k.expr, sp.Derivative) and isinstance(k.expr.expr, AppliedUndef)}
    if not given or not expr.has(sp.Subs):
        return expr

    def of_given(e) -> bool:
        return isinstance(e, sp.Subs) and isinstance(e.expr, sp.Derivative) and not isinstance(
            e.expr.expr, AppliedUndef) and any(f.func in given for f in nodes_of(e, AppliedUndef))

    try:
        with attempt(WORK_SECONDS):
            worked = expr.replace(of_given, lambda e: e.doit())
    except (AttemptTimedOut, TypeError, ValueError, NotImplementedError, AttributeError):
        return expr
    return worked.xreplace(calls)
