"""The detectors of the written forms and of derivatives: (the line before, got) -> (code, phrase).

Each row is (before, got, want): `want` is None when the detector must stay silent, or (code,
phrase) when it must name the slip with that code in a sentence that contains the phrase. The
written-form detectors get both lines as written (unevaluated); the derivative detectors get the
line before as written (with its d/dx) and the learner's line as `diagnose` hands it on.
"""

from __future__ import annotations

import pytest
from test_diagnosis import _check

from tutor.derive.diagnosis import diagnose
from tutor.derive.diagnosis_calculus import (
    diagnose_chain_rule,
    diagnose_not_differentiated,
    diagnose_product_rule,
    diagnose_variable,
)
from tutor.derive.diagnosis_equations import diagnose_equation
from tutor.derive.diagnosis_logs import diagnose_log_combined, diagnose_log_rule
from tutor.derive.diagnosis_probes import as_written, show, value
from tutor.derive.diagnosis_written import (
    diagnose_argument,
    diagnose_complement,
    diagnose_conjugate,
    diagnose_dropped_factor,
    diagnose_dropped_function,
    diagnose_exponent_written,
    diagnose_function_value,
    diagnose_multiplied,
    diagnose_sign_before,
    diagnose_sign_inside,
    diagnose_swapped_exponents,
    diagnose_written_terms,
)
from tutor.read.parser import parse


def _written(text: str):
    return as_written(parse(text, "plain"))


def _ids(table) -> list[str]:
    return [f"{r[0]} | {r[1]}" for r in table]


# --- the written forms: one node of the line before changed in one way ------------------------

