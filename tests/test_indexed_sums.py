"""Sums over data split by linearity (tutor.judge.indexed_sums): the split is exact, and only
sums whose summand holds x_i of their own index are touched."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.judge.indexed_sums import split_indexed_sums
from tutor.read.parser import parse

# (a sum as written, what it becomes)
CASES = [
    (r"\sum_{i=1}^n (x_i - \bar x)", r"\sum_{i=1}^n x_i - n \bar x"),
    (r"\sum_{i=1}^n (x_i - \bar x)^2",
     r"\sum_{i=1}^n x_i^2 - 2\bar x \sum_{i=1}^n x_i + n\bar x^2"),
    (r"\sum_{i=0}^{n} 3 x_i y_i", r"3 \sum_{i=0}^{n} x_i y_i"),
    (r"\sum_{i=1}^n (x_i + i)", r"\sum_{i=1}^n x_i + \sum_{i=1}^n i"),
    (r"\sum_{i=1}^n x_i \log p + (1 - x_i)\log(1-p)",
     r"\log p \sum_{i=1}^n x_i + n\log(1-p) - \log(1-p)\sum_{i=1}^n x_i"),
    (r"\sum_{i=1}^n \left(x_i - \frac{1}{n}\sum_{j=1}^n x_j\right)",
     r"\sum_{i=1}^n x_i - \sum_{j=1}^n x_j"),
    # untouched: no data of the index, or data of another index
    (r"\sum_{i=1}^n (i + 1)^2", r"\sum_{i=1}^n (i + 1)^2"),
    (r"\sum_{i=1}^n (x_j + 1)", r"\sum_{i=1}^n (x_j + 1)"),
    (r"(x_1 + 1)^2", r"(x_1 + 1)^2"),
]


@pytest.mark.parametrize(("written", "split"), CASES)
def test_split(written, split):
    # sums are atoms to expand: the difference vanishes only if the sums are the same sums
    assert sp.expand(split_indexed_sums(parse(written)) - parse(split)) == 0


# the split equals the sum at every length, reversed bounds (sympy's convention) included
@pytest.mark.parametrize("written", [c[0] for c in CASES])
@pytest.mark.parametrize("length", [0, 1, 3, -2])
def test_split_is_exact(written, length):
    n, x, y = sp.Symbol("n"), sp.IndexedBase("x"), sp.IndexedBase("y")
    values = {x[k]: sp.Rational(k * k + 2, 3) for k in range(-4, 8)}
    values |= {y[k]: sp.Integer(5 - k) for k in range(-4, 8)}
    values |= {sp.Symbol("x_bar"): sp.Rational(7, 5), sp.Symbol("p"): sp.Rational(1, 4)}

    def at(expr):
        return expr.subs(n, length).doit().xreplace(values).doit()

    expr = parse(written)
    assert sp.simplify(at(split_indexed_sums(expr)) - at(expr)) == 0
