"""The thirtieth held-out set of real notes (outside the repository): habits found there,
each written here in our own words as a construct and the verdict or reading it must get."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor import check_document

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
# (was 'the limits agree only by luck', an error); a rewrite with no rule, the limits equal by
# luck, stays an error (a term expanded wrong, a 2 dropped under a root: the rewriting is wrong);
# a root rewritten with a term changed trades no function, so it is no equivalent
TWO_LIMITS = "$$\\lim_{{t\\to 0}}{old}=\\lim_{{t\\to 0}}{new}={value}$$\n"


@pytest.mark.parametrize(("text", "expected"), [
    (TWO_LIMITS.format(old="\\frac{\\sin(5t)}{4t}", new="\\frac{5t}{\\sin(4t)}",
                       value="\\frac{5}{4}"), [("ok", "equivalent"), ("ok", None)]),
    (TWO_LIMITS.format(old="\\frac{\\tan(pt)}{\\sin(qt)}", new="\\frac{\\sin(pt)}{\\tan(qt)}",
                       value="\\frac{p}{q}"), [("ok", "equivalent"), ("ok", None)]),
    (TWO_LIMITS.format(old="\\frac{pt}{\\tan(qt)}", new="\\frac{\\tan(pt)}{qt}",
                       value="\\frac{p}{q}"), [("ok", "equivalent"), ("ok", None)]),
    (TWO_LIMITS.format(old="(3y + t)", new="(3y + t^3)", value="3y"),
     [("error", "by luck"), ("ok", None)]),
    ("$$\\lim_{x\\to \\infty}\\frac{\\sqrt{x^2(1 + \\frac{2}{x})}}{x}=\\lim_{x\\to \\infty}"
     "\\frac{x\\sqrt{1 + \\frac{1}{x}}}{x}=1$$\n", [("error", "by luck"), ("ok", None)]),
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


# a vertical double arrow (⇕, or ⇓) alone between two displayed equations: the one below is
# equivalent to (follows from) the one above, compared as equations (was a parse error
# 'unknown command', each equation after it unchecked or a value given)
ARROW_BETWEEN = "$$3t + 6 = 0$$\n$${arrow}$$\n$$t = {root}$$\n"


@pytest.mark.parametrize(("text", "expected"), [
    (ARROW_BETWEEN.format(arrow="\\Updownarrow", root="-2"),
     [("unchecked", "premise"), ("ok", "equivalent")]),
    (ARROW_BETWEEN.format(arrow="\\Downarrow", root="-2"),
     [("unchecked", "premise"), ("ok", "equivalent")]),
    (ARROW_BETWEEN.format(arrow="\\Updownarrow", root="2"),
     [("unchecked", "premise"), ("error", "does not follow")]),
    ("$$2w - 8 = 0 \\Updownarrow w = 4$$\n", [("unchecked", "premise"), ("ok", "equivalent")]),
])
def test_a_vertical_arrow_between_equations(text, expected):
    assert_verdicts(text, expected)


# rows the reader could not read, now skipped or unchecked with a reason: a limit with no point
# or a number where its variable goes, outcomes listed in braces whose backslashes Markdown
# ate, an upright font around a formula in a heading, a normal law given by σ
@pytest.mark.parametrize(("text", "expected"), [
    ("$\\lim\\limits_{t\\rightarrow}\\frac{e^t}{t^3}=\\frac{\\infty}{\\infty}$\n",
     [("unchecked", "does not say which variable")]),
    ("$\\lim_{1\\to 1^+}\\frac{\\ln t}{t - 1} = 1$\n",
     [("unchecked", "does not say which variable")]),
    ("The pairs are $ { (1,6), (6,1), (2,5) } $ here.\n", []),
    ("## $$\\mathrm{c±dY}$$\n", []),
    ("$$Z \\sim \\mathcal{N}(\\mu = 0,\\sigma = 1).$$\n", [("unchecked", "the law N(0, 1)")]),
    ("$$Z \\sim \\mathcal{N}(\\mu = 3,\\sigma = 2).$$\n", [("unchecked", "standard deviation")]),
])
def test_rows_not_read_before(text, expected):
    assert_verdicts(text, expected)


# a name with a formula (K = uv), then a premise giving it another (K = u(40 - u), v put in
# from an equation above), then that formula multiplied out: it goes on solving, compared with
# the premise (was 'holds when K = -u² + 40u', checked against K = uv, a new exercise's)
MULTIPLIED_OUT = """$$K = uv$$
The side: $$u + v = 40$$
$$K = u(40 - u)$$
$$\\Updownarrow$$
$$K = {rhs}$$
"""


@pytest.mark.parametrize(("text", "last"), [
    (MULTIPLIED_OUT.format(rhs="-u^2 + 40u"), ("ok", "equivalent")),
    (MULTIPLIED_OUT.format(rhs="40u - u^2"), ("ok", "equivalent")),
])
def test_a_formula_multiplied_out_after_a_premise(text, last):
    steps = check_document(text, kind="md").steps
    assert (steps[-1].verdict, last[1] in steps[-1].message) == (last[0], True), [
        (s.line, s.verdict, s.message) for s in steps]


# the size of a set given (|S| = 6 · 6 = 36, |E| = 3, |E ∩ F| = 1), then a probability as a
# ratio of sizes: the sizes are the values given above (was 'a substitution: holds when
# |E|/|S| = 3/36', and |E ∩ F| = 1 was not read at all); a wrong ratio is an error
SIZES = """$ |S| = 6 \\times 6 = 36 $

$ |E| = 3 $

$ |E \\cap F| = 1 $

$ P(E) = \\frac{{|E|}}{{|S|}} = {ratio} $

$ P(E \\cap F) = \\frac{{|E \\cap F|}}{{|S|}} = \\frac{{1}}{{36}} $
"""


@pytest.mark.parametrize(("text", "expected"), [
    (SIZES.format(ratio="\\frac{3}{36}"),
     [("unchecked", "definition of |S|"), ("ok", None), ("unchecked", "definition of |E|"),
      ("unchecked", "definition of |EF|"), ("unchecked", None), ("ok", None),
      ("unchecked", None), ("ok", None)]),
    (SIZES.format(ratio="\\frac{4}{36}"),
     [("unchecked", "definition of |S|"), ("ok", None), ("unchecked", "definition of |E|"),
      ("unchecked", "definition of |EF|"), ("unchecked", None), ("error", None),
      ("unchecked", None), ("ok", None)]),
])
def test_sizes_of_sets(text, expected):
    assert_verdicts(text, expected)
