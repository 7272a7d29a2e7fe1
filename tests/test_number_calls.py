"""Φ(1.96) is the standard normal distribution function and Γ(1/2) the gamma function: a Greek
capital called on a number. Both were "Phi/Gamma is not defined here" (and Γ(1/2) a product);
called on a name, or defined by the document, they stay what they were."""

from __future__ import annotations

import pytest

from tutor.api import compare
from tutor.batch import check_document
from tutor.derive.notation import notation
from tutor.errors import NotAClaim
from tutor.read.parser import parse


@pytest.mark.parametrize(("text", "expected"), [
    ("\\Phi(1.96)", "Φ(1.96)"),
    ("Φ(-1)", "Φ(-1)"),
    ("\\Phi\\left(\\frac{110-100}{15}\\right)", "Φ((-100 + 110)/15)"),
    ("\\Gamma(5)", "Γ(5)"),
    ("\\Gamma(1/2)", "Γ(1/2)"),
    ("\\Phi^{-1}(0.975)", "Φ⁻¹(0.975)"),  # the quantile (it was 0.975/Φ)
])
def test_reading(text, expected):
    assert notation(parse(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\\Phi(z)", "Phi(z)"),         # on a name: an unknown function, as before
    ("\\Gamma(x+1)", "Gamma*(x + 1)"),  # on an expression: a product, as before
])
def test_not_on_a_number(text, expected):
    assert str(parse(text)) == expected


@pytest.mark.parametrize(("a", "b", "status"), [
    ("\\Phi(1.96)", "0.975", "equal"),
    ("\\Phi(0.67)", "0.7486", "equal"),
    ("1 - \\Phi(2)", "0.0228", "equal"),
    ("\\Phi(-1)", "1 - \\Phi(1)", "equal"),
    ("\\Gamma(5)", "24", "equal"),
    ("\\Gamma(1/2)", "\\sqrt{\\pi}", "equal"),
    ("\\frac{\\Gamma(2)\\Gamma(3)}{\\Gamma(5)}", "\\frac{1}{12}", "equal"),
    ("\\Phi(1)", "0.8143", "not_equal"),
    ("\\Phi(1.96)", "0.95", "not_equal"),
    ("\\Gamma(5)", "120", "not_equal"),
    ("\\Phi^{-1}(0.975)", "1.96", "equal"),
    ("\\Phi^{-1}(0.95)", "1.645", "equal"),
    ("\\Phi(\\Phi^{-1}(0.3))", "0.3", "equal"),
    ("\\Phi^{-1}(0.975)", "1.64", "not_equal"),
])
def test_values(a, b, status):
    assert compare(a, b).status == status


def test_a_phi_the_document_defines_is_its_own():
    text = "$$\\Phi(z) = \\frac{1}{1+e^{-z}}$$\n\n$$\\Phi(0) = 0.5$$\n"
    steps = check_document(text, kind="md").steps
    assert all(s.verdict != "error" for s in steps)


@pytest.mark.parametrize("text", [
    "\\Phi^{-1}(1 - \\alpha/2)", "\\Phi^{-1}(2)",
    # an inverse function of a letter that calls: it was y/f (f^{-1}(y) = √y an error)
    "f^{-1}(y)", "g^{-1}(x + 1)", "F^{-1}(u)", "\\sigma^{-1}(x - \\mu)",
])
def test_an_inverse_function_not_read_is_refused(text):
    with pytest.raises(NotAClaim, match="inverse function"):
        parse(text)


@pytest.mark.parametrize(("a", "b", "status"), [
    ("\\sigma^{-1}(p)", "\\log\\frac{p}{1-p}", "equal"),   # the logit (it was p/σ)
    ("\\sigma^{-1}(0.5)", "0", "equal"),
    ("x^{-1}(x + 1)", "1 + \\frac{1}{x}", "equal"),          # a letter that does not call
])
def test_inverses_read(a, b, status):
    assert compare(a, b).status == status
