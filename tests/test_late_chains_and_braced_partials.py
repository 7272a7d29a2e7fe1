"""`Let ŷ = a = wx + b` after a loss in ŷ: ŷ (and the new a) are wx + b from here, as `ŷ = wx + b`
alone was (each step below was "ŷ is not defined here"); `\\partial{L}` with its name braced
reads as `\\partial L` (it was "a derivative of a quantity not written in the variable")."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.read.parser import parse

LOSS = "$$L = -y \\log \\hat{y} - (1 - y) \\log(1 - \\hat{y})$$\n\n"
DERIVATIVE = ("$$\\frac{\\partial L}{\\partial \\hat{y}} = - \\frac{y}{\\hat{y}} + "
              "\\frac{1 - y}{1 - \\hat{y}}$$\n\n")


@pytest.mark.parametrize(("given", "after", "verdicts"), [
    ("Let $\\hat{y} = a = wx + b$, there is", DERIVATIVE, ["unchecked", "ok"]),
    ("Let $\\hat{y} = wx + b$, there is", DERIVATIVE, ["unchecked", "ok"]),
    ("Let $\\hat{y} = a = wx + b$, there is", "$$\\frac{\\partial \\hat{y}}{\\partial w} = x$$\n",
     ["unchecked", "ok"]),
    ("Let $\\hat{y} = a = wx + b$, there is", "$$\\frac{\\partial a}{\\partial b} = 1$$\n",
     ["unchecked", "ok"]),
    ("Let $\\hat{y} = a = wx + b$, there is",
     "$$\\frac{\\partial{\\hat{y}}}{\\partial{w}} = 2x$$\n", ["unchecked", "error"]),
])
def test_names_defined_late_in_one_chain(given, after, verdicts):
    assert_verdicts(LOSS + given + "\n\n" + after, [(v, None) for v in ["unchecked", *verdicts]])


@pytest.mark.parametrize(("text", "read"), [
    (r"\frac{\partial{L}}{\partial{w}}", "Derivative(L(w), w)"),
    (r"\frac{\partial {J}}{\partial{w_{1}}}", "Derivative(J(w_1), w_1)"),
    (r"\frac{\partial{L}}{\partial{\hat{y}}}", "Derivative(L(y_hat), y_hat)"),
    (r"\frac{\partial{\theta}}{\partial x}", "Derivative(theta(x), x)"),
])
def test_a_braced_name_after_partial(text, read):
    assert repr(parse(text, "latex")) == read
