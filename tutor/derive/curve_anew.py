"""A name given by a formula above, then a curve in it differentiated implicitly: of the curve."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.context import has_calculus, is_equation
from tutor.derive.implicit import implicit_equation
from tutor.judge.equivalence import Equation


def note_curve(walker, raw: Equation, expanded: Equation) -> None:
    """An equation taken as given (`x^3 + y^3 = 6xy`, `xy^3 + y^3 = 5`) in a name that has a
    formula above it does not hold for (y = sec²(tan x), or y = f(x) of a generic sentence):
    kept as the curve a line of implicit differentiation after it may go on from."""
    values = walker.ctx.values
    names = {s.name for side in (raw.lhs, raw.rhs) for s in side.free_symbols
             if getattr(values.get(s), "free_symbols", None)}
    if names and not (has_calculus(raw.lhs) or has_calculus(raw.rhs)):
        walker.curve_above = (names, raw, expanded)


def curve_anew(walker, chains: list, state):
    """`3x^2 + 3y^2 y' = 6y + 6x y'` below the curve noted above: y' of y(x) beside y says y
    is a function of x the curve defines, so the formula y had above is not y here. It is
    dropped (y is the curve's from here) and the curve is read again without it; `state` then
    goes on from the curve so read. Else `state` as it is."""
    noted = getattr(walker, "curve_above", None)
    if noted is None:
        return state
    names, raw, expanded = noted
    differentiated = set()
    for chain in chains:
        if is_equation(chain) and implicit_equation(Equation(chain.parts[0].expr,
                                                             chain.parts[-1].expr)):
            differentiated |= {d.expr.func.__name__ for p in chain.parts
                               for d in p.expr.atoms(sp.Derivative)
                               if isinstance(d.expr, AppliedUndef)}
    if not names & differentiated:
        return state
    ctx = walker.ctx
    for name in list(ctx.values):
        if getattr(name, "name", None) in names & differentiated:
            ctx.values.pop(name)
            ctx.stale.discard(name)
    walker.curve_above = None
    curve = Equation(ctx.expand(raw.lhs), ctx.expand(raw.rhs))
    return replace(state, prev_eq=curve if state.prev_eq is expanded else state.prev_eq,
                   carried=curve if state.carried is expanded else state.carried)
