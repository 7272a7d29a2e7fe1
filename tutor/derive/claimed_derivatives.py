"""Derivatives given a number on a line above (`∂L/∂z = ŷ - y = -0.4905`): that number where the
same derivative is used again in the section (`∂L/∂w_2 = ∂L/∂z · h = -0.4905 × 0.4621`); so for
a name whose formula holds names given no value (`z_1 = w_1 x_1 + b_1`, then `z_1 = 0.15 · 0.05
+ 0.3 = 0.3075` with the weights said in prose): `h_1 = σ(z_1) = 1/(1 + e^{-0.3075})`."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef

_SAID = ("=", "~=")  # the links of a chain that gives a derivative its value


def note_claimed(ctx, chains: list) -> None:
    """Note the number each chain of a line gives a derivative of a function not defined here
    (the backward pass of a network worked at an example's numbers); a derivative given
    again without a number loses the one noted."""
    claimed = ctx.claimed
    for chain in chains:
        head = chain.parts[0].expr if chain.links else None
        if not (_undefined_derivative(head, ctx) or _open_formula(head, ctx)) or any(
                k.op not in _SAID for k in chain.links):
            continue
        numbers = [p.expr for p in chain.parts[1:] if _a_number(p.expr)]
        key = ctx.expand(head)
        if numbers:
            claimed[key] = (ctx.section, numbers[-1])
        else:
            claimed.pop(key, None)


def with_claimed(lhs, rhs, ctx) -> tuple:
    """(lhs, rhs) with the derivatives given a number above, in this section, put in as that
    number; and whether any was."""
    claimed = {d: value for d, (section, value) in ctx.claimed.items()
               if section == ctx.section}
    if not claimed or not any(side.has(*claimed) for side in (lhs, rhs)):
        return lhs, rhs, False
    left, right = (_put_in(side, claimed) for side in (lhs, rhs))
    return left, right, (left, right) != (lhs, rhs)


def _put_in(expr, claimed: dict):
    """`expr` with the claimed values put in, never for an index or variable a sum, product or
    integral in it runs over (j = 0 said above is no bound of Σ_{j=0})."""
    bound = {lim[0] for node in expr.atoms(sp.Sum, sp.Product, sp.Integral) for lim in node.limits}
    return expr.xreplace({d: v for d, v in claimed.items() if d not in bound})


def _undefined_derivative(expr, ctx) -> bool:
    """∂L/∂z of a function L that no definition above gives, or that is a number here (its
    value at the example's point, `L = -ln(0.5095)`): else the derivative is worked out."""
    if not (isinstance(expr, sp.Derivative) and isinstance(expr.expr, AppliedUndef)):
        return False
    name = expr.expr.func.__name__
    value = ctx.values.get(sp.Symbol(name))
    return name not in ctx.functions and (value is None or _a_number(value))


def _open_formula(expr, ctx) -> bool:
    """A name defined above by a formula that holds a name with no value (z_1 = w_1 x_1 + b_1,
    the weights said only in prose): the number a chain gives it is the writer's value."""
    if not isinstance(expr, sp.Symbol) or expr.name in ctx.functions:
        return False
    value = ctx.values.get(expr)
    return isinstance(value, sp.Expr) and bool(value.free_symbols - set(ctx.values))


def _a_number(expr) -> bool:
    return isinstance(expr, sp.Expr) and not expr.free_symbols and expr.is_number \
        and expr.is_finite is not False and not expr.has(sp.Derivative, sp.Integral, sp.Limit)
