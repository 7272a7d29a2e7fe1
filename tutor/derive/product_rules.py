"""A rule of matrices claimed as a lone equation: (AB)ᵀ = AᵀBᵀ, tr(AB) = tr(A)tr(B)."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.judge.matrix_reading import CAPITAL
from tutor.judge.matrix_values import CALLS, determinant, trace
from tutor.vectors import Transposed

# tr(X), Tr(X), trace(X), det(X): named by the function the matrix evaluator calls for them
_OPERATORS = {name: {trace: "tr", determinant: "det"}[f] for name, f in CALLS.items()
              if f in (trace, determinant)}


def claims_product_rule(lhs, rhs) -> bool:
    """Whether one side transposes, inverts, traces or takes the determinant of a product or
    sum of capitals (and numbers), and the other side combines the capitals each under the same
    operation: a rule claimed (right or wrong), never a premise (AB = BA, Aᵀ = A and QᵀQ = I
    are premises: none of them has this shape)."""
    return _rule(lhs, rhs) or _rule(rhs, lhs)


def _rule(whole, split) -> bool:
    inner, op = _operated(whole)
    if op is None or not isinstance(inner, (sp.Mul, sp.Add)) \
            or not isinstance(split, (sp.Mul, sp.Add)):
        return False
    names = [_capital(f) for f in inner.args if not f.is_Number]
    pieces = [_operated(f) for f in split.args if not f.is_Number]
    return None not in names and len(names) >= (1 if len(inner.args) > 1 else 2) and all(
        o == op for _, o in pieces) and sorted(_capital(x) or "" for x, _ in pieces) == sorted(
            names)


def _operated(expr) -> tuple[object, str | None]:
    """(X, "T") for Xᵀ, (X, "inverse") for X⁻¹, (X, "tr") for tr(X), (expr, None) otherwise."""
    if isinstance(expr, Transposed):
        return expr.args[0], "T"
    if isinstance(expr, sp.Pow) and expr.exp == -1:
        return expr.base, "inverse"
    if isinstance(expr, AppliedUndef) and len(expr.args) == 1 and \
            expr.func.__name__ in _OPERATORS:
        return expr.args[0], _OPERATORS[expr.func.__name__]
    return expr, None


def _capital(expr) -> str | None:
    """The name of a capital letter (A, or A read as a matrix), else None."""
    return expr.name if isinstance(expr, sp.Symbol) and CAPITAL.match(expr.name) else None


def diagnose_matrix_rule(expected, got) -> tuple[str, str] | None:
    """The rule of traces or determinants broken when `got` is `expected` split wrongly:
    tr(AB) as tr(A)·tr(B), det(AB) as det(A) + det(B), det(2A) as 2·det(A)."""
    inner, op = _operated(expected)
    if op not in ("tr", "det") or not _rule(expected, got):
        return None
    numbers = [f for f in inner.args if f.is_Number]
    if op == "det" and isinstance(inner, sp.Add):
        return "matrix-rule", "the determinant is not linear: det(A + B) is not det(A) + det(B)"
    if op == "det" and numbers:
        return "matrix-rule", ("a number comes out of a determinant to the power n of an n×n "
                               "matrix: det(cA) = cⁿ·det(A)")
    if op == "det":
        return "matrix-rule", "the determinant multiplies: det(AB) = det(A)·det(B)"
    if isinstance(inner, sp.Mul) and not numbers:
        return "matrix-rule", ("the trace is not multiplicative: tr(AB) is not tr(A)·tr(B) (it "
                               "is linear, tr(A + B) = tr(A) + tr(B), and cyclic, tr(AB) = "
                               "tr(BA))")
    return "matrix-rule", "the trace is linear: tr(A + B) = tr(A) + tr(B), tr(cA) = c·tr(A)"
