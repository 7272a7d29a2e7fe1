"""A derivative of a quantity the definitions above do not tie to the variable: no verdict."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.defined_values import through_nodes
from tutor.derive.diagnosis import show
from tutor.derive.formulas import formulas_in_force
from tutor.derive.messages import VECTOR_IN_BODY
from tutor.indices import split_name
from tutor.trees import nodes_of


def lost_dependency(ctx, expr) -> str | None:
    """∂L/∂w of an L defined above in names that, by the definitions, do not hold w (ŷ =
    σ(z) defined, z = wx + b said after ŷ): a link the walk has not got, so a derivative of
    0 is no verdict. The reason, or None."""
    in_force = formulas_in_force(ctx.values, ctx.formulas, ctx.stale)
    made_of = {**ctx.values, **in_force}
    for d in nodes_of(expr, sp.Derivative):
        if not isinstance(d.expr, AppliedUndef) or _own_variables(d, ctx.functions):
            continue  # f(x) = 5 defined as a function: f'(x) = 0
        number = ctx.values.get(sp.Symbol(d.expr.func.__name__))
        if isinstance(number, sp.Basic) and not number.free_symbols and sp.Symbol(
                d.expr.func.__name__) not in in_force:  # a = tanh(1) ≈ 0.76
            return (f"{d.expr.func.__name__} is a number here ({show(number)}, its value at "
                    f"a point): how it depends on {show(d.variables[0])} is not written")
        saved = ctx.values  # z = 1 given is a point, not what z is made of (z = wx)
        ctx.values = {**{k: v for k, v in saved.items() if getattr(
            v, "free_symbols", 1)}, **in_force}  # z = wx + b = 0.6: what z is made of
        try:
            written = ctx.expand(d)
        finally:
            ctx.values = saved
        name = d.expr.func.__name__
        if isinstance(written, sp.Subs):  # at the values given: θ_1 = 1
            written = written.expr
        if isinstance(written, sp.Derivative):
            variables, body = written.variables, written.expr
        elif written.is_number and sp.Symbol(name) in ctx.values:  # taken: 0
            variables, body = d.variables, ctx.expand(sp.Symbol(name))
        else:
            continue
        if _graph_node(ctx.values.get(sp.Symbol(name)), made_of, d.variables):
            continue  # f = (x + y)z with q = x + y: f is qz, ∂f/∂q = z
        if _as_vector(variables, body):  # ∂L/∂w with z = wᵀx + b: w a vector in the body
            return f"{show(variables[0])} is a vector in {name} ({VECTOR_IN_BODY})"
        if not (_families(variables) & _families(body.atoms())) or _other_entries(
                variables, body):  # a_2 in L, ∂L/∂a_1: another entry, not a_1
            return (f"{name} does not hold {show(variables[0])} by the definitions above: "
                    "how it depends on it is not written as one")
    return None


def _own_variables(d, functions: dict) -> bool:
    """Whether the derivative d is of a defined function in its own arguments."""
    return d.expr.func.__name__ in functions and set(d.variables) <= set(d.expr.args)


def _graph_node(written, values: dict, variables) -> bool:
    """Whether `written` (what f is defined as) holds the definition of the one variable q as
    written: q is a node of f's computational graph (tutor.derive.defined_values)."""
    return isinstance(written, sp.Expr) and len(variables) == 1 and through_nodes(
        written, values, set(variables)).has(*variables)


def _as_vector(variables, body) -> bool:
    """Whether the body holds a variable's name as another symbol (w of wᵀx, not commutative):
    differentiating in the plain w would take that one for a constant."""
    names = {v.name for v in variables if isinstance(v, sp.Symbol)}
    return any(s.name in names and s not in variables for s in body.atoms(sp.Symbol))


def _families(items) -> set[str]:
    """Names and the families of entries (z_i, z[j] are both of z) among `items`."""
    found = set()
    for x in items:
        if isinstance(x, sp.Indexed):
            found.add(str(x.base))
        elif isinstance(x, sp.Symbol):
            entry = split_name(x)  # z_i is an entry of z (tutor.indices)
            found |= {x.name, entry[0]} if entry else {x.name}
    return found


def _other_entries(variables, body) -> bool:
    """Whether every variable is an entry numbered outright (a_1) and the body holds of its
    family only other numbered entries (a_2), no entry with a letter index (a_i, a[j])."""
    for v in variables:
        split = split_name(v) if isinstance(v, sp.Symbol) else None
        if split is None or not all(p.is_Integer for p in split[1]) or v in body.free_symbols:
            return False
        for x in body.atoms(sp.Symbol, sp.Indexed):
            mine = split_name(x) if isinstance(x, sp.Symbol) else (str(x.base), list(x.indices))
            if mine and mine[0] == split[0] and not all(
                    getattr(p, "is_Integer", False) for p in mine[1]):
                return False
    return True
