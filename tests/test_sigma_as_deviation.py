"""σ(X) of a random variable whose law the text declares is its standard deviation, as in
French and Russian courses (`σ(X) = √V(X)`); elsewhere σ is the sigmoid."""

from __future__ import annotations

import pytest

from tutor.batch import check_document

BINOMIAL = "Let $X \\sim \\mathcal{B}(n\\,;\\,p)$.\n\n"
NUMBERS = "Let $X \\sim \\mathcal{B}(20\\,;\\,0{,}05)$.\n\n"


def verdicts_of_line_3(text: str) -> list[str]:
    return [s.verdict for s in check_document(text, kind="md").steps if s.line == 3]


@pytest.mark.parametrize(("law", "claim", "verdicts"), [
    (BINOMIAL, r"\sigma(X) = \sqrt{np(1-p)}", ["ok"]),
    (BINOMIAL, r"\sigma(X) = \sqrt{np(1+p)}", ["error"]),
    (BINOMIAL, r"\sigma(X) = \sqrt{\mathbb{V}(X)}", ["ok"]),
    (BINOMIAL, r"\sigma(2X) = 2\sigma(X)", ["ok"]),          # was an error: the sigmoid's
    (BINOMIAL, r"\sigma(-3X + 1) = 3\sigma(X)", ["ok"]),
    (BINOMIAL, r"\sigma(X + 3) = \sigma(X) + 3", ["error"]),
    (BINOMIAL, r"\sigma(X)^2 = np(1-p)", ["ok"]),
    # σ²(X) is σ(X)² (it was the product X·σ², a substitution)
    (BINOMIAL, r"\sigma^2(X) = np(1-p)", ["ok"]),
    (BINOMIAL, r"\sigma^2(X) = np", ["error"]),
    (NUMBERS, r"\sigma(X) = \sqrt{0{,}95} \approx 0{,}975", ["ok", "ok"]),
    (NUMBERS, r"\sigma(X) = 0{,}95", ["error"]),
])
def test_sigma_of_a_declared_random_variable_is_its_deviation(law, claim, verdicts):
    assert verdicts_of_line_3(law + f"$${claim}$$\n") == verdicts


@pytest.mark.parametrize(("text", "verdicts"), [
    # no law declared: the sigmoid
    ("Take $z$.\n\n$$\\sigma(0) = \\frac{1}{2}$$\n", ["ok"]),
    ("Take $X$.\n\n$$\\sigma(X) = \\frac{1}{1 + e^{-X}}$$\n", ["ok"]),
    # wrong for the sigmoid, right for a deviation: no law declared says which (round 44)
    ("Take $X$.\n\n$$\\sigma(2X) = 2\\sigma(X)$$\n", ["unchecked"]),
    ("Take $X$.\n\n$$\\sigma(X + 3) = \\sigma(X) + 3$$\n", ["error"]),
    # a declared X under another function, or beside itself outside E: never the deviation
    (BINOMIAL + "$$\\sigma(X) = \\frac{1}{1 + e^{-X}}$$\n", ["ok"]),
])
def test_sigma_elsewhere_is_the_sigmoid(text, verdicts):
    assert verdicts_of_line_3(text) == verdicts


def test_a_sigmoid_identity_of_a_declared_variable_is_no_error():
    text = "Let $X \\sim \\mathcal{N}(0, 1)$.\n\n$$\\sigma(X) + \\sigma(-X) = 1$$\n"
    assert "error" not in verdicts_of_line_3(text)
