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


DENSITY_VALUE = sp.Dummy("value")  # the variable of a density named by its law (p = N(μ, σ²))


def named_density(law):
    """`N(μ, σ²)` → its density as a function (None for a law without one here)."""
    density = law_formula(law.func(DENSITY_VALUE, *law.args))
    return None if density is None else sp.Lambda(DENSITY_VALUE, density)


def density_written_out(left, right, functions: dict) -> bool:
    """`\\log \\frac{p(x)}{q(x)} = …` with p, q named by their laws: the densities written out
    in x (a claim), not an equation in x; a number on the right may be one (p(x) = 0.1)."""
    calls = [c for c in nodes_of(left, AppliedUndef) if len(c.args) == 1 and getattr(
        functions.get(c.func.__name__), "variables", None) == (DENSITY_VALUE,)]
    return bool(calls) and all(c.args[0].free_symbols <= right.free_symbols for c in calls) \
        and bool(right.free_symbols)


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
    positive = {s for call in found for s in positive_parameters(call)}
    return expr.xreplace(found), tuple(sp.Gt(s, 0) for s in sorted(positive, key=str))


def positive_parameters(call) -> set:
    """The parameters a law's call says are positive: the σ of N(μ, σ²) or of N(x; μ, σ²)."""
    variance = call.args[-1] if call.args else None
    if call.func.__name__ in NORMAL and isinstance(variance, sp.Pow) and isinstance(
            variance.base, sp.Symbol) and variance.exp == 2:
        return {variance.base}
    return set()
