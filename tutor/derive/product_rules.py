"""A rule of matrix products claimed as a lone equation: (AB)ᵀ = AᵀBᵀ, (AB)⁻¹ = A⁻¹B⁻¹."""

from __future__ import annotations

import sympy as sp

from tutor.judge.matrix_reading import CAPITAL
from tutor.vectors import Transposed


def claims_product_rule(lhs, rhs) -> bool:
    """Whether one side transposes or inverts a product of capitals and the other multiplies
    the capitals each transposed or inverted: a rule claimed (right or wrong), never a premise
    (AB = BA, Aᵀ = A and QᵀQ = I are premises: none of them has this shape)."""
    return _rule(lhs, rhs) or _rule(rhs, lhs)


def _rule(whole, split) -> bool:
    inner, op = _operated(whole)
    if op is None or not isinstance(inner, sp.Mul) or not isinstance(split, sp.Mul):
        return False
    names = [_capital(f) for f in inner.args]
    pieces = [_operated(f) for f in split.args]
    return None not in names and len(names) >= 2 and all(o == op for _, o in pieces) \
        and sorted(_capital(x) or "" for x, _ in pieces) == sorted(names)


def _operated(expr) -> tuple[object, str | None]:
    """(X, "T") for Xᵀ, (X, "inverse") for X⁻¹, (expr, None) otherwise."""
    if isinstance(expr, Transposed):
        return expr.args[0], "T"
    if isinstance(expr, sp.Pow) and expr.exp == -1:
        return expr.base, "inverse"
    return expr, None


def _capital(expr) -> str | None:
    """The name of a capital letter (A, or A read as a matrix), else None."""
    return expr.name if isinstance(expr, sp.Symbol) and CAPITAL.match(expr.name) else None
