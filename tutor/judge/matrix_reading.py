"""An identity of numbers that fails when its capital letters are matrices: (AB)⁻¹ = A⁻¹B⁻¹."""

from __future__ import annotations

import re

import sympy as sp

from tutor.judge.matrices import compare_matrices
from tutor.trees import nodes_of
from tutor.vectors import as_vector

CAPITAL = re.compile(r"[A-Z]\Z")  # A, B, X: in notes on ML a capital multiplied is a matrix
MATRIX_READING = "matrix reading"  # the method of a verdict that holds for numbers only


def fails_for_matrices(a, b) -> str | None:
    """Why `a` = `b`, true for numbers, is no identity when the capitals multiplied in it are
    matrices (AB ≠ BA: (A + B)² = A² + 2AB + B², ABx = BAx); None when it holds for them too,
    or when no two capitals multiply, or when the matrix reading cannot be evaluated."""
    capitals = _multiplied_capitals(a) | _multiplied_capitals(b)
    if len(capitals) < 2:
        return None
    swap = {s: as_vector(s) for s in capitals}
    verdict = compare_matrices(a.xreplace(swap), b.xreplace(swap))
    if verdict.status != "not_equal":
        return None
    names = ", ".join(sorted(s.name for s in capitals))
    return (f"holds for numbers, not if {names} are matrices (they need not commute: AB ≠ BA); "
            "say which you mean")


def _multiplied_capitals(expr) -> set[sp.Symbol]:
    """Capital-letter names in a product or power that holds two or more of them."""
    found: set[sp.Symbol] = set()
    for node in nodes_of(expr, sp.Mul, sp.Pow):
        parts = node.args if isinstance(node, sp.Mul) else (node.base,)
        capitals = {s for part in parts for s in part.free_symbols
                    if isinstance(s, sp.Symbol) and s.is_commutative and CAPITAL.match(s.name)}
        if len(capitals) >= 2 and (isinstance(node, sp.Mul) or node.exp.is_Integer):
            found |= capitals
    return found
