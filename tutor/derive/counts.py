"""The names a text uses as counts (whole numbers from 1): a sum's bound, a sequence's index."""

from __future__ import annotations

import sympy as sp

from tutor.trees import nodes_of

SEQUENCE_INDICES = frozenset({"n", "m", "k", "N"})  # the index of a sequence a_n → L


def counted_names(expr) -> set:
    """The upper bound n of a sum or product from 0 or 1 (it counts the terms), and the n of a
    sequence's limit n → ∞ (n, m, k or N: an index, so |(3n+1)/(n+2) - 3| is 5/(n+2))."""
    bounds = {high for big in nodes_of(expr, sp.Sum, sp.Product) for _, low, high in big.limits
              if isinstance(high, sp.Symbol) and low in (0, 1)}
    return bounds | {lim.args[1] for lim in nodes_of(expr, sp.Limit)
                     if lim.args[2] is sp.oo and str(lim.args[1]) in SEQUENCE_INDICES}
