"""`x^2 + y(x)^2 = 1`: the dependent variable y written with its argument is y itself (its
value at x, as implicit differentiation takes it), never the product y·x; `u(x)` beside a
`u'(x)` on the line is a call of the function u (the product rule (u(x)v(x))' = …)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.names import name_spans, opaque_function, symbol

# the letters that name a dependent variable when written with one argument
DEPENDENT_LETTERS = frozenset("y")
PRIMED_LETTERS = frozenset("uvw")  # a rule's functions, called where written primed too
_PRIME_AFTER = re.compile(r"\s*'")
_LETTER_BEFORE = re.compile(r"[A-Za-z\\]\Z")


def primed_in(text: str, name: str) -> bool:
    """Whether `name` is written primed, a name of its own (`u'`, never the u of `mu'`)."""
    return any(_PRIME_AFTER.match(text, end) and not _LETTER_BEFORE.search(text, 0, start)
               for start, end in name_spans(text, name))


def dependent_call(name: str, args: list, defined, text: str = ""):
    """`y(x)`, `y(t)`: the name y itself when y is not a function defined here and its one
    argument is another single letter (`u(x)` with u' on the line: the call); None for anything
    else (`y(2)`, `y(x + 1)`, the y of a `y(x) = …` above, `y(y)`, `u(x)` alone: u·x). An
    increment of a name before a bracket (`Δx(2x + Δx)`) is a product; of a function defined
    here, a call (`Δg(x_0)`)."""
    if name.startswith("Δ") and not {name, name[1:]} & set(defined) and len(args) == 1:
        return sp.Mul(symbol(name), args[0], evaluate=False)  # Δx(2x + Δx); Δg(x₀) of a g
    if name in defined or len(args) != 1 or name not in DEPENDENT_LETTERS | PRIMED_LETTERS:
        return None
    arg = args[0]
    if not isinstance(arg, sp.Symbol) or arg.name == name or len(arg.name) != 1:
        return None
    if name in PRIMED_LETTERS:
        return opaque_function(name)(arg) if primed_in(text, name) else None
    return symbol(name)
