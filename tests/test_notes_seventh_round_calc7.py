"""The seventh round of real-notes habits, ML calculus (helper calc7): a solution set converted
from PDF (`f^{\\prime}(x)`, `\\mathrm{~d} x`), `\\fallingdotseq` of Japanese notes, a matrix's shape
beside a gradient, an evaluation bracket with a parameter (`[-\\frac{x}{a}e^{-ax}]_0^\\infty`, a > 0
said in the prose) and a bar at a point of a curve (`\\left.\\frac{dy}{dx}\\right|_{(1,2)}`)."""

from __future__ import annotations

import pytest
from document_steps import assert_reading, assert_steps, assert_verdicts

from tutor.batch import check_document

# (text, what it is read as; "!" and a fragment: refused with that message)
READINGS = [
    # primes written as superscripts (PDF exports): that many primes
    (r"f^{\prime}(x)", "Derivative(f(x), x)"),
    (r"f^{\prime \prime}(x)", "Derivative(f(x), (x, 2))"),       # was: \prime cannot stand here
    (r"f^{\prime\prime\prime}(x)", "Derivative(f(x), (x, 3))"),
    (r"y^\prime", "yʹ"),
    # the upright differential with a tie inside (`\mathrm{~d} x`)
    (r"\int x \cos x \mathrm{~d} x", "Integral(x*cos(x), x)"),    # was: \mathrm cannot stand here
    # a matrix's shape in brackets after a wide space: a remark, not a factor
    (r"\frac{1}{m}(P - Y) \quad (m \times K)", "1*(P - Y)/m"),    # was: ·(m·K)
    (r"\frac{1}{m}X^\top (P - Y) \quad (d \times m)(m \times K) = (d \times K)",
     "1*X^T*(P - Y)/m"),                                          # was: an equation of shapes
    # an evaluation bracket: at an infinite bound its limit; a parameter beside the variable
    (r"\left[-e^{-x}\right]_0^\infty", "-Subs(-1/E**x, x, 0) + Limit(-1/E**x, x, oo, dir='-')"),
    (r"\left[-\frac{x}{a} e^{-a x}\right]_{0}^{\infty}",         # was: needs exactly one variable
     "-Subs(-x/(a*E**(a*x)), x, 0) + Limit(-x/(a*E**(a*x)), x, oo, dir='-')"),
    (r"\left[a t\right]_0^1", "-Subs(a*t, t, 0) + Subs(a*t, t, 1)"),
    (r"\left[\frac{x^2 y}{2}\right]_0^1", "!needs one variable in F"),   # x or y: not told
    (r"\left[x y\right]_0^1 + \int_0^1 y \, dx", "Integral(y, (x, 0, 1)) - Subs(x*y, x, 0) + "
     "Subs(x*y, x, 1)"),                                          # the integral's dx tells it
    # a bar at a point: x, y (and z) in order; y' of a curve there is a value of the point
    (r"\left.\frac{dy}{dx}\right|_{(1,2)}", "Subs(yʹ(x, y), (x, y), (1, 2))"),  # was: refused
    (r"\left. x^2 y \right|_{(1,\,2)}", "Subs(x**2*y, (x, y), (1, 2))"),
    (r"\left. t^2 \right|_{(1,2)}", "!a bar at a point takes the variables x, y"),
    # a sum with its index and an upper bound only: from 1 (was: unexpected character '^')
    (r"\sum_j^N x_j", "Sum(x[j], (j, 1, N))"),
    (r"\sum^N_i x_i", "Sum(x[i], (i, 1, N))"),
    (r"\prod_{i}^{n} p_i", "Product(p[i], (i, 1, n))"),
    # the Frobenius norm ‖W‖_F (was: unexpected '_F'); the vector of ones \mathbf{1}, a name
    (r"\frac{\lambda}{2}\lVert W \rVert_F^2", "lambda*‖W‖**2/2"),
    (r"\|W\|_{\mathrm{F}}", "‖W‖"),
    (r"\mathbf{1}^\top(P - Y)", "I^T*(P - Y)"),
    # a differential d(…) with a parameter: the letter written for the variable
    (r"\int t \, d(e^{-pt})", "Integral(t*(-p*exp(-p*t)), t)"),   # was: refused
    (r"\int x \, d(xy)", "!needs exactly one variable inside"),
    # sympy's printed call F{\left(x \right)}: F of x (it was read as F·x)
    (r"F{\left(x_{n} \right)}", "F(x_n)"),
    (r"\frac{d}{d x} g{\left(x \right)}", "Derivative(g(x), x)"),
    (r"\sin{\left(x \right)}", "sin(x)"),
    (r"x{\left(x + 1 \right)}^{2}", "x*(x + 1)**2"),            # braces around more: a product
    # an accent over a name typed with a digit: ŷ_1, as y1 is y_1 (was: \hat cannot stand here)
    (r"\hat{y1}(1 - \hat{y1})", "y_hat_1*(1 - y_hat_1)"),
    (r"\bar{x2}", "x_bar_2"),
    (r"\hat{y12}", r"!\hat cannot stand here"),
    # an upper bound T lexed as a transpose ^T (was: unexpected '^T' here)
    (r"\int_0^T e^{-t} dt", "Integral(E**(-t), (t, 0, T))"),
    (r"\left[ t^2 \right]_0^T", "-Subs(t**2, t, 0) + Subs(t**2, t, T)"),
    (r"x^T y", "x^T*y"),
    # a two-row pmatrix column is a binomial coefficient, unless its line writes vectors: a
    # decimal or negative entry, or a gradient (a gradient step was an error: binom(1.6, 0.2))
    (r"\begin{pmatrix} 5 \\ 2 \end{pmatrix}", "binomial(5, 2)"),
    (r"\begin{pmatrix} -1 \\ 2 \end{pmatrix}", "[[-1], [2]]"),
]


