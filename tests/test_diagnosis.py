"""Diagnosis, detector by detector: (expected, got) from plain text -> (code, phrase) or None."""

# Every table row is (expected, got, want): `want` is None when the detector must stay silent, or
# (code, phrase) when it must name the slip with that code and a sentence containing the phrase.
# The registered detectors get what `diagnose` gives them: both sides read and evaluated (sympy's
# normal form, `_read`); `diagnose_sign_inside` gets the learner's side as written (`_written`);
# `diagnose` and `diagnose_chain_rule` get the forms as written. A row marked xfail(strict=True)
# is a wrong or missed diagnosis in today's code: the row states the right answer.

from __future__ import annotations

import pytest
import sympy as sp

from tutor.derive import diagnosis
from tutor.derive.diagnosis import (
    DETECTORS,
    diagnose,
    diagnose_arithmetic,
    diagnose_chain_rule,
    diagnose_expansion,
    diagnose_exponent,
    diagnose_factor,
    diagnose_inner_chain_rule,
    diagnose_log_base,
    diagnose_log_rule,
    diagnose_mixed_bases,
    diagnose_reciprocal,
    diagnose_sign,
    diagnose_sign_inside,
    diagnose_solve_step,
    diagnose_sum,
    diagnose_symbolic_factor,
    diagnose_term,
    diagnose_terms,
)
from tutor.judge.evaluation import evaluated
from tutor.read.parser import parse


def _written(text: str) -> sp.Basic:
    """The expression as the learner wrote it (unevaluated)."""
    return parse(text, "plain")


def _read(text: str) -> sp.Basic:
    """The expression read and rebuilt with sympy's evaluation, as `diagnose` hands it on."""
    return evaluated(_written(text))


def _check(found, want) -> None:
    if want is None:
        assert found is None, f"expected no diagnosis, got {found}"
        return
    code, phrase = want
    assert found is not None, f"expected ({code!r}, …{phrase!r}…), got nothing"
    assert found[0] == code, f"expected code {code!r}, got {found}"
    assert phrase in found[1], f"expected {phrase!r} in the sentence {found[1]!r}"


def _wrong(*row, reason: str):
    """A row the code gets wrong today: kept with the right expectation."""
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


def _ids(table) -> list[str]:
    return [" | ".join(str(v) for v in (r.values if hasattr(r, "values") else r)[:2])
            for r in table]


# --- diagnose_log_base: off by a constant factor ln b -------------------------------------------

LOG_BASE = [
    ("log(x, 2)", "log(x)", ("log-base", "ln(2)")),
    ("log(x)", "log(x, 2)", ("log-base", "1/ln(2)")),
    ("log(x)", "log(x, 10)", ("log-base", "1/ln(10)")),
    ("-p*log(p, 2) - (1-p)*log(1-p, 2)", "-p*log(p) - (1-p)*log(1-p)", ("log-base", "ln(2)")),
    ("log(8, 2)", "log(8)", ("log-base", "ln(2)")),
    ("log(x, 10)", "log(x, 2)", ("log-base", "log2(10)")),  # base 10 written as base 2
    ("log(8, 2)", "log(8, 10)", ("log-base", "another base")),  # and back: lg of one and the other
    ("log(6)", "2.585", ("log-base", "1/ln(2)")),  # log2 6 written to four digits
    ("-4*(1/4)*log(1/4)", "2.0", ("log-base", "1/ln(2)")),
    ("log(1000)", "3.0", ("log-base", "1/ln(10)")),
    ("log(6)", "2.6", None),  # too few digits to tell a base from a slip
    ("log(6)", "2.595", None),  # ten units off in the last digit: a slip
    ("6", "8.656", None),  # no logarithm in the expected value
    ("log(x)", "2*log(x)", None),  # a factor 2, no logarithm in the ratio
    ("log(x, 2)", "log(x, 2) + 1", None),  # a term, not a base
    ("log(x, 2)", "log(x, 2)", None),  # right
    ("x", "-x", None),
]


@pytest.mark.parametrize(("expected", "got", "want"), LOG_BASE, ids=_ids(LOG_BASE))
def test_log_base(expected, got, want):
    _check(diagnose_log_base(_read(expected), _read(got)), want)


