"""`F_x`, `F_{xy}` of a defined F(x, y): the subscript notation of partial derivatives."""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from tutor.names import symbol


def subscript_partial(base: str, sub: str, context, make_function: Callable):
    """`F_x`, `F_{xy}` where F(x, y) is defined in two or more one-letter variables and every
    letter of the subscript is one of them (and F_x is no name given a value): the partial
    derivative in those letters (`make_function` makes the unknown F); else None."""
    name = f"{base}_{sub}"
    if not sub.isalpha() or name in context.values or name in context.symbols:
        return None
    for defined, parameters in context.signatures:
        if defined == base and len(parameters) >= 2 and all(
                len(p) == 1 and p.isalpha() for p in parameters) and set(sub) <= set(parameters):
            call = make_function(base)(*[symbol(p) for p in parameters])
            return sp.Derivative(call, *[symbol(letter) for letter in sub])
    return None
