"""The rest of a truncated series: `O(x^4)`, `\\mathcal{O}(h^2)`, `o(x^n)` as order terms."""

from __future__ import annotations

import sympy as sp

from tutor.names import BIG_O, LITTLE_O


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
    return isinstance(power, sp.Symbol) and power.name in ("n", "N", "k", "m") \
        and power not in base.free_symbols
