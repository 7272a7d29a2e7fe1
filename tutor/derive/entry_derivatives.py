"""A derivative in an entry of a family (∂L/∂z_1 of L = -Σ_k y_k ln p_k, p_k in z_k): in z[1]."""

from __future__ import annotations

import sympy as sp

from tutor.indices import entry, split_name
from tutor.trees import nodes_of


def in_entries(expr):
    """`expr` with each derivative taken in a name like z_1, where what is differentiated
    holds entries z[k] of the family z, taken in the entry z[1] instead (in the name, the
    sum over k would not hold it and the derivative would be 0)."""
    if not (isinstance(expr, sp.Basic) and expr.has(sp.Derivative) and expr.has(sp.Indexed)):
        return expr

    def in_a_name(d) -> bool:
        return isinstance(d, sp.Derivative) and bool(_entries_named(d))

    def in_the_entry(d):
        named = _entries_named(d)
        body = d.expr.xreplace(named)
        return sp.Derivative(body, *[(named.get(v, v), n) for v, n in d.variable_count])

    return expr.replace(in_a_name, in_the_entry)


def _entries_named(d: sp.Derivative) -> dict:
    """{z_1: z[1]} for the variables of `d` that name an entry (a whole-number index) of a
    family whose entries `d` differentiates."""
    bases = {str(x.base.label) for x in nodes_of(d.expr, sp.Indexed)}
    found = {}
    for v in d.variables:
        split = split_name(v)
        if split is None or split[0] not in bases:
            continue
        base, parts = split
        if all(isinstance(p, sp.Integer) for p in parts):
            found[v] = entry(base, parts)
    return found