# --- diagnose_sign: the whole expression, one term, several terms -------------------------------

SIGN = [
    ("x - 1", "1 - x", ("sign", "the sign of the whole expression is wrong")),
    ("(x-1)/(x+1)", "(1-x)/(x+1)", ("sign", "the sign of the whole expression is wrong")),
    ("x - y", "x + y", ("sign", "the term y has the wrong sign")),
    ("a*x^2 + b*x - c", "a*x^2 + b*x + c", ("sign", "the term c has the wrong sign")),
    ("x*y - 2", "x*y + 2", ("sign", "the term 2 has the wrong sign")),
    ("1 - x + x^2 - x^3", "1 + x + x^2 + x^3", ("sign", "the terms x and x^3 have the wrong sign")),
    # the terms as the learner has them, not over a common denominator
    ("1 - x + x^2/2 - x^3/6", "1 + x + x^2/2 + x^3/6",
     ("sign", "the terms x and x^3/6 have the wrong sign")),
    ("1/(x+1) - x", "1/(x+1) + x", ("sign", "the term x has the wrong sign")),
    ("x/(x+1) - y", "x/(x+1) + y", ("sign", "the term y has the wrong sign")),
    ("x + y", "2x + 2y", None),  # a factor
    ("x^2", "x^3", None),  # an exponent
    ("sin(x)", "cos(x)", None),  # unrelated
    ("x + y", "x + y", None),  # right
]


@pytest.mark.parametrize(("expected", "got", "want"), SIGN, ids=_ids(SIGN))
def test_sign(expected, got, want):
    _check(diagnose_sign(_read(expected), _read(got)), want)


# --- diagnose_sign_inside: one term as written, flipped, gives the right value -----------------

SIGN_INSIDE = [
    ("x - y", "x + y", ("sign", "the term y has the wrong sign")),
    ("x + 3", "x - 3", ("sign", "the term -3 has the wrong sign")),
    ("2 - 3", "2 + 3", ("sign", "the term 3 has the wrong sign")),
    ("x^-2", "x^2", ("sign", "the exponent of x has the wrong sign")),  # the sign of an exponent
    ("1/(x+1) - x", "1/(x+1) + x", ("sign", "the term x has the wrong sign")),
    ("1 - x + x^2/2 - x^3/6", "1 - x + x^2/2 + x^3/6", ("sign", "x^3/6 has the wrong sign")),
    ("3x^2 sin(x) + x^3 cos(x)", "3x^2 sin(x) - x^3 cos(x)",  # the -1 of a term is no term
     ("sign", "the term -x^3·cos(x) has the wrong sign")),
    ("2x e^x + x^2 e^x", "2x e^x - x^2 e^x", ("sign", "the term -x^2·e^x has the wrong sign")),
    ("sigma(z)(1 - sigma(z))", "sigma(z)(1 + sigma(z))",  # named as written, not written out
     ("sign", "the term σ(z) has the wrong sign")),
    ("2x", "3x", None),
    ("x^2", "x^3", None),
    ("x + y", "x*y", None),
    ("x + y", "x + y", None),  # right
]


@pytest.mark.parametrize(("expected", "written", "want"), SIGN_INSIDE, ids=_ids(SIGN_INSIDE))
def test_sign_inside(expected, written, want):
    _check(diagnose_sign_inside(_read(expected), _written(written)), want)


# --- diagnose_inner_chain_rule: got · u' = expected for some f(u) in got ------------------------

INNER_CHAIN_RULE = [
    ("2x*cos(x^2)", "cos(x^2)", ("chain-rule", "inner derivative of x^2")),
    ("3*exp(3x)", "exp(3x)", ("chain-rule", "inner derivative of 3x")),
    ("-2*sin(2x+1)", "-sin(2x+1)", ("chain-rule", "inner derivative of 2x + 1")),
    ("2x*log(2)*2^(x^2)", "log(2)*2^(x^2)", ("chain-rule", "inner derivative of x^2")),
    ("6*sin(3x)^2*cos(3x)", "2*sin(3x)^2*cos(3x)", ("chain-rule", "inner derivative of 3x")),
    _wrong("10x*(x^2+1)^4", "5*(x^2+1)^4", ("chain-rule", "2x"),
           reason="the factor u' dropped inside a power u^n is looked for only in functions and "
                  "number^u; without the Derivative (diagnose_chain_rule) nothing is said"),
    ("2*cos(2x)", "4*cos(2x)", None),  # a factor 2 too many is not a missing u' = 2
    ("2*cos(2x)", "cos(x)", None),
    ("2x*cos(x^2)", "2x*sin(x^2)", None),  # unrelated
    ("cos(x)", "cos(x)", None),  # right; u = x has u' = 1
    ("2", "1", None),  # numbers
]