@pytest.mark.parametrize(("text", "read"), READINGS)
def test_reading(text, read):
    assert_reading(text, read)


def test_fallingdotseq_is_about():
    assert_verdicts(r"$$\frac{17}{12} \fallingdotseq 1.4167$$", [("ok", None)])


PARTS_WITH_A_PARAMETER = "\n".join([
    r"By parts with \(u=x, \mathrm{~d} v=e^{-a x} \mathrm{~d} x\), where \(a>0\) :",
    r"\[",
    r"\begin{aligned}",
    r"\int_{0}^{\infty} x e^{-a x} \mathrm{~d} x & =\left[-\frac{x}{a} e^{-a x}\right]_{0}^{\infty}"
    r"+\frac{1}{a} \int_{0}^{\infty} e^{-a x} \mathrm{~d} x \\",
    r"& =0+\frac{1}{a}\left[-\frac{1}{a} e^{-a x}\right]_{0}^{\infty} \\",
    r"& ={answer}",
    r"\end{aligned}",
    r"\]",
])


# the bracket with the parameter a is read, and a > 0 said in the prose closes the integral and
# the limits (sympy needs the sign of a); `u = x, dv = … dx` is the choice of parts, no claim
@pytest.mark.parametrize(("answer", "verdict"), [
    (r"\frac{1}{a^{2}}", "ok"),
    (r"\frac{1}{a}", "error"),
])
def test_an_integral_by_parts_with_a_positive_parameter(answer, verdict):
    assert_steps(PARTS_WITH_A_PARAMETER.replace("{answer}", answer), [
        (1, "unchecked", "a > 0"), (4, "ok", None), (5, "ok", None),
        (6, verdict, None)])


def test_without_the_sign_of_the_parameter_it_stays_unchecked():
    text = r"""$$
\int_{0}^{\infty} e^{-a x} \, d x = \left[-\frac{1}{a} e^{-a x}\right]_{0}^{\infty} = \frac{1}{a}
$$"""
    assert_verdicts(text, [("unchecked", None), ("unchecked", None)])


SLOPE_AT_A_POINT = r"""The point \((1,2)\) lies on \(x^{3}+y^{3}=9\). Differentiating,
\[
3 x^{2}+3 y^{2} \frac{d y}{d x}=0 \quad \Rightarrow \quad \frac{d y}{d x}=-\frac{x^{2}}{y^{2}}
\]
so
\[
\left.\frac{d y}{d x}\right|_{(1,2)}=-\frac{1^{2}}{2^{2}}={value}
\]
"""


# dy/dx solved from the implicit equation (proved) is y' at any point of the curve from here
@pytest.mark.parametrize(("value", "verdict"), [
    (r"-\frac{1}{4}", "ok"),
    (r"-\frac{1}{2}", "error"),
])
def test_the_slope_of_a_curve_at_a_point(value, verdict):
    assert_steps(SLOPE_AT_A_POINT.replace("{value}", value), [
        (1, "unchecked", None), (3, "ok", "the equation above differentiated"),
        (3, "ok", "an equivalent equation"), (7, "ok", None), (7, verdict, None)])


