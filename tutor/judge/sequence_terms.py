"""A limit of a term of a sequence named by its index (`\\lim_{n \\to \\infty} R_n`, `S_N`,
`a_{n+1}`): the name depends on the limit variable through its subscript, not as a symbol of
its own; what the limit is cannot be known from the name, so no verdict may treat it as fixed."""

from __future__ import annotations

import re

import sympy as sp

_LETTERS = re.compile(r"[A-Za-z]+|[^\W\d_]+")


def sequence_term_in_limit(*exprs) -> str | None:
    """Why a comparison of these cannot be decided: a limit's body holds a name indexed by
    the limit variable (`R_n` under n → ∞); None when there is none."""
    sides = [side for expr in exprs for side in (getattr(expr, "lhs", expr),
                                                 getattr(expr, "rhs", expr))]
    for expr in sides:
        if not isinstance(expr, sp.Basic):
            continue
        for limit in expr.atoms(sp.Limit):
            body, var = limit.args[0], limit.args[1]
            for name in body.free_symbols - {var}:
                if _indexed_by(name, var):
                    base = str(name).partition("_")[0]
                    return (f"{base} under the limit is indexed by {var}, the limit variable "
                            "(a term of a sequence): its limit is not known from its name")
    return None


def _indexed_by(name: sp.Symbol, var: sp.Symbol) -> bool:
    """Does the subscript of `name` (what follows its first `_`) spell the variable?"""
    base, _, subscript = str(name).partition("_")
    return bool(base and subscript) and str(var) in _LETTERS.findall(subscript)
