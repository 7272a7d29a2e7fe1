"""Probabilities of events compared by the algebra of the events, with no value stated."""

from fractions import Fraction

import pytest

import tutor

COMPARE = [
    # (left, right, status): complements sum to 1 in every distribution of the events
    ("P(A)", "1 - P(A^c)", "equal"),
    ("P(A)", r"1 - P(\overline{A})", "equal"),
    ("P(A) + P(A^c)", "1", "equal"),
    (r"P(A \cup B)", r"P(A) + P(B) - P(A \cap B)", "equal"),
    ("P(A|B)", "P(B|A) P(A) / P(B)", "equal"),
    (r"P(B)", r"P(A \cap B) + P(A^c \cap B)", "equal"),
    # a nonzero constant difference: wrong in every distribution
    ("P(A) + P(A^c)", "2", "not_equal"),
    # a difference that depends on the distribution: a witness that is one
    ("P(A) - P(A^c)", "0", "not_equal"),
    ("P(A|B)", "P(A)", "not_equal"),
    (r"P(A \cup B)", "P(A) + P(B)", "not_equal"),
    ("P(X=2)", "0.3", "not_equal"),
    # conditions on one variable: how they overlap is not known here, so no witness
    (r"P(X=2)", r"1 - P(X \ne 2)", "unknown"),
    (r"P(X \le 2)", "1 - P(X > 2)", "unknown"),
]


@pytest.mark.parametrize("left, right, status", COMPARE)
def test_compare_by_the_algebra_of_events(left, right, status):
    assert tutor.compare(left, right).status == status


def test_a_witness_gives_complements_that_sum_to_one():
    witness = tutor.compare("P(A) - P(A^c)", "0").witness
    assert Fraction(witness["P(A)"]) + Fraction(witness["P(Aᶜ)"]) == 1


DERIVATIONS = [
    (["P(A)", "= 1 - P(A^c)"], ["ok"]),
    (["P(A) + P(B)", "= P(B) + 1 - P(A^c)"], ["ok"]),
    (["P(A) + P(A^c)", "= 2"], ["error"]),
]


@pytest.mark.parametrize("lines, verdicts", DERIVATIONS)
def test_complements_in_a_derivation(lines, verdicts):
    assert [s.verdict for s in tutor.check_derivation(lines)] == verdicts
