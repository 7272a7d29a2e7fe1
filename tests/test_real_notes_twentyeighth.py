"""The twenty-eighth held-out set of real notes (outside the repository): habits found there,
each written here in our own words as a construct and the verdict it must get."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts_on_line

# y written with its argument in implicit differentiation, `y(x)^2`: the dependent variable,
# as y is (was the product y·x², so `x^2 + y^2 = x^2 + y(x)^2` and the slope below were errors)
WRITTEN_WITH_ARGUMENT = """$$
\\begin{{align*}}
u^2 + y^2 & = u^2 + y(u)^2 = 4 \\\\
\\dfrac{{d}}{{du}}u^2 + \\dfrac{{d}}{{du}}y(u)^2 & = \\dfrac{{d}}{{du}}4 \\\\
\\dfrac{{dy}}{{du}} & = {rhs}
\\end{{align*}}
$$
"""

# a trigonometric function's bare argument, then a power of e: `\\cos t^2 e^{3t}` is
# cos(t²)·e^{3t} (TeX's reading took e^{3t} into the argument, so a right product rule was an
# error, and the factored result after it too)
ARGUMENT_THEN_EXP = ("$$\\frac{{d}}{{dt}}(e^{{2t}}) \\cdot \\cos t^2 = \\cos t^2 e^{{2t}} "
                     "\\cdot {factor}$$\n")

# an exercise with two lettered parts on one line (`a. $y = …$ b. $y = …$`), each solved in a
# part at the margin naming the chain rule's pieces in prose (`Inner function $u = h(x) = …$,
# outer function $y = u(x) = …$`): the pieces define nothing (y stays the part's whole
# function), and part b may give h another formula (were errors: dy/dx held to y = u·x, to
# the y of part b, and h(x) = t^2 to the h of part a)
LETTERED_PARTS = """7\\. a. $y=\\sin^2 t$ &emsp; b. $y=\\sin t^2$

a. Inner function $u=h(t)=\\sin t$, outer function $y=u(t) = t^2$.
$$
\\frac{{dy}}{{dt}} = 2\\sin t \\cdot \\cos t
$$
b. Inner function $u=h(t)=t^2$, outer function $y=u(t) = \\sin t$.
$$
\\frac{{dy}}{{dt}} = \\cos t^2 \\cdot ({inner})
$$
"""

# an entropy E(S_…) (read as a mean) given a formula and a value that disagree, `= 1` a slip
# the line itself reports: which one the average below uses is not sure (was an error, the
# average held to the formula's 0 where the writer used the 1 written)
SLIPPED_VALUE = "".join((
    ">$$E(S_{\\text{left}}) = -\\left(\\frac{2}{4}\\log_2(2) "
    "+ \\frac{2}{4}\\log_2(\\frac{2}{4})\\right) = 1$$\n",
    ">$$E(S_{\\text{right}}) = -\\left(\\frac{1}{2}\\log_2(\\frac{1}{2}) "
    "+ \\frac{1}{2}\\log_2(\\frac{1}{2})\\right) = 1$$\n",
    ">$$Average = \\frac{4}{10} \\cdot E(S_{\\text{left}}) + \\frac{6}{10} \\cdot "
    "E(S_{\\text{right}}) = \\frac{4}{10} \\cdot 1 + \\frac{6}{10} \\cdot 1 = 1$$\n"))

# a curve, then a slip (`2u + 2v = 0`, each term differentiated with v a constant), then the
# curve differentiated right: the line differentiates the curve, not the slip under it (was
# "not the equation above differentiated", an error, held to the slip)
CURVE_THEN_SLIP = """Take the curve

$$u^2+v^2=9$$

and differentiate each term:

$$2u + 2v = 0$$

then with the chain rule

