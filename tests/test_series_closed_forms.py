"""Closed forms of the series of moments (Σ q(k) r^k, Σ q(k) λ^k/k!): each checked against a long
partial sum at a point inside its region of convergence; sums of other shapes are left alone."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.judge.series_closed_forms import closed_form, closed_series

k, n, p, lam, x = sp.symbols("k n p lambda x")
POINT = {p: sp.Rational(3, 10), lam: sp.Rational(17, 10), x: sp.Rational(2, 5)}

SUMS = [
    sp.Sum(k * p * (1 - p) ** (k - 1), (k, 1, sp.oo)),          # the geometric mean
    sp.Sum(k ** 2 * p * (1 - p) ** (k - 1), (k, 1, sp.oo)),
    sp.Sum(k ** 3 * p * (1 - p) ** k, (k, 0, sp.oo)),
    sp.Sum(x ** k, (k, 0, sp.oo)),
    sp.Sum((k + 1) * x ** k / 2 ** k, (k, 0, sp.oo)),
    sp.Sum(k * sp.exp(-2 * k), (k, 1, sp.oo)),
    sp.Sum(1 / 2 ** k, (k, 3, sp.oo)),
    sp.Sum(k * (k - 1) * lam ** k * sp.exp(-lam) / sp.factorial(k), (k, 2, sp.oo)),
    sp.Sum(k ** 2 * lam ** k * sp.exp(-lam) / sp.factorial(k), (k, 0, sp.oo)),
    sp.Sum(lam ** k / sp.factorial(k), (k, 1, sp.oo)),
    sp.Sum((k - 3) ** 2 * lam ** k / sp.factorial(k), (k, 2, sp.oo)),
]


@pytest.mark.parametrize("total", SUMS, ids=str)
def test_closed_form_is_the_sum(total):
    form = closed_form(total)
    assert form is not None
    term = total.function.subs(POINT)
    low = int(total.limits[0][1])
    partial = sum(sp.N(term.subs(k, j), 40) for j in range(low, low + 400))
    assert abs(sp.N(form.subs(POINT), 40) - partial) < sp.Float("1e-25")


@pytest.mark.parametrize("total", [
    sp.Sum(sp.sin(k) * x ** k, (k, 0, sp.oo)),     # not a polynomial times a power
    sp.Sum(k, (k, 0, sp.oo)),                        # no ratio: it diverges
    sp.Sum(x ** k, (k, 0, n)),                       # a finite sum: sympy's own
    sp.Sum(x ** k, (k, -2, sp.oo)),                  # from below 0
    sp.Sum(x ** (k ** 2), (k, 0, sp.oo)),            # an exponent not linear in k
    sp.Sum(lam ** k / sp.factorial(2 * k), (k, 0, sp.oo)),
], ids=str)
def test_other_sums_are_left_alone(total):
    assert closed_form(total) is None
    assert closed_series(2 * total) == 2 * total


def test_outside_its_region_a_geometric_series_has_no_value():
    total = sp.Sum(x ** k, (k, 0, sp.oo))
    form = closed_form(total)
    assert form.subs(x, sp.Rational(1, 2)) == 2
    assert form.subs(x, 3) is sp.nan  # it diverges there: no value (never a witness)
