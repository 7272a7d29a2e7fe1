"""A derivative in an entry a_j of an expression that holds the family a in sums, taken at once."""

from __future__ import annotations

import sympy as sp

from tutor.indices import entry, split_name
from tutor.names import symbol
from tutor.trees import nodes_of


def taken_in_entries(d: sp.Derivative):
    """∂/∂a_j of an expression holding a only as a[k] inside sums over k (½Σ_k (y_k - a[k])²),
    taken by the chain rule through the sums: each sum's term at k = j (the index written is
    taken to lie in the sum's range, as the judge takes it), entries outside sums named as
    read (y[j] is y_j). None when the derivative is not of that shape (a_1 beside a_j, a sum
    in a sum, another entry of a inside a sum)."""
    if len(d.variable_count) != 1 or d.variable_count[0][1] != 1:
        return None
    v = d.variables[0]
    split = split_name(v) if isinstance(v, sp.Symbol) else None
    if split is None:
        return None
    base, parts = split
    expr = d.expr
    sums = [s for s in nodes_of(expr, sp.Sum) if _holds(s, base)]
    if _others_outside(expr, sums, base, v):
        return None
    placed = {s: sp.Dummy() for s in sums}
    outer = expr.xreplace(placed)   # F(S_1, …, a_j): dF/da_j = ∂F/∂a_j + Σ ∂F/∂S_i dS_i/da_j
    total = sp.diff(outer, v)
    for s in sums:
        derivative = _sum_derivative(s, base, parts)
        if derivative is None:
            return None
        total += sp.diff(outer, placed[s]) * derivative
    done = total.xreplace({p: t for t, p in placed.items()})
    return _entries_named(done, v, base, parts)


def _holds(expr, base: str) -> bool:
    return any(str(x.base.label) == base for x in nodes_of(expr, sp.Indexed))


def _others_outside(expr, sums: list, base: str, v) -> bool:
    """Whether expr names another entry of the family outside its sums (a_1 beside a_j: they
    may be one), or holds a sum of the family inside another."""
    if any(t is not s and t.has(s) for s in sums for t in sums):
        return True
    outside = expr.xreplace({s: sp.Dummy() for s in sums})
    if _holds(outside, base):
        return True
    return any(s != v and (split := split_name(s)) is not None and split[0] == base
               for s in outside.free_symbols if isinstance(s, sp.Symbol))


def _sum_derivative(total: sp.Sum, base: str, parts: list):
    """d/da_j of Σ_k f(a[k], …) whose only entry of a is a at (parts, with k in one place):
    f'(a[j]) at k = j; None for any other shape."""
    if len(total.limits) != 1:
        return None
    k = total.limits[0][0]
    items = {x for x in nodes_of(total.function, sp.Indexed) if str(x.base.label) == base}
    if len(items) != 1:
        return None
    item = items.pop()
    indices = list(item.indices)
    if len(indices) != len(parts) or indices.count(k) != 1:
        return None
    at = indices.index(k)
    if any(i != p for n, (i, p) in enumerate(zip(indices, parts, strict=True)) if n != at) or \
            total.function.has(sp.Sum):
        return None
    u = sp.Dummy()
    inner = sp.diff(total.function.xreplace({item: u}), u).xreplace({u: item})
    return inner.xreplace({k: parts[at]})


def _entries_named(expr, v, base: str, parts: list):
    """expr with its entries outside any sum named as read (a[j] is the variable a_j, y[j] is
    y_j); None when one has no such name."""
    bound = {x for t in nodes_of(expr, sp.Sum, sp.Product) for x in nodes_of(t, sp.Indexed)}
    names = {}
    for x in nodes_of(expr, sp.Indexed) - bound:
        if x == entry(base, parts):
            names[x] = v
        elif len(x.indices) == 1 and isinstance(x.indices[0], sp.Symbol):
            names[x] = symbol(f"{x.base}_{x.indices[0]}")
        else:
            return None
    return expr.xreplace(names)
