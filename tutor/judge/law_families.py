"""The laws' names as notes write them, and their masses and density: one table for the
declared laws (`X \\sim Bin(10, 0.3)`), the described ones and a law written as a function."""

from __future__ import annotations

import sympy as sp

BINOMIAL = ("Bin", "Binomial", "Binom", "B")
BERNOULLI = ("Bern", "Ber", "Bernoulli")
POISSON = ("Poisson", "Poiss", "Pois", "Poi", "Po")
NORMAL = ("N", "Normal", "Gaussian")
GEOMETRIC = ("GeomTrials",)  # described as the trials to the first success (the prose says)
EXPONENTIAL = ("Exp", "Exponential")
UNIFORM = ("Uniform_", "Uniform", "Unif", "U")  # on an interval [a, b]


RATES = POISSON + EXPONENTIAL  # their parameters are positive
CHANCES = BINOMIAL + BERNOULLI + GEOMETRIC + ("Geom", "Geometric")  # a chance p in (0, 1)


def parameter_bounds(distributions: dict) -> list:
    """The relations the declared laws' named parameters meet by the laws' definitions (λ > 0
    of Exp(λ), 0 < p < 1 of Bin(n, p))."""
    found = []
    for family, args in distributions.values():
        if family in RATES:
            found += [s > 0 for a in args for s in sorted(a.free_symbols, key=str)]
        elif family in CHANCES and args and isinstance(args[-1], sp.Symbol):
            found += [args[-1] > 0, args[-1] < 1]
    return found


def normal_density(x, mu, variance):
    """The density of N(μ, σ²) at x."""
    return sp.exp(-(x - mu) ** 2 / (2 * variance)) / sp.sqrt(2 * sp.pi * variance)