# a slope not proved (here none is written) gives no value at the point: unchecked
def test_a_slope_at_a_point_without_a_proved_slope_is_unchecked():
    assert_verdicts(r"$$\left.\frac{dy}{dx}\right|_{(1,2)} = -\frac{1}{4}$$",
                    [("unchecked", "not defined")])


# a shape written after the gradient is no factor of it: no false alarm
def test_a_shape_beside_a_gradient_is_a_remark():
    text = r"""$$Z = XW$$

$$\frac{\partial L}{\partial W} = \frac{1}{m}X^\top (P - Y)
\quad (d \times m)(m \times K) = (d \times K)$$
"""
    got = [s.verdict for s in check_document(text, kind="md").steps]
    assert "error" not in got and "warning" not in got, got


TOTAL_AS_REASON = r"""Setup: $p_i = \frac{e^{z_i}}{\sum_k e^{z_k}}$, $L = -\sum_k y_k \log p_k$.

$$
\begin{align}
\frac{\partial L}{\partial z_i} &= -\sum_k y_k \delta_{ik} + p_i \sum_k y_k \\
&= p_i - y_i REASON
\end{align}
$$
"""


# a family's total given as the row's reason is the condition its claim is checked under (the
# tag was dropped and the reason blanked: 'a substitution: holds when …')
@pytest.mark.parametrize("reason", [
    r"\tag{$\because \sum_k y_k = 1$}",
    r"\quad (\because \sum_k y_k = 1)",
    r"\quad \text{since } \sum_k y_k = 1",   # no \because: words, then the total beside
])
def test_a_total_given_as_the_reason_of_a_step(reason):
    assert_steps(TOTAL_AS_REASON.replace("REASON", reason), [
        (1, "unchecked", "definition of p_i"), (1, "unchecked", "definition of L"),
        (5, "ok", None), (6, "ok", None)])


# any other reason is still blanked, and a wrong step under the total is never ok
@pytest.mark.parametrize(("row", "verdict"), [
    (r"&= p_i + y_i \tag{$\because \sum_k y_k = 1$}", "unchecked"),
    (r"&= p_i - y_i \tag{$\because \sum_k y_k = 2$}", "unchecked"),
])
def test_a_reason_that_does_not_make_the_step_right(row, verdict):
    text = TOTAL_AS_REASON.replace("&= p_i - y_i REASON", row)
    assert_steps(text, [(1, "unchecked", "definition of p_i"), (1, "unchecked", "definition of L"),
                        (5, "ok", None), (6, verdict, None)])


# i is an index in most notes and √-1 in notes on Euler's formula: a claim that holds once i is
# √-1 is never an error (it was: 'not equal at i = 1'); one false for both stays an error
@pytest.mark.parametrize(("claim", "verdict"), [
    (r"e^{i\pi} = \cos{\pi} + i\sin{\pi}", "unchecked"),
    (r"e^{ix} = \cos x + i \sin x", "unchecked"),
    (r"i^2 = -1", "unchecked"),
    (r"e^{ix} = \cos x - i \sin x", "error"),
    (r"2i = i", "error"),
    (r"\sum_{i=1}^{3} i = 6", "ok"),
])
def test_a_claim_that_holds_when_i_is_the_imaginary_unit(claim, verdict):
    assert_verdicts(f"$${claim}$$", [(verdict, None)])


# y' solved from an implicit equation by dividing by x + 2y (a step that divides by it says it
# is not 0): the equation is proved (it was 'the solutions for x could not all be listed'), and
# the slope at a point of the curve is then checked
@pytest.mark.parametrize(("solved", "verdict"), [
    (r"-\dfrac{2x + y}{x + 2y}", "ok"),
    (r"\dfrac{2x + y}{x + 2y}", "error"),
    (r"-\dfrac{2x + y}{x - 2y}", "error"),
])
def test_the_derivative_solved_from_an_implicit_equation(solved, verdict):
    text = (r"- $\dfrac{dy}{dx}(x + 2y) = -(2x + y)$" "\n"
            rf"- $\dfrac{{dy}}{{dx}} = {solved}$" "\n\n"
            r"$$\left.\frac{dy}{dx}\right|_{(1,\,2)} = -\frac{2\cdot 1 + 2}{1 + 2\cdot 2}$$" "\n")
    slope = "ok" if verdict == "ok" else "unchecked"
    assert_verdicts(text, [("unchecked", None), (verdict, None), (slope, None)])


