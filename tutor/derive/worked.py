"""An expression worked out as far as is quick: ML functions, derivatives, then sums in time."""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut
from tutor.functions import expand_ml
from tutor.judge.caching import attempt, per_object
from tutor.trees import nodes_of

VALUE_SECONDS = 0.3   # sympy's closed forms of sums may search for seconds
SIMPLIFY_SECONDS = 1.0  # sympy's first simplify in a process takes 0.3 s (its lazy imports)
INFINITE_SECONDS = 1.0  # an infinite series has no other value: the Poisson mean takes 0.15-0.7 s


def value_of(expr):
    """The expression with ML functions and derivatives worked out, then sums and the rest when
    that is quick (sympy's closed forms of sums may search for seconds: the comparison then
    evaluates the sums term by term)."""
    try:
        expr = expand_ml(expr)
        expr = expr.replace(lambda e: isinstance(e, (sp.Derivative, sp.Subs)), lambda e: e.doit())
    except (ValueError, TypeError, NotImplementedError, OverflowError):
        return expr
    infinite = any(sp.oo in (low, high) or -sp.oo in (low, high) for big in nodes_of(
        expr, sp.Sum, sp.Product) for _, low, high in big.limits)  # a series: needs its closed form
    try:
        with attempt(INFINITE_SECONDS if infinite else VALUE_SECONDS):
            return expr.doit()
    except (AttemptTimedOut, ValueError, TypeError, NotImplementedError, OverflowError):
        return expr


@per_object(512)
def simplified(expr):
    """`expr` worked out and simplified when that is quick, else None."""
    try:
        with attempt(SIMPLIFY_SECONDS):
            return sp.simplify(expr.doit())
    except (AttemptTimedOut, ValueError, TypeError, NotImplementedError, OverflowError):
        return None
