"""Vectors behind numbers, so the scalar engine can compare both sides: a derivative's point made
of vectors (d/dp ln p at p = σ(wᵀx + b)), an inner product wᵀx inside a loss differentiated
in a number (∂L/∂b of L(σ(wᵀx + b))), or written out as a sum when the derivative is in an entry
(∂/∂w_j of wᵀx + b: Σ_k w_k x_k, whose derivative in w_j is x_j)."""

from __future__ import annotations

import re

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
    fresh number, on both sides; None when there is none, when vectors are left after that, or
    when u or v (or an entry of them: w_j) stands anywhere else, a derivative's variable too.

    An `equal` for them proves a and b equal. `any_value`: a difference found for them is one
    of a and b too, since the number takes every real value (one inner product of two names
    found nowhere else: w = t·e₁, x = e₁ give wᵀx = t)."""
    products, names = _inner_products(a, b)
    if not products:
        return None
    ordered = sorted(products, key=sp.default_sort_key)
    fresh = {m: sp.Symbol("{}ᵀ{}".format(*_pair(m))) for m in ordered}
    if set(fresh.values()) & (a.free_symbols | b.free_symbols):
        return None
    a, b = a.xreplace(fresh), b.xreplace(fresh)
    if has_vectors(a) or has_vectors(b):
        return None
    left = {s.name for e in (a, b) for s in e.atoms(sp.Symbol)}  # bound ones too (∂/∂w_j)
    if names & left or any(_component_of(s, n) for s in left for n in names):
        return None  # w_j or w beside wᵀx: the number is not apart from it (∂/∂w_j wᵀx = x_j)
    return a, b, len(ordered) == 1


def _component_of(name: str, vector: str) -> bool:
    """w_j, w_1, w_{12}, w^{(2)} of the vector w (not w itself, not width)."""
    rest = name[len(vector):] if name.startswith(vector) and name != vector else ""
    return rest[:1] in ("_", "^") or rest[:1].isdigit()


def _inner_products(a, b) -> tuple[set, set]:
    """The inner products uᵀv on either side, and the names u, v in them."""
    products = {m for e in (a, b) for m in nodes_of(e, sp.Mul) if _inner_product(m)}
    return products, {n for m in products for n in _pair(m)}


def _inner_product(m: sp.Mul) -> bool:
    """uᵀv as read: a product of exactly the transpose of a name and another name (or xθᵀ,
    written by those whose vectors are rows)."""
    return _pair(m) is not None


def _pair(m: sp.Mul) -> tuple[str, str] | None:
    """(u, v) of the inner product uᵀv (or uvᵀ) that `m` is; None for any other product."""
    if len(m.args) != 2:
        return None
    transposed = [x for x in m.args if isinstance(x, Transposed) and isinstance(
        x.args[0], sp.Symbol)]
    other = [x for x in m.args if not isinstance(x, Transposed) and isinstance(x, sp.Symbol)]
    if len(transposed) != 1 or len(other) != 1 or transposed[0].args[0].name == other[0].name:
        return None
    first, second = transposed[0].args[0].name, other[0].name
    return (first, second) if m.args[0] == transposed[0] else (second, first)


DIMENSION = sp.Symbol("n_max", integer=True, positive=True)  # as the reader bounds Σ_k
ENTRY = re.compile(r"([^\W\d_][^\W_]*)_(\d+|[a-z])")


def inner_products_as_sums(a, b) -> tuple | None:
    """(a, b) with each inner product uᵀv written out as Σ_k u_k v_k (k up to the dimension)
    and each entry u_j, v_1 read in those families, when a derivative is taken in an entry
    (∂/∂w_j (wᵀx + b) = x_j); None when there is no such derivative, or u or v stands alone
    too, or vectors are left. Both sides say the same as written, so any verdict holds."""
    products, names = _inner_products(a, b)
    entries = {s: _entry(s, names) for e in (a, b) for s in e.atoms(sp.Symbol)}
    entries = {s: e for s, e in entries.items() if e is not None}
    variables = {v for e in (a, b) for d in nodes_of(e, sp.Derivative) for v in d.variables}
    if not any(v in entries or (isinstance(v, sp.Indexed)  # θ_i of a matrix θ has no name
                                and getattr(v.base.label, "name", None) in names)
               for v in variables):
        return None
    k = sp.Symbol("k⋆", integer=True)  # no name read from text
    sums = {m: sp.Sum(_family(_pair(m)[0], k) * _family(_pair(m)[1], k),
                      (k, 1, DIMENSION)) for m in products}
    a, b = (e.xreplace(sums).xreplace(entries) for e in (a, b))
    if names & (_loose_names(a) | _loose_names(b)):
        return None  # w alone beside wᵀx
    return None if has_vectors(a) or has_vectors(b) else (a, b)


def _entry(s: sp.Symbol, names: set):
    """w_j, w_1 of a vector w in `names` as the family entry w[j], w[1]; else None."""
    found = ENTRY.fullmatch(s.name)
    if not found or found.group(1) not in names:
        return None
    index = found.group(2)
    return _family(found.group(1), sp.Integer(index) if index.isdigit() else sp.Symbol(index))


def _family(name: str, index):
    return sp.Indexed(sp.IndexedBase(sp.Symbol(name)), index)


def _loose_names(expr) -> set:
    """The names of the symbols in `expr` that are not a family's label (w alone, not w[j])."""
    if isinstance(expr, sp.IndexedBase):
        return set()
    if isinstance(expr, sp.Symbol):
        return {expr.name}
    return set().union(*(_loose_names(a) for a in expr.args)) if expr.args else set()
