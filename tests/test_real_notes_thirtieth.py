"""The thirtieth held-out set of real notes (outside the repository): habits found there,
each written here in our own words as a construct and the verdict or reading it must get."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

# an equation with letters for coefficients, then both sides times a polynomial in them (the
# first step of completing the square): it follows, only the converse may fail where the
# factor is 0 (was 'this equation does not follow': solving for the coefficient, a root of the
# second equation, p = 0, does not solve the first, taken as a refutation of the step)
TIMES_A_LETTER = """$$g(t) = pt^2 + qt + r = 0$$

$$ {rhs} = 0$$
"""


@pytest.mark.parametrize(("text", "expected"), [
    (TIMES_A_LETTER.format(rhs="4p^2t^2 + 4pqt + 4pr"),
     [("unchecked", None), ("unchecked", None), ("warning", "not conversely")]),
    (TIMES_A_LETTER.format(rhs="2p^2t^2 + 2pqt + 2pr"),
     [("unchecked", None), ("unchecked", None), ("warning", "not conversely")]),
])
def test_multiplied_by_a_letter(text, expected):
    assert_verdicts(text, expected)


def test_a_term_left_unmultiplied_is_still_an_error():
    """A guard beside the rows above (it held before the fix too): the slip stays caught."""
    assert_verdicts(TIMES_A_LETTER.format(rhs="4p^2t^2 + 4pqt + 4r"),
                    [("unchecked", None), ("unchecked", None), ("error", "does not follow")])


# a limit rule written as a chain of two limits, the sine and the linear term swapping places
# between numerator and denominator (each part replaced by an equivalent): a true equation
# (was 'the limits agree only by luck', an error); a rewrite with no rule, the limits equal,
# is unchecked, not an error
TWO_LIMITS = "$$\\lim_{{t\\to 0}}{old}=\\lim_{{t\\to 0}}{new}={value}$$\n"


@pytest.mark.parametrize(("text", "expected"), [
    (TWO_LIMITS.format(old="\\frac{\\sin(5t)}{4t}", new="\\frac{5t}{\\sin(4t)}",
                       value="\\frac{5}{4}"), [("ok", "equivalent"), ("ok", None)]),
    (TWO_LIMITS.format(old="\\frac{\\tan(pt)}{\\sin(qt)}", new="\\frac{\\sin(pt)}{\\tan(qt)}",
                       value="\\frac{p}{q}"), [("ok", "equivalent"), ("ok", None)]),
    (TWO_LIMITS.format(old="\\frac{pt}{\\tan(qt)}", new="\\frac{\\tan(pt)}{qt}",
                       value="\\frac{p}{q}"), [("ok", "equivalent"), ("ok", None)]),
    (TWO_LIMITS.format(old="(3y + t)", new="(3y + t^3)", value="3y"),
     [("unchecked", "limits are equal"), ("ok", None)]),
])
def test_two_limits_equal(text, expected):
    assert_verdicts(text, expected)


# a line y = kx + c and its slope, then a differential equation the problem poses (after
# `such that`, `satisfies`, `given that`, `says`): a condition to solve for k, no step from the
# line above (was 'not equal to the previous expression', witness k = 1); a slip in a
# derivative after a formula is still an error
POSED = """- $y = kx + c$
- $\\frac{{dy}}{{dx}} = k$
- {words} $\\frac{{d^2y}}{{dx^2}} = 5 - \\frac{{dy}}{{dx}}$, hence $0 = 5 - k$.
"""


@pytest.mark.parametrize(("text", "expected"), [
    (POSED.format(words="we want k such that"),
     [("unchecked", None), ("ok", None), ("unchecked", "premise"), ("ok", None)]),
    (POSED.format(words="pick k so the line satisfies"),
     [("unchecked", None), ("ok", None), ("unchecked", "premise"), ("ok", None)]),
    (POSED.format(words="the exercise says"),
     [("unchecked", None), ("ok", None), ("unchecked", "premise"), ("ok", None)]),
    (POSED.format(words="It is given that"),
     [("unchecked", None), ("ok", None), ("unchecked", "premise"), ("ok", None)]),
])
def test_a_posed_differential_equation(text, expected):
    assert_verdicts(text, expected)


def test_a_wrong_derivative_after_a_formula_is_still_an_error():
    """A guard beside the rows above (it held before the fix too)."""
    assert_verdicts("$y = t^3$\n\n$$\\frac{dy}{dt} = 2t^2$$\n",
                    [("unchecked", None), ("error", "not equal")])
