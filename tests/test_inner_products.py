"""A loss of an inner product wᵀx differentiated in a number (∂/∂b of σ(wᵀx + b)): wᵀx is read
as one number, so the step is proved, or refuted where that number may be any real."""

from __future__ import annotations

import pytest

from tutor import compare

S = r"\sigma(w^T x + b)"


@pytest.mark.parametrize(("a", "b", "status"), [
    (rf"\frac{{d}}{{db}} {S}", rf"{S}(1 - {S})", "equal"),
    (rf"\frac{{d}}{{db}} {S}", rf"{S}^2", "not_equal"),
    (rf"\frac{{d}}{{db}} \ln {S}", rf"1 - {S}", "equal"),
    (rf"\frac{{d}}{{db}} \ln {S}", rf"{S} - 1", "not_equal"),
    (r"\frac{d}{db} (w^T x + b)^2", r"2(w^T x + b)", "equal"),
    (r"\frac{d}{db} (w^T x + b)^2", r"2(w^T x - b)", "not_equal"),
    (r"\frac{d}{db} (w^T x + b)^2 + x", r"2(w^T x + b) + x", "equal"),  # x also alone
])
def test_inner_product_as_one_number(a, b, status):
    assert compare(a, b).status == status


@pytest.mark.parametrize(("a", "b"), [
    # wᵀx and xᵀw are one number: as two fresh numbers they differ, but that is no witness
    (r"\frac{d}{db} (w^T x + b)^2", r"2(x^T w + b)"),
    # x is also a number alone on one side: wᵀx cannot take every value apart from it
    (r"\frac{d}{db} (w^T x + b)^2", r"2(w^T x + b) + x"),
    # wᵀw is never negative: not an inner product of two free names
    (r"\frac{d}{db} (w^T w + b)^2", r"2(w^T w + b)"),
])
def test_no_false_difference(a, b):
    assert compare(a, b).status != "not_equal"
