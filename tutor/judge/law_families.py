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


def binomial_mass(k, n, p):
    """P(X = k) of Bin(n, p)."""
    return sp.binomial(n, k) * p ** k * (1 - p) ** (n - k)


def poisson_mass(k, lam):
    """P(X = k) of Poisson(λ)."""
    return lam ** k * sp.exp(-lam) / sp.factorial(k)


def normal_density(x, mu, variance):
    """The density of N(μ, σ²) at x."""
    return sp.exp(-(x - mu) ** 2 / (2 * variance)) / sp.sqrt(2 * sp.pi * variance)
