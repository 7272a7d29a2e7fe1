"""sympy's evaluation applied to an unevaluated parse (the reader builds everything unevaluated)."""

from __future__ import annotations

import sympy as sp

HEAVY = (sp.Sum, sp.Product, sp.Limit, sp.Integral, sp.Derivative, sp.Subs)


def evaluated(expr):
    """Rebuild an unevaluated parse with sympy's evaluation (1·3⁻¹ becomes 1/3); sums, limits,
    integrals and derivatives are left as they are (the ladder evaluates them in its budget)."""
    if expr.is_Atom or isinstance(expr, HEAVY):
        return expr
    args = [evaluated(a) for a in expr.args]
    try:
        return expr.func(*args)
    except (TypeError, ValueError):
        return expr
