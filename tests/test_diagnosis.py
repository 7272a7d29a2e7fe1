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
    diagnose_reciprocal,
    diagnose_sign,
    diagnose_sign_inside,
    diagnose_solve_step,
    diagnose_term,
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
    _wrong("log(x, 10)", "log(x, 2)", ("log-base", "another base"),
           reason="log base 10 written as base 2: the ratio log(10)/log(2) is not 'a simple number "
                  "times one log', so nothing is said"),
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
    ("x - 1", "1 - x", ("sign", "the whole expression should be negated")),
    ("(x-1)/(x+1)", "(1-x)/(x+1)", ("sign", "the whole expression should be negated")),
    ("x - y", "x + y", ("sign", "the term -y has the wrong sign")),
    ("a*x^2 + b*x - c", "a*x^2 + b*x + c", ("sign", "the term -c has the wrong sign")),
    ("x*y - 2", "x*y + 2", ("sign", "the term -2 has the wrong sign")),
    ("1 - x + x^2 - x^3", "1 + x + x^2 + x^3", ("sign", "the terms -x, -x^3 have the wrong sign")),
    _wrong("1 - x + x^2/2 - x^3/6", "1 + x + x^2/2 + x^3/6", ("sign", "-x^3/6"),
           reason="terms are read from the numerator over a common denominator: it names -6*x "
                  "and -x**3 instead of -x and -x**3/6"),
    _wrong("1/(x+1) - x", "1/(x+1) + x", ("sign", "the term -x has the wrong sign"),
           reason="over the common denominator -x becomes -x - x**2: it blames two terms"),
    _wrong("x/(x+1) - y", "x/(x+1) + y", ("sign", "the term -y has the wrong sign"),
           reason="over the common denominator -y becomes -y - x*y: it blames two terms"),
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
    ("x - y", "x + y", ("sign", "the term y should be -y")),
    ("x + 3", "x - 3", ("sign", "the term -3 should be 3")),
    ("2 - 3", "2 + 3", ("sign", "the term 3 should be -3")),
    ("x^-2", "x^2", ("sign", "should be -2")),  # the sign of an exponent
    ("1/(x+1) - x", "1/(x+1) + x", ("sign", "the term x should be -x")),
    ("1 - x + x^2/2 - x^3/6", "1 - x + x^2/2 + x^3/6", ("sign", "x^3/6 should be -x^3/6")),
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
    ("2x*cos(x^2)", "cos(x^2)", ("chain-rule", "inner derivative 2x of x^2")),
    ("3*exp(3x)", "exp(3x)", ("chain-rule", "inner derivative 3 of 3x")),
    ("-2*sin(2x+1)", "-sin(2x+1)", ("chain-rule", "inner derivative 2 of 2x + 1")),
    ("2x*log(2)*2^(x^2)", "log(2)*2^(x^2)", ("chain-rule", "inner derivative 2x of x^2")),
    ("6*sin(3x)^2*cos(3x)", "2*sin(3x)^2*cos(3x)", ("chain-rule", "inner derivative 3 of 3x")),
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
    ("x/(x+1)", "(x+1)/x", ("reciprocal", "reciprocal of x/(x + 1)")),
    ("1/x", "x", ("reciprocal", "reciprocal of 1/x")),
    ("2", "1/2", ("reciprocal", "reciprocal of 2")),
    ("sin(x)", "csc(x)", ("reciprocal", "reciprocal of sin(x)")),
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
    ("x^3", "x^2", ("exponent", "exponent of x should be 3, not 2")),
    ("3x^2", "3x^3", ("exponent", "exponent of x should be 2, not 3")),
    ("x^2 + x", "x^3 + x", ("exponent", "exponent of x should be 2, not 3")),
    ("1/x^2", "1/x", ("exponent", "should be -2, not -1")),
    ("(x+1)^-2", "(x+1)^2", ("exponent", "exponent of x + 1 should be -2, not 2")),
    ("exp(2x)", "exp(x)", ("exponent", "exponent of e should be 2x, not x")),
    ("exp(-x)", "exp(x)", ("exponent", "should be -x, not x")),
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
    ("(a+b)^2", "a^2+b^2", ("expansion", "cross terms 2ab")),
    ("(x-y)^2", "x^2+y^2", ("expansion", "cross terms -2xy")),
    ("(x+1)^3", "x^3+1", ("expansion", "cross terms 3x^2 + 3x")),
    ("(a+b+c)^2", "a^2+b^2+c^2", ("expansion", "2ab + 2ac + 2bc")),
    ("3*(x+2)^2", "3x^2+12", ("expansion", "(x + 2)^2 needs the cross terms 4x")),
    ("(x+1)^2 + 3", "x^2 + 4", ("expansion", "cross terms 2x")),
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
    ("x^2+2x", "x^2+2x+1", ("term", "the difference from the right result is 1")),
    ("x^2+x", "x^2", ("term", "the difference from the right result is -x")),
    ("sin(x) + x", "sin(x)", ("term", "the difference from the right result is -x")),
    ("x^2 + 3", "x^2 + 5", ("term", "the difference from the right result is 2")),
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
    ("7", "8", ("arithmetic", "the value is 7 ")),
    ("1/3", "1/4", ("arithmetic", "the value is 1/3 ")),
    ("2^10", "1000", ("arithmetic", "the value is 1024 ")),
    ("log(8, 2)", "2", ("arithmetic", "the value is 3 ")),
    ("sqrt(2)", "1.41", ("arithmetic", "the value is sqrt(2) ")),
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
    ("2", "1/2", None, ("reciprocal", "reciprocal of 2")),  # a reciprocal, not a factor 1/4
    ("log(x, 2)", "log(x)", None, ("log-base", "ln(2)")),
    ("x - y", "x + y", None, ("sign", "the term -y has the wrong sign")),
    ("x^3", "x^2", None, ("exponent", "exponent of x should be 3, not 2")),
    ("(a+b)^2", "a^2+b^2", None, ("expansion", "cross terms 2ab")),
    ("log(4^6)", "log(4)^6", None, ("log-rule", "ln(4)^6 is not ln(4^6)")),  # as written
    ("x^2 + x", "x^2", None, ("term", "the difference from the right result is -x")),
    ("7", "8", None, ("arithmetic", "the value is 7 ")),
    ("0.98", "0.99", None, ("arithmetic", "the value is 49/50 ")),  # decimals exact as written
    ("2x*cos(x^2)", "cos(x^2)", "d/dx sin(x^2)", ("chain-rule", "2x of x^2")),
    ("10x*(x^2+1)^4", "5*(x^2+1)^4", "d/dx (x^2+1)^5", ("chain-rule", "2x of x^2 + 1")),
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
    ("d/dx sin(x^2)", "cos(x^2)", ("chain-rule", "inner derivative 2x of x^2")),
    ("d/dx exp(3x)", "exp(3x)", ("chain-rule", "inner derivative 3 of 3x")),
    ("d/dx (2x+1)^5", "5*(2x+1)^4", ("chain-rule", "inner derivative 2 of 2x + 1")),
    ("d/dx (x^2+1)^5", "5*(x^2+1)^4", ("chain-rule", "inner derivative 2x of x^2 + 1")),
    ("d/dx sqrt(x^2+1)", "1/(2*sqrt(x^2+1))", ("chain-rule", "2x of x^2 + 1")),
    ("d/dx log(x^2+1)", "1/(x^2+1)", ("chain-rule", "2x of x^2 + 1")),
    ("d/dx sin(x)^3", "3*sin(x)^2", ("chain-rule", "inner derivative cos(x) of sin(x)")),
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
    _wrong("(b-c)/a", "b - c", DIVIDE, None,
           reason="ax = b - c solved as x = b - c: a symbolic coefficient is not a constant "
                  "factor, so it says only 'the equations do not have the same solutions'"),
    ("5 - y", "5 + y", "x should be 5 - y", DIVIDE),  # a sign, not a division
    ("2a + 1", "2a - 1", "the difference from the right result is -2", DIVIDE),
    ("y^2", "y^3", "exponent of y should be 2, not 3", DIVIDE),
    ("4", "4.5", "x should be 4", DIVIDE),
]