@pytest.mark.parametrize(("expected", "got", "want"), INNER_CHAIN_RULE,
                         ids=_ids(INNER_CHAIN_RULE))
def test_inner_chain_rule(expected, got, want):
    _check(diagnose_inner_chain_rule(_read(expected), _read(got)), want)


# --- diagnose_reciprocal: expected · got = 1 ----------------------------------------------------

RECIPROCAL = [
    ("x/(x+1)", "(x+1)/x", ("reciprocal", "upside down")),
    ("1/x", "x", ("reciprocal", "upside down")),
    ("2", "1/2", ("reciprocal", "upside down")),
    ("sin(x)", "csc(x)", ("reciprocal", "upside down")),
    ("x", "2x", None),
    ("2x", "x/2", None),  # a factor 1/4, not a reciprocal
    ("x", "-1/x", None),  # reciprocal and sign: not this slip alone
    ("x + 1", "1/(x - 1)", None),
]


@pytest.mark.parametrize(("expected", "got", "want"), RECIPROCAL, ids=_ids(RECIPROCAL))
def test_reciprocal(expected, got, want):
    _check(diagnose_reciprocal(_read(expected), _read(got)), want)


# --- diagnose_factor: off by a rational constant factor -----------------------------------------

FACTOR = [
    ("x", "2x", ("factor", "factor of 2")),
    ("x", "x/2", ("factor", "factor of 1/2")),
    ("2x", "x/2", ("factor", "factor of 1/4")),
    ("3x^2 + 2x", "6x^2 + 4x", ("factor", "factor of 2")),  # several terms
    ("sin(x)", "0.5*sin(x)", ("factor", "factor of 1/2")),
    ("2", "4", None),  # numbers: arithmetic
    ("x", "-x", None),  # a sign
    ("x", "x + 1", None),  # a term
    ("x/(x+1)", "(x+1)/x", None),  # a reciprocal
    ("log(x, 2)", "log(x)", None),  # ln 2 is a base, not a factor
    ("x", "pi*x", None),
]


@pytest.mark.parametrize(("expected", "got", "want"), FACTOR, ids=_ids(FACTOR))
def test_factor(expected, got, want):
    _check(diagnose_factor(_read(expected), _read(got)), want)


# --- diagnose_exponent: one power with another exponent -----------------------------------------

EXPONENT = [
    ("x^3", "x^2", ("exponent", "the exponent of x is wrong")),
    ("3x^2", "3x^3", ("exponent", "the exponent of x is wrong")),
    ("x^2 + x", "x^3 + x", ("exponent", "the exponent of x is wrong")),
    ("1/x^2", "1/x", ("exponent", "the exponent of x is wrong")),
    ("(x+1)^-2", "(x+1)^2", ("exponent", "the exponent of x + 1 is wrong")),
    ("exp(2x)", "exp(x)", ("exponent", "the exponent of e is wrong")),
    ("exp(-x)", "exp(x)", ("exponent", "the exponent of e is wrong")),
    ("x^2", "2x^2", None),  # a factor
    ("x^2", "x^2 + 1", None),  # a term
    ("2^3", "2^2", None),  # numbers: arithmetic
    ("x^2*y^3", "x^3*y^2", None),  # two exponents changed: not one slip
]


@pytest.mark.parametrize(("expected", "got", "want"), EXPONENT, ids=_ids(EXPONENT))
def test_exponent(expected, got, want):
    _check(diagnose_exponent(_read(expected), _read(got)), want)


# --- diagnose_expansion: (a+b)^n written as a^n + b^n -------------------------------------------

