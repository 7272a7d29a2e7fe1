"""A sum written without its index on a row under one with it (`= e^{-λ} \\sum \\frac{(e^t λ)^x}
{x!}` under `\\sum_{x=0}^\\infty …`): the same index and bounds, as the writer means."""

from __future__ import annotations

import sympy as sp


def sums_of(chains) -> tuple:
    """(kind, index, low, high) of each sum and product written with its index in `chains`."""
    found = []
    for chain in chains:
        for part in chain.parts:
            for op in part.expr.atoms(sp.Sum, sp.Product) if isinstance(
                    part.expr, sp.Basic) else ():
                for index, low, high in op.limits:
                    if low.is_finite is not None and (type(op), index, low, high) not in found:
                        found.append((type(op), index, low, high))
    return tuple(found)


def sum_above(kind, body, above: tuple):
    """(index, low, high) of the one sum of this kind above whose index the summand holds,
    else None (no such sum, or several: which one is meant is not clear)."""
    if not isinstance(body, sp.Basic):
        return None
    held = [(index, low, high) for op, index, low, high in above
            if op is kind and index in body.free_symbols]
    return held[0] if len(held) == 1 else None
