"""`y = f(x) = x^3 - 1/x`: a name and a function defined by one expression at once."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.diagnosis import show


def function_named_too(walker, ln, chain) -> bool:
    """`y = f(x) = x^3 - 1/x` with f not defined yet: f(x) is defined by the expression
    as well (and y is that expression); False for anything else."""
    parts, links = chain.parts, chain.links
    call = parts[1].expr
    if not (len(parts) > 2 and links[1].op == "=" and isinstance(call, AppliedUndef)
            and isinstance(parts[0].expr, sp.Symbol)
            and _undefined(walker.ctx.functions.get(call.func.__name__))
            and all(isinstance(a, sp.Symbol) for a in call.args)
            and len(set(call.args)) == len(call.args)
            and parts[2].expr.free_symbols & set(call.args)  # in x, with constants beside:
            and parts[0].expr not in parts[2].expr.free_symbols):  # x_2 = g_3(x_3) = x_3 + c_2
        return False
    walker._define(call, parts[2].expr)
    walker._define(parts[0].expr, parts[2].expr)
    walker.results.append(walker._result(ln, parts[2], "unchecked", f"definition of "
                                     f"{show(call)} (not a claim: nothing to check)",
                                     method="definition"))
    return True


def _undefined(body) -> bool:
    """No definition, or only the placeholder a definition read ahead leaves (f(x) ↦ f(x))."""
    return body is None or (isinstance(body, sp.Lambda) and isinstance(body.expr, AppliedUndef)
                            and tuple(body.expr.args) == tuple(body.variables))


def value_named_too(walker, ln, chain) -> bool:
    """`\\hat y_i = \\frac{e^{z_i}}{\\sum_c e^{z_c}} = p_i` with p_i a name never seen: p_i
    names the same value (a second definition, nothing to check); False for anything else."""
    parts, links = chain.parts, chain.links
    name = parts[-1].expr if len(parts) == 3 else None
    if not (isinstance(name, sp.Symbol) and links[1].op == "=" and isinstance(
            parts[0].expr, sp.Symbol) and not isinstance(parts[1].expr, sp.Symbol)
            and name.name not in walker.ctx.seen and name not in walker.ctx.values
            and name not in parts[1].expr.free_symbols and parts[1].expr.free_symbols):
        return False
    walker._define(parts[0].expr, parts[1].expr)
    walker._define(name, parts[1].expr)
    walker.results.append(walker._result(ln, parts[2], "unchecked", f"definition of "
                                     f"{show(name)} (a second name for the same value: "
                                     "nothing to check)", method="definition"))
    return True
