"""The twenty-sixth held-out set of real notes (outside the repository): habits found there,
each written here in our own words as a construct and the verdict it must get."""

from __future__ import annotations

import pytest
import sympy as sp
from document_steps import assert_verdicts_on_line

from tutor import check_document
from tutor.derive.rounded_definitions import within_rounded_values

# homework parts a., b., c. name the same k again for the next rule (sum, product, quotient):
# k'(1) of part c is worked out from the new k, never held to the 26 of part b (was 'not equal
# to the previous expression', the values 26.0 vs -3.5)
PARTS = """a. $k(t) = 2f(t) + g(t)$
$k'(1) = 2*3 + 4$
$k'(1) = 10$
b. $k(t) = f(t) * g(t)$
$k'(1) = 5*4 + 2*3$
$k'(1) = 26$
c. $k(t) = f(t)/g(t)$
$k'(1) = (3*2 - 5*4)/4$
$k'(1) = -14/4$
$k'(1) = {rhs}$
"""

# the estimate solving the score equation names the sample mean: a line that writes m̂ for
# (1/N)Σ y_j is checked with it (was an error with m̂ a free letter, witness m̂ = 1)
_SUM = "\\frac{{1}}{{N}}\\sum_{{j=1}}^{{N}}"  # (1/N)Σ_j over the N points
ESTIMATE = ("$$\\frac{{\\partial \\ell}}{{\\partial m}} = \\frac{{1}}{{s^2}}\\sum_{{j=1}}^{{N}} "
            "(y_j - m) = 0$$\n\n$$\\hat{{m}} = " + _SUM + " y_j$$\n\n$$" + _SUM + " y_j^2 - "
            "2\\hat{{m}}" + _SUM + " y_j + \\hat{{m}}^2 = " + _SUM + " y_j^2 - {rhs}$$\n")

# a result set in bold, `\mathbf{6.0}`: the number (was '\mathbf cannot stand here'); a bold
# 0 or 1 stays the vector of zeros or ones
BOLD_RESULT = "1.  **Forward:** $2.5 \\times 4.0 = \\mathbf{{{rhs}}}$\n"

# a sign slipped in the difference quotient leaves a number over h: that limit is no finite
# value, so it is not the derivative the line above worked towards (was 'the limit could not be
# evaluated and confirmed numerically in time'); limits written `lim_{h->0}` as typed
QUOTIENT = """$g(t) = t^2 + 3t$
$g'(t) = lim_{{h->0}} (g(t+h)-g(t))/h$
$g'(t) = lim_{{h->0}} ({top})/h$
"""

# a name given a number at a point in one part, `(u, v) = (0, 0)`, then a formula as a function
# in the next: the function from here (∂u/∂x_1 was 'u is a number here … not written')
POINT_THEN_FORMULA = """At $(u, v) = (0, 0)$ the values are found.

## Part 2

$$u(x_1, x_2) = a x_1 + b x_2$$

$$\\frac{{\\partial u}}{{\\partial x_1}} = {rhs}$$
"""

# homework problems numbered at the margin with lettered parts: the f of problem 3, given by
# its values at 2, may be another than the f defined in problem 1 (f(2) = 5 was 'not equal to
# the previous expression', 8 vs 5); a slip inside one problem is still found
PROBLEMS = """1.
	a. $f(x) = x^3$
	b. $f'(x) = {rhs}$
2. $g(x) = 4x$
3.
	a. $h(x) = 2f(x)$
	$f(2) = 5$
	$f'(2) = 1$
"""

# a name given a formula (z = a + bx), then a derivative taken in that name: checked in z,
# never z written out inside d/dz (was an internal error, 'Can't calculate derivative wrt …')
IN_ITS_NAME = """With $z = a + b x$ the loss is a function of $z$.

$$\\frac{{d}}{{dz}} \\left(z^2 + 3z\\right) = {rhs}$$
"""

# the softmax gradient's last step uses Σ_k t_k = 1 (one-hot targets) without saying so: 'holds
# when …', unchecked (was an internal error: a result of that check was tested for truth)
ONE_HOT = """$$C = -\\sum_k t_k \\log s_k$$

$$\\frac{{\\partial C}}{{\\partial u_j}} = s_j \\sum_k t_k - t_j$$
$$ = {rhs}$$
"""


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (IN_ITS_NAME.format(rhs="2z + 3"), 3, ["ok"]),
    (IN_ITS_NAME.format(rhs="2z - 3"), 3, ["error"]),
    (PROBLEMS.format(rhs="3x^2"), 7, ["unchecked"]),
    (PROBLEMS.format(rhs="3x^2"), 3, ["ok"]),
    (PROBLEMS.format(rhs="2x^2"), 3, ["error"]),
    (POINT_THEN_FORMULA.format(rhs="a"), 7, ["ok"]),
    (POINT_THEN_FORMULA.format(rhs="b"), 7, ["unchecked"]),
    (QUOTIENT.format(top="(t+h)^2 + 3(t+h) - t^2 - 3t"), 3, ["ok"]),
    (QUOTIENT.format(top="(t+h)^2 + 3(t+h) - t^2 + 3t"), 3, ["error"]),
    (QUOTIENT.format(top="(t+h)^2 + 3(t+h) + 1 - t^2 - 3t"), 3, ["error"]),
    (BOLD_RESULT.format(rhs="10.0"), 1, ["ok"]),
    (BOLD_RESULT.format(rhs="12.0"), 1, ["error"]),
    (PARTS.format(rhs="-3.5"), 9, ["ok"]),
    (PARTS.format(rhs="-3.5"), 8, ["unchecked"]),
    (PARTS.format(rhs="-3"), 10, ["error"]),
    (ESTIMATE.format(rhs="\\hat{m}^2"), 5, ["ok"]),
    (ESTIMATE.format(rhs="2\\hat{m}^2"), 5, ["error"]),
    (ESTIMATE.format(rhs="\\hat{m}^2"), 3, ["ok"]),
])
def test_real_habits(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


@pytest.mark.parametrize(("text", "line", "reason"), [
    (ONE_HOT.format(rhs="s_j - t_j"), 4, "holds when sum(k, t_k) = 1"),
    (IN_ITS_NAME.format(rhs="2z - 3"), 3, "not equal"),
])
def test_real_reasons(text, line, reason):
    steps = check_document(text, kind="md").steps
    assert [s.message[:len(reason)] for s in steps if s.line == line] == [reason], [
        (s.line, s.verdict, s.message) for s in steps]


A, B = sp.symbols("a_2 b_2")


# the rounding of a value put in, when the value is not among those put in (a variable the
# step differentiates in, popped as the point): that name is left, never a KeyError
@pytest.mark.parametrize(("values", "rounded", "expected"), [
    ({B: sp.Float("0.55")}, {A: sp.Rational(1, 2000)}, None),
    ({}, {A: sp.Rational(1, 2000)}, None),
    ({A: sp.Float("0.55")}, {A: sp.Rational(1, 2000)}, "equal"),
])
def test_rounding_of_values_not_put_in(values, rounded, expected):
    def sides(vals):
        return (vals.get(A, sp.Float("0.55")) * 2, sp.Float("1.1001"))

    verdict = within_rounded_values(sides, values, rounded, sides(values))
    assert getattr(verdict, "status", None) == expected
