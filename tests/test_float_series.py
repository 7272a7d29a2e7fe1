"""A sum or product evaluated in floats with every term at once gives what the term-by-term
loop gives: the same values (to rounding) and the same points left undefined."""

from __future__ import annotations

import mpmath
import numpy as np
import pytest
import sympy as sp

from tutor.judge import float_arrays
from tutor.judge.float_arrays import evaluate_at
from tutor.judge.high_precision import MpLib, TooLarge
from tutor.judge.indexed import SEED
from tutor.vocabulary import _binomial_mp

i, j, k, n = sp.symbols("i j k n", integer=True)
p, x = sp.symbols("p x")
X = sp.IndexedBase("x")
ROWS = [
    sp.Sum(k * sp.binomial(n, k) * p**k * (1 - p)**(n - k), (k, 0, n)),
    sp.Product(1 - x / k, (k, 1, n)),
    sp.Sum(sp.log(x - k), (k, 0, n)),              # undefined where some term has x <= k
    sp.Sum(sp.Sum(i * j, (j, 1, i)), (i, 1, n)),   # a sum inside a sum
    sp.Sum((X[i] - x)**2, (i, 1, n)) / n,          # data x_i drawn per point
    sp.Sum(sp.Piecewise((1 / k, k > 2), (x, True)), (k, 1, n + 3)),
    sp.Sum(p**k, (k, n, 2 * n)),                   # bounds that move with the point
]


def _columns(count: int = 64) -> dict:
    rng = np.random.default_rng(7)
    return {n: rng.integers(0, 40, count).astype(float), p: rng.uniform(0, 1, count),
            x: rng.uniform(-3, 30, count), SEED: rng.integers(0, 2**31, count).astype(float)}


@pytest.mark.parametrize("expr", ROWS, ids=[str(r)[:40] for r in ROWS])
def test_all_terms_at_once_as_term_by_term(expr, monkeypatch):
    columns = _columns()
    at_once = evaluate_at(expr, columns, 64)
    float_arrays.COMPILED.clear()
    monkeypatch.setattr(float_arrays, "FLAT_MOST", 0)
    one_by_one = evaluate_at(expr, columns, 64)
    float_arrays.COMPILED.clear()
    assert at_once is not None and one_by_one is not None
    (values, undefined), (expected, expected_undefined) = at_once, one_by_one
    assert undefined.tolist() == expected_undefined.tolist()
    assert np.allclose(values[~undefined], expected[~undefined], rtol=1e-12, atol=1e-12,
                       equal_nan=True)


@pytest.mark.parametrize(("n", "k"), [(10, 3), (5, 7), (100, 50), (0, 0), (3.5, 2), (-3, 2),
                                      (7, -1), (10_001, 2), (12, 0.5)])
def test_binomial_in_high_precision_as_mpmath(n, k):
    with mpmath.workdps(40):
        assert _binomial_mp(mpmath.mpf(n), mpmath.mpf(k)) == mpmath.binomial(n, k)


@pytest.mark.parametrize(("base", "exp", "too_large"), [
    (2, 3, False), (2, 1e16, True), ("1.0000001", 2e15, False), ("0.5", -2e15, True),
    ("1e-300", 4e12, True), (10, 1e14, False),
])
def test_power_too_large_as_before(base, exp, too_large):
    lib = MpLib()
    with mpmath.workdps(30):
        try:
            lib.pow(mpmath.mpf(base), mpmath.mpf(exp))
            raised = False
        except TooLarge:
            raised = True
    assert raised is too_large