EXPANSION = [
    ("(a+b)^2", "a^2+b^2", ("expansion", "(a + b)^2 was expanded without its cross terms")),
    ("(x-y)^2", "x^2+y^2", ("expansion", "(x - y)^2 was expanded without its cross terms")),
    ("(x+1)^3", "x^3+1", ("expansion", "(x + 1)^3 was expanded without")),
    ("(a+b+c)^2", "a^2+b^2+c^2", ("expansion", "(a + b + c)^2 was expanded without")),
    ("3*(x+2)^2", "3x^2+12", ("expansion", "(x + 2)^2 was expanded without")),
    ("(x+1)^2 + 3", "x^2 + 4", ("expansion", "(x + 1)^2 was expanded without")),
    ("(a+b)^2", "a^2+2a*b+b^2", None),  # right
    ("(a+b)^2", "a^2+b^2+1", None),
    ("x^2+2x+1", "x^2+1", None),  # nothing to expand in the expected form
    ("(a+b)^7", "a^7+b^7", None),  # beyond the powers it looks at (2..6)
]


@pytest.mark.parametrize(("expected", "got", "want"), EXPANSION, ids=_ids(EXPANSION))
def test_expansion(expected, got, want):
    _check(diagnose_expansion(_read(expected), _read(got)), want)


# --- diagnose_log_rule: a law of logarithms misapplied ------------------------------------------

LOG_RULE = [
    ("log(x*y)", "log(x)*log(y)", ("log-rule", "ln(x)·ln(y) is not ln(xy)")),
    ("log(x/y)", "log(x)/log(y)", ("log-rule", "ln(x)/ln(y) is not ln(x/y)")),
    ("log(x/y)", "log(x-y)", ("log-rule", "ln(x - y) is not ln(x/y)")),
    ("log(x+y)", "log(x)+log(y)", ("log-rule", "ln(x) + ln(y) is not ln(x + y)")),
    ("log(x^3)", "log(x)^3", ("log-rule", "ln(x)^3 is not ln(x^3)")),
    ("log(x^3)", "log(x)/3", ("log-rule", "ln(x)/3 is not ln(x^3)")),
    ("log(x*y, 2)", "log(x, 2)*log(y, 2)", ("log-rule", "laws of logarithms")),
    ("log(x*y)", "log(x)+log(y)", None),  # the right law
    ("log(x^3)", "3*log(x)", None),  # the right law
    ("log(x)", "log(x, 2)", None),  # a base, not a law
    ("log(x*y)", "log(x)", None),
    ("x*y", "x+y", None),  # no logarithm
]


@pytest.mark.parametrize(("expected", "got", "want"), LOG_RULE, ids=_ids(LOG_RULE))
def test_log_rule(expected, got, want):
    _check(diagnose_log_rule(_read(expected), _read(got)), want)


# --- diagnose_term: a single term (or a constant) too many or too few ---------------------------

TERM = [
    ("x^2+2x", "x^2+2x+1", ("term", "the constant term is off")),
    ("x^2+x", "x^2", ("term", "a term is missing or wrong")),
    ("sin(x) + x", "sin(x)", ("term", "a term is missing or wrong")),
    ("x^2 + 3", "x^2 + 5", ("term", "the constant term is off")),
    ("2", "3", None),  # numbers: arithmetic
    ("x^2+x", "2x^2+3x", None),  # two terms differ
    ("x^2", "x^3", None),
    _wrong("x", "x", None, reason="a right expression is 'a difference of 0': the detector does "
                                  "not check that got differs (callers do)"),
]


@pytest.mark.parametrize(("expected", "got", "want"), TERM, ids=_ids(TERM))
def test_term(expected, got, want):
    _check(diagnose_term(_read(expected), _read(got)), want)


# --- diagnose_arithmetic: two numbers that differ -----------------------------------------------

