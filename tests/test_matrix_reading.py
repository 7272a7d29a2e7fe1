"""An identity of numbers that fails for matrices is not called equal when capitals multiply:
(AB)⁻¹ = A⁻¹B⁻¹ and (A + B)² = A² + 2AB + B² hold for numbers, not for matrices (notes on ML
mean matrices by capitals). One that holds for matrices too stays equal."""

from __future__ import annotations

import pytest

from tutor import compare

ROWS = [  # (a, b, status)
    ("(AB)^{-1}", "A^{-1}B^{-1}", "unknown"),
    ("(AB)^{-1}", "B^{-1}A^{-1}", "equal"),
    ("(A+B)^2", "A^2 + 2AB + B^2", "unknown"),
    ("(A+B)^2", "A^2 + AB + BA + B^2", "equal"),
    ("(A+B)(A-B)", "A^2 - B^2", "unknown"),
    ("ABx", "BAx", "unknown"),
    ("(AB)^2", "A^2 B^2", "unknown"),
    ("2AB", "AB + AB", "equal"),
    ("A + B", "B + A", "equal"),
    ("A^2 A^3", "A^5", "equal"),         # one capital: powers of one matrix commute
    ("(2A)^{-1}", "A^{-1}/2", "equal"),
    ("a b", "b a", "equal"),             # small letters: numbers
    ("NK", "KN", "unknown"),             # two capitals multiplied: read as matrices may be
    ("(AB)^{-1}", "A^{-1}B^{-1} + 1", "not_equal"),  # wrong for numbers too: the witness stands
]


@pytest.mark.parametrize("a, b, status", ROWS)
def test_capitals_multiplied_may_be_matrices(a, b, status):
    verdict = compare(a, b)
    assert verdict.status == status
    assert status != "unknown" or "matrices" in verdict.reason
