"""The thirty-first held-out set of real notes with slips (outside the repository): habits found
there, each written here in our own words as a construct and the verdict it must get."""

from __future__ import annotations

import pytest
import sympy as sp
from document_steps import assert_verdicts

from tutor.judge.roots import holds

# two exercises under sibling headings, each differentiating its own curve implicitly: the first
# equation of the second is not held to the last equation of the first (was 'this equation
# does not follow from the previous one', the solutions for x of two unrelated equations)
TWO_CURVES = """### Exercise A

$$2x + 2y\\frac{{dy}}{{dx}} = 0$$
$$\\frac{{dy}}{{dx}} = -\\frac{{x}}{{y}}$$

{heading}

For the second curve, differentiated:

$${first}$$
"""


@pytest.mark.parametrize(("text", "expected"), [
    (TWO_CURVES.format(heading="### Exercise B",
                       first="2xy + x^2\\frac{dy}{dx} + 3y^2\\frac{dy}{dx} = 0"),
     [("unchecked", None), ("ok", None), ("unchecked", "implicit differentiation")]),
    (TWO_CURVES.format(heading="## Exercise B",
                       first="3x^2 + 2y\\frac{dy}{dx} = 4\\frac{dy}{dx}"),
     [("unchecked", None), ("ok", None), ("unchecked", "implicit differentiation")]),
])
def test_an_equation_under_a_new_exercise_stands_alone(text, expected):
    assert_verdicts(text, expected)


# solutions headed by their exercise's number (`### Solution 4.2` after `### Solution 4.1`):
# each the solution of another exercise, as sibling headings are
NUMBERED_SOLUTIONS = """### {first}

$$x^2 + y^2 = 9$$
$$2x + 2y\\frac{{dy}}{{dx}} = 0$$

### {second}

$$3x^2 + 2y\\frac{{dy}}{{dx}} = 5\\frac{{dy}}{{dx}}$$
"""


@pytest.mark.parametrize(("text", "expected"), [
    (NUMBERED_SOLUTIONS.format(first="Solution 4.1", second="Solution 4.2"),
     [("unchecked", None), ("ok", None), ("unchecked", "implicit differentiation")]),
    (NUMBERED_SOLUTIONS.format(first="Solución 7", second="Solución 8"),
     [("unchecked", None), ("ok", None), ("unchecked", "implicit differentiation")]),
])
def test_numbered_solutions_are_sibling_exercises(text, expected):
    assert_verdicts(text, expected)


# a bold label opening a paragraph (`**Example 2:**`) starts a new exercise as a heading does:
# the probabilities worked out under the example before are not this one's (was 'not equal to
# the previous expression', with the probabilities stated above)
TWO_EXAMPLES = """{first} two fair coins; the chance of two heads given at least one head:

$P(H|L)=\\dfrac{{1/4}}{{3/4}}=\\dfrac{{1}}{{3}}$

{second} a card from twenty numbered 1 to 20, H = a multiple of 4, L = at most 10.

$P(H)=\\dfrac{{5}}{{20}}$, $P(L)=\\dfrac{{10}}{{20}}$ and $P(H\\cap L)=\\dfrac{{2}}{{20}}$

$P(H|L)=\\dfrac{{2/20}}{{10/20}}=1/5$
"""
_GIVEN = ("unchecked", "is given")
_ABOVE = ("unchecked", "earlier heading or problem label")


@pytest.mark.parametrize(("text", "expected"), [
    (TWO_EXAMPLES.format(first="**Example 1:**", second="**Example 2:**"),
     [_GIVEN, ("ok", None), _GIVEN, _GIVEN, _ABOVE, _ABOVE, ("ok", None)]),
    (TWO_EXAMPLES.format(first="**Problem 3.**", second="**Problem 4.**"),
     [_GIVEN, ("ok", None), _GIVEN, _GIVEN, _ABOVE, _ABOVE, ("ok", None)]),
])
def test_a_bold_label_starts_a_new_exercise(text, expected):
    assert_verdicts(text, expected)


