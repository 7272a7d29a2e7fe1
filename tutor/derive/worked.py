"""An expression worked out as far as is quick: ML functions, derivatives, then sums in time."""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut
from tutor.functions import expand_ml
from tutor.judge.caching import attempt

VALUE_SECONDS = 0.3   # sympy's closed forms of sums may search for seconds


def value_of(expr):
    """The expression with ML functions and derivatives worked out, then sums and the rest when
    that is quick (sympy's closed forms of sums may search for seconds: the comparison then
    evaluates the sums term by term)."""
    try:
        expr = expand_ml(expr)
        expr = expr.replace(lambda e: isinstance(e, (sp.Derivative, sp.Subs)), lambda e: e.doit())
    except (ValueError, TypeError, NotImplementedError, OverflowError):
        return expr
    try:
        with attempt(VALUE_SECONDS):
            return expr.doit()
    except (AttemptTimedOut, ValueError, TypeError, NotImplementedError, OverflowError):
        return expr
