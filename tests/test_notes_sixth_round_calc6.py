"""The sixth round of real-notes habits, calculus and ML calculus: exercises that reuse f and y
under problem labels, a gradient of a loss defined through other names, a slip inside a limit
put right on the next line, backprop with values worked out at an example's numbers."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_steps, assert_verdicts
from tutor.batch import check_document

REUSED_F = r"""*Problem 1*

$$
\begin{{align*}}
f(x) &= (x + 1)^{{99}} \\
f'(x) &= 99(x + 1)^{{98}}
\end{{align*}}
$$

*Problem 4*

$$
\begin{{align*}}
f(x) &= \sqrt{{1 - x^2}} = (1 - x^2)^{{1/2}} \\
f'(x) &= \frac{{1}}{{2}}(1 - x^2)^{{-1/2}} \cdot (-2x) = {answer}
\end{{align*}}
$$
"""


# a chain that defines f anew (a later exercise) is a new definition, then checked as such
@pytest.mark.parametrize(("answer", "verdict"), [
    (r"\frac{-x}{\sqrt{1 - x^2}}", "ok"),
    (r"\frac{x}{\sqrt{1 - x^2}}", "error"),
])
def test_a_chain_that_defines_f_anew(answer, verdict):
    assert_verdicts(REUSED_F.format(answer=answer), [
        ("unchecked", "definition of f(x)"), ("ok", None),
        ("unchecked", "definition of f(x)"), ("ok", None), ("ok", None), (verdict, None)])


REUSED_Y = r"""*Problem 3*

$$
y = \sinh(2x)\cosh(2x)
$$

*Problem 6* (implicit differentiation) curve $x^2 + xy + y^2 = 7$

- $2x + y + x\dfrac{dy}{dx} + 2y\dfrac{dy}{dx} = 0$
- $\dfrac{dy}{dx}(x + 2y) = -(2x + y)$
"""


# y of Problem 3 is not the y of the curve in Problem 6 (its condition names y: a variable
# there): never an error through it; the implicit differentiation is solved for y'
def test_a_formula_given_under_an_earlier_problem_label_is_no_witness():
    assert_steps(REUSED_Y, [
        (4, "unchecked", "definition of y"), (7, "unchecked", None),
        (9, "ok", "the equation above differentiated"),
        (10, "ok", "equivalent equation")])


LOGISTIC_GRADIENT = r"""$$
z = wx + b \\
\hat{{y}} = \sigma(z)
$$

$$
\mathcal{{L}} = -\left[y\log\hat{{y}} + (1 - y)\log(1 - \hat{{y}})\right]
$$

- $\nabla_{{w}}\mathcal{{L}} = {gradient}$
"""


# ∇_w L of an L defined through ŷ = σ(z), z = wx + b: the definitions are followed to w
@pytest.mark.parametrize(("gradient", "verdict"), [
    (r"(\hat{y} - y)\,x", "ok"),
    (r"(\sigma(wx + b) - y)\,x", "ok"),
    (r"(y - \hat{y})\,x", "error"),
])
def test_a_gradient_of_a_loss_defined_through_other_names(gradient, verdict):
    assert_verdicts(LOGISTIC_GRADIENT.format(gradient=gradient), [
        ("unchecked", None), ("unchecked", None), ("unchecked", None), (verdict, None)])


SLIP_UNDER_A_LIMIT = r"""\begin{{align*}}
f'(x) &= \lim_{{h\to 0}}\frac{{(x+h)^3 - x^3}}{{h}} \\
&= \lim_{{h\to 0}}\frac{{3x^2h + 2xh^2 + h^3}}{{h}} \\
&= \lim_{{h\to 0}}\bigl({next}\bigr) \\
&= 3x^2
\end{{align*}}
"""


# after a slip under the limit, a line equal to the one before the slip is right again
@pytest.mark.parametrize(("following", "verdict"), [
    ("3x^2 + 3xh + h^2", "ok"),
    ("3x^2 + 2xh + h^2", "ok"),     # the slip carried on: it follows from the wrong line
    ("3x^2 + 5xh + h^2", "error"),
])
def test_a_limit_put_right_after_a_slip(following, verdict):
    text = "Let $f(x) = x^3$.\n\n" + SLIP_UNDER_A_LIMIT.format(next=following)
    got = assert_line_verdict(text, 6)
    assert got == verdict


def assert_line_verdict(text: str, line: int) -> str:
    return next(s.verdict for s in check_document(text, kind="md").steps if s.line == line)


VALUES_AT_A_POINT = r"""Since $g(x) = \sqrt{{1+x}}$:

