"""Stated probabilities are known values: complements, total probability, Bayes' rule and the
masses of a declared discrete law are checked with them (a table of documents → verdicts)."""

from __future__ import annotations

import pytest
from document_steps import assert_steps

GIVEN = "$P(D) = 0.01$, $P(+|D) = 0.9$, $P(+|\\neg D) = 0.05$\n\n"
STATED = [(1, "unchecked", "is given")] * 3
PROSE = "\n\nThen a new question comes, with other numbers and other words to read first.\n\n"

CASES = [
    # the complement of a stated probability
    pytest.param("$P(D) = 0.01$\n\n$P(\\neg D) = 0.99$",
                 [(1, "unchecked", "is given"), (3, "ok", "rules of probability")],
                 id="complement"),
    pytest.param("$P(D) = 0.01$\n\n$$P(D^c) = 1 - P(D) = 0.9$$",
                 [(1, "unchecked", "is given"), (3, "ok", None), (3, "error", "not equal")],
                 id="complement-wrong"),
    pytest.param("$P(A) = 0.3$\n\n$P(\\bar A) = 0.7$",
                 [(1, "unchecked", "is given"), (3, "ok", "rules of probability")],
                 id="complement-bar"),
    # total probability and Bayes' rule with the stated values
    pytest.param(GIVEN + "$$P(+) = 0.9 \\cdot 0.01 + 0.05 \\cdot 0.99$$",
                 [*STATED, (3, "ok", "rules of probability")], id="total-probability"),
    pytest.param(GIVEN + "$$P(D|+) = \\frac{0.9 \\cdot 0.01}{0.9\\cdot 0.01 + 0.05 \\cdot 0.99}$$",
                 [*STATED, (3, "ok", "rules of probability")], id="bayes"),
    pytest.param(GIVEN + "$$P(D|+) = \\frac{0.9 \\cdot 0.01}{0.9\\cdot 0.01 + 0.5 \\cdot 0.99}$$",
                 [*STATED, (3, "error", "not equal")], id="bayes-wrong-number"),
    pytest.param(GIVEN + "$$P(-|D) = 0.1$$", [*STATED, (3, "ok", "rules of probability")],
                 id="negative-test-is-the-complement"),
    # identities of the rules, with no values
    pytest.param("$$P(B) = P(B|A)P(A) + P(B|A^c)P(A^c)$$", [(1, "ok", "rules of probability")],
                 id="total-probability-identity"),
    pytest.param("$$P(A^c \\cap B) = P(B) - P(A \\cap B)$$", [(1, "ok", "rules of probability")],
                 id="complement-in-a-joint"),
    # what the rules do not give stays unchecked
    pytest.param("$$P(A|B) = P(B|A)$$", [(1, "unchecked", "does not give")], id="converse"),
    pytest.param("$$P(V) = P(V|J_1)P(J_1) + P(V|J_2)P(J_2)$$",
                 [(1, "unchecked", "does not give")], id="unnamed-partition"),
    # a new example: the same event with another value is not a slip
    pytest.param("$P(A) = 0.4$" + PROSE + "$P(A) = 0.3$",
                 [(1, "unchecked", "is given"), (5, "unchecked", "a new value")],
                 id="new-example"),
    # a rounded value written earlier: right to its rounding, wrong beyond it
    pytest.param("$P(F) = 0.215$\n\n$$P(S|F) = \\frac{0.18}{0.215} \\approx 0.837$$\n\n"
                 "$$P(S^c|F) = 1 - 0.837$$",
                 [(1, "unchecked", "is given"), (3, "unchecked", "is given"), (3, "ok", None),
                  (5, "ok", "rounding")], id="rounded-value"),
    pytest.param("$P(F) = 0.215$\n\n$$P(S|F) = \\frac{0.18}{0.215} \\approx 0.837$$\n\n"
                 "$$P(S^c|F) = 1 - 0.827$$",
                 [(1, "unchecked", "is given"), (3, "unchecked", "is given"), (3, "ok", None),
                  (5, "error", "not equal")], id="rounded-value-wrong"),
    pytest.param("$P(F) = 0.215$\n\n$$P(S|F) = \\frac{0.18}{0.215}$$\n\n$P(S|F) \\approx 0.837$",
                 [(1, "unchecked", "is given"), (3, "unchecked", "is given"), (5, "ok", None)],
                 id="approximately"),
    pytest.param("$P(F) = 0.215$\n\n$$P(S|F) = \\frac{0.18}{0.215}$$\n\n$P(S|F) \\approx 0.737$",
                 [(1, "unchecked", "is given"), (3, "unchecked", "is given"), (5, "error", None)],
                 id="approximately-wrong"),
    # a stated value goes on on the next row (`&= …`) from its right side
    pytest.param("$$\\begin{aligned}P(A|B) &= \\frac{0.2}{0.5} \\\\ &= 0.5\\end{aligned}$$",
                 [(1, "unchecked", "is given"), (1, "error", None)], id="goes-on"),
    # the masses of a declared discrete law
    pytest.param("$X \\sim \\text{Bin}(10, 0.3)$\n\n$$P(X = 2) = \\binom{10}{2}0.3^2 0.7^8$$",
                 [(1, "unchecked", "declaration"), (3, "ok", None)], id="binomial-mass"),
    pytest.param("$X \\sim \\text{Bin}(10, 0.3)$\n\n$$P(X = 2) = \\binom{10}{2}0.3^2 0.7^7$$",
                 [(1, "unchecked", "declaration"), (3, "error", None)], id="binomial-wrong-power"),
    pytest.param("$N \\sim \\text{Poisson}(4)$\n\n$$P(N \\geq 1) = 1 - e^{-4}$$",
                 [(1, "unchecked", "declaration"), (3, "ok", None)], id="poisson-tail"),
    pytest.param("$B \\sim \\text{Bern}(0.25)$\n\n$$P(B = 1) = 0.25$$",
                 [(1, "unchecked", "declaration"), (3, "ok", None)], id="bernoulli-mass"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probability_steps(text: str, expected: list) -> None:
    assert_steps(text, expected)
