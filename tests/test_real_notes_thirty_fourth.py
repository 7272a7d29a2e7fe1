"""Habits of the thirty-fourth round: entropies given an event, primes after a bracketed name."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_verdicts

ENTROPY_OF_A_BRANCH = ("$${name}(C{bar}A=t) = -\\frac{{2}}{{3}}\\log_2\\frac{{2}}{{3}} - "
                       "\\frac{{1}}{{3}}\\log_2\\frac{{1}}{{3}} = {value}$$\n")


# `H(C | A = t)`, `ENT(C|A=t)`: the entropy of C on one branch of a decision tree's split (an
# event after the bar); it was a parse error ("a relation cannot be the argument of H_cond"),
# and the name is shown as written (H, never H_cond)
@pytest.mark.parametrize(("name", "bar", "value", "expected"), [
    ("H", "|", "0.918", [("unchecked", "H is not defined here"), ("ok", None)]),
    ("H", "\\mid ", "0.918", [("unchecked", "H is not defined here"), ("ok", None)]),
    ("H", "|", "0.981", [("unchecked", "H is not defined here"), ("error", None)]),
    ("ENT", "|", "0.918", [("unchecked", "ENT is not defined here"), ("ok", None)]),
])
def test_an_entropy_given_an_event(name, bar, value, expected):
    assert_verdicts(ENTROPY_OF_A_BRANCH.format(name=name, bar=bar, value=value), expected)


def test_an_entropy_given_an_event_said_twice():
    assert_verdicts("$$H(C|A=t) = 0.918$$\n\n$$H(C|A=t) = 0.5$$\n",
                    [("unchecked", None), ("error", "H(C | A = t) is 0.918 above")])


# `(\sin^{-1})'(x)`, `(\tan)'(x)`: a prime after a function's name in brackets is its derivative
# (the inverse of sin is arcsin); it was "unexpected character ')'"
@pytest.mark.parametrize(("left", "right", "expected"), [
    ("(\\sin^{-1})'(x)", "\\frac{1}{\\sqrt{1-x^2}}", "ok"),
    ("(\\cos^{-1})'(x)", "\\frac{1}{\\sqrt{1-x^2}}", "error"),
    ("(\\cos^{-1})'(x)", "-\\frac{1}{\\sqrt{1-x^2}}", "ok"),
    ("(\\tan)'(x)", "\\sec^2 x", "ok"),
    ("(\\ln)'(x)", "\\frac{1}{x}", "ok"),
    ("(\\ln)'(x)", "x", "error"),
])
def test_a_prime_after_a_bracketed_name(left, right, expected):
    assert_verdicts(f"$${left} = {right}$$\n", [(expected, None)])


@pytest.mark.parametrize(("text", "expected"), [
    ("(\\sin^{-1})'(x)", "    \\arcsin'(x)"), ("(\\tan)'(x)", "  \\tan'(x)"),
    ("(\\ln^{-1})'(x)", "(\\ln^{-1})'(x)"), ("(\\sin)' x", "(\\sin)' x"),
])
def test_primes_after_names_are_moved_in_place(text, expected):
    from tutor.read.primes_after_calls import primes_after_calls
    assert primes_after_calls(text) == expected
