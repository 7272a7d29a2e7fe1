"""E[g(X)] of a declared continuous law with numbers, by the law of the unconscious statistician.

`U \\sim Unif(0, 2)` above makes `E[e^U]` the integral of e^u · 1/2 over [0, 2]: (e² − 1)/2. Only
what the rules of expectation cannot read is worked out here (g not a polynomial in X: e^X,
1/X, √X, log X), and only when sympy gives the integral in closed form, finite, within a short
attempt; anything else stays as written (an expectation the walk cannot check).
"""

from __future__ import annotations

from functools import lru_cache

import sympy as sp

from tutor.budget import AttemptTimedOut
from tutor.compat import AppliedUndef
from tutor.judge.caching import attempt
from tutor.judge.law_families import EXPONENTIAL, NORMAL, UNIFORM, normal_density
from tutor.trees import nodes_of

INTEGRAL_SECONDS = 1.0  # one integral's own time


def expectations_by_law(expr, distributions: dict):
    """`expr` with each E[g(X)] of a declared continuous law with numbers replaced by its
    value, g not a polynomial in X; unchanged otherwise."""
    values = {}
    for call in nodes_of(expr, AppliedUndef):
        if call.func.__name__ == "E" and len(call.args) == 1:
            value = _expectation(call.args[0], distributions)
            if value is not None:
                values[call] = value
    return expr.xreplace(values) if values else expr


def _expectation(g, distributions: dict):
    laws = [name for name in g.free_symbols if name in distributions]
    if len(laws) != 1 or g.free_symbols != {laws[0]} or g.is_polynomial(laws[0]):
        return None
    family, args = distributions[laws[0]]
    return _integral(g, laws[0], family, tuple(args))


@lru_cache(maxsize=256)
def _integral(g, x, family: str, args: tuple):
    """∫ g(t) f(t) dt over the support of the law; None when not in closed form and finite."""
    density = _density(family, args)
    if density is None:
        return None
    f, low, high = density
    t = sp.Dummy("t", real=True)
    try:
        with attempt(INTEGRAL_SECONDS):
            value = sp.integrate(g.xreplace({x: t}) * f(t), (t, low, high))
    except (AttemptTimedOut, TypeError, ValueError, ArithmeticError, NotImplementedError):
        return None
    if value.has(sp.Integral) or not value.is_number or not value.is_finite:
        return None
    return value


def _density(family: str, args: tuple):
    """(density, lower end, upper end) of a continuous law with numbers; None otherwise."""
    if not all(a.is_number and a.is_real for a in args):
        return None
    if family in UNIFORM and len(args) == 2 and args[1] > args[0]:
        a, b = args
        return (lambda t: 1 / (b - a)), a, b
    if family in EXPONENTIAL and len(args) == 1 and args[0] > 0:
        rate = args[0]
        return (lambda t: rate * sp.exp(-rate * t)), sp.Integer(0), sp.oo
    if family in NORMAL and len(args) == 2 and args[1] > 0:
        mu, var = args
        return (lambda t: normal_density(t, mu, var)), -sp.oo, sp.oo
    return None