\begin{{align*}}
g'(x) &= \tfrac{{1}}{{2}}(1+x)^{{-1/2}} \\
g'''(x) &= \tfrac{{3}}{{8}}(1+x)^{{-3/2}} \\
g'(0) &= \tfrac{{1}}{{2}}, \quad g'''(0) = {value}
\end{{align*}}
"""


# the value at 0 is judged from its own left side, g'''(0), not from g'(x) where the block began
@pytest.mark.parametrize(("value", "verdict"), [
    (r"\tfrac{3}{8}", "ok"), (r"\tfrac{5}{8}", "error")])
def test_a_value_after_a_slip_is_judged_from_its_own_left_side(value, verdict):
    steps = check_document(VALUES_AT_A_POINT.format(value=value), kind="md").steps
    assert [s.verdict for s in steps][-3:] == ["error", "ok", verdict]


BACKPROP_AT_NUMBERS = r"""$$
z_1 = x \cdot w_1 = 1.0 \cdot 0.5 = 0.5 \\
a_1 = \text{ReLU}(z_1) = 0.5
$$

$$
z_2 = a_1 \cdot w_2 = 0.5 \cdot 0.5 = 0.25 \\
a_2 = \text{Sigmoid}(z_2) = \frac{1}{1 + e^{-0.25}} \approx 0.562
$$

$$
L = -\log(1 - a_2)
$$

$$
\frac{dL}{da_1} = 0.069
$$
"""


# a_2 worked out to a number: how L hangs on a_1 is lost, so dL/da_1 is not 0 (no error)
def test_a_derivative_through_a_value_worked_out_at_numbers_is_unchecked():
    last = check_document(BACKPROP_AT_NUMBERS, kind="md").steps[-1]
    assert (last.verdict, last.line) == ("unchecked", 16)
    assert "does not hold a_1" in last.message


# readings: a boxed answer, the bar of by parts with terms after it, the hyperbolic secant
@pytest.mark.parametrize(("text", "read"), [
    (r"\boxed{\dfrac{dy}{dx} = -\dfrac{2x + y}{x + 2y}}",
     "Chain(parts=[Part(expr=Derivative(y(x), x), "),
    (r"\boxed{x + 1}^2", "(x + 1)**2"),
    (r"x e^x\Big|_0^1 - \int_0^1 e^x\,dx",
     "-Subs(x*E**x, x, 0) + Subs(x*E**x, x, 1) - Integral(E**x, (x, 0, 1))"),
    (r"x e^x\Big|_0^1 - e + 1", "-Subs(x*E**x, x, 0) + Subs(x*E**x, x, 1) - E + 1"),
    (r"\operatorname{sech} x", "sech(x)"),
    (r"\operatorname{csch}(2x)", "csch(2*x)"),
    (r"\coth x", "coth(x)"),
])
def test_readings(text, read):
    from tests.document_steps import assert_reading
    if read.startswith("Chain"):
        from tutor.read.parser import parse
        assert str(parse(text, "latex")).startswith(read)
    else:
        assert_reading(text, read)


BY_PARTS = r"""$$
\int_0^1 x e^x\,dx = x e^x\Big|_0^1 - \int_0^1 e^x\,dx = e - (e - 1) = {value}
$$
"""


@pytest.mark.parametrize(("value", "verdict"), [("1", "ok"), ("2e - 1", "error")])
def test_integration_by_parts_with_the_bar(value, verdict):
    assert [s.verdict for s in check_document(BY_PARTS.format(value=value), kind="md").steps] \
        == ["ok", "ok", verdict]


PRIMED = r"""$$
\begin{{align*}}
y &= \sinh(2x)\cosh(2x) \\
y' &= {derivative}
\end{{align*}}
$$
"""


# y' right below y = f(x): ok when it is f'(x), an error when it is not (the step right after
# y's formula, in its one variable: y' is no name of its own there)
@pytest.mark.parametrize(("derivative", "expected"), [
    (r"2\cosh^2(2x) + 2\sinh^2(2x)", ("ok", "the derivative of y in x")),
    (r"2\cosh(4x)", ("ok", "the derivative of y in x")),
    (r"2\cosh^2(2x) - 2\sinh^2(2x)", ("error", "not the derivative of y")),
])
def test_a_primed_name_below_its_formula(derivative, expected):
    assert_verdicts(PRIMED.format(derivative=derivative), [
        ("unchecked", "definition of y"), expected])


def test_a_primed_name_below_a_function_of_one_variable():
    text = "$$w(r) = \\sqrt{r^4 + 1}$$\n\n$$w' = \\frac{2r^3}{\\sqrt{r^4 + 1}}$$\n"
    assert_verdicts(text, [("unchecked", "definition of w(r)"), ("ok", "derivative of w in r")])


GITLAB_MATH = ("예: $`f(x, y) = x^2 y + 3y`$ 이면 $`\\frac{{\\partial f}}{{\\partial x}} = {dx}`$ "
               "이고 `code $x` 입니다.\n")


# GitLab/GitHub inline math $`…`$ is math (before: a parse error at the backtick)
@pytest.mark.parametrize(("dx", "verdict"), [("2xy", "ok"), ("xy", "error")])
def test_backticked_inline_math(dx, verdict):
    assert_verdicts(GITLAB_MATH.format(dx=dx), [("unchecked", "definition of f(x, y)"),
                                                 (verdict, None)])


# a gradient written as a tuple in \left( … \right) is a column, as in ( … )
@pytest.mark.parametrize(("entry", "verdict"), [("x^2 + 3", "ok"), ("x^2 + 2", "error")])
def test_a_gradient_tuple_in_left_right_brackets(entry, verdict):
    text = ("$f(x, y) = x^2 y + 3y$\n\n$$\n\\nabla f = \\left(2xy,\\; " + entry
            + "\\right)\n$$\n")
    assert_verdicts(text, [("unchecked", None), (verdict, None)])


SUBSCRIPT_PARTIALS = ("Let $F(x,y) = x^3 + 2xy^2 - y$. Then $F_x = 3x^2 + 2y^2$, "
                      "$F_{{xy}} = {mixed}$ and $f_x = 2$.\n")


# F_x, F_{xy} of a defined F(x, y) are its partial derivatives; f_x of no defined f is a name
@pytest.mark.parametrize(("mixed", "verdict"), [("4y", "ok"), ("2y", "error")])
def test_subscript_partials_of_a_defined_function(mixed, verdict):
    assert_verdicts(SUBSCRIPT_PARTIALS.format(mixed=mixed), [
        ("unchecked", "definition of F(x, y)"), ("ok", None), (verdict, None),
        ("unchecked", "definition of f_x")])


# a second partial at a point written before it: g_{xx} = 12 at (2, 2) of g(x, y) = x³ - 12x + …
def test_a_subscript_partial_at_a_point():
    text = ("$g(x, y) = x^3 - 12x + y^2 - 4y$\n\n"
            "- At $(2, 2)$: $g_{xx} = 12 > 0$\n")
    assert_verdicts(text, [("unchecked", None), ("ok", "at the point (2, 2)"), ("ok", None)])


LAGRANGIAN = r"""Sea $\mathcal{{L}}(x,y,\lambda) = xy - \lambda(x + 2y - 8)$.

