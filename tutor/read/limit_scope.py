"""How far an unbracketed limit reaches: on over a term holding its variable (lim_{h→0} 2x + h)."""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp


def _limit_at_end(term):
    """(the limit that ends `term`, a function putting a new one in its place) or None: `term`
    is the limit itself or a product whose last factor it is (5 lim…, -lim…)."""
    if isinstance(term, sp.Limit):
        return term, lambda new: new
    if isinstance(term, sp.Mul) and term.args and isinstance(term.args[-1], sp.Limit):
        head = term.args[:-1]
        return term.args[-1], lambda new: sp.Mul(*head, new, evaluate=False)
    return None


def limit_running_on(left, right, bracketed: set, add: Callable):
    """`left + right` where TeX shows no bracket closing a limit that ends `left` and `right`
    holds the limit's variable: the writer's lim_{h→0} g(x+h)·q_f + f(x)·q_g is one limit of
    both terms (read apart, h stands free after the limit). None when it does not run on."""
    last = left.args[-1] if isinstance(left, sp.Add) and left.args else left
    found = None if id(last) in bracketed else _limit_at_end(last)
    if found is None:
        return None
    limit, put_back = found
    body, variable, point, direction = limit.args
    closed = id(body) in bracketed and not body.is_Atom  # a name is one object wherever it
    if id(limit) in bracketed or closed or variable not in getattr(  # is written: [x] is not it
            right, "free_symbols", ()):  # lim_{h→0} (2x + h) + h: the bracket closed it
        return None
    extended = put_back(sp.Limit(add(body, right), variable, point, str(direction)))
    if last is left:
        return extended
    return sp.Add(*left.args[:-1], extended, evaluate=False)
