"""An integral after a substitution u = g(x) defined above (`∫ 2x(x²+1)³ dx = ∫ u³ du`): the
integral in u written back in x, ∫ F(g(x)) g'(x) dx, so the two sides can be compared."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis import show
from tutor.trees import nodes_of


def back_in_x(a, b, values: dict):
    """(a, b) with each indefinite integral in a name u defined as an expression in the one
    variable x of the other side's indefinite integrals (or of the other side, an antiderivative
    in x with no integral) written as an integral in x; None when there is no such pair."""
    variables = {side: {i.limits[0][0] for i in nodes_of(side, sp.Integral)
                        if len(i.limits) == 1 and len(i.limits[0]) == 1} for side in (a, b)}
    both = variables[a] | variables[b]
    if len(both) == 1 and not (variables[a] and variables[b]):  # ∫ cos u du = sin(x²) + C
        (u,) = both
        plain = b if variables[a] else a  # the side with no integral: in x, never in u
        body = values.get(u)
        if not isinstance(body, sp.Expr) or len(body.free_symbols) != 1 or u in \
                plain.free_symbols or not body.free_symbols <= plain.free_symbols:
            return None
        both = both | body.free_symbols
    if len(both) != 2:
        return None
    for u in both:
        body = values.get(u)
        others = both - {u}
        if isinstance(body, sp.Expr) and body.free_symbols == others:
            x = others.pop()
            slope = sp.diff(body, x)

            def in_x(integral, u=u, body=body, slope=slope, x=x):
                return sp.Integral(integral.function.xreplace({u: body}) * slope, x)

            def over_u(e, u=u) -> bool:
                return isinstance(e, sp.Integral) and e.limits == ((u,),)

            return a.replace(over_u, in_x), b.replace(over_u, in_x)
    return None


def wrong_back_in_x(a, b, values: dict, stale: set, compare) -> tuple[str, str] | None:
    """(message, method) when one side is an indefinite integral in u, defined above as an
    expression in x (and not under an earlier heading), the other an antiderivative in x, and
    the integral written back in x differs from it (`∫ u⁴ du = (x³+1)⁵/4 + C` with u = x³ + 1);
    None otherwise. `compare` decides (a witness, confirmed, or nothing)."""
    integrals = [i for side in (a, b) for i in nodes_of(side, sp.Integral)]
    if not integrals or (a.has(sp.Integral) and b.has(sp.Integral)):
        return None
    u = integrals[0].limits[0][0]
    if u in stale or not isinstance(values.get(u), sp.Expr) or any(
            i.free_symbols - {u} for i in integrals):  # ∫ x u du: x no constant of u's integral
        return None
    back = back_in_x(a, b, values)
    if back is None:
        return None
    verdict = compare(*back)
    if verdict.status != "not_equal":
        return None
    return (f"not equal to the previous expression once {show(u)} = {show(values[u])} is put "
            "back",
            verdict.method)