WRITTEN = {
    diagnose_log_combined: [
        ("log(3, 10) + log(4, 10)", "log(3 + 4, 10)", ("log-rule", "a sum of logarithms")),
        ("log(3, 10) + log(4, 10)", "log(3, 10) * log(4, 10)", ("log-rule", "a sum of logarithms")),
        ("ln(15) - ln(3)", "ln(15)/ln(3)", ("log-rule", "a difference of logarithms")),
        ("ln(15) - ln(3)", "ln(15 - 3)", ("log-rule", "a difference of logarithms")),
        ("ln(15) - ln(3)", "ln(5)", None),  # right
        ("log(3, 10) + log(4, 10)", "log(12, 10)", None),  # right
        ("ln(x) + y", "ln(x + y)", None),  # one logarithm only
    ],
    diagnose_log_rule: [
        ("p log2(p/(1/2)) + (1 - p) log2((1 - p)/(1/2))",
         "p log2(p)/log2(1/2) + (1 - p) log2(1 - p)/log2(1/2)",
         ("log-rule", "nor are the other logarithms like it")),  # the same slip in both logs
        ("ln(p^x) + ln((1 - p)^(1 - x))", "ln(x p) + ln((1 - x)(1 - p))", ("log-rule", "ln(px)")),
        ("ln(p^x) + ln((1 - p)^(1 - x))", "x ln(p) + (1 - x) ln(1 - p)", None),  # right
        ("ln(x y)", "ln(x) + ln(y)", None),  # right
        ("ln(x) + ln(y)", "ln(x) ln(y)", None),  # nothing to rewrite inside a log
    ],
    diagnose_sign_inside: [
        ("p (log2(p) + 1) + (1 - p)(log2(1 - p) + 1)", "p (log2(p) - 1) + (1 - p)(log2(1 - p) - 1)",
         ("sign", "the term -1 has the wrong sign each time it is written")),
        ("x - y", "x + y", ("sign", "the term y has the wrong sign")),
        ("x^-2", "x^2", ("sign", "the exponent of x has the wrong sign")),
        ("x + y", "2x + y", None),
        ("x + y", "x + y", None),  # right
    ],
    diagnose_sign_before: [
        ("-6 + x/20 + 7/2", "x/20 + 19/2", ("sign", "the term -6 changed its sign")),
        ("a - b + c", "a + b + c", ("sign", "the term -b changed its sign")),
        ("a - b + c", "a - b - c", ("sign", "the term c changed its sign")),
        ("a - b + c", "a - b + 2c", None),
        ("a - b", "a - b", None),  # right
    ],
    diagnose_swapped_exponents: [
        ("binom(n, k) p^k (1-p)^(n-k)", "binom(n, k) p^(n-k) (1-p)^k",
         ("exponent", "the exponents of p and 1 - p are swapped")),
        ("x^2 y^3", "x^3 y^2", ("exponent", "the exponents of x and y are swapped")),
        ("x^2 y^3", "x^2 y^2", None),  # one exponent changed
        ("x^2 y^2", "x^2 y^2", None),  # right
        ("x^2 + y", "x + y^2", None),  # no power of y to swap with
    ],
    diagnose_exponent_written: [
        ("(1/K)^2 (K s^2)", "(1/K) (K s^2)", ("exponent", "the exponent of 1/K is wrong")),
        ("x^2 y", "x^4 y", ("exponent", "the exponent of x is wrong")),
        ("x^4 y", "x^2 y", ("exponent", "the exponent of x is wrong")),
        ("x^2 y", "2 x^2 y", None),  # a factor
        ("2^2 + 1", "2 + 1", None),  # numbers: arithmetic
    ],
    diagnose_dropped_factor: [
        ("n binom(n, k) p", "binom(n, k) p", ("factor", "the factor n is missing")),
        ("(0.0095)/(0.0095 + 0.0495)", "0.0095", ("factor", "the division by 0.0095 + 0.0495")),
        ("binom(200, 60) (1/10)^60 (9/10)^140", "(1/10)^60 (9/10)^140",
         ("factor", "the factor binom(200, 60) is missing")),  # not its 52-digit value
        ("sigma(z) - y", "sigma(z)", None),  # a term, not a factor
        ("2 x y", "x y", None),  # a numeric coefficient: the factor detector's
        ("x y", "x y", None),  # right
    ],
    diagnose_written_terms: [
        ("(1 - log2(3)/2) - (3/8)(log2(3) - 2/3)", "(1 - log2(3)/2) - (log2(3) - 2/3)",
         ("factor", "the term -(log2(3) - 2/3) is off by a factor")),  # a weight dropped
        ("1 - x^2/2 + x^4/24", "1 - x^2/2 + x^4/4", ("factor", "x^4/4 is off by a factor")),
        ("2 + 3/4", "2 + 1/4", None),  # plain numbers: every ratio is rational
        ("x + y", "x + 2y + 1", None),  # more than one term differs
        ("x + y", "x + y", None),  # right
    ],
    diagnose_conjugate: [
        ("(sqrt(x + h + 1) - sqrt(x + 1))/h", "((x + h + 1) - (x + 1))/h",
         ("factor", "multiplied by sqrt(x + h + 1) + sqrt(x + 1) on one side")),
        ("(sqrt(x) - 1)/h", "(x - 1)/h", ("factor", "on one side of the fraction only")),
        ("(sqrt(x) - 1)/h", "(x - 1)/(h (sqrt(x) + 1))", None),  # both sides: right
        ("(x - 1)/h", "(x + 1)/h", None),  # no root
        ("(sqrt(x) - 1)/h", "2 (sqrt(x) - 1)/h", None),
    ],
    diagnose_function_value: [
        ("cos(0) - sin(0) x - cos(0) x^2/2 + sin(0) x^3/6", "1 - x - x^2/2 + x^3/6",
         ("arithmetic", "the value used for sin(0) is wrong")),
        ("cos(0)/(e^0 + 1)", "1/(0 + 1)", ("arithmetic", "e^0")),
        ("cos(0) + x", "1 + x", None),  # right
        ("sin(1) + x", "2 + x", None),  # not a simple wrong value
        ("sin(0) + x", "sin(0) + 2x", None),
    ],
    diagnose_multiplied: [
        ("(1 - p) (x/(1 - p))", "(1 - p) (1 - p) x", ("reciprocal", "multiplies by 1 - p")),
        ("a/b", "a b", ("reciprocal", "multiplies by b")),
        ("a/b", "b/a", None),  # the whole reciprocal: diagnose_reciprocal
        ("a/b", "a/b", None),  # right
        ("a b", "a/b", None),  # nothing divided in the line before
    ],
    diagnose_complement: [
        ("(1 - p) (x/(1 - p))", "p x/(1 - p)", ("complement", "p stands where 1 - p should be")),
        ("q (1 - q)", "q q", ("complement", "a probability and its complement")),
        ("1 - p", "p + 1", None),
        ("p (1 - p)", "p (1 - p)", None),  # right
        ("x + 1", "x", None),  # 1 + x is no complement
    ],
    diagnose_dropped_function: [
        ("x ln(t) - t - ln(x!)", "x ln(t) - t - ln(x)", ("dropped-function", "x stands where")),
        ("d (1/(1 + e^(-z))) (e^(-z)/(1 + e^(-z)))", "d z (1 - z)",
         ("dropped-function", "z stands where σ(z) should be")),
        ("ln(x) + 1", "x + 1", ("dropped-function", "x stands where ln(x) should be")),
        ("ln(x) + 1", "2 ln(x) + 1", None),
        ("ln(x)", "ln(x)", None),  # right
    ],
    diagnose_argument: [
        ("k ln(8)", "k ln(6)", ("argument", "the number inside ln(6) is wrong")),
        ("sin(2) + x", "sin(3) + x", ("argument", "sin(3)")),
        ("k ln(8)", "2 k ln(8)", None),
        ("k ln(x)", "k ln(y)", None),  # not a number
        ("k ln(8)", "k ln(8)", None),  # right
    ],
}
WRITTEN_ROWS = [pytest.param(fn, *row, id=f"{fn.__name__}: {row[0]} | {row[1]}")
                for fn, rows in WRITTEN.items() for row in rows]


