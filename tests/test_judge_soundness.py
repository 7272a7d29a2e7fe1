"""The judge never gives a false verdict on equations (lost solutions) or decimals (precision).

Each row is (a, b, expected status, a fragment of the method or reason, assumptions). An
"unknown" row is the honest answer: sympy cannot list every solution, or a special value of
another symbol may change the solutions.
"""

from __future__ import annotations

import pytest
import sympy as sp

from tutor import compare

EQ, NE, UNK = "equal", "not_equal", "unknown"

ONE_VARIABLE = [
    ("tan(x) = 1", "x = pi/4", NE, "solves the first equation, not the second", ()),
    ("x = pi/4", "tan(x) = 1", NE, "follows from the previous equation", ()),
    ("x^2 = 4", "x = 2", NE, "x = -2 solves the first equation, not the second", ()),
    ("x^2 = 4", "x = 2", EQ, "same", ("x > 0",)),
    ("2x + 4 = 0", "x = -2", EQ, "same equation rearranged", ()),
    ("(x-2)(x-3) = 0", "x^2 - 5x + 6 = 0", EQ, "same equation rearranged", ()),
    ("sin(x) = 0", "x = 0", NE, "x = pi solves the first", ()),
    ("sin(x) = 0", "sin(2x) = 0", NE, "solves the second equation, not the first", ()),
    ("sin(2x) = 0", "2 sin(x) cos(x) = 0", EQ, "same real solutions", ()),
    ("sin(x) = cos(x)", "tan(x) = 1", EQ, "same real solutions", ()),
    ("x(x-1) = 0", "x - 1 = 0", NE, "x = 0 solves the first", ()),
    ("sqrt(x) = -1", "x = 1", NE, "x = 1 solves the second", ()),
    ("sqrt(x) = -1", "x^2 = -1", EQ, "same real solutions", ()),  # both have none
    ("(x^2-1)/(x-1) = 2", "x + 1 = 2", NE, "x = 1 solves the second", ()),
    ("e^x = 5", "x = ln(5)", EQ, "same", ()),
    ("x = e^(-x)", "x = 0.5", NE, "solutions for x", ()),
    ("floor(x) = 0", "x = 0", UNK, "could not list every real solution", ()),
    ("10^(-30) = 0", "1 = 1", NE, "both sides are numbers", ()),
    ("1 = 1", "2 = 2", EQ, "both sides are numbers", ()),
]

SEVERAL_VARIABLES = [
    ("x y = 0", "x = 0", NE, "solutions for y", ()),  # every x solves the first when y = 0
    ("e^(x y) = 1", "x = 0", NE, "solutions for y", ()),
    ("y x + z = 0", "x = -z/y", UNK, "could not all be listed", ()),  # y = 0, z = 0
    ("y = sin(x)", "x = arcsin(y)", NE, "solutions for x", ()),
    ("y = x^2", "x = sqrt(y)", NE, "solutions for x", ()),
    ("y = 2x + 1", "x = (y-1)/2", EQ, "same equation rearranged", ()),
    ("p(1 + o) = o", "p = o/(1 + o)", EQ, "same solutions for o", ()),
    ("p/(1 - p) = o", "p = o(1 - p)", EQ, "same solutions", ("0 < p < 1", "o > 0")),
    ("y - n p = 0", "p = y/n", EQ, "same solutions for p",
     ("0 < p < 1", "n integer positive", "0 < y < n")),
]

DECIMALS = [
    ("1/3", "0.33333333333333333333333333333334", NE, "does not round", ()),
    ("1/3", "0.33333333333333333333333333333333", EQ, "precision written", ()),
    # 0.35 rounds up to 0.4; nobody cuts off a value one place longer than written: a slip
    ("0.35", "0.3", NE, "[0.25, 0.35)", ()),
    ("0.3", "0.35", NE, "[0.25, 0.35)", ()),
    ("0.3518", "0.3", UNK, "cut off", ()),  # a longer value cut off, not rounded
    ("0.45", "0.3", NE, "[0.25, 0.35)", ()),   # neither rounded nor cut off
    ("0.25", "0.3", EQ, "[0.25, 0.35)", ()),
    ("-0.35", "-0.3", NE, "(-0.35, -0.25]", ()),  # away from zero: -0.35 rounds to -0.4
    ("-0.45", "-0.3", NE, "(-0.35, -0.25]", ()),
    ("-0.25", "-0.3", EQ, "(-0.35, -0.25]", ()),
    ("-0.25", "-0.3", EQ, "(-0.35, -0.25]", ()),
    ("0.05", "0.0", NE, "(-0.05, 0.05)", ()),
    ("0.04", "0.0", EQ, "(-0.05, 0.05)", ()),
    ("0.1 + 0.2", "0.3", EQ, "", ()),
    ("1e-30", "0", NE, "does not round", ()),
    ("0.333", "1/3", EQ, "precision written", ()),
    ("0.334", "1/3", NE, "does not round", ()),
    ("-1/3", "-0.333", EQ, "precision written", ()),
    ("ln(0.25)", "-1.386", EQ, "precision written", ()),
    ("pi", "3.1415926535897932384626433832795", EQ, "precision written", ()),
    ("pi", "3.1415926535897932384626433832794", NE, "does not round", ()),
    ("-5.3 * 10^2", "-530.4", EQ, "(-535, -525]", ()),
]