FIRST_PRINCIPLES_IN_DELTA_X = r"""For $f(x) = x^2$:

$$
\begin{aligned}
f'(x) &= \lim_{\Delta x \to 0} \frac{(x + \Delta x)^2 - x^2}{\Delta x} \\
&= \lim_{\Delta x \to 0} \frac{2x\Delta x + (\Delta x)^2}{\Delta x} \\
&= \lim_{\Delta x \to 0} (2x + \Delta x) \\
&= LAST
\end{aligned}
$$
"""


# a limit in the increment Δx (first principles): Δx is one name (tutor.read.rewrites; the limit
# was refused: 'unexpected x here')
@pytest.mark.parametrize(("last", "verdict"), [("2x", "ok"), ("2", "error")])
def test_first_principles_in_an_increment_delta_x(last, verdict):
    assert_verdicts(FIRST_PRINCIPLES_IN_DELTA_X.replace("LAST", last), [
        ("unchecked", "definition of f(x)"), ("ok", None), ("ok", None), ("ok", None),
        (verdict, None)])


# a gradient step in column vectors: no binomial coefficients, no false alarm
def test_a_gradient_step_in_column_vectors():
    text = r"""Let $f(x, y) = x^2 + 4y^2$.

$$\nabla f(x, y) = \begin{pmatrix} 2x \\ 8y \end{pmatrix}$$

$$\nabla f(1, 1) = \begin{pmatrix} 2 \\ 8 \end{pmatrix}$$

$$\begin{pmatrix} 2 \\ 1 \end{pmatrix} - 0.1 \begin{pmatrix} 4 \\ 8 \end{pmatrix}
= \begin{pmatrix} 1.6 \\ 0.2 \end{pmatrix}$$
"""
    assert_verdicts(text, [("unchecked", "definition of f"), ("ok", None), ("ok", None),
                           ("ok", None)])  # 2 - 0.4 = 1.6, 1 - 0.8 = 0.2: decimals exact


# a substitution as the last members of a list (`…, u = 4 - x^2, du = -2x\,dx`): no claim,
# the integral before it read and continued (the line was 'unexpected dx here')
def test_a_differential_as_the_last_member_of_a_list():
    text = r"""$$\int_0^2 x\sqrt{4 - x^2}\,dx, \quad u = 4 - x^2,\; du = -2x\,dx$$

$$= -\frac{1}{2}\int_4^0 \sqrt{u}\,du = \frac{1}{2}\cdot\frac{2}{3}u^{3/2}\Big|_0^4 = \frac{8}{3}$$
"""
    assert_verdicts(text, [("ok", None), ("ok", None), ("ok", None)])


# the comma of a thin space `\,` opens no list member: `\,dx = …` is no substitution
def test_a_thin_space_before_dx_is_no_list():
    assert_verdicts(r"$$\int_0^1 x e^x\,dx = x e^x\Big|_0^1 - \int_0^1 e^x\,dx = e - (e - 1)$$",
                    [("ok", None), ("ok", None)])


ONE_HOT = r"""For the loss $L = -\sum_k y_k \log s_k$ with SAID $y$:

$$ \frac{\partial L}{\partial x_i} = s_i \sum_k y_k - y_i $$
$$ = LAST $$
"""


# a label stated one-hot in the prose gives its total Σ_k y_k = 1 to the lines after it (the
# last step was 'holds when Σ_k y_k = 1'); a denial states nothing; a wrong step is never ok
@pytest.mark.parametrize(("said", "last", "verdict"), [
    ("one-hot", "s_i - y_i", "ok"),
    ("a one hot", "s_i - y_i", "ok"),
    ("a label that is not one-hot,", "s_i - y_i", "unchecked"),
    ("one-hot", "s_i + y_i", "error"),   # wrong: never ok (the range of Σ_k is no value of a
    # side: no more 'a substitution')
])
def test_a_label_stated_one_hot(said, last, verdict):
    text = ONE_HOT.replace("SAID", said).replace("LAST", last)
    got = [s.verdict for s in check_document(text, kind="md").steps]
    assert got[-1] == verdict, got
