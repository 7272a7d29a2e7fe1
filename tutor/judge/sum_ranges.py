"""Σ_i written without bounds beside sums running to several different bounds: which one?"""

from __future__ import annotations

import sympy as sp

from tutor.trees import nodes_of

UNBOUNDED = "n_max"   # the upper bound the reader gives a sum written without one
SEVERAL_BOUNDS = ("a sum written without bounds beside sums with bounds: its range decides "
                  "(write it)")


def several_bounds(a, b) -> bool:
    """A sum without bounds beside sums and products running to two or more named bounds:
    each may run to its own one (one bound is read by `index_cases.one_range`)."""
    if not any(s.name == UNBOUNDED for s in a.free_symbols | b.free_symbols):
        return False
    highs = {high for expr in (a, b) for op in nodes_of(expr, sp.Sum, sp.Product)
             for _, _, high in op.limits
             if isinstance(high, sp.Symbol) and high.name != UNBOUNDED}
    return len(highs) > 1


TERMS_OUT = ("a sum written without bounds against terms written out: how many terms it has is "
             "not written (write its bounds)")


def unbounded_against_terms(a, b) -> bool:
    """One side sums over the values of a variable, without bounds (Σ_{n_i} over the n_i the
    prose lists: the index is a subscripted name), the other holds no sum or product at all:
    the count of terms decides, and it is not written."""
    over_values = [any(high.name == UNBOUNDED and "_" in index.name
                       for big in nodes_of(e, sp.Sum, sp.Product)
                       for index, _, high in big.limits if isinstance(high, sp.Symbol))
                   for e in (a, b)]
    return over_values[0] != over_values[1] and not (a if over_values[1] else b).has(
        sp.Sum, sp.Product)
