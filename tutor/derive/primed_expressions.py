"""`f'(x^n) = \\lim_{h→0} \\frac{(x+h)^n - x^n}{h}`: a prime on a call of an expression, read as f'
at that expression, may be meant as the derivative of the expression (f(x) = xⁿ above)."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.diagnosis import show
from tutor.derive.other_readings import status_as_read
from tutor.model import StepResult


def on_a_primed_expression(ctx, last: StepResult, a, b) -> None:
    """`last` (the step a → b, an error) made unchecked when it holds with each f'(u), u an
    expression in one variable, read as the derivative of u in that variable."""
    if last.verdict != "error":
        return
    primed = {p: _derivative_of_argument(p) for side in (a, b) for p in side.atoms(sp.Subs)}
    primed = {p: d for p, d in primed.items() if d is not None}
    if not primed:
        return
    if status_as_read(ctx, lambda x: ctx.expand(x.xreplace(primed)).doit(), a, b) == "equal":
        call, _ = next(iter(primed.items()))
        argument = show(call.point[0])
        last.not_sure(f"right if the prime means the derivative of {argument} (not "
                      f"{call.expr.expr.func.__name__}' at {argument})")


def _derivative_of_argument(subs):
    """d/dx u for f'(u) (a Subs of a first derivative of a call at u, u in one variable x)."""
    inner = subs.expr
    if not (isinstance(inner, sp.Derivative) and isinstance(inner.expr, AppliedUndef)
            and len(subs.point) == 1 and inner.derivative_count == 1):
        return None
    point = subs.point[0]
    if point.is_Symbol or len(point.free_symbols) < 1:
        return None
    variables = [s for s in point.free_symbols if s.name in ("x", "t", "u")]
    return sp.Derivative(point, variables[0]) if len(variables) == 1 else None
