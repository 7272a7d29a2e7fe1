"""Derivatives of number-valued parts inside a vector expression, worked out before vectors
are drawn: d/dp (-y ln p) at p = σ(wᵀx + b) is -y/p there."""

from __future__ import annotations

import sympy as sp

from tutor.trees import nodes_of
from tutor.vectors import has_vectors


def scalar_derivatives_done(expr):
    """expr with each derivative in a number variable of a body free of vectors (perhaps taken
    at a point that holds some, as a Subs) replaced by its value; the rest as it was."""
    if not isinstance(expr, sp.Basic) or not expr.has(sp.Derivative):
        return expr
    done = {}
    for node in nodes_of(expr, sp.Subs):
        inner = node.expr
        if isinstance(inner, sp.Derivative) and _plain(inner):
            done[node] = sp.diff(inner.expr, *inner.variable_count).xreplace(
                dict(zip(node.variables, node.point, strict=True)))
    expr = expr.xreplace(done) if done else expr
    plain = {d: d.doit() for d in nodes_of(expr, sp.Derivative) if _plain(d)}
    return expr.xreplace(plain) if plain else expr


def _plain(d: sp.Derivative) -> bool:
    """A derivative of a body without vectors in commuting number variables."""
    return not has_vectors(d.expr) and all(
        isinstance(v, sp.Symbol) and v.is_commutative for v in d.variables) and all(
        s.is_commutative for s in d.expr.free_symbols)
