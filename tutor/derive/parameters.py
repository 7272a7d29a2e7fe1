"""Parameters of a defined function: names, or a power of a name (ℓ(μ, σ^2) = …)."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef


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


def note_signature(ctx, call) -> None:
    """`f(x, y) = …` read before the walk: f a function of the lines after it (its definition
    is made as it is walked), read in its variables; a definition in as many variables as f
    has (q(x_1, y_1) = … at a point) keeps f's own, one in more or fewer (f(x) above, f(x, y)
    here) reads the lines after it in the new ones (∇f in x, y)."""
    params, name = parameters_of(call.args, call), call.func.__name__
    known = ctx.functions.setdefault(name, sp.Lambda(*params))
    if len(ctx.read_as.get(name, known.variables)) != len(params[0]):
        ctx.read_as[name] = params[0]


def older_function_forgotten(ctx, name: str) -> None:
    """`L(μ, σ^2) = …` under this heading, one call defined (σ alone in its body): an L(θ)
    defined under an earlier heading is not the L meant here; one defined here stays (∂ℓ/∂μ)."""
    if ctx.functions.get(name) is not None and ctx.functions.get(name) is ctx.headed.get(name):
        ctx.functions.pop(name)


def signature_given_here(ctx, body, name: str) -> bool:
    """L(w, b) known only by its signature (note_signature above), its body given as a value
    of that call under this heading: no earlier definition (H(Y|a) = 0 under the heading
    before is one)."""
    given = [at for call, at in ctx.given_at.items()
             if isinstance(call, AppliedUndef) and call.func.__name__ == name]
    return isinstance(body.expr, AppliedUndef) and body.expr.func.__name__ == name and bool(
        given) and all(at == ctx.section for at in given)