# a relation whose left side is a noun of the prose before it (`the total is $> 9$`) bounds
# that noun, not the number in the math before it (was 'the inequality does not hold': 36 > 9
# read as a claim, or 36 = 7 'not equal to the previous expression')
IN_WORDS = """Two dice give $36$ equally likely pairs, and the bet pays when the total is ${bound}$:

$$P = \\frac{{6}}{{36}} = \\frac{{1}}{{6}}$$
"""


@pytest.mark.parametrize(("text", "expected"), [
    (IN_WORDS.format(bound="< 4"), [("unchecked", "a bound on 'total'"), ("unchecked", None),
                                    ("ok", None)]),
    (IN_WORDS.format(bound="\\ge 10"), [("unchecked", "a bound on 'total'"), ("unchecked", None),
                                        ("ok", None)]),
    (IN_WORDS.format(bound="= 11"), [("unchecked", "the value of 'total'"), ("unchecked", None),
                                     ("ok", None)]),
])
def test_a_relation_with_its_left_side_in_words(text, expected):
    assert_verdicts(text, expected)


# a limit whose value holds a derivative with respect to a name that is valued when the limit
# is verified at points (d g(x₀)/dx₀ at x₀ = 3/7): unchecked (was an internal error, "Can't
# calculate derivative wrt 1")
INCREMENTS = """$$
g(x) = mx + c, g'(x) = m
$$
$r(\\Delta x) = {\\Delta g(x_0) \\over \\Delta x} - g'(x_0)$
$$
\\Delta g(x_0) = g'(x_0)\\Delta x + r(\\Delta x)\\Delta x \\\\
\\lim_{\\Delta s \\to 0} {g(x(s_0 + \\Delta s)) - g(x(s_0)) \\over \\Delta s} = \
\\lim_{\\Delta s \\to 0} {\\Delta g(x_0) \\over \\Delta s}
$$
"""


@pytest.mark.parametrize(("text", "expected"), [
    (INCREMENTS, [("unchecked", None), ("ok", None), ("unchecked", None), ("unchecked", None),
                  ("unchecked", "x is not defined here")]),  # g(x(s_0)): x a function
])
def test_a_limit_through_an_unworked_derivative(text, expected):
    assert_verdicts(text, expected)


# the real roots of a quartic that sympy writes through complex radicals (Ferrari's formula):
# evaluated, they keep an imaginary part of rounding size; each still solves the equation
# (was an internal error, "cannot create mpf from mpc")
X = sp.Symbol("x")


@pytest.mark.parametrize("height", [sp.Rational(9851, 1000), sp.Rational(5, 2),
                                    sp.Rational(7, 3)])
def test_a_real_root_through_complex_radicals_holds(height):
    z = height - (7 * X**2 + 2 * X + 7) / (2 * X**2 - 7 * X + 3) ** 2
    roots = [r for r in sp.solve(z, X) if abs(complex(sp.N(r, 30)).imag) < 1e-15]
    assert roots
    assert all(holds(z, X, sp.re(r) if r.has(sp.I) else r, {}) for r in roots)


# a repeating decimal under a bar (`0.2\overline{3}`, with a decimal comma `0,\overline{6}`) is
# the fraction it is (was '\overline cannot stand here'); a wrong repeating digit is an error
@pytest.mark.parametrize(("text", "expected"), [
    ("$$P(W)=\\frac{7}{30}=0.2\\overline{3}$$\n", [("unchecked", None), ("ok", None)]),
    ("$$q=\\frac{2}{3}=0,\\overline{6}$$\n", [("unchecked", None), ("ok", None)]),
    ("$$r=\\frac{1}{7}=0.\\overline{142857}$$\n", [("unchecked", None), ("ok", None)]),
    ("$$P(W)=\\frac{7}{30}=0.2\\overline{4}$$\n", [("unchecked", None), ("error", None)]),
])
def test_a_repeating_decimal(text, expected):
    assert_verdicts(text, expected)


