"""How far an unbracketed Σ or ∏ reaches: on over a term that names its index (Σ_i a_i + b_i)."""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

BIG_OPERATORS = (sp.Sum, sp.Product)


def _mentions(expr, index: sp.Symbol) -> bool:
    """Does `expr` name `index` free: the index itself, or a name subscripted by it (b_i)?"""
    for s in expr.free_symbols:
        base, _, sub = s.name.rpartition("_")
        if s.name == index.name or (base and sub == index.name):
            return True
    return False


def _big_operator_at_end(term):
    """(the Σ/∏ that ends `term`, a function putting a new one in its place) or None: `term` is
    the operator itself or a product whose last factor it is (-Σ…, ½Σ…)."""
    if isinstance(term, BIG_OPERATORS):
        return term, lambda new: new
    if isinstance(term, sp.Mul) and term.args and isinstance(term.args[-1], BIG_OPERATORS):
        head = term.args[:-1]
        return term.args[-1], lambda new: sp.Mul(*head, new, evaluate=False)
    return None


def _run_on(op, right, index_name: Callable, add: Callable):
    """`op` (a Σ or ∏) with `right` added inside as deep as the innermost index it names:
    Σ_i Σ_j a_j + b_i is Σ_i (Σ_j a_j + b_i); Σ_i Σ_j a_j + b_j is Σ_i Σ_j (a_j + b_j)."""
    limits = op.limits  # innermost first
    k = min(n for n, limit in enumerate(limits) if _mentions(right, limit[0]))
    for limit in limits[k:]:
        right = index_name(right, limit[0])
    body = op.function
    if k > 0:
        return type(op)(add(type(op)(body, *limits[:k]), right), *limits[k:])
    if isinstance(body, BIG_OPERATORS) and any(_mentions(right, lim[0]) for lim in body.limits):
        return type(op)(_run_on(body, right, index_name, add), *limits)
    return type(op)(add(body, right), *limits)


def sum_running_on(left, right, bracketed: set, index_name: Callable, add: Callable):
    """`left + right` where TeX shows no bracket closing a Σ/∏ that ends `left` and `right` names
    its index: the writer's Σ_i x_i log p + (1 - x_i) log(1 - p) is one sum of both terms.
    None when the sum does not run on (bracketed, no such operator, index not named)."""
    last = left.args[-1] if isinstance(left, sp.Add) and left.args else left
    if id(last) in bracketed:
        return None
    found = _big_operator_at_end(last)
    if found is None:
        return None
    op, put_back = found
    if id(op) in bracketed or not any(_mentions(right, limit[0]) for limit in op.limits):
        return None
    extended = put_back(_run_on(op, right, index_name, add))
    if last is left:
        return extended
    return sp.Add(*left.args[:-1], extended, evaluate=False)
