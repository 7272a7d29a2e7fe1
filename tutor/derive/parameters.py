"""Parameters of a defined function: names, or a power of a name (ℓ(μ, σ^2) = …)."""

from __future__ import annotations

import sympy as sp


def power_parameter(arg) -> bool:
    """`σ^2` in `ℓ(μ, σ^2) = …`: a parameter written as a power of a name."""
    return (isinstance(arg, sp.Pow) and isinstance(arg.base, sp.Symbol)
            and arg.exp.is_Integer and arg.exp > 1)


def parameters_of(args, body) -> tuple | None:
    """(the Lambda variables, its body) for `f(args) = body`: a parameter σ^2 becomes one
    variable named `sigma^2` (the reader reads that name back as σ^2) when the body uses σ
    only as σ^2; None when it uses σ otherwise (then only that call is defined)."""
    variables = []
    for arg in args:
        if power_parameter(arg):
            name = sp.Symbol(f"{arg.base.name}^{arg.exp}")
            body = body.subs(arg, name)
            if arg.base in body.free_symbols:
                return None
            arg = name
        variables.append(arg)
    return tuple(variables), body
