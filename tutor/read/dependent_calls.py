"""`x^2 + y(x)^2 = 1`: the dependent variable y written with its argument is y itself (its
value at x, as implicit differentiation takes it), never the product y·x."""

from __future__ import annotations

import sympy as sp

from tutor.names import symbol

# the letters that name a dependent variable when written with one argument
DEPENDENT_LETTERS = frozenset("y")


def dependent_call(name: str, args: list, defined) -> sp.Symbol | None:
    """`y(x)`, `y(t)`: the name y itself when y is not a function defined here and its one
    argument is another single letter; None for anything else (`y(2)`, `y(x + 1)`, the y of a
    `y(x) = …` above, `y(y)`)."""
    if name not in DEPENDENT_LETTERS or name in defined or len(args) != 1:
        return None
    arg = args[0]
    if not isinstance(arg, sp.Symbol) or arg.name == name or len(arg.name) != 1:
        return None
    return symbol(name)
