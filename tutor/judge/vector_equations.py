"""Equations of vectors and matrices: a solution put back in, or the same equation scaled."""

from __future__ import annotations

import sympy as sp

from tutor.judge.expressions import Equation
from tutor.judge.matrices import compare_matrices, settled
from tutor.model import Verdict
from tutor.vectors import has_vectors

# `2X^T X w - 2X^T y = 0` then `X^T X w = X^T y`: the same equation times a number
SCALES = (1, -1, 2, -2, sp.Rational(1, 2), sp.Rational(-1, 2))
UNDECIDED = ("equations of vectors are compared only as the same equation times a number, "
             "or as a solution w = … put back into the equation above")


def compare_vector_equations(a: Equation, b: Equation) -> Verdict:
    """`(X^T X + λI) w = X^T y`, then `w = (X^T X + λI)^{-1} X^T y`: the solution put back in
    must make the sides equal (for every invertible matrix written); else the residuals must
    agree up to a number. Unknown when neither decides (never an error on a scaled form)."""
    for first, second in ((a, b), (b, a)):
        solved = _solved(second)
        if solved is not None and _solved(first) is None and solved[0] in _names(first):
            return _put_back(first, *solved)
    residual_a, residual_b = a.lhs - a.rhs, b.lhs - b.rhs
    for k in SCALES:
        if compare_matrices(residual_a, k * residual_b).status == "equal":
            return Verdict("equal", "the same equation" + ("" if k == 1 else f", times {k}"))
    return Verdict("unknown", reason=UNDECIDED)


def _solved(eq: Equation) -> tuple[str, sp.Basic] | None:
    """(name, value) of `w = …` with w a name the value does not hold; else None."""
    if isinstance(eq.lhs, sp.Symbol) and eq.lhs.name not in _names(eq.rhs):
        return eq.lhs.name, eq.rhs
    return None


def _names(x) -> set[str]:
    sides = (x.lhs, x.rhs) if isinstance(x, Equation) else (x,)
    return {s.name for side in sides for s in side.free_symbols if isinstance(s, sp.Symbol)}


def _put_back(eq: Equation, name: str, value) -> Verdict:
    lhs, rhs, value = settled(eq.lhs, eq.rhs, value, extra=frozenset(  # vectors as such:
        {name} if has_vectors(value) else ()))  # products keep their order
    put = {s: value for s in lhs.free_symbols | rhs.free_symbols
           if isinstance(s, sp.Symbol) and s.name == name}
    verdict = compare_matrices(lhs.xreplace(put), rhs.xreplace(put))
    if verdict.status == "equal":
        return Verdict("equal", f"{name} = … solves the equation above (where the inverses "
                                "written exist)")
    if verdict.status == "not_equal" and verdict.method != "shape":
        return Verdict("not_equal", f"put back into the equation above, {name} = … leaves its "
                                    "sides different", witness=verdict.witness)
    return Verdict("unknown", reason=verdict.reason or UNDECIDED)
