"""The nineteenth round of real-notes habits (probability, information theory; helper notes19): a
wrong derivative then set to zero as it should have been, a prior named with its parameters
(`\\mathrm{Gamma}(\\alpha = 2, \\beta = 1)`), a law said in words ("follow a Poisson law with
mean $\\lambda = 3$") for the variable the probabilities after it ask about."""

from __future__ import annotations

import pytest

import tutor
from tutor.read.law_parameters import named_law_parameters


def _verdicts(text: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in tutor.check_document(text, kind="md").steps]


# a wrong claim (dℓ/dp with the chain rule's sign lost) is no equation the next one must follow
# from: the right equation set to zero after it is a premise, not "follows, but not conversely"
@pytest.mark.parametrize(("text", "verdicts"), [
    ("$\\ell(p) = 7\\ln p + 3\\ln(1-p)$\n\n$\\frac{d\\ell}{dp} = \\frac{7}{p} + \\frac{3}{1-p}$\n\n"
     "Setting $\\frac{7}{p} - \\frac{3}{1-p} = 0$ gives $7(1-p) = 3p$, so $\\hat p = 0.7$.\n",
     [(1, "unchecked"), (3, "error"), (5, "unchecked"), (5, "ok"), (5, "ok")]),
    # the solving after it is still checked: a wrong rearrangement stays an error
    ("$\\ell(p) = 7\\ln p + 3\\ln(1-p)$\n\n$\\frac{d\\ell}{dp} = \\frac{7}{p} + \\frac{3}{1-p}$\n\n"
     "Setting $\\frac{7}{p} - \\frac{3}{1-p} = 0$ gives $7(1-p) = 4p$.\n",
     [(1, "unchecked"), (3, "error"), (5, "unchecked"), (5, "error")]),
    # the right derivative then set to zero: as before
    ("$\\ell(p) = 7\\ln p + 3\\ln(1-p)$\n\n$\\frac{d\\ell}{dp} = \\frac{7}{p} - \\frac{3}{1-p}$\n\n"
     "Setting $\\frac{7}{p} - \\frac{3}{1-p} = 0$ gives $7(1-p) = 3p$.\n",
     [(1, "unchecked"), (3, "ok"), (5, "unchecked"), (5, "ok")]),
    # a wrong step inside a chain set to zero is still found
    ("$f(x) = x^2 - 4x$\n\n$f'(x) = 2x - 2 = 0$\n",
     [(1, "unchecked"), (3, "error"), (3, "unchecked")]),
])
def test_a_wrong_claim_is_no_equation_to_follow(text, verdicts):
    assert _verdicts(text) == verdicts


# a law named as a word (`\mathrm{Gamma}(`) with its parameters' names, with or without \sim:
# the names blanked in the law's order only (a lone letter or another order is left as written)
@pytest.mark.parametrize(("text", "read"), [
    ("\\mathrm{Gamma}(\\alpha = 2, \\beta = 1)", "\\mathrm{Gamma}(         2,         1)"),
    ("X \\sim \\text{Beta}(\\alpha = 2, \\beta = 5)",
     "X \\sim \\text{Beta}(         2,         5)"),
    ("\\operatorname{Poisson}(\\lambda = 3)", "\\operatorname{Poisson}(          3)"),
    ("\\mathrm{Gamma}(\\beta = 1, \\alpha = 2)", "\\mathrm{Gamma}(\\beta = 1, \\alpha = 2)"),
    ("\\text{N}(\\mu = 0, \\sigma^2 = 1)", "\\text{N}(\\mu = 0, \\sigma^2 = 1)"),
    ("\\Gamma(\\alpha = 2)", "\\Gamma(\\alpha = 2)"),
    ("\\mathrm{Gamma}(\\alpha = 2", "\\mathrm{Gamma}(\\alpha = 2"),
])
def test_named_parameters_of_a_law_named_in_words(text, read):
    assert named_law_parameters(text) == read


@pytest.mark.parametrize("text", ["\\text{Gamma}(" * 3000 + "=", "\\mathrm{" * 4000 + "=",
                                  "a" * 5000 + "="])
def test_law_words_are_read_in_linear_time(text):
    assert named_law_parameters(text) == text


# a law said in words ("a Poisson law with mean $\lambda = 3$") is the law of the variable the
# probabilities after it ask about (`P(X = 0)`): its values are checked against it
@pytest.mark.parametrize(("text", "verdicts"), [
    ("Typos follow a Poisson law with mean $\\lambda = 3$.\n$P(X = 0) = e^{-3} \\approx 0.0498$\n",
     [(1, "unchecked"), (2, "ok"), (2, "ok")]),
    ("Typos follow a Poisson law with mean $\\lambda = 3$.\n$P(X = 0) = e^{-2} \\approx 0.1353$\n",
     [(1, "unchecked"), (2, "error"), (2, "ok")]),
    ("Calls follow a Poisson law with mean $\\lambda = 3$.\n"
     "$P(X = 2) = \\frac{3^2 e^{-3}}{2!} = 4.5 e^{-3}$\n",
     [(1, "unchecked"), (2, "ok"), (2, "ok")]),
    # a hedged sentence describes nothing: the value stays a stated one
    ("If calls follow a Poisson law with mean $\\lambda = 3$, then\n$P(X = 0) = e^{-2}$\n",
     [(1, "unchecked"), (2, "unchecked")]),
    # an event's letter (`P(A \mid B)`) is no random variable: the law is nobody's
    ("Calls follow a Poisson law with mean $\\lambda = 3$.\n$P(A \\mid B) = e^{-2}$\n",
     [(1, "unchecked"), (2, "unchecked")]),
])
def test_a_law_said_in_words_holds_for_the_probabilities_after_it(text, verdicts):
    assert _verdicts(text) == verdicts
