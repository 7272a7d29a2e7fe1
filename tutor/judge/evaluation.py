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
        if isinstance(expr, sp.Pow) and root_of_a_power_kept(*args):
            return sp.Pow(*args, evaluate=False)
        return expr.func(*args)
    except (TypeError, ValueError):
        return expr


def root_of_a_power_kept(base, exp) -> bool:
    """Whether sympy keeps (b^n)^r as it is (√((x + 3)^4): b of unknown sign, n an even
    integer, r half an odd integer), known without its 15 ms search for the branch of
    arg(b) that would tell the result (it finds none when b holds a name)."""
    return isinstance(base, sp.Pow) and base.exp.is_Integer and base.exp.is_even \
        and abs(base.exp) > 1 and isinstance(exp, sp.Rational) and exp.q == 2 \
        and bool(base.base.free_symbols) and base.base.is_extended_real is None \
        and base.base.is_imaginary is None and not base.base.is_polar
