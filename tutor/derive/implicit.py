"""Implicit differentiation: `2x + 2y y' = 0`, then `y' = -x/y` is solving for y' as an unknown."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.judge.equivalence import Equation
from tutor.names import PRIME, symbol


def derivatives_as_unknowns(old: Equation, new: Equation) -> tuple[Equation, Equation]:
    """Both equations with dy/dx of an unknown y(x) as one unknown name and y(x) as the name
    y, when a derivative of an unknown function stands in both: the step then solves for it
    (an algebraic step, valid whatever y is); else the equations as they are."""
    sides = (old.lhs, old.rhs, new.lhs, new.rhs)
    found = [{d for d in side.atoms(sp.Derivative) if isinstance(d.expr, AppliedUndef)}
             for side in sides]
    if not ((found[0] | found[1]) and (found[2] | found[3])):
        return old, new
    names = {}
    for d in set().union(*found):
        call = d.expr
        variables = "".join(v.name for v in d.variables)
        names[d] = symbol(f"{call.func.__name__}_d{variables}")
    swap = [side.xreplace(names) for side in sides]
    calls = {c: symbol(c.func.__name__) for side in swap for c in side.atoms(AppliedUndef)
             if all(isinstance(a, sp.Symbol) for a in c.args)}  # y(x) beside y: one y
    swap = [side.xreplace(calls) for side in swap]
    return Equation(swap[0], swap[1]), Equation(swap[2], swap[3])


def _derivatives(eq: Equation) -> set:
    return {d for side in (eq.lhs, eq.rhs) for d in side.atoms(sp.Derivative)
            if isinstance(d.expr, AppliedUndef)}


def implicit_equation(eq: Equation) -> bool:
    """An equation of implicit differentiation: y' of an unknown y(x) beside y itself
    (`2x + 2y y' = 0`), not a derivative of an unknown alone (`∂L/∂w = (ŷ - y)x`)."""
    names = {d.expr.func.__name__ for d in _derivatives(eq)}
    plain = {s.name for side in (eq.lhs, eq.rhs) for s in side.free_symbols}
    return bool(names) and bool(names & plain)


def implicit_step(walker, ln, chain, state):
    """`2x + 2y y' = 0`: the first equation of implicit differentiation is where the lines
    after it start (unchecked: it differentiates an equation above, not checked here); an
    equation after it with the same derivatives is solved from it (same solutions, y' an
    unknown). The walk state after it."""
    from dataclasses import replace

    parts = chain.parts
    eq = Equation(walker.ctx.expand(parts[0].expr), walker.ctx.expand(parts[1].expr))
    old = state.prev_eq if state.prev_eq is not None else state.carried  # a bullet above
    if old is not None and implicit_equation(old) and _derivatives(eq) <= _derivatives(old):
        walker._equation_step(ln, old, eq, parts[1])
    else:
        walker.results.append(walker._result(
            ln, parts[1], "unchecked", "implicit differentiation: the lines after it are "
            "solved from it (the derivative is not checked here)", method="premise"))
    for k in range(1, len(chain.links)):
        walker._step(ln, parts[k], chain.links[k].op, parts[k + 1], state.errors,
                     label=chain.links[k].label)
    walker._see(parts)
    return replace(state, prev=parts[-1], prev_eq=eq)


def slope_defined(ctx, eq: Equation) -> None:
    """`dy/dx = -x^2/y^2` proved from the equation above: y' is that function of the point
    (x, y) from here: `\\left.\\frac{dy}{dx}\\right|_{(1,2)}` has a value (tutor.read.brackets)."""
    lhs = eq.lhs
    if not (isinstance(lhs, sp.Derivative) and isinstance(lhs.expr, AppliedUndef)
            and len(lhs.expr.args) == 1 and lhs.variable_count == ((lhs.expr.args[0], 1),)):
        return
    name = lhs.expr.func.__name__
    x, y = lhs.expr.args[0], symbol(name)
    slope = eq.rhs.xreplace({lhs.expr: y})
    if slope.has(sp.Derivative, AppliedUndef) or not slope.free_symbols <= {x, y}:
        return
    ctx.functions[name + PRIME] = sp.Lambda((x, y), slope)