ARITHMETIC = [
    ("7", "8", ("arithmetic", "an arithmetic slip")),
    ("1/3", "1/4", ("arithmetic", "an arithmetic slip")),
    ("2^10", "1000", ("arithmetic", "an arithmetic slip")),
    ("log(8, 2)", "2", ("arithmetic", "an arithmetic slip")),
    ("sqrt(2)", "1.41", ("arithmetic", "an arithmetic slip")),
    ("x", "x+1", None),
    ("3", "3x", None),
    _wrong("7", "7", None, reason="a right number is reported as 'the value is 7, not 7': the "
                                  "detector does not check that got differs (callers do)"),
]


@pytest.mark.parametrize(("expected", "got", "want"), ARITHMETIC, ids=_ids(ARITHMETIC))
def test_arithmetic(expected, got, want):
    _check(diagnose_arithmetic(_read(expected), _read(got)), want)


# --- diagnose: the registry in order, the chain rule first, the written forms last --------------

DIAGNOSE = [  # (expected, got, previous or None, want)
    ("x", "2x", None, ("factor", "factor of 2")),
    ("x - 2x", "x + 2x", None, ("sign", "the term 2x has the wrong sign")),  # not a factor -3
    ("2", "1/2", None, ("reciprocal", "upside down")),  # a reciprocal, not a factor 1/4
    ("log(x, 2)", "log(x)", None, ("log-base", "ln(2)")),
    ("x - y", "x + y", None, ("sign", "the term y has the wrong sign")),
    ("x^3", "x^2", None, ("exponent", "the exponent of x is wrong")),
    ("(a+b)^2", "a^2+b^2", None, ("expansion", "(a + b)^2 was expanded without its cross terms")),
    ("log(4^6)", "log(4)^6", None, ("log-rule", "ln(4)^6 is not ln(4^6)")),  # as written
    ("x^2 + x", "x^2", None, ("term", "a term is missing or wrong")),
    ("7", "8", None, ("arithmetic", "an arithmetic slip")),
    ("0.98", "0.99", None, ("arithmetic", "an arithmetic slip")),  # decimals exact as written
    ("2x*cos(x^2)", "cos(x^2)", "d/dx sin(x^2)", ("chain-rule", "inner derivative of x^2")),
    ("10x*(x^2+1)^4", "5*(x^2+1)^4", "d/dx (x^2+1)^5", ("chain-rule", "derivative of x^2 + 1")),
    ("sin(x)", "exp(x)", None, None),  # unrelated: nothing to name
    ("(x+1)^100", "(x+1)^99", None, None),  # too large to be worth naming
    _wrong("x", "x", None, None, reason="a right expression gets ('term', 'the difference ... is "
                                        "0'): nothing checks that got differs (callers do)"),
]


@pytest.mark.parametrize(("expected", "got", "previous", "want"), DIAGNOSE, ids=_ids(DIAGNOSE))
def test_diagnose(expected, got, previous, want):
    before = _written(previous) if previous is not None else None
    _check(diagnose(_written(expected), _written(got), previous=before), want)


# --- diagnose_chain_rule: d/dx f(u) answered with f'(u), u' dropped ----------------------------

CHAIN_RULE = [  # (the derivative as written, got, want)
    ("d/dx sin(x^2)", "cos(x^2)", ("chain-rule", "inner derivative of x^2")),
    ("d/dx exp(3x)", "exp(3x)", ("chain-rule", "inner derivative of 3x")),
    ("d/dx (2x+1)^5", "5*(2x+1)^4", ("chain-rule", "inner derivative of 2x + 1")),
    ("d/dx (x^2+1)^5", "5*(x^2+1)^4", ("chain-rule", "inner derivative of x^2 + 1")),
    ("d/dx sqrt(x^2+1)", "1/(2*sqrt(x^2+1))", ("chain-rule", "inner derivative of x^2 + 1")),
    ("d/dx log(x^2+1)", "1/(x^2+1)", ("chain-rule", "inner derivative of x^2 + 1")),
    ("d/dx sin(x)^3", "3*sin(x)^2", ("chain-rule", "inner derivative of sin(x)")),
    ("d/dx sin(x^2)", "2x*cos(x^2)", None),  # right
    ("d/dx x^3", "3x^2", None),  # right, nothing composed
    ("d/dx sin(x)", "-cos(x)", None),  # a sign, u = x
    ("d/dx sin(x^2)", "sin(x^2)", None),  # not differentiated at all
    ("d/dx (2x+1)^5", "10*(2x+1)^5", None),  # an exponent
    ("sin(x^2)", "cos(x^2)", None),  # no derivative before
]