$$\partial_x\mathcal{{L}} = y - \lambda$$

$$\partial_y\mathcal{{L}} = {dy}$$
"""


# ∂_x L of a Lagrangian L(x, y, λ) defined above differentiates its definition
@pytest.mark.parametrize(("dy", "verdict"), [(r"x - 2\lambda", "ok"), (r"x + 2\lambda", "error")])
def test_partial_sub_of_a_defined_function_of_several_variables(dy, verdict):
    assert_verdicts(LAGRANGIAN.format(dy=dy), [("unchecked", None), ("ok", None),
                                               (verdict, None)])


# a label in words before the formula, ended by a colon, is prose (`\text{Var}(X)` stays a name)
@pytest.mark.parametrize(("text", "read"), [
    (r"\text{taylor } e^x: \quad e^x = 1 + x", "Chain(parts=[Part(expr=E**x, "),
    (r"\text{Taylor sum:} \quad f(x) = x", "Chain(parts=[Part(expr=f(x), "),
    (r"\text{Step 1: } y = 2x", "Chain(parts=[Part(expr=y, "),
    (r"\text{Var}(X) = 2", "Chain(parts=[Part(expr=Var(X), "),
])
def test_a_leading_label_in_words(text, read):
    from tutor.read.parser import parse
    assert str(parse(text, "latex")).startswith(read)


# ink around math is read through: a brace with its note, a colour (were unknown commands);
# a layer label in a partial's denominator (∂L/∂a^{[1]}) is the name a_1 (was a parse error)
@pytest.mark.parametrize(("text", "read"), [
    (r"\underbrace{(x+1)^2}_{\text{square}}", "(x + 1)**2"),
    (r"\underbrace{2x e^x}_{u'v} + \underbrace{x^2 e^x}_{uv'}", "x**2*E**x + 2*x*E**x"),
    (r"\overbrace{e^{x} \cdot e^{-x}}^{=1}", "E**x/E**x"),
    (r"\textcolor{red}{2x} + 1", "2*x + 1"),
    (r"\frac{\partial L}{\partial W^{[2]}}", "Derivative(L(W_2), W_2)"),
    (r"\frac{\partial a^{[1]}}{\partial z^{[1]}}", "Derivative(a_1(z_1), z_1)"),
])
def test_ink_and_layer_labels(text, read):
    from tests.document_steps import assert_reading
    assert_reading(text, read)


INK = r"""$$
\frac{{d}}{{dx}}\left(x^2 e^x\right) = \underbrace{{2x e^x}}_{{u'v}} + \underbrace{{{term}}}_{{uv'}}
$$
"""


@pytest.mark.parametrize(("term", "verdict"), [("x^2 e^x", "ok"), ("x e^x", "error")])
def test_a_product_rule_with_braces_under_its_terms(term, verdict):
    assert_verdicts(INK.format(term=term), [(verdict, None)])


GRADIENT_AT_NUMBERS = r"""$z = wx + b$, $\hat{{y}} = \sigma(z)$, $L = -\log \hat{{y}}$.

