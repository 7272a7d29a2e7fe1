"""A bare `\\sum` with nothing to add up (softmax notes write Σ for the sum of the exponentials:
`\\frac{e_i}{\\sum}`, `e_i' \\sum - e_i \\sum'`, `\\sum^2`) reads as the name Σ; a sum with a term,
limits or a bound stays a sum."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.read.parser import parse


@pytest.mark.parametrize(("text", "read"), [
    (r"\frac{e_i' \sum - e_i \sum'}{\sum^2}", "(Sigma*e_iʹ - Sigmaʹ*e_i)/(Sigma**2)"),
    (r"\frac{\sum - e_i}{\sum}", "(Sigma - e_i)/Sigma"),
    (r"\frac{-e_i e_j}{\sum^{2}}", "(-e_i*e_j)/(Sigma**2)"),
    (r"\left( 1 - \frac{e_i}{\sum} \right)", "1 - e_i/Sigma"),
    (r"e_i \cdot \sum", "Sigma*e_i"),
    (r"\sum_{i=1}^n x_i", "Sum(x[i], (i, 1, n))"),
    (r"\sum^n_{i=1} x_i", "Sum(x[i], (i, 1, n))"),
    (r"\sum_j e^{z_j}", "Sum(exp(z[j]), (j, 1, n_max))"),
])
def test_a_bare_sum_sign_is_a_name(text, read):
    assert str(parse(text, "latex")) == read


@pytest.mark.parametrize(("last", "verdict"), [
    (r"\frac{e_i}{\sum} - \frac{e_i^2}{\sum^2}", "ok"),
    (r"\frac{e_i}{\sum} + \frac{e_i^2}{\sum^2}", "error"),
])
def test_steps_through_the_name(last, verdict):
    text = f"$$\\frac{{e_i \\sum - e_i e_i}}{{\\sum^2}} = {last}$$\n"
    assert_verdicts(text, [(verdict, None)])
