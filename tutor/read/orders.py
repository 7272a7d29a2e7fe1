"""The rest of a truncated series: `O(x^4)`, `\\mathcal{O}(h^2)`, `o(x^n)` and `x^n ε(x)` as
order terms."""

from __future__ import annotations

import re

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.names import BIG_O, LITTLE_O

_ORDER_LETTERS = frozenset("nNkm")  # an order written as a letter: o(x^n), x^{2n+1} ε(x)


def order_term(name: str, args: list):
    """O(x⁴) or o(x²) as the order term of a series (tutor.names.BIG_O), when the bracket holds
    a whole power of one letter (perhaps shifted by a number); else None (O·x, o(1 - o))."""
    if name not in ("O", "o") or len(args) != 1 or not isinstance(args[0], sp.Expr):
        return None
    arg = args[0]
    base, power = arg.as_base_exp() if isinstance(arg, sp.Pow) else (arg, sp.Integer(1))
    if not (isinstance(power, sp.Integer) and power > 0 or _general_order(power, base)) \
            or len(base.free_symbols) != 1:
        return None
    letter = next(iter(base.free_symbols))
    if letter.name == name:
        return None  # o(1 - o): a product of the letter o
    if base != letter and not (isinstance(base, sp.Add) and (base - letter).is_number is True):
        return None
    return (BIG_O if name == "O" else LITTLE_O)(arg)


def _general_order(power, base) -> bool:
    """`o(x^n)` closing `1 + x + x²/2 + … + o(x^n)`: an order n written as a letter."""
    return isinstance(power, sp.Symbol) and power.name in _ORDER_LETTERS \
        and power not in base.free_symbols


def epsilon_remainders(expr):
    """`expr` with each `x^n ε(x)`, `(x - a)^n ε_1(x)`, `h^n ε(h)` (the rest of a limited
    expansion as French notes write it, ε tending to 0) as o(x^n), o((x - a)^n), o(h^n)."""
    if not isinstance(expr, sp.Expr) or not expr.has(AppliedUndef):
        return expr
    return expr.replace(lambda e: isinstance(e, sp.Mul) and _remainder(e) is not None,
                        lambda e: LITTLE_O(_remainder(e)))


def _remainder(product) -> sp.Expr | None:
    """x^n of `x^n ε(x)` (ε, ε_1, … of one letter, times a power of that letter); else None."""
    calls = [f for f in product.args if isinstance(f, AppliedUndef)
             and re.fullmatch(r"(?:var)?epsilon(?:_\w+)?", f.func.__name__)]
    if len(calls) != 1 or len(calls[0].args) != 1 or not isinstance(calls[0].args[0], sp.Symbol):
        return None
    letter, power = calls[0].args[0], sp.Mul(*[f for f in product.args if f is not calls[0]])
    base, exponent = power.as_base_exp()
    if base != letter and not (isinstance(base, sp.Add) and base.has(letter)
                               and letter not in (base - letter).free_symbols):
        return None
    general = exponent.free_symbols and {s.name for s in exponent.free_symbols} <= _ORDER_LETTERS
    return power if exponent.is_Integer and exponent > 0 or general else None  # x^{2n+1} ε(x)
