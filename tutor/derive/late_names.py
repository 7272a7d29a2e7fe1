"""A name used above with no definition, defined later (`with z = θ₀ + θ₁x`, `ŷ = a = wx + b`)."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.derive.diagnosis import show
from tutor.names import PLUS_MINUS, PRIME


def late_definition(walker, ln, chain) -> bool:
    """`With $z = \\theta_0 + \\theta_1 x$, …`: a name used above with no definition, now in
    other names, is defined from here (never y' of a y given: a claim); `Let ŷ = a = wx + b`
    names a new a too. False (nothing done) otherwise."""
    name, value = chain.parts[0].expr, chain.parts[-1].expr
    middle = [p.expr for p in chain.parts[1:-1]]
    if any(link.op != "=" for link in chain.links) or not _definable_late(
            walker.ctx, name, value, middle):
        return False
    ctx = walker.ctx
    ctx.values[name], _ = value, ctx.formulas.pop(name, None)  # not its old one
    ctx.values.update(dict.fromkeys(middle, value))
    ctx.stale.discard(name)
    ctx.functions.pop(name.name, None)  # L = -Σ y_k log p_k after L(w) of a section above
    walker.results.append(walker._result(ln, chain.parts[1], "unchecked", f"{show(name)} is "
                                         f"{show(value)} from here (a definition of a name "
                                         "used above: nothing to check)", method="definition"))
    return True


def names_late(walker, ln, chain, state):
    """`Let ŷ = a = wx + b`, ŷ used above: both names are wx + b from here; else None."""
    if len(chain.parts) > 2 and late_definition(walker, ln, chain):
        return replace(state, prev=None, prev_eq=None)
    return None


def _definable_late(ctx, name, value, middle: list) -> bool:
    """A name seen with no value in force, a formula in other names (no ±, no calculus), and
    names between them that are new (`ŷ = a = wx + b`)."""
    if not isinstance(name, sp.Symbol) or (name in ctx.values and name not in ctx.stale) \
            or name.name not in ctx.seen or name in value.free_symbols:
        return False
    if name.name[-1:] == PRIME and sp.Symbol(name.name.rstrip(PRIME)) in ctx.values:
        return False  # y' of a y given: a claim
    if not value.free_symbols or value.has(sp.Derivative, sp.Integral, sp.Limit, PLUS_MINUS):
        return False  # x = ±1: two roots
    return all(isinstance(m, sp.Symbol) and m not in ctx.values and m != name
               and m not in value.free_symbols for m in middle)
