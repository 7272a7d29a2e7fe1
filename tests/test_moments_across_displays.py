"""Moments worked out in one display and used in the next (E(X) = Σ x P(X = x) = … = 1.7, then
Var(X) = E(X²) - E(X)² = 3.7 - 1.7²); Σ_x g(x) P(X = x) as E[g(X)]; decimal commas after a
whole number, `2(0,4)`."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.document_steps import assert_verdicts
from tutor.judge.expectation_sums import as_expectations
from tutor.read.decimal_commas import decimal_commas
from tutor.read.parser import parse

MEAN = r"$$E(X) = \sum_x x \, P(X=x) = 0(0.1) + 1(0.3) + 2(0.4) + 3(0.2) = {mean}$$"
SQUARE = r"$$E(X^2) = 0^2(0.1) + 1^2(0.3) + 2^2(0.4) + 3^2(0.2) = 3.7$$"
VARIANCE = r"$$Var(X) = E(X^2) - [E(X)]^2 = {numbers}$$"
# more than a few words between: the displays are no longer one sequence
SENTENCE = "Next we work out how far the values spread around that mean, with the square."


def _notes(mean: str, numbers: str, between: str = "") -> str:
    return "\n\n".join(["# Expectation", MEAN.format(mean=mean), SQUARE, between,
                        VARIANCE.format(numbers=numbers)]) + "\n"


# the last verdicts: E(X²) - E(X)² against the numbers written, with the moments stated above
@pytest.mark.parametrize(("mean", "numbers", "between", "verdict"), [
    ("1.7", "3.7 - 1.7^2", "", "ok"),                 # the moments of the displays above
    ("1.7", "3.7 - 1.7^2", SENTENCE, "ok"),           # prose between, same heading
    ("1.7", "3.7 + 1.7^2", SENTENCE, "unchecked"),      # earlier moments never refute
    ("1.7", "3.7 - 1.6^2", SENTENCE, "unchecked"),
    ("1.7", "3.7 + 1.7^2", "Now:", "error"),          # one sequence of displays: they do
    ("1.7", "3.7 - 1.7^2", "## A new example", "unchecked"),  # another heading: set aside
])
def test_moments_of_earlier_displays_confirm(mean, numbers, between, verdict):
    steps = _verdicts(_notes(mean, numbers, between))
    assert steps[-1] == verdict, steps


def _verdicts(text: str) -> list[str]:
    from tutor.batch import check_document

    return [s.verdict for s in check_document(text, kind="md").steps
            if s.line == text.count("\n")]


# Σ_x g(x) P(X = x) without bounds is E[g(X)]; with bounds, or with p(x), it is not
@pytest.mark.parametrize(("text", "read"), [
    (r"\sum_x x P(X=x)", "E(X)"),
    (r"\sum_x x^2 P(X=x)", "E(X**2)"),
    (r"\sum_k (k - 1)^2 P(K = k)", "E((K - 1)**2)"),
    (r"\sum x \, P(X=x)", "E(X)"),                  # no index written: x of P(X = x)
    (r"\sum_{x=0}^{3} x P(X=x)", None),             # a range written: maybe part of the values
    (r"\sum_x x p(x)", None),
    (r"\sum_x x P(X=x) P(Y=x)", None),
    (r"\sum_x X P(X=x)", None),
])
def test_sums_over_the_values_of_a_variable(text, read):
    expr = parse(text, "latex")
    got = as_expectations(expr)
    assert (str(got) if got != expr else None) == read


@pytest.mark.parametrize(("text", "read"), [
    ("0(0,1) + 1(0,3) + 2(0,4)", "0(0.1) + 1(0.3) + 2(0.4)"),
    ("0^2(0,1) + 2^2(0,4)", "0^2(0.1) + 2^2(0.4)"),
    ("3(0,5 + 0,25)", "3(0.5 + 0.25)"),
    ("x_2(0,4) + 1", "x_2(0,4) + 1"),        # a subscript's digit: a call at a point
    ("f(0,4) + 2", "f(0,4) + 2"),
    (r"x \in (0,1)", r"x \in (0,1)"),
    ("2(0,4)", "2(0.4)"),                     # a number times a decimal, no pair
])
def test_decimal_comma_after_a_whole_number(text, read):
    assert decimal_commas(text) == read


def test_a_worked_mean_in_decimal_commas_reads():
    text = ("# Soal\n\n$$E(X) = \\sum x \\, P(X=x) = 0(0,1) + 1(0,3) + 2(0,4) + 3(0,2) = 1,7$$\n"
            "\n$$E(X^2) = 0^2(0,1) + 1^2(0,3) + 2^2(0,4) + 3^2(0,2) = 3,7$$\n\n"
            "$$\\text{Var}(X) = E(X^2) - [E(X)]^2 = 3,7 - 1,7^2 = 0,81$$\n")
    assert_verdicts(text, [("ok", "rules of expectation"), ("unchecked", None), ("ok", None),
                           ("unchecked", None), ("ok", None),
                           ("ok", None), ("ok", None), ("ok", None)])
    assert sp.Symbol("x") not in parse(r"\sum x \, P(X=x)", "latex").free_symbols


# the name of an undefined function is shown as written: E_{x~p}, not the reader's E_xsimp
@pytest.mark.parametrize(("left", "right", "message"), [
    (r"2\,\mathbb{E}_{x \sim p}[x] + 1", r"2 \cdot 3 + 1", "E_{x~p} is not defined here"),
    (r"2 f_{m-1}(x)", "4", "f_{m-1} is not defined here"),
])
def test_undefined_names_as_written(left, right, message):
    from tutor.derive.undefined import not_defined_here

    assert not_defined_here(parse(left, "latex"), parse(right, "latex")) == message
