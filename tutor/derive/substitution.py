"""An integral after a substitution u = g(x) defined above (`∫ 2x(x²+1)³ dx = ∫ u³ du`): the
integral in u written back in x, ∫ F(g(x)) g'(x) dx, so the two sides can be compared."""

from __future__ import annotations

import sympy as sp

from tutor.trees import nodes_of


def back_in_x(a, b, values: dict):
    """(a, b) with each indefinite integral in a name u defined as an expression in the one
    variable x of the other side's indefinite integrals written as an integral in x; None when
    there is no such pair."""
    variables = {side: {i.limits[0][0] for i in nodes_of(side, sp.Integral)
                        if len(i.limits) == 1 and len(i.limits[0]) == 1} for side in (a, b)}
    both = variables[a] | variables[b]
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
