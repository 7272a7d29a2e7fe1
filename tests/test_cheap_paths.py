"""Cheaper paths tried first (issue 13, speed): each keeps the verdicts of the path it spares."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from tutor.budget import Clock
from tutor.derive.combined_equations import combination_of, note_given
from tutor.judge.algebra_proofs import _as_written_if_rational, cheap_proof
from tutor.judge.equivalence import Equation
from tutor.judge.expressions import prepare
from tutor.judge.quick_zero import proved_zero
from tutor.judge.series import _a_coefficient_differs, _approximating, cut_short
from tutor.judge.taylor_screen import analytic_at, taylor_values
from tutor.read.parser import parse
from tutor.vocabulary import _VBINOMIAL, _binomial_floats


def _prepared(text: str):
    return prepare(parse(text), Clock(2.0))


# (a, b, what cheap_proof says, the difference cancelled is the one as written)
CHEAP_PROOFS = [
    ("(d/dp (ln(p/(1 - p))))^2 p (1 - p)/n", "(1/(p (1 - p)))^2 p (1 - p)/n",
     ("equal", "algebra (cancel)"), True),
    ("d/dp logit(p)", "1/(p(1-p))", ("equal", "algebra (cancel)"), True),
    ("d/dx (x/(1+x))", "1/(1+x)^2", ("equal", "algebra (cancel)"), True),
    ("d/dx (x/(1+x))", "1/(1+x)", None, True),          # rational, not equal: no proof
    ("1/(p (1 - p))", "1/(p^2 (1 - p)^2)", None, True),
    ("(x+1)^2", "x^2 + 2x + 1", ("equal", "algebra (expand)"), True),
    ("(x+1)^2", "x^2 + 2x", ("differ", sp.Integer(1)), True),
    ("logit(sigma(x))", "x", None, False),                # not rational: expanded, as before
]


@pytest.mark.parametrize(("a", "b", "proof", "as_written"), CHEAP_PROOFS)
def test_cancel_works_on_the_difference_as_written_when_it_is_rational(a, b, proof,
                                                                        as_written):
    pa, pb = _prepared(a), _prepared(b)
    assert cheap_proof(pa, pb) == proof
    written = sp.Add(pa, -pb)
    chosen = _as_written_if_rational(written, sp.expand(written))
    assert (chosen is written) == as_written


x = sp.Symbol("x")

# (a, b, the screen sees a coefficient differ, cut_short's answer: "unknown" or None)
SERIES_SCREENS = [
    ("(x^3-8)/(x-2)", "x^2+4", True, None),        # x¹: 2 against 0, no series expanded
    ("(x^2-1)/(x+1)", "x+1", True, None),          # x⁰: -1 against 1
    ("e^x", "2 + x", True, None),
    ("e^x", "1 + x + x^2/2", False, "unknown"),     # a series cut short: the series decides
    ("sin(x) - x cos(x)", "x^3/3", False, "unknown"),
    ("arcsin(sin(x))", "x", False, None),           # the same function near 0: series decide
    ("sqrt(x^2)", "x", False, None),                # not analytic at 0: not screened
    ("cos(x)", "1 - x^2/2.0", False, "unknown"),    # a decimal is never a sure difference
]


@pytest.mark.parametrize(("a", "b", "differs", "verdict"), SERIES_SCREENS)
def test_a_coefficient_seen_to_differ_spares_the_series(a, b, differs, verdict):
    pa, pb = _prepared(a), _prepared(b)
    pair = _approximating(pa, pb)
    assert _a_coefficient_differs(pa, pb, *pair) is differs
    found = cut_short(pa, pb)
    assert (None if found is None else found.status) == verdict


# (f, point, analytic there as far as analytic_at can tell)
ANALYTIC_POINTS = [
    (sp.exp(x) / (1 + x), 0, True),
    (sp.sqrt(x), 0, False),               # a fractional power of 0
    (sp.sqrt(x + 1), 0, True),
    (sp.asin(x), 1, False),               # the edge of asin's domain
    (sp.asin(x), 0, True),
    (sp.log(x), 0, False),                # not finite
    (sp.Abs(x), 1, False),                # not in the list of analytic functions
    (sp.floor(x), 1, False),
    (x ** x, 1, True),
    (x ** x, 0, False),
    (sp.factorial(x + 1) / sp.factorial(x), 0, True),
]


@pytest.mark.parametrize(("f", "point", "analytic"), ANALYTIC_POINTS)
def test_analytic_at_is_sure_or_says_no(f, point, analytic):
    assert analytic_at(f, x, sp.Integer(point)) is analytic


def test_taylor_values_are_the_series_coefficients():
    f = sp.sin(x) - x * sp.cos(x)
    series = sp.Poly(sp.series(f, x, 0, 6).removeO(), x).all_coeffs()[::-1]
    assert list(taylor_values(f, x, sp.Integer(0), 6)) == series + [0] * (6 - len(series))
    assert list(taylor_values(1 / x, x, sp.Integer(0), 3)) == [None]


# (n, k): binomial coefficients over arrays, the fast pass and the element-by-element one
BINOMIAL_ARRAYS = [
    ([5.0, 10.0, 109.0, 0.0], [2.0, 0.0, 54.0, 0.0]),      # whole: one pass
    ([5.0, 5.0, 3.0], [-1.0, 6.0, 3.0]),                    # outside 0..n: 0
    ([10_000.0, 10_001.0], [3.0, 3.0]),                     # past 10,000: mpmath, as before
    ([4.5, 5.0], [2.0, 2.5]),                               # not whole: as before
    ([np.inf, 5.0], [2.0, 2.0]),
    ([2000.0, 5.0], [1000.0, 2.0]),                         # beyond floats: inf
    (np.arange(40.0).reshape(5, 8), 3.0),                   # broadcast, shape kept
    (7.0, 3.0),                                             # one point
]


@pytest.mark.parametrize(("n", "k"), BINOMIAL_ARRAYS)
def test_binomials_over_arrays_are_the_values_one_by_one(n, k):
    fast, slow = _binomial_floats(n, k), _VBINOMIAL(n, k)
    assert fast.shape == slow.shape and fast.dtype == slow.dtype
    np.testing.assert_array_equal(fast, slow)


# proved_zero: a point shows a difference at once; a proof is needed for True
QUICK_ZEROS = [
    ("(x+1)^2 - x^2 - 2x - 1", True),
    ("sin(x)^2 + cos(x)^2 - 1", True),
    ("(u q^10)/(u q^8) - q^2", True),
    ("x/(x+1) - 1/(x+1)", False),
    ("(x+1)^2 - x^2 - 2x", False),
    ("exp(x) - 1 - x", False),
    ("0", True),
]


@pytest.mark.parametrize(("text", "zero"), QUICK_ZEROS)
def test_proved_zero(text, zero):
    assert proved_zero(parse(text)) is zero


def test_a_point_settles_a_difference_without_simplify(monkeypatch):
    def no_simplify(*_):
        raise AssertionError("simplify was called")

    monkeypatch.setattr(sp, "simplify", no_simplify)
    assert proved_zero(parse("x^2 + x - 1")) is False


class _Checker:
    pass


# (equations given, the last one, the new line, how they combine)
COMBINATIONS = [
    (["u q^10 = 8"], "u q^8 = 2", "u q^10 / (u q^8) = 8/2",
     "follows from two equations together (one equation above divided by the other), not from "
     "the last alone"),
    (["a + b = 5"], "a - b = 1", "2a = 6", "follows from two equations together (one equation "
     "above added to the other), not from the last alone"),
    (["a + b = 5"], "a - b = 1", "2a = 7", None),
    (["a + b = 5"], "a - b = 1", "a = 3", None),
    (["x(2 - x^2) = 0"], "x = 0", "2 - x^2 = 0", "another factor of x(2 - x^2) = 0 set to 0: "
     "the next case, not a step from the line before"),
    (["x(2 - x^2) = 0"], "x = 0", "3 - x^2 = 0", None),
]


@pytest.mark.parametrize(("given", "old", "new", "said"), COMBINATIONS)
def test_combination_of_two_equations(given, old, new, said):
    checker = _Checker()
    for text in given:
        note_given(checker, _equation(text))
    assert combination_of(checker, _equation(old), _equation(new)) == said


def _equation(text: str) -> Equation:
    chain = parse(text)
    return Equation(chain.parts[0].expr, chain.parts[-1].expr)
