"""A derivative found wrong only because a name nowhere defined was read as a constant:
`∂/∂a₀ e^{a₀}/u = (e^{a₀}u − e^{a₀}e^{a₀})/u²` is the quotient rule with u a function of a₀
(the prose defines u as a sum of exponentials, in words the notes do not give as math)."""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, attempt
from tutor.derive.diagnosis import show
from tutor.judge.equivalence import compare
from tutor.model import StepResult
from tutor.names import opaque_function
from tutor.trees import nodes_of

LOOK_SECONDS = 0.5


def on_a_dependent_name(ctx, last: StepResult, a, b, apart: str = "") -> None:
    """`last` (the step a → b) made unchecked when it is wrong with an undefined name u held
    constant, yet holds for a u that depends on the variable of a's derivative with a slope
    free of u, and the claim's shape in u is not the constant reading's (u² below, not u).
    `apart`: an index the prose sets apart (`i≠0`), so ∂a_i/∂a_0 is 0 there."""
    if last.verdict != "error":
        return
    try:
        with attempt(LOOK_SECONDS):
            a = ctx.expand(a)
            said = _dependence(ctx, a, _as_entries(ctx.expand(b), a), apart)
    except (AttemptTimedOut, TypeError, ValueError, NotImplementedError, ZeroDivisionError):
        return
    if said:
        last.not_sure(said)


def _dependence(ctx, a, b, apart: str) -> str | None:
    for d in nodes_of(a, sp.Derivative):
        if len(d.variables) != 1 or not isinstance(d.variables[0], sp.Symbol | sp.Indexed):
            continue
        variable = d.variables[0]
        indices = {i for n in nodes_of(a, sp.Indexed) for i in (*n.indices, n.base.label)}
        names = [s for s in d.expr.free_symbols if isinstance(s, sp.Symbol) and s != variable
                 and s not in indices and s not in ctx.values and s.name not in ctx.functions]
        if len(names) == 1:
            slope, met = _slope_that_holds(a, b, d, names[0], apart)
            if slope is not None:
                where = f"for {' and '.join(met)}, " if met else ""
                return (f"{show(names[0])} is not defined here: read as a constant, this is "
                        f"wrong; {where}it holds if {show(names[0])} depends on "
                        f"{show(variable)}, with derivative {show(slope)}")
    return None


def _as_entries(b, a):
    """b with a_i, a_0 written as the entries a[i], a[0] that a holds them as."""
    entries = {f"{n.base.label}_{n.indices[0]}": n for n in nodes_of(a, sp.Indexed)
               if len(n.indices) == 1}
    return b.xreplace({s: entries[s.name] for s in b.free_symbols if s.name in entries})


def _slope_that_holds(a, b, derivative, name, apart: str) -> tuple:
    """The derivative of `name` in the variable that makes a = b once `name` depends on it,
    when one exists free of `name`, written in the expression or the claim, and the claim is
    not the constant reading up to a number;
    with the cases of indices set apart (`i ≠ 0`) it needed. (None, []) when there is none."""
    variable = derivative.variables[0]
    function, slope = opaque_function(name.name)(variable), sp.Dummy("slope")
    moved = derivative.expr.xreplace({name: function}).diff(variable)
    moved = moved.subs(sp.Derivative(function, variable), slope).xreplace({function: name})
    deltas = {k: sp.S.Zero for k in nodes_of(moved, sp.KroneckerDelta)
              if apart and any(str(x) == apart for x in k.args)}
    whole = a.xreplace({derivative: moved.xreplace(deltas)}) - b
    coefficient = sp.diff(whole, slope)
    if coefficient == 0 or coefficient.has(slope):
        return None, []
    value = sp.cancel(-whole.subs(slope, 0) / coefficient)
    constant = a.xreplace({derivative: derivative.doit()})
    if value.is_number or not _written_in(value, derivative.expr, b) or _free_of(
            value, name) is not True or _free_of(constant / b, name) is True:
        return None, []
    return value, [" ≠ ".join(sorted((show(x) for x in k.args), key=lambda t: t != apart))
                   for k in deltas]


def _written_in(slope, *exprs) -> bool:
    """Whether the slope is, up to a number, a part written in what is differentiated or in
    the claim (e^{a₀} in e^{a₀}/u, u a sum holding it); a slope from nowhere (-1/y² for
    2y + xy e^{xy}) is a slip's, not a dependence the writer had in mind."""
    factor, rest = slope.as_coeff_Mul()
    return factor != 0 and any(rest == node for expr in exprs
                               for node in sp.preorder_traversal(expr))


def _free_of(expr, name) -> bool | None:
    """Whether expr does not change with `name` (None: not settled)."""
    status = compare(sp.diff(expr, name), sp.S.Zero, budget=0.2).status
    return {"equal": True, "not_equal": False}.get(status)