@pytest.mark.parametrize(("previous", "got", "want"), CHAIN_RULE, ids=_ids(CHAIN_RULE))
def test_chain_rule(previous, got, want):
    _check(diagnose_chain_rule(_written(previous), _read(got)), want)


# --- diagnose_solve_step: x = correct, learner wrote x = got ------------------------------------

DIVIDE = "divide both sides by the coefficient of x"
SOLVE_STEP = [  # (correct right side, got, phrase in the sentence, phrase that must not be there)
    ("2a + 1", "4a + 2", "off by the factor 2 (" + DIVIDE, None),
    ("(y-1)/3", "y - 1", "off by the factor 3 (" + DIVIDE, None),
    _wrong("2a", "4a", DIVIDE, None,
           reason="2x = 4a solved as x = 4a: the term detector runs first and says 'the "
                  "difference is 2*a' instead of the missed division"),
    _wrong("3", "6", DIVIDE, None,
           reason="2x = 6 solved as x = 6: two numbers are an arithmetic slip, the missed "
                  "division is not named"),
    ("(b-c)/a", "b - c", "off by the factor a (" + DIVIDE, None),  # a symbolic coefficient
    ("5 - y", "5 + y", "the solution for x is wrong", DIVIDE),  # a sign, not a division
    ("2a + 1", "2a - 1", "the constant term is off", DIVIDE),
    ("y^2", "y^3", "the exponent of y is wrong", DIVIDE),
    ("4", "4.5", "does not solve the equation above", DIVIDE),
]


@pytest.mark.parametrize(("correct", "got", "phrase", "absent"), SOLVE_STEP, ids=_ids(SOLVE_STEP))
def test_solve_step(correct, got, phrase, absent):
    code, sentence = diagnose_solve_step(_read(correct), _read(got), sp.Symbol("x"))
    assert code == "solve-step"
    assert phrase in sentence, f"expected {phrase!r} in {sentence!r}"
    if absent is not None:
        assert absent not in sentence, f"did not expect {absent!r} in {sentence!r}"


# --- diagnose_symbolic_factor: a factor that is an expression dropped or added ----------------

SYMBOLIC_FACTOR = [
    ("(1/(p*(1-p)))^2*p*(1-p)/n", "1/(n*p^2*(1-p)^2)", ("factor", "a factor p(1 - p) is missing")),
    ("n*p", "n", ("factor", "a factor p is missing")),
    ("1/t", "1", ("factor", "an extra factor t")),
    ("x*y", "y", ("factor", "a factor x is missing")),
    ("x", "x^2 + 1", None),  # not a factor
    ("sin(x)", "x*cos(x)", None),  # a factor the learner never wrote
    ("1/sqrt(x)", "1", None),  # a root: not a factor dropped
    ("2", "3", None),  # numbers
]


@pytest.mark.parametrize(("expected", "got", "want"), SYMBOLIC_FACTOR, ids=_ids(SYMBOLIC_FACTOR))
def test_symbolic_factor(expected, got, want):
    _check(diagnose_symbolic_factor(_read(expected), _read(got)), want)


# --- diagnose_sum: two sums whose summands differ by a factor free of the index ----------------

SUM = [
    ("sum(k=1..n, k*binom(n, k)*p^k)", "sum(k=1..n, binom(n-1, k-1)*p^k)",
     ("factor", "inside the sum, a factor n is missing")),
    ("sum(k=1..n, n*binom(n-1, k-1)*p^k)", "n*sum(j=0..n-1, binom(n-1, j)*p^j)",
     ("factor", "inside the sum, a factor p is missing")),  # the index shifted
    ("sum(i=1..n, x_i - m)/s^2", "sum(i=1..n, x_i - m)/(2*s^2)", ("factor", "1/2")),
    ("sum(i=1..n, x_i)", "-sum(i=1..n, x_i)", ("sign", "the whole expression")),
    ("sum(i=1..n, x_i)", "sum(i=1..n, x_i^2)", None),  # the index in the ratio
    ("sum(i=1..n, x_i)", "sum(i=1..m, x_i)", None),  # other ranges
    ("x", "2x", None),  # no sum
]