With $x = 2$, $w = 0.5$, $b = -1$:

- $\nabla_{{w}} L = {value}$
"""


# ∇_w L in a plain w that has a value: the gradient in w, then w's value (was "a gradient in
# something other than a name")
@pytest.mark.parametrize(("value", "verdict"), [(r"(0.5 - 1) \times 2", "ok"),
                                                 (r"(0.5 + 1) \times 2", "error")])
def test_a_gradient_at_the_values_given(value, verdict):
    steps = check_document(GRADIENT_AT_NUMBERS.format(value=value), kind="md").steps
    assert steps[-1].verdict == verdict


# plain-text relations typed inside LaTeX math: => ==> <=> >= <=; MathJax's \require{…} is ink
@pytest.mark.parametrize(("text", "ops"), [
    (r"\nabla_\theta J(\theta) = 0 => \theta = 2", ["=", "=>", "="]),
    (r"x = 2 ==> x^2 = 4", ["=", "=>", "="]),
    (r"x >= 2", [">="]),
    (r"x <= 2", ["<="]),
    (r"a <=> b", ["<=>"]),
    (r"\require{cancel} x = 2", ["="]),
])
def test_relations_typed_as_in_plain_text(text, ops):
    from tutor.read.parser import parse
    assert [link.op for link in parse(text, "latex").links] == ops


# dL/dz with z = w^T x + b given: z stays the variable (was an internal error)
def test_a_derivative_in_a_name_given_a_vector_expression_is_no_internal_error():
    text = ("$$\n\\hat{y} = \\sigma(z), \\quad z = w^T x + b\n$$\n\n$$\n\\frac{d\\mathcal{L}}{dz} "
            "= \\frac{d\\mathcal{L}}{d\\hat{y}} \\cdot \\frac{d\\hat{y}}{dz}\n$$\n")
    last = check_document(text, kind="md").steps[-1]
    assert last.verdict == "unchecked" and "internal error" not in last.message


# `y = f(x) = …` defines f as well; the point `x = 1` named after it is no equation to solve
# (was an error "this equation does not follow"), in English or Chinese prose
@pytest.mark.parametrize("text", [
    "Plot $y = f(x) = x^3 - \\frac{1}{x}$ and its tangent at $x = 1$.\n",
    "绘制函数$y = f(x) = x^3 - \\frac{1}{x}$和其在$x = 1$处切线的图像。\n",
])
def test_a_name_and_a_function_defined_at_once(text):
    assert_verdicts(text, [("unchecked", "definition of y"), ("unchecked", "definition of f(x)"),
                           ("unchecked", "x = 1 here")])


@pytest.mark.parametrize(("slope", "verdict"), [("3x^2 + \\frac{1}{x^2}", "ok"),
                                                ("3x^2 - \\frac{1}{x^2}", "error")])
def test_the_function_defined_at_once_is_differentiated(slope, verdict):
    text = f"Let $y = f(x) = x^3 - \\frac{{1}}{{x}}$.\n\nThen $f'(x) = {slope}$.\n"
    assert check_document(text, kind="md").steps[-1].verdict == verdict


LAGRANGE_UNIT_VECTORS = r"""$$\begin{{gather}}
	f(x,y) = 1+xy \\
	g(x,y) = x^{{2}} + y^{{2}} \\
	\vec\nabla f = {grad_f} \\
	\vec\nabla g = 2x\,\hat{{i}}+ 2y\,\hat{{j}} \\