$$2u+{coefficient}v\\frac{{dv}}{{du}}=0$$
"""

# an exercise's letter written inside the math, `$b) \\lim … = 0$`: a label (was "')' closes
# a bracket that was never opened", a parse error)
LABEL_IN_MATH = "$b) \\lim_{{t \\to -\\infty}}\\frac{{3}}{{t^3}} = {value}$\n"

# a limit before a sum with no brackets, `\\lim_{t \\to \\infty} 5 - \\frac{2}{t} = 5`: read with
# the limit over the whole sum when so it holds (was `holds when`, unchecked)
LIMIT_BEFORE_SUM = "$$\\lim_{{t \\to +\\infty}}5-\\frac{{2}}{{t}} = {value}$$\n"

# a course's own macros used without their definitions, `\\lb … \\rb` for brackets, `\\To` for
# an implication (was "unknown command \\lb", a parse error)
COURSE_MACROS = """$$
D(t) = 8-2\\cos \\lb \\frac{{\\pi t}}{{6}} \\rb
$$
$$
D'(t) = {derivative}
$$
"""
IMPLIES_MACRO = "$q = 2 \\cdot 3 \\To q = 6$\n"

# L'Hôpital's rule along a labelled arrow ending at the value at the point, `\\xrightarrow{(1)}
# \\frac{2e^{2t}}{1}\\Big|_{t=0}`: the numerator and denominator differentiated, then evaluated
# (was "a substitution: holds when …", unchecked)
ARROW_TO_VALUE = """$$
\\frac{{e^{{{k}t}} - 1}}{{t}}
\\xrightarrow{{(1)}} \\frac{{{derivative}}}{{1}}\\Big|_{{t=0}} = {value}
$$
"""

# an implication sign ending the math, its conclusion in words after it (`… = \\sin 0
# \\Rightarrow$ automatic.`): the math states what stands before it (was "the line ends too
# early", a parse error)
ARROW_THEN_WORDS = ("Continuity at 0: $\\lim_{{t\\to0^-}}\\sin t={value}=\\sin 0\\Rightarrow$ "
                    "automatic.\n")

# the same under another heading: a curve of the example before never makes a line right
TWO_EXAMPLES = """## Example 1

$$u^2+v^2=9$$

$$2u+2v\\frac{dv}{du}=0$$

## Example 2

$$u^3+v^3=6uv$$

and differentiate each term:

$$3u^2 + 3v^2 = 6u$$

then

$$2u+2v\\frac{dv}{du}=0$$
"""


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (ARROW_THEN_WORDS.format(value=0), 1, ["ok", "ok"]),
    (ARROW_TO_VALUE.format(k=2, derivative="2e^{2t}", value=2), 3, ["ok", "ok"]),
    (COURSE_MACROS.format(derivative="2\\sin \\lb \\frac{\\pi t}{6} \\rb \\cdot "
                          "\\frac{\\pi}{6}"), 5, ["ok"]),
    (IMPLIES_MACRO, 1, ["unchecked", "ok"]),
    (LABEL_IN_MATH.format(value="0"), 1, ["ok"]),
    (LIMIT_BEFORE_SUM.format(value="5"), 1, ["ok"]),
    (CURVE_THEN_SLIP.format(coefficient="2"), 11, ["ok"]),
    (SLIPPED_VALUE, 3, ["unchecked", "unchecked", "ok"]),
    (LETTERED_PARTS.format(inner="2t"), 5, ["unchecked"]),
    (LETTERED_PARTS.format(inner="2t"), 7, []),
    (WRITTEN_WITH_ARGUMENT.format(rhs="\\dfrac{-u}{y}"), 3, ["ok", "unchecked"]),
    (WRITTEN_WITH_ARGUMENT.format(rhs="\\dfrac{-u}{y}"), 5, ["ok"]),
    (ARGUMENT_THEN_EXP.format(factor="2"), 1, ["ok"]),
])
def test_real_habits(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# guards (these pass without the fixes too): slips in the same constructs stay errors, and a
# right line next to a fixed one stays ok
@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (WRITTEN_WITH_ARGUMENT.format(rhs="\\dfrac{u}{y}"), 5, ["error"]),
    (ARGUMENT_THEN_EXP.format(factor="3"), 1, ["error"]),
    (LETTERED_PARTS.format(inner="2t"), 9, ["ok"]),  # part b's right line stays ok
    (SLIPPED_VALUE, 1, ["unchecked", "error"]),  # the slip is still found where it stands
    (CURVE_THEN_SLIP.format(coefficient="3"), 11, ["error"]),  # neither curve's derivative
    (TWO_EXAMPLES, 17, ["error"]),  # the right derivative of example 1's curve, in example 2
    (LABEL_IN_MATH.format(value="1"), 1, ["error"]),
    (ARROW_THEN_WORDS.format(value=1), 1, ["error", "error"]),
    (ARROW_TO_VALUE.format(k=3, derivative="e^{3t}", value=1), 3, ["unchecked", "ok"]),  # never ok
    (COURSE_MACROS.format(derivative="2\\sin \\lb \\frac{\\pi t}{6} \\rb"), 5, ["error"]),
])
def test_slips_still_found(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)
