"""Vectors behind numbers, so the scalar engine can compare both sides: a derivative's point made
of vectors (d/dp ln p at p = σ(wᵀx + b)), an inner product wᵀx inside a loss differentiated
in a number (∂L/∂b of L(σ(wᵀx + b)))."""

from __future__ import annotations

import sympy as sp

from tutor.trees import nodes_of
from tutor.vectors import Transposed, has_vectors


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


def inner_products_as_numbers(a, b) -> tuple | None:
    """(a, b, any_value) with every inner product uᵀv of two different names put behind one
    fresh number, on both sides; None when vectors are left after that or there is none.

    An `equal` for them proves a and b equal. `any_value`: a difference found for them is one
    of a and b too, since the number takes every real value (one inner product, its two names
    nowhere else: w = t·e₁, x = e₁ give wᵀx = t)."""
    products = {m for e in (a, b) for m in nodes_of(e, sp.Mul) if _inner_product(m)}
    if not products:
        return None
    ordered = sorted(products, key=sp.default_sort_key)
    fresh = {m: sp.Symbol(f"{m.args[0].args[0].name}ᵀ{_second(m).name}") for m in ordered}
    if set(fresh.values()) & (a.free_symbols | b.free_symbols):
        return None
    a, b = a.xreplace(fresh), b.xreplace(fresh)
    if has_vectors(a) or has_vectors(b):
        return None
    names = {n for m in ordered for n in (m.args[0].args[0].name, _second(m).name)}
    left = {s.name for s in a.free_symbols | b.free_symbols if isinstance(s, sp.Symbol)}
    return a, b, len(ordered) == 1 and not names & left


def _inner_product(m: sp.Mul) -> bool:
    """uᵀv as read: a product of exactly the transpose of a name and another name."""
    if len(m.args) != 2:
        return False
    second = _second(m)
    return second is not None and isinstance(m.args[0], Transposed) and isinstance(
        m.args[0].args[0], sp.Symbol) and second.name != m.args[0].args[0].name


def _second(m: sp.Mul):
    other = [x for x in m.args if not isinstance(x, Transposed)]
    return other[0] if len(other) == 1 and isinstance(other[0], sp.Symbol) else None
