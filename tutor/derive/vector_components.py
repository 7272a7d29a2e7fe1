"""A vector given by its components (`\\mathbf{w} = (w_1, w_2)`): w^T x and w·x written out."""

from __future__ import annotations

import sympy as sp

from tutor.vectors import Transposed


def components_listed(name: sp.Symbol, items: list) -> tuple | None:
    """(w_1, w_2) when every item is a name of an entry of `name` (w = (w_1, w_2)); else None
    (numbers make a table of values, tutor.derive.tables; other names say nothing of w)."""
    prefix = name.name + "_"
    if all(isinstance(i, sp.Symbol) and i.is_commutative and i.name.startswith(prefix)
           and len(i.name) > len(prefix) for i in items) and len(set(items)) == len(items):
        return tuple(items)
    return None


def dot_products(expr, tables: dict, claim=None):
    """`expr` with each product of two vectors whose components are listed, w^T x or w·x
    (of the same length), written out as w_1 x_1 + w_2 x_2, where `claim` (`expr` itself by
    default) names a component (∂L/∂w_1); unchanged otherwise: w^T x alone stays a vector
    expression (∇_w of it, in w)."""
    vectors = _vectors(tables)
    if not _names_a_component(expr if claim is None else claim, vectors):
        return expr
    return _written_out(expr, vectors)


def components_in(values: dict, claim, tables: dict) -> dict:
    """The definitions with their dot products written out when `claim` names a component
    (∂L/∂w_1 through ŷ = w^T x: L holds w_1); `values` as they are otherwise."""
    vectors = _vectors(tables)
    if not _names_a_component(claim, vectors):
        return values
    return {k: _written_out(v, vectors) for k, v in values.items()}


def _vectors(tables: dict) -> dict:
    """The tables that list a vector's components (w -> (w_1, w_2)), not numbers."""
    return {name: items for name, items in tables.items()
            if items and all(isinstance(i, sp.Symbol) for i in items)}


def _names_a_component(claim, vectors: dict) -> bool:
    return bool(vectors) and isinstance(claim, sp.Basic) and bool(
        claim.free_symbols & {i for items in vectors.values() for i in items})


def _written_out(expr, vectors: dict):
    if not isinstance(expr, sp.Basic) or expr.is_commutative:
        return expr  # no product of vectors in it
    return expr.replace(lambda e: _dot(e, vectors) is not None, lambda e: _dot(e, vectors))


def _dot(expr, vectors: dict):
    """The sum w_1 x_1 + … of a product c·w^T x (or c·w·x), or None."""
    if not isinstance(expr, sp.Mul):
        return None
    scalars = [a for a in expr.args if a.is_commutative]
    pair = [a for a in expr.args if not a.is_commutative]
    if len(pair) != 2:
        return None
    left, right = pair
    if isinstance(left, Transposed):
        left = left.args[0]
    named = [vectors.get(v.name) if isinstance(v, sp.Symbol) else None for v in (left, right)]
    if None in named or len(named[0]) != len(named[1]):
        return None
    return sp.Mul(*scalars) * sp.Add(*[a * b for a, b in zip(*named, strict=True)])
