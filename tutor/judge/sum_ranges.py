"""Σ_i written without bounds beside Σ_{i=1}^{n}: the unbounded sum is read to run to n too."""

from __future__ import annotations

import sympy as sp

UNBOUNDED = "n_max"   # the upper bound the reader gives a sum written without one


def readings_of_unbounded_sums(a, b) -> list[dict]:
    """[{n_max: n}, …]: each named bound n that the sums and products of `a` and `b` written
    with bounds run to (from 1), for a sum written without them; empty when there is no such
    sum, or a bounded one starts elsewhere or ends at an expression."""
    unbounded = {s for s in a.free_symbols | b.free_symbols if s.name == UNBOUNDED}
    if len(unbounded) != 1:
        return []
    name = unbounded.pop()
    highs = set()
    for expr in (a, b):
        for op in expr.atoms(sp.Sum, sp.Product):
            for _, low, high in op.limits:
                if name in high.free_symbols:
                    continue
                if low != 1 or not isinstance(high, sp.Symbol):
                    return []
                highs.add(high)
    return [{name: high} for high in sorted(highs, key=str)]


def bounds_method(bounds: dict, method: str) -> str:
    """The method of a verdict reached with the unbounded sums read to run to n."""
    (_, high), = bounds.items()
    return f"{method}, reading a sum without bounds as running from 1 to {high}"
