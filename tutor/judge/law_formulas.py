"""The mass or density of a named law written as a function of its value: `Pois(k; λ)`,
`Bin(k; n, p)`, `N(x; μ, σ²)` (the value first, then the law's parameters)."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.functions import binomial_mass, poisson_mass
from tutor.judge.law_families import (
    BINOMIAL,
    NORMAL,
    POISSON,
    normal_density,
)
from tutor.trees import nodes_of

# Only laws whose parameters every textbook writes the same way. Left out: B (also the beta
# function), Bernoulli (p^x(1-p)^{1-x} and px + (1-p)(1-x) agree only at 0 and 1), the
# exponential (a rate or a scale) and the geometric (trials or failures).


def _normal(x, mu, variance):
    if not (isinstance(variance, sp.Pow) and variance.exp == 2 or variance == 1):
        return None  # N(x; μ, σ): σ may be the deviation or the variance
    return normal_density(x, mu, variance)


_FORMULAS = {**dict.fromkeys(POISSON, (2, poisson_mass)),
             **dict.fromkeys((n for n in BINOMIAL if n != "B"), (3, binomial_mass)),
             **dict.fromkeys(NORMAL, (3, _normal))}


def law_formula(call):
    """The formula of `call` when it is a named law's mass or density at a value, else None."""
    if not isinstance(call, AppliedUndef):
        return None
    arity, formula = _FORMULAS.get(call.func.__name__, (None, None))
    if arity != len(call.args):
        return None
    return formula(*call.args)


def with_law_formulas(expr, defined=frozenset()) -> tuple:
    """`expr` with every law's mass or density at a value replaced by its formula (names in
    `defined` are the notes' own functions and stay), and what the laws' parameters are by
    definition: the σ of N(x; μ, σ²) is positive."""
    found = {call: law_formula(call) for call in nodes_of(expr, AppliedUndef)
             if call.func.__name__ not in defined}
    found = {call: value for call, value in found.items() if value is not None}
    if not found:
        return expr, ()
    deviations = {call.args[2].base for call in found if call.func.__name__ in NORMAL
                  and isinstance(call.args[2], sp.Pow) and isinstance(call.args[2].base, sp.Symbol)}
    return expr.xreplace(found), tuple(sp.Gt(s, 0) for s in sorted(deviations, key=str))