@pytest.mark.parametrize(("correct", "got", "phrase", "absent"), SOLVE_STEP, ids=_ids(SOLVE_STEP))
def test_solve_step(correct, got, phrase, absent):
    code, sentence = diagnose_solve_step(_read(correct), _read(got), sp.Symbol("x"))
    assert code == "solve-step"
    assert phrase in sentence, f"expected {phrase!r} in {sentence!r}"
    if absent is not None:
        assert absent not in sentence, f"did not expect {absent!r} in {sentence!r}"


# --- the tables cover every detector, with rows both ways ---------------------------------------

TABLES = {
    "diagnose_log_base": LOG_BASE, "diagnose_sign": SIGN, "diagnose_sign_inside": SIGN_INSIDE,
    "diagnose_inner_chain_rule": INNER_CHAIN_RULE, "diagnose_reciprocal": RECIPROCAL,
    "diagnose_factor": FACTOR, "diagnose_exponent": EXPONENT, "diagnose_expansion": EXPANSION,
    "diagnose_log_rule": LOG_RULE, "diagnose_term": TERM, "diagnose_arithmetic": ARITHMETIC,
    "diagnose": DIAGNOSE, "diagnose_chain_rule": CHAIN_RULE, "diagnose_solve_step": SOLVE_STEP,
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