# a one-sided zero written as a value (`\frac{2}{0^-}`): the one-sided limit it stands for
# when one such zero stands in the expression (was "unexpected '^ +' here"); two of them
# (0⁺/0⁺) are a form with no value, and a sign that disagrees is left unchecked
@pytest.mark.parametrize(("text", "expected"), [
    ("$$\\lim_{x\\to 4^-}\\frac{2}{x-4}=\\frac{2}{0^-}=-\\infty$$\n", [("ok", None), ("ok", None)]),
    ("$$\\lim_{t\\to 0^+}\\frac{t+1}{3t}=\\frac{1}{3\\cdot 0^{+}}=+\\infty$$\n",
     [("ok", None), ("ok", None)]),
    ("$$\\lim_{u\\to+\\infty}\\frac{1}{u^2}=\\frac{1}{+\\infty}=0^+$$\n",
     [("ok", None), ("ok", None)]),
    ("$$\\lim_{x\\to 0}\\frac{\\sin x}{3x}=\\frac{\\sin 0}{3\\cdot 0}=\\frac{0^+}{0^+}$$\n",
     [("ok", "the form at x → 0 is 0/0"), ("unchecked", "several one-sided zeros")]),
    ("$$\\lim_{x\\to 4^-}\\frac{2}{x-4}=\\frac{2}{0^-}=+\\infty$$\n",
     [("ok", None), ("unchecked", "as limits the sides are")]),
])
def test_a_one_sided_zero_as_a_value(text, expected):
    assert_verdicts(text, expected)


# the Russian names of the hyperbolic functions as macros (`\sh x`, `\ch x`, `\th x`, `\cth x`)
# are sinh, cosh, tanh, coth (were 'unknown command'); a wrong sign on a derivative is an error
@pytest.mark.parametrize(("text", "expected"), [
    ("$$\\th x = \\frac{\\sh x}{\\ch x}$$\n", [("ok", None)]),
    ("$$\\ch^2 u - \\sh^2 u = 1$$\n", [("ok", None)]),
    ("$$\\cth x = \\frac{\\ch x}{\\sh x}$$\n", [("ok", None)]),
    ("$$(\\sh x)' = \\ch x$$\n", [("ok", None)]),
    ("$$(\\ch x)' = -\\sh x$$\n", [("error", None)]),
])
def test_hyperbolic_functions_by_their_russian_names(text, expected):
    assert_verdicts(text, expected)


# displays one under another with no '=' and no words between, each a new form of the one above
# (a limit simplified, then its value): each judged from the display above (were no step at
# all); a form that disagrees is not claimed equal by what is written: unchecked, never an error
FORMS = """# Forms

$$\\lim_{{t \\to 3}}\\frac{{t^2-9}}{{t-3}}$$
$$\\lim_{{t \\to 3}}{middle}$$
$${value}$$
"""


@pytest.mark.parametrize(("text", "expected"), [
    (FORMS.format(middle="(t+3)", value="6"), [("ok", None), ("ok", None)]),
    (FORMS.format(middle="(t-3)", value="0"), [("unchecked", "no '=' between them"),
                                               ("unchecked", "no '=' between them")]),
])
def test_displays_with_no_equals_between(text, expected):
    assert_verdicts(text, expected)


def test_displays_with_words_between_stay_apart():
    """A guard beside the rows above (it held before the fix too): words between two lone
    displays (a function, then its derivative) make no step."""
    assert_verdicts("$$x^2 + 1$$\nWe differentiate it:\n$$2x$$\n", [])


# a wide space, then an equation of its own (`y' = 0 \quad 5x^2 - 2x - 5 = 0`, the condition and
# the equation it gives): two statements, never the value before it times the next expression
# (was 'holds when y' = 0·5x^2 - 2x - 5', and an error when a premise stood above it)
@pytest.mark.parametrize(("text", "expected"), [
    ("$$t = 4\\quad 3t - 2 = 10$$\n", [("unchecked", "definition"), ("ok", None)]),
    ("$$y'=\\frac{5x^2+2x+5}{(x^2-4x+1)^2}$$\n\n$$y'=0\\quad 5x^2-2x-5=0$$\n",
     [("unchecked", "definition"), ("unchecked", "premise"), ("unchecked", "new here")]),
])
def test_an_equation_after_a_wide_space(text, expected):
    assert_verdicts(text, expected)
