"""What an expression holds, found in one walk and remembered: its nodes of given types."""

from __future__ import annotations

import sympy as sp

MAX_REMEMBERED = 1024  # expressions whose nodes are kept (a check asks ~60 times about ~4)

_NODES: dict = {}  # expr -> (expr itself, {type of node: set of nodes of that type})


def nodes_of(expr, *types) -> set:
    """The nodes of `expr` that are instances of `types` (sympy's `expr.atoms(*types)`): a new
    set each time, from one walk of `expr` remembered for later questions."""
    if not types:
        return expr.atoms()
    kinds = tuple(t if isinstance(t, type) else type(t) for t in types)
    try:
        owner, index = _NODES.get(expr, (None, None))
    except TypeError:  # unhashable (a mutable matrix)
        return expr.atoms(*types)
    if owner is not expr:  # an equal expression may hold other objects (f of another class)
        index = _index(expr)
    found: set = set()
    for kind, nodes in index.items():
        if issubclass(kind, kinds):
            found |= nodes
    return found


def _index(expr) -> dict:
    index: dict = {}
    for node in sp.preorder_traversal(expr):
        index.setdefault(type(node), set()).add(node)
    if len(_NODES) >= MAX_REMEMBERED:
        _NODES.clear()
    _NODES[expr] = (expr, index)
    return index


def forget() -> None:
    """Forget every walk (benchmarks time cold checks)."""
    _NODES.clear()
