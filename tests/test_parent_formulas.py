"""Formulas given in a heading's own text stay in force under its sub-headings (the loss of
`## Logistic regression` in its `### A number`), unless the setup changes there (the output of
the unit said to be a value the formula does not give) or the heading is a sibling."""

from __future__ import annotations

import pytest
import sympy as sp
from document_steps import assert_steps

from tutor import check_document
from tutor.derive.notation import approximately
from tutor.functions import sigmoid

SETUP = r"""## Logistic regression

The model is $\hat{y} = \sigma(z)$ with $z = w x + b$ and the loss is

$$L = -\left[y \log \hat{y} + (1 - y)\log(1 - \hat{y})\right]$$

"""
EXAMPLE = r"""{heading}

With $w = 0.5$, $b = -1$, $x = 2$ and $y = 1$: $z = 0.5 \cdot 2 - 1 = 0$.

$$\frac{{\partial L}}{{\partial b}} = {claim}$$
"""
DEFINITIONS = [(3, "unchecked", "definition of ŷ"), (3, "unchecked", "z is b + wx"),
               (5, "unchecked", "definition of L")]
VALUES = [(9, "unchecked", None)] * 4 + [(9, "ok", None), (9, "ok", None)]


@pytest.mark.parametrize(("heading", "claim", "verdicts"), [
    # a sub-heading: the loss is the one above
    ("### A number", "0.5 - 1 = -0.5", [(11, "ok", None), (11, "ok", None)]),
    ("### A number", "0.5 + 1 = 1.5", [(11, "error", "not equal"), (11, "warning", "carried")]),
    # a sibling heading: the loss of the section before may not be meant
    ("## A number", "0.5 + 1 = 1.5", [(11, "unchecked", "earlier heading"), (11, "ok", None)]),
])
def test_a_formula_of_the_heading_above(heading, claim, verdicts):
    text = SETUP + EXAMPLE.format(heading=heading, claim=claim)
    assert_steps(text, DEFINITIONS + VALUES + verdicts)


BACKPROP = r"""# One unit by hand

The unit is $a = \sigma(z)$ at $z = 0.1$ and the loss is $L = \frac{1}{2}(a - y)^2$ with $y = 1$.

## With ReLU instead

With ReLU at $z = 0.1$ the output is $a = 0.1$ and

$$\frac{\partial L}{\partial z} = (a - y) \cdot 1 = 0.1 - 1 = -0.9$$
"""


def test_a_formula_above_said_otherwise_under_the_sub_heading():
    """a = σ(z) above, a = 0.1 here (ReLU): the a of L meant here is not σ(z), so the chain
    through it is no error."""
    steps = [s for s in check_document(BACKPROP, kind="md").steps if s.line == 9]
    assert steps and all(s.verdict != "error" for s in steps), [(s.verdict, s.message)
                                                              for s in steps]


@pytest.mark.parametrize(("number", "shown"), [
    (sp.Integer(-1) + sigmoid(0), " ≈ -0.5"), (sp.log(2), " ≈ 0.693147"),
    (sp.Rational(1, 3), ""), (sp.Float(0.25), ""), (sp.Symbol("x") + 1, ""), (sp.I, ""),
])
def test_a_right_result_not_written_as_a_number_gets_its_value(number, shown):
    assert approximately(number) == shown


def test_the_slip_under_the_sub_heading_says_the_right_result():
    text = SETUP + EXAMPLE.format(heading="### A number", claim="0.5 + 1 = 1.5")
    last = check_document(text, kind="md").steps[-1]
    assert last.method == "the right result is -1 + σ(0) ≈ -0.5"
