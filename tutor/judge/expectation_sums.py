"""A sum over the values of a random variable, Σ_x g(x)·P(X = x) with no bounds written: E[g(X)]."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.judge.moments import RANDOM_NAME
from tutor.judge.sum_ranges import UNBOUNDED

EXPECTATION = sp.Function("E")


def as_expectations(expr):
    """`expr` with each Σ_x g(x)·P(X = x) written without bounds (the sum over the values x
    of X, as notes define E[g(X)]) read as E[g(X)]; a sum with bounds is left as written (its
    range may be a part of the values)."""
    if not expr.has(sp.Sum):
        return expr
    return expr.replace(lambda e: isinstance(e, sp.Sum) and _over_values(e) is not None,
                        _over_values)


def _over_values(total: sp.Sum):
    """E[g(X)] for Σ_x g(x)·P(X = x) over no written range, else None."""
    if len(total.limits) != 1:
        return None
    x, low, high = total.limits[0]
    if not (low == 1 and isinstance(high, sp.Symbol) and high.name == UNBOUNDED):
        return None
    factors = sp.Mul.make_args(total.function)
    masses = [f for f in factors if _mass_at(f, x) is not None]
    if len(masses) != 1:
        return None
    variable = _mass_at(masses[0], x)
    rest = sp.Mul(*[f for f in factors if f is not masses[0]])
    if rest.has(AppliedUndef, sp.Sum) or variable in rest.free_symbols:
        return None
    return EXPECTATION(rest.xreplace({x: variable}))


def _mass_at(factor, x):
    """X for P(X = x) (x the sum's index), else None."""
    if not (isinstance(factor, AppliedUndef) and factor.func.__name__ == "P"
            and len(factor.args) == 1 and isinstance(factor.args[0], sp.Equality)):
        return None
    variable, value = factor.args[0].args
    if value != x or not isinstance(variable, sp.Symbol) or not RANDOM_NAME.fullmatch(
            variable.name):
        return None
    return variable