def _check(a, b, expect, fragment, assume):
    verdict = compare(a, b, assume)
    assert verdict.status == expect, verdict
    assert fragment in f"{verdict.method} {verdict.reason}", verdict
    return verdict


@pytest.mark.parametrize("a,b,expect,fragment,assume", ONE_VARIABLE)
def test_one_variable_equations_by_real_solution_sets(a, b, expect, fragment, assume):
    verdict = _check(a, b, expect, fragment, assume)
    if expect == NE and verdict.witness:
        (name, value), = verdict.witness.items()
        assert name == "x"
        assert sp.Rational(value) is not None


@pytest.mark.parametrize("a,b,expect,fragment,assume", SEVERAL_VARIABLES)
def test_equations_in_several_variables_lose_no_solution(a, b, expect, fragment, assume):
    _check(a, b, expect, fragment, assume)


@pytest.mark.parametrize("a,b,expect,fragment,assume", DECIMALS)
def test_decimals_read_exactly_to_the_places_written(a, b, expect, fragment, assume):
    _check(a, b, expect, fragment, assume)


# sympy's evaluation widens where an equation is defined: the written forms decide
@pytest.mark.parametrize(("a", "b", "expected"), [
    ("z*(z - 5)/(z - 5) = 5", "z = 5", "not_equal"),
    ("y + 1/(y + 4) = -4 + 1/(y + 4)", "y = -4", "not_equal"),
    ("x/x = 1", "0 = 0", "not_equal"),
    ("sqrt(x)^2 = x", "x = x", "not_equal"),
    ("(x + 1)^2 = x^2 + 2x + 1", "0 = 0", "equal"),
    ("2x + 4 = 0", "x = -2", "equal"),
])
def test_written_domain_of_equations(a, b, expected):
    assert compare(a, b).status == expected
    assert compare(b, a).status == expected


# equations with sums of x_i: each sum one value (equal is then sound; a difference is not)
@pytest.mark.parametrize(("a", "b", "assume", "expected"), [
    ("sum(i=1..n, x_i) = n mu", "mu = sum(i=1..n, x_i)/n", "n > 0", "equal"),
    ("sum(i=1..n, x_i) = n mu", "mu = sum(j=1..n, x_j)/n", "n > 0", "equal"),
    # a difference is refuted with the sums written out at a small n the assumptions allow
    ("sum(i=1..n, x_i) = n mu", "mu = sum(i=1..n, x_i)", "n > 0", "not_equal"),
    ("sum(i=1..n, x_i^2) = n v", "v = sum(i=1..n, x_i^2)/(n - 1)", "n > 6", "not_equal"),
    ("sum(i=1..n, x_i - mu) = 0", "mu = sum(i=1..n, x_i)/n", "n > 0", "equal"),
])
def test_equations_with_sums(a, b, assume, expected):
    assert compare(a, b, assume).status == expected


# a sum with no closed form in time (a loaded machine) is summed term by term: its bound is a
# count, never a negative number (N = -2 made 1 - 1/(N+1) look wrong by the empty-range rule)
@pytest.mark.parametrize(("a", "b", "expected"), [
    ("sum(i=1..N, 1/(i(i+1)))", "1 - 1/(N+1)", "equal"),
    ("sum(i=1..N, i^2)", "N(N+1)(2N+1)/6", "equal"),
    ("sum(i=1..N, i)", "N(N+1)/2", "equal"),
    ("sum(i=1..N, i)", "N(N-1)/2", "not_equal"),
])
def test_sums_summed_term_by_term_count_from_zero(a, b, expected, monkeypatch):
    from tutor.judge import equivalence, expressions

    monkeypatch.setattr(expressions, "_closed_form_budget", lambda expr: 0)
    equivalence.clear_caches()
    assert compare(a, b).status == expected
    equivalence.clear_caches()


# decimals multiplied in and an infinite side: no rounding gap to weigh, just different
@pytest.mark.parametrize(("a", "b", "expected"), [
    ("(2(-1)(0) - 1) · 1", "exp(0.116668 + oo * 0.218866)", "not_equal"),
    ("0.75 · 0.415", "0.31125", "equal"),
])
def test_decimals_multiplied_in_against_an_infinite_value(a, b, expected):
    assert compare(a, b).status == expected
