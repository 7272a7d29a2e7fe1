"""A derivative taken at a point made of vectors (d/dp ln p at p = σ(wᵀx + b)): the point put
behind one fresh number on both sides, so the scalar engine can compare them."""

from __future__ import annotations

import sympy as sp

from tutor.trees import nodes_of
from tutor.vectors import has_vectors


def points_as_numbers(a, b) -> tuple | None:
    """(a, b) with every point of a derivative's Subs that holds vectors replaced, wherever it
    stands on either side, by one fresh symbol; None when vectors are left after that (the
    point written another way on the other side) or there is no such point. Only an `equal`
    found for them proves a and b equal: it holds for every value of the fresh symbols."""
    points = {p for e in (a, b) for s in nodes_of(e, sp.Subs)
              if isinstance(s.expr, sp.Derivative) for p in s.point if has_vectors(p)}
    if not points:
        return None
    ordered = sorted(points, key=sp.default_sort_key)
    fresh = {p: sp.Symbol(f"point{k}⋆") for k, p in enumerate(ordered)}  # no name read from text
    if set(fresh.values()) & (a.free_symbols | b.free_symbols):
        return None
    a, b = a.xreplace(fresh), b.xreplace(fresh)
    return None if has_vectors(a) or has_vectors(b) else (a, b)
