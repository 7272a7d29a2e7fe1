"""`\\int_0^\\infty x \\lambda e^{-\\lambda x} dx = 1/\\lambda`: an integral of an exponential law's
moment, worked out where it converges (the rate positive), though the notes never say λ > 0.

∫_a^∞ xⁿ·c·e^{-s x} dx (n a whole number, c free of x, s one symbol times a positive number)
converges only for s > 0: for s ≤ 0 the left side has no value, so the claim can only mean
s > 0. sympy, not told so, spends seconds on the cases and runs out of time. The integral is
done with s positive, then s is its plain self again.
"""

from __future__ import annotations

import sympy as sp

from tutor.trees import nodes_of


def rates_made_positive(expr) -> tuple[sp.Expr, dict]:
    """(expr with the rate of each such integral a positive symbol inside it, {positive symbol:
    the plain one}) to put the plain symbols back once the integrals are done."""
    back: dict = {}
    for integral in nodes_of(expr, sp.Integral):
        rate = _rate(integral)
        if rate is None:
            continue
        positive = sp.Symbol(rate.name, positive=True)
        back[positive] = rate
        expr = expr.xreplace({integral: integral.xreplace({rate: positive})})
    return expr, back


def _rate(integral: sp.Integral) -> sp.Symbol | None:
    """The symbol s of ∫_a^∞ xⁿ c e^{-k s x} dx (a a number, k > 0), when its sign is unknown."""
    if len(integral.limits) != 1 or len(integral.limits[0]) != 3:
        return None
    x, low, high = integral.limits[0]
    if high != sp.oo or not low.is_number or not low.is_finite:
        return None
    rates = set()
    for factor in _factors(integral.function):
        if x not in factor.free_symbols:
            continue
        if factor == x or (factor.is_Pow and factor.base == x and factor.exp.is_Integer
                           and factor.exp > 0):
            continue
        base, exponent = factor.as_base_exp()  # exp(-λx), or E**(-λx) as read (unevaluated)
        if base != sp.E:
            return None
        rates.add(_exponent_rate(exponent, x))
    if len(rates) != 1 or None in rates:
        return None
    rate = rates.pop()
    return rate if rate.is_positive is None else None


def _factors(expr) -> list:
    """The factors of a product, its nested (unevaluated) products opened."""
    if not expr.is_Mul:
        return [expr]
    return [f for a in expr.args for f in _factors(a)]


def _exponent_rate(exponent, x) -> sp.Symbol | None:
    """s of an exponent -k·s·x (k a positive number), else None."""
    slope = sp.expand(exponent).coeff(x, 1)
    if sp.expand(exponent - slope * x).has(x):
        return None
    number, rest = slope.as_coeff_Mul()
    return rest if number < 0 and isinstance(rest, sp.Symbol) and rest != x else None
