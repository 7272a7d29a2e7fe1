"""Sums over data (Σ x_i, Σ (x_i - x̄)²) split by linearity at once, without sympy's search."""

from __future__ import annotations

import sympy as sp

from tutor.trees import nodes_of

MAX_TERMS = 64  # a summand that expands into more terms is left whole


def split_indexed_sums(expr):
    """`expr` with every finite sum whose summand holds data x_i of its index written as a
    sum of simple sums: Σ (x_i - c)² = Σ x_i² - 2c Σ x_i + (n - 1 + 1) c².

    sympy has no closed form for Σ x_i, and its search for one (telescoping, solving) costs
    tens of milliseconds a sum; the parts free of x_i are left to its evaluation. The split is
    linearity of a finite sum, exact for any bounds (sympy's convention for reversed bounds
    included)."""
    if not expr.has(sp.Sum):
        return expr
    return expr.replace(lambda e: isinstance(e, sp.Sum) and _over_data(e), _split)


def _over_data(total: sp.Sum) -> bool:
    if len(total.limits) != 1:
        return False
    index = total.limits[0][0]
    return any(index in item.free_symbols for item in nodes_of(total.function, sp.Indexed))


def _split(total: sp.Sum):
    index, low, high = total.limits[0]
    summand = total.function
    if not summand.is_commutative or summand.has(sp.Piecewise, sp.KroneckerDelta):
        return total
    expanded = sp.expand(summand, power_base=False, power_exp=False, log=False)
    terms = sp.Add.make_args(expanded)
    if len(terms) > MAX_TERMS:
        return total
    parts = []
    for term in terms:
        constant, varying = term.as_independent(index, as_Add=False)
        if varying == 1:
            parts.append(constant * (high - low + 1))
        else:
            parts.append(constant * sp.Sum(varying, (index, low, high)))
    return sp.Add(*parts)