@pytest.mark.parametrize(("expected", "got", "want"), SUM, ids=_ids(SUM))
def test_sum(expected, got, want):
    _check(diagnose_sum(_written(expected), _written(got)), want)


# --- diagnose_terms: the terms of a sum one by one, those off by a factor named ----------------

TERMS = [
    ("x - x^2/2 + x^3/3 - x^4/4", "x - x^2/2 + x^3/6 - x^4/24",
     ("factor", "the terms x^3/6 and -x^4/24 are off by a factor")),
    ("1 + x + x^2", "1 + x + x^2/2", ("factor", "the term x^2/2 is off by a factor")),
    ("a + n*m", "a + m", ("factor", "the term m is off by a factor")),
    ("1 + x + x^2", "1 - x + x^2", None),  # a sign, not a factor
    ("1 + x", "1 + x + x^2", None),  # a term more
    ("2 + 3", "2 + 6", None),  # numbers
]


@pytest.mark.parametrize(("expected", "got", "want"), TERMS, ids=_ids(TERMS))
def test_terms(expected, got, want):
    _check(diagnose_terms(_read(expected), _read(got)), want)


# H(p) by log₂ above beside H(p, q) by a bare log: one side in two bases, equal in one base
MIXED_BASES = [
    ("log(p) - log(q)", "log(p, 2) - log(q)", ("log-base", "two bases")),
    ("p*log(p/q)", "p*log(p, 2) - p*log(q)", ("log-base", "two bases")),
    ("log(a) + log(b)", "log(a, 2) + log(b)", ("log-base", "two bases")),
    ("x*log(x) - x*log(y)", "x*log(x, 10) - x*log(y)", ("log-base", "two bases")),
    ("log(a*b)", "log(a, 2) + log(b)", ("log-base", "two bases")),
    ("log(x, 2)", "log(x)", None),  # one base a side: diagnose_log_base's factor ln 2
    ("log(p) - log(q)", "log(p, 2) + log(q)", None),  # a sign, in any base
    ("1/(x*log(2))", "1/x", None),  # no log of a name: d/dx log₂ x
    ("log(p) - log(q)", "log(p) - log(q, 2) + 1", None),  # a term more
    ("log(8, 2)", "3", None),  # numbers: an arithmetic slip, not a unit
]


@pytest.mark.parametrize(("expected", "got", "want"), MIXED_BASES, ids=_ids(MIXED_BASES))
def test_mixed_bases(expected, got, want):
    _check(diagnose_mixed_bases(_read(expected), _read(got)), want)


# --- the tables cover every detector, with rows both ways ---------------------------------------

TABLES = {
    "diagnose_log_base": LOG_BASE, "diagnose_sign": SIGN, "diagnose_sign_inside": SIGN_INSIDE,
    "diagnose_inner_chain_rule": INNER_CHAIN_RULE, "diagnose_reciprocal": RECIPROCAL,
    "diagnose_factor": FACTOR, "diagnose_exponent": EXPONENT, "diagnose_expansion": EXPANSION,
    "diagnose_log_rule": LOG_RULE, "diagnose_term": TERM, "diagnose_arithmetic": ARITHMETIC,
    "diagnose": DIAGNOSE, "diagnose_chain_rule": CHAIN_RULE, "diagnose_solve_step": SOLVE_STEP,
    "diagnose_symbolic_factor": SYMBOLIC_FACTOR, "diagnose_sum": SUM, "diagnose_terms": TERMS,
    "diagnose_mixed_bases": MIXED_BASES,
}


def test_every_detector_has_a_table():
    public = {name for name in dir(diagnosis)
              if name.startswith("diagnose") and callable(getattr(diagnosis, name))}
    assert {fn.__name__ for fn in DETECTORS} | public == set(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_table_has_five_rows_both_ways(name):
    rows = [r.values if hasattr(r, "values") else r for r in TABLES[name]]
    assert len(rows) >= 5
    # rows that must name the slip and rows that must not (for solve_step: a division or not)
    assert {r[-1] is None for r in rows} == {True, False}