@pytest.mark.parametrize(("detector", "before", "got", "want"), WRITTEN_ROWS)
def test_written_form_detector(detector, before, got, want):
    _check(detector(_written(before), _written(got)), want)


@pytest.mark.parametrize("detector", list(WRITTEN))
def test_each_written_table_has_rows_both_ways(detector):
    assert {row[-1] is None for row in WRITTEN[detector]} == {True, False}


# --- derivatives: the line before holds d/dx (…) ------------------------------------------------

DERIVATIVES = {
    diagnose_chain_rule: [
        ("d/dp (-p ln(p) - (1 - p) ln(1 - p))", "-ln(p) - 1 - ln(1 - p) - 1",
         ("chain-rule", "the inner derivative of 1 - p is missing")),  # one term of a sum
        ("-d/dp (d/dp (x ln(p) + (1 - x) ln(1 - p)))", "-d/dp (x/p + (1 - x)/(1 - p))",
         ("chain-rule", "1 - p")),  # inside a second derivative
        ("d/dp (d/dp (-p log2(p) - (1 - p) log2(1 - p)))", "d/dp (-log2(1 - p) - log2(p))",
         ("chain-rule", "1 - p")),  # a constant dropped inside does not matter
        ("d/dx (x^2 y) + d/dx (sin(x y))", "2x y + cos(x y)", ("chain-rule", "of xy")),
        ("d/dz (-y ln(sigma(z)) - (1 - y) ln(1 - sigma(z)))",
         "-y/sigma(z) + (1 - y)/(1 - sigma(z))",
         ("chain-rule", "σ(z)")),  # the whole expression as a function of σ(z)
        ("d/dx sin(x^2)", "2x cos(x^2)", None),  # right
        ("d/dx sin(x)", "-cos(x)", None),  # a sign, u = x
        ("d/dx (x^3)", "3x^2", None),  # right, nothing composed
    ],
    diagnose_product_rule: [
        ("d/dx (x sigma(b x))", "b x sigma(b x) (1 - sigma(b x))",
         ("product-rule", "needs both terms of the product rule")),
        ("d/dy (y^2 + y e^(x y))", "2y + x y e^(x y)", ("product-rule", "y·e^(xy)")),
        ("d/dx (x sin(x))", "sin(x)", ("product-rule", "x·sin(x)")),
        ("d/dx (x sin(x))", "sin(x) + x cos(x)", None),  # right
        ("d/dx (x^2)", "x", None),  # no product of two factors
    ],
    diagnose_variable: [
        ("(sigma(w x1 + v x2 + b) - y) d/dw (w x1 + v x2 + b)", "(sigma(w x1 + v x2 + b) - y) x2",
         ("variable", "with respect to v, not w")),
        ("d/dx (x^2 y^3)", "3x^2 y^2", ("variable", "with respect to y, not x")),
        ("d/dw (w x + b)", "1", None),  # d/db would be 1, a constant: not named
        ("d/dx (x^2 y^3)", "2x y^3", None),  # right
        ("d/dx (x^2)", "2", None),  # no other variable
    ],
    diagnose_not_differentiated: [
        ("d/dx (x)", "x", ("not-differentiated", "the derivative was dropped")),
        ("d/dx (x^2 + 1)", "x^2 + 1", ("not-differentiated", "the function itself")),
        ("d/dx (e^x)", "e^x", None),  # e^x is its own derivative: right
        ("d/dx (x^2)", "2x", None),  # right
        ("x^2", "x^2", None),  # no derivative before
    ],
}
DERIVATIVE_ROWS = [pytest.param(fn, *row, id=f"{fn.__name__}: {row[0]} | {row[1]}")
                   for fn, rows in DERIVATIVES.items() for row in rows]


