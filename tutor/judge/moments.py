"""Moments as symbols: E[X²] stands as one symbol whose monomial (X²) is remembered."""

from __future__ import annotations

import re

import sympy as sp

RANDOM_NAME = re.compile(r"(?:[A-DF-Z]|xi|eta|zeta)(_\w+)?")  # X, Y_1; ξ, η (Russian notes)

_MONOMIALS: dict = {}  # moment symbol -> its monomial


def moment(monomial) -> sp.Symbol:
    """The symbol standing for E[monomial] (a product of powers of random variables)."""
    name = sp.Symbol(f"𝔼⟨{sp.sstr(monomial)}⟩")
    _MONOMIALS[name] = monomial
    return name


def monomial_of(name: sp.Symbol):
    return _MONOMIALS[name]


def is_moment(s) -> bool:
    return isinstance(s, sp.Symbol) and s.name.startswith("𝔼⟨")