\end{{gather}}$$
- the maximum on the circle lies at $x=y=\frac{{1}}{{\sqrt 2}}$, and $\lambda = - \frac{{1}}{{2}}:$
$$\vec\nabla f = {at_point}$$
"""


# ∇f written on î, ĵ is the column of its parts (was the name "nabla" times f, and then a
# shape error); a claim at the point given above is checked there; a trailing colon is prose
@pytest.mark.parametrize(("grad_f", "at_point", "verdicts"), [
    (r"y\,\hat{i}+x\,\hat{j}", r"\frac{1}{2}\vec\nabla g", ["ok", "ok"]),
    (r"x\,\hat{i}+y\,\hat{j}", r"\frac{1}{\sqrt 2} (\hat i + \hat j)", ["error", "ok"]),
    (r"y\,\hat{i}+x\,\hat{j}", r"\frac{1}{2} (\hat i + \hat j)", ["ok", "unchecked"]),
])
def test_gradients_on_unit_vectors(grad_f, at_point, verdicts):
    steps = check_document(LAGRANGE_UNIT_VECTORS.format(grad_f=grad_f, at_point=at_point),
                           kind="md").steps
    assert "parse_error" not in [s.verdict for s in steps]
    assert [s.verdict for s in steps if s.line in (4, 8)] == verdicts


IMPLICIT = ("Sea $x^2 + y^2 = 25$. Derivando:\n\n$$2x + 2y\\frac{{dy}}{{dx}} = 0 "
            "\\quad\\Longrightarrow\\quad \\frac{{dy}}{{dx}} = {slope}$$\n")


# implicit differentiation: the curve differentiated (the same slope -F_x/F_y), then y' solved
# from it, y' an unknown (the solving step was "y is not defined here", and an internal error
# at a root holding y')
@pytest.mark.parametrize(("slope", "verdict"), [(r"-\frac{x}{y}", "ok"),
                                                (r"\frac{x}{y}", "error")])
def test_implicit_differentiation_solved_for_the_derivative(slope, verdict):
    assert_verdicts(IMPLICIT.format(slope=slope), [
        ("unchecked", "holds when"), ("ok", "the equation above differentiated"),
        (verdict, None)])


# a formula given to y in an earlier problem is dropped when a condition of the next problem
# names y (the curve x² + y² = 25): y is a variable there
def test_a_stale_formula_is_dropped_by_a_condition_naming_it():
    text = ("## Example 1\n\n$y = (x^2 + 1)^3$\n\n## Example 2\n\n" + IMPLICIT.format(
        slope=r"-\frac{x}{y}"))
    assert [s.verdict for s in check_document(text, kind="md").steps][-1] == "ok"


# a label ended by a colon before a formula, its words in \text{…} or as math (\sin(x):)
@pytest.mark.parametrize(("text", "read"), [
    (r"\sin(x): \quad \sin(x) = x", "Chain(parts=[Part(expr=sin(x), "),
    (r"a: b = c", "Chain(parts=[Part(expr=b, "),
    (r"x := 2", "Chain(parts=[Part(expr=x, "),
])
def test_a_label_ended_by_a_colon(text, read):
    from tutor.read.parser import parse
    assert str(parse(text, "latex")).startswith(read)


def test_a_taylor_line_with_a_label_in_words_and_math():
    text = ("$$\n\\text{taylor } \\sin(x): \\quad \\sin(x) = x - \\frac{x^3}{3!} + \\dots\n$$\n")
    assert [s.verdict for s in check_document(text, kind="md").steps] == ["ok"]


# a definition read ahead (f(\mathbf{x}) = … two lines down) leaves f undefined here: y = f(x)
# = x^3 - 1/x still defines it (the point x = 1 after it is no equation to solve)
def test_a_function_defined_at_once_before_a_later_definition():
    text = ("1. $y = f(x) = x^3 - \\frac{1}{x}$和其在$x = 1$处切线的图像。\n"
            "1. 求函数$f(\\mathbf{x}) = 3x_1^2 + 5e^{x_2}$的梯度。\n")
    verdicts = [s.verdict for s in check_document(text, kind="md").steps]
    assert "error" not in verdicts and verdicts[:3] == ["unchecked"] * 3


# the product and quotient rules stated with u, v: u and v functions of one variable (were
# parse errors; tests/test_rule_statements.py)
@pytest.mark.parametrize("text", [r"$(uv)' = u'v + uv'$",
                                  r"$\left(\dfrac{u}{v}\right)' = \dfrac{u'v - uv'}{v^2}$"])
def test_a_rule_stated_with_functions_u_v(text):
    assert_verdicts(text + "\n", [("ok", None)])