@pytest.mark.parametrize(("detector", "before", "got", "want"), DERIVATIVE_ROWS)
def test_derivative_detector(detector, before, got, want):
    _check(detector(parse(before, "plain"), value(_written(got))), want)


@pytest.mark.parametrize("detector", list(DERIVATIVES))
def test_each_derivative_table_has_rows_both_ways(detector):
    assert {row[-1] is None for row in DERIVATIVES[detector]} == {True, False}


# --- no sentence states the right value --------------------------------------------------------

NO_VALUE = [  # (expected, got): the sentence must not contain the right value
    ("3/7", "4/7"), ("4x - 1", "4x + 1"), ("x^3", "x^2"), ("2/(x+1)", "(x+1)/2"),
("x^2 + 2x", "x^2"), ("2x cos(x^2)", "cos(x^2)"),
]


@pytest.mark.parametrize(("expected", "got"), NO_VALUE, ids=[f"{e} | {g}" for e, g in NO_VALUE])
def test_no_sentence_states_the_right_value(expected, got):
    found = diagnose(parse(expected, "plain"), parse(got, "plain"))
    assert found is not None
    right = value(_written(expected))
    assert show(right) not in found[1] and "**" not in found[1], found


# --- diagnose_equation: an equation that does not follow from the one before -------------------

EQUATIONS = [  # (the equation before, the learner's, want)
    ("p/(1 - p) = o", "(1 - p)/p = o", ("reciprocal", "only (1 - p)/p was inverted")),
    ("ln(p/(1 - p)) = z", "p/(1 - p) = 10^z", ("log-base", "not by 10^(…)")),
    ("ln(p/(1 - p)) = z", "p/(1 - p) = e^(-z)", ("sign", "the exponent has the wrong sign")),
    ("p = o - o p", "p - o p = o", ("sign", "a term that changes sides changes its sign")),
    ("ln(1) = -6 + 0.05 x1 + 3.5", "0 = 0.05 x1 + 9.5", ("sign", "the term -6 changed its sign")),
    ("p/(1 - p) = o", "(1 - p)/p = 1/o", None),  # both sides inverted: right
    ("ln(p/(1 - p)) = z", "p/(1 - p) = e^z", None),  # right
    ("2x = 6", "x = 6", ("factor", "on the left side only")),  # one side divided
    ("x^2 = 1/6", "x = 1/6", ("exponent", "the power on x was dropped")),
    ("-n v + Q = 1", "-n v^2 + Q = 1", ("exponent", "the exponent of v is wrong")),
    ("-n v + Q = 0", "-n v^2 + Q = 0", None),  # … = 0 may have been multiplied through: unsure
    ("y(1 - p) - (n - y) p = 0", "y(1 - p) - (n + y) p = 0",
     ("sign", "one of these has the wrong sign: the term -p and the term y")),  # either flip
    ("6x^2 - 1 = 0", "x^2 = 6", None),  # not one of these slips
]


def _sides(text: str):
    left, right = text.split("=")
    return parse(left, "plain"), parse(right, "plain")


@pytest.mark.parametrize(("before", "got", "want"), EQUATIONS, ids=_ids(EQUATIONS))
def test_equation(before, got, want):
    _check(diagnose_equation(*_sides(before), *_sides(got)), want)
