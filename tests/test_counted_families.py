"""A family under a factorial counts (x_i! of a Poisson likelihood): its entries are sampled as
whole numbers ≥ 0. The expanded log-likelihood was "equal only on part of the domain" (x_i =
-2.5 makes a factorial negative); a family with no factorial keeps every real value."""

from __future__ import annotations

import pytest

from tutor.api import compare

LIKELIHOOD = "\\ln \\prod_{i=1}^n \\frac{e^{-\\lambda}\\lambda^{x_i}}{x_i!}"


@pytest.mark.parametrize(("a", "b", "status"), [
    (LIKELIHOOD, "-n\\lambda + \\sum_{i=1}^n x_i \\ln\\lambda - \\sum_{i=1}^n \\ln(x_i!)", "equal"),
    (LIKELIHOOD, "-n\\lambda + \\sum_{i=1}^n x_i \\ln\\lambda + \\sum_{i=1}^n \\ln(x_i!)",
     "not_equal"),
    (LIKELIHOOD, "-\\lambda + \\sum_{i=1}^n x_i \\ln\\lambda - \\sum_{i=1}^n \\ln(x_i!)",
     "not_equal"),
    ("\\sum_{i=1}^n \\ln(x_i!)", "\\ln \\prod_{i=1}^n x_i!", "equal"),
    # no factorial: x_i of either sign, and the log of a product is no sum of logs for all
    ("\\ln \\prod_{i=1}^n a_i", "\\sum_{i=1}^n \\ln a_i", "unknown"),
])
def test_a_family_under_a_factorial_counts(a, b, status):
    assert compare(a, b, ["lambda > 0"]).status == status
