"""`F_x`, `F_{xy}` of a defined F(x, y), `L_{\\hat y}` of L = (ŷ - y)^2: the subscript notation
of partial derivatives."""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.names import symbol

_INDICES = frozenset("ijklmnNT")
_ACCENTED = re.compile(r"(hat|bar|tilde)([A-Za-z])")  # haty: ŷ, written y_hat


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
    return _of_a_formula(base, sub, context, make_function)


def _of_a_formula(base: str, sub: str, context, make_function: Callable):
    """`Z_x` of Z = x^2 y^4, `L_{\\hat y}` of L = (ŷ - y)^2: a name given a formula in two or
    more names, its subscript one of them, is that formula's partial derivative, as ∂L/∂ŷ."""
    accented = _ACCENTED.fullmatch(sub)
    variable = f"{accented.group(2)}_{accented.group(1)}" if accented else sub
    for name, names in context.formulas:  # never an index's letter: S_n, a_k name terms
        if name == base and len(names) >= 2 and variable in names and variable not in _INDICES:
            return sp.Derivative(make_function(base)(symbol(variable)), symbol(variable))
    return None
