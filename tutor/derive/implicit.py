"""Implicit differentiation: `2x + 2y y' = 0`, then `y' = -x/y` is solving for y' as an unknown."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.judge.equivalence import Equation, compare
from tutor.names import PRIME, symbol

PRIMES = "ʹ'"  # the prime of y' as read (tutor.names.PRIME) or as typed


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
    after it start (ok when it differentiates the curve right above, else unchecked); an
    equation after it with the same derivatives is solved from it (same solutions, y' an
    unknown). The walk state after it."""
    parts = chain.parts
    eq = Equation(walker.ctx.expand(parts[0].expr), walker.ctx.expand(parts[1].expr))
    old = state.prev_eq if state.prev_eq is not None else state.carried  # a bullet above
    if old is not None and implicit_equation(old) and _derivatives(eq) <= _derivatives(old):
        walker._equation_step(ln, old, eq, parts[1])
    elif len(parts) == 2 and differentiated_curve(walker, ln, parts, eq, state) is not None:
        return replace(state, prev=parts[-1], prev_eq=eq)  # 3x² + 3y² dy/dx = … below the curve
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


def implicit_slope_variable(curve: Equation, eq: Equation, assumptions,
                            budget) -> tuple[str, str] | None:
    """(x, y) when `eq` differentiates the curve `curve` (an equation in x and y, no
    derivative) in x, y standing for y(x): `2x + 2y y' = 0` below `x² + y² = 25`. Both are
    solved for the derivative (y' or dy/dx, linear in it) and the slopes compared; None when
    they are not shown equal or the equations are not of that kind (nothing is claimed)."""
    names = curve.lhs.free_symbols | curve.rhs.free_symbols
    if len(names) != 2 or _derivatives(curve) or curve.lhs.has(sp.Derivative) \
            or curve.rhs.has(sp.Derivative):
        return None
    found = _slope_unknown(eq, names)
    if found is None:
        return None
    unknown, y, x = found
    slope = sp.Dummy("slope")
    claimed = (eq.lhs - eq.rhs).xreplace({unknown: slope})
    claimed = claimed.xreplace({c: y for c in claimed.atoms(AppliedUndef)
                                if c.func.__name__ == y.name and c.args == (x,)})
    if not claimed.free_symbols <= {x, y, slope}:
        return None
    function = sp.Function("implicit_" + y.name)(x)
    derivative = sp.diff((curve.lhs - curve.rhs).xreplace({y: function}), x)
    derivative = derivative.xreplace({sp.Derivative(function, x): slope}).xreplace({function: y})
    slopes = [_solved_linear(side, slope) for side in (claimed, derivative)]
    if None in slopes:
        return None
    verdict = compare(slopes[0], slopes[1], assumptions, budget=budget)
    return (x.name, y.name) if verdict.status == "equal" else None


def differentiated_curve(walker, ln, parts, eq: Equation, state):
    """`2x + 2y y' = 0` (or with dy/dx) right below the curve `x² + y² = 25` it differentiates:
    ok, and the lines after it are solved from it; the walk state after it, or None when it
    is not shown to differentiate the equation above (it is then read as before)."""
    curve = state.prev_eq if state.prev_eq is not None else state.carried
    if curve is None or len(parts) != 2:
        return None
    names = implicit_slope_variable(curve, eq, walker.ctx.assumptions, walker.budget)
    if names is None:
        return None
    x, y = names
    walker.results.append(walker._result(
        ln, parts[1], "ok", f"differentiates the equation above in {x} ({y} a function of {x}: "
        "implicit differentiation)", method="implicit differentiation"))
    walker._see(parts)
    return replace(state, prev=parts[-1], prev_eq=eq)


def _slope_unknown(eq: Equation, names: set) -> tuple | None:
    """(the derivative as written, y, x): one y' (a primed name) or dy/dx of an unknown y(x)
    in `eq`, y and x the two names of the curve."""
    derivatives = [d for d in _derivatives(eq) if d.expr.func.__name__ in {n.name for n in names}
                   and len(d.variables) == 1 and d.variables[0] in names]
    primes = [s for side in (eq.lhs, eq.rhs) for s in side.free_symbols
              if s.name[-1:] in PRIMES and s.name[:-1] in {n.name for n in names}]
    if len(set(derivatives)) + len(set(primes)) != 1:
        return None
    if derivatives:
        unknown = derivatives[0]
        x = unknown.variables[0]
        (y,) = [n for n in names if n.name == unknown.expr.func.__name__]
    else:
        unknown = primes[0]
        (y,) = [n for n in names if n.name == unknown.name[:-1]]
        x = next(iter(names - {y}))
    return (unknown, y, x) if x != y else None


def _solved_linear(expr, unknown):
    """The value of `unknown` that makes `expr` zero, `expr` linear in it; None otherwise."""
    slope_factor = sp.diff(expr, unknown)
    if slope_factor.has(unknown) or slope_factor == 0:
        return None
    return -expr.xreplace({unknown: 0}) / slope_factor
