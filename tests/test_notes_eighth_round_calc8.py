"""The eighth round of real-notes habits (ML calculus and optimisation): backprop numbers
rounded in a notebook, a learning rate supposed larger than its value, Velog and flashcard
constructs; each row the reading or the verdicts a learner now sees."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_reading, assert_steps, assert_verdicts
from tutor.batch import check_document

BACKPROP_NUMBERS = r"""Target $y = 1$, $z = 0.1$.

Sigmoid activation $a = \sigma(z)$:

$$a = \sigma(0.1) \approx 0.5250$$

Loss $L = \frac{{1}}{{2}}(a - y)^2$, so

$$L = \frac{{1}}{{2}}(0.5250 - 1)^2 \approx 0.1128$$

$$\frac{{\partial L}}{{\partial a}} = {}$$
"""


# ∂L/∂a at a = σ(0.1): the point is σ(1/10) exactly, not a 15-digit float that "differs" from
# σ(1/10) in the 16th digit (before: "the values differ: -0.4750208125 vs -0.4750208125")
@pytest.mark.parametrize(("claim", "verdict"), [
    ("a - y", "ok"),
    ("a + y", "error"),
    ("y - a", "error"),
    (r"a - y = 0.5250 - 1 = -0.4750", "ok"),
])
def test_a_derivative_at_a_value_set_from_a_decimal(claim, verdict):
    steps = [("unchecked", None)] * 3 + [("ok", None)] * 2 + [("unchecked", None)] + [
        ("ok", None)] * 2 + [(verdict, None)]
    if claim.count("=") == 2:
        steps += [("ok", None)] * 2
    assert_verdicts(BACKPROP_NUMBERS.format(claim), steps)


CHAIN_AT_VALUES = BACKPROP_NUMBERS.format("a - y") + r"""
$$\frac{\partial a}{\partial z} = \sigma(z)\,(1 - \sigma(z))$$

$$\frac{\partial L}{\partial z} = \frac{\partial L}{\partial a}\frac{\partial a}{\partial z}$$
"""


# the chain rule between derivatives taken at numeric values (before: "not equal")
def test_the_chain_rule_at_values_is_no_error():
    last = check_document(CHAIN_AT_VALUES, kind="md").steps[-1]
    assert (last.line, last.verdict) == (15, "ok"), last


SUPPOSED_RATE = r"""Learning rate $\eta = 0.1$ and $w_0 = 0$.

> $\eta > 1$ 이면 $|1 - 2\eta| {} 1$ 이 되어서 발산한다.
"""


# `if η > 1` after η = 0.1: a supposition, η is free under it (before: "the inequality does
# not hold", checked at η = 0.1)
@pytest.mark.parametrize(("op", "verdict"), [(">", "ok"), (r"\le", "unchecked")])
def test_a_supposition_against_a_value_frees_the_name(op, verdict):
    assert_verdicts(SUPPOSED_RATE.replace("{}", op), [
        ("unchecked", None), ("unchecked", None), ("unchecked", "premise"), (verdict, None)])


# a bound the value satisfies keeps the value (η = 0.1, η > 0: 1 - 2η > 0 holds at 0.1 only)
def test_a_bound_the_value_meets_keeps_the_value():
    text = "Learning rate $\\eta = 0.1$.\n\n$\\eta > 0$ so $1 - 2\\eta > 0$ here.\n"
    assert "error" not in [s.verdict for s in check_document(text, kind="md").steps]


# readings of constructs the notes write (input -> what it is read as)
@pytest.mark.parametrize(("text", "read"), [
    # a softmax entry, the subscript after the bracket: the entry's function (before: refused)
    (r"\text{softmax}(z)_i", "softmax_i(z)"),
    (r"\mathrm{softmax}(\mathbf{z})_{k}", "softmax_k(z)"),
    (r"softmax(z)_2", "softmax_2(z)"),
    # a worded subscript under ∂: the same name as outside (before: refused)
    (r"\frac{\partial L_{\text{reg}}}{\partial w_1}", "Derivative(L_reg(w_1), w_1)"),
    (r"\frac{\partial L_{\mathrm{CE}}}{\partial z}", "Derivative(L_CE(z), z)"),
    # ∇L without a variable outside an update: still refused (no variable is guessed)
    (r"\nabla L", "!say which variable"),
    (r"x + \nabla f", "!say which variable"),
    # still refused or read as before
    (r"\nabla f(x)", "∇_x (f(x))"),
    # ∂a/∂z written inline with slashes (prose: "what changes in ∂a/∂z"): the partial derivative
    (r"\partial a / \partial z", "Derivative(a(z), z)"),
    (r"\partial L/\partial w_1", "Derivative(L(w_1), w_1)"),
    (r"\partial/\partial x (x^2)", "Derivative(x**2, x)"),  # the operator, as before
    (r"\partial x", "!'\\partial' is only read"),  # ∂ is never a symbol
    (r"\partial f(x)/\partial x", "!'\\partial' is only read"),
])
def test_readings_of_the_eighth_round(text, read):
    assert_reading(text, read)


UPDATE_WITH_NABLA = r"""$$w {} w - \eta(\nabla L + \lambda w) = {}$$
"""


# the weight-decay update: on a line with an update arrow ∇L is the gradient in the name updated,
# a quantity of its own, so the update is checked as algebra (before: "say which variable")
@pytest.mark.parametrize(("right", "verdict"), [
    (r"(1 - \eta\lambda)w - \eta \nabla L", "ok"),
    (r"(1 - \eta\lambda)w + \eta \nabla L", "error"),
    (r"(1 + \eta\lambda)w - \eta \nabla L", "error"),
])
@pytest.mark.parametrize("arrow", [r"\gets", r"\leftarrow", "←"])
def test_an_update_with_a_bare_nabla(arrow, right, verdict):
    assert_verdicts(UPDATE_WITH_NABLA.format(arrow, right), [("unchecked", "update"),
                                                              (verdict, None)])


SOFTMAX_ENTRY = r"""$$\text{softmax}(z)_i = \frac{e^{z_i}}{\sum_j e^{z_j}}$$
"""


# the definition of a softmax entry is a definition, no parse error
def test_a_softmax_entry_defined():
    assert_verdicts(SOFTMAX_ENTRY, [("unchecked", "definition")])


SIZED_SPLIT = r"""# Sigmoid

$$
\Large{{
\begin{{split}}
  \sigma(z) &= \frac{{1}}{{1 + e^{{-z}}}}\\
  \sigma'(z) & = {}\\
  \end{{split}}
}}
$$
"""


# a size command wrapping the whole block (`\Large{ \begin{split} … }`): its rows read
# (before: "missing closing brace" on the first row, "'}' closes a bracket" on the last)
@pytest.mark.parametrize(("derivative", "verdict"), [
    (r"\sigma(z)(1 - \sigma(z))", "ok"),
    (r"\sigma(z)(1 + \sigma(z))", "error"),
])
def test_a_size_command_around_a_split(derivative, verdict):
    assert_steps(SIZED_SPLIT.format(derivative), [(6, "ok", None), (7, verdict, None)])


# a size command on part of the math is no wrapper: left as it is
def test_a_size_command_on_a_part_is_kept():
    assert [s.verdict for s in check_document(r"$$\Large{x} = x$$", kind="md").steps] != []


FORWARD_THEN_LOCAL_GRADIENT = r"""Inputs $x_1 = 1$, $x_2 = 2$; weights $w_1 = 0.5$, $w_2 = -0.25$;
bias $b = 0.1$.

$$z = w_1 x_1 + w_2 x_2 + b = 0.5 - 0.5 + 0.1 = 0.1$$

$$\frac{{\partial z}}{{\partial {}}} = {}$$
"""


# z worked out to a number in its own definition keeps what it is made of for ∂z/∂w (before:
# "z is a number here (0.1, its value at a point): how it depends on w_1 is not written")
@pytest.mark.parametrize(("variable", "claim", "verdict"), [
    ("w_1", "x_1", "ok"),
    ("w_2", "x_2", "ok"),
    ("b", "1", "ok"),
    ("w_2", "x_1", "error"),
    ("w_1", "2", "error"),
])
def test_a_name_worked_to_a_number_keeps_its_formula(variable, claim, verdict):
    steps = check_document(FORWARD_THEN_LOCAL_GRADIENT.format(variable, claim), kind="md").steps
    assert steps[-1].verdict == verdict, steps[-1]


AFTER_AN_UPDATE = r"""Take $x = 2$, $w = 0.5$, $b = 0$, $y = 1$.

$$z = w x + b = 0.5 \cdot 2 + 0 = 1$$

Let $a = \sigma(z)$ and $L = \frac{1}{2}(a - y)^2$.

$$\frac{\partial L}{\partial w} = (a - y)\,\sigma(z)(1 - \sigma(z))\,x \approx -0.1058$$

$$w \leftarrow w - 0.1 \cdot (-0.1058) = 0.51058$$

So the gradient was $\frac{\partial L}{\partial w} \approx -0.1058$ at the old weight.
"""


# the formula holds while its names keep their values: after the update of w, z is still the
# number of the old weight, so the recap of the old gradient is not checked at the new w
def test_an_update_ends_the_formula_kept():
    steps = check_document(AFTER_AN_UPDATE, kind="md").steps
    assert [s.verdict for s in steps if s.line == 7] == ["ok", "ok"]
    assert [s.verdict for s in steps if s.line == 11] == ["unchecked"]


# the derivative of |w| of L1 regularisation, the names real: sign(w), undefined at 0 (before:
# "the derivative could not be evaluated")
@pytest.mark.parametrize(("text", "verdict"), [
    (r"$$\frac{d}{dw}\lambda\lvert w\rvert = \lambda\,\operatorname{sign}(w)$$", "ok"),
    (r"$$\frac{d}{dw}|w| = \operatorname{sign}(w)$$", "ok"),
    (r"$$\frac{d}{dx}|x| = \frac{x}{|x|}$$", "ok"),
    (r"$$\frac{d}{dw}(w^2 + 3|w|) = 2w + 3\operatorname{sign}(w)$$", "ok"),
    (r"$$\frac{d}{dw}|w| = -\operatorname{sign}(w)$$", "error"),
    (r"$$\frac{d}{dw}(w^2 + 3|w|) = 2w - 3\operatorname{sign}(w)$$", "error"),
])
def test_the_derivative_of_an_absolute_value(text, verdict):
    assert check_document(text, kind="md").steps[-1].verdict == verdict


# at the kink nothing is called right: d/dw |w| at w = 0 does not exist
def test_no_derivative_of_an_absolute_value_at_its_kink():
    text = "At $w = 0$: $\\frac{d}{dw}|w| = 0$."
    assert "ok" not in [s.verdict for s in check_document(text, kind="md").steps]


SLASHED_CHAIN = r"""Let $L = (a - y)^2$ and $a = 3z$.

The chain rule: $\partial L/\partial z = {}$.
"""


# a slashed partial derivative in prose is checked like the fraction (before: a parse error)
@pytest.mark.parametrize(("claim", "verdict"), [("6(a - y)", "ok"), ("2(a - y)", "error")])
def test_a_slashed_partial_derivative_is_checked(claim, verdict):
    assert check_document(SLASHED_CHAIN.format(claim), kind="md").steps[-1].verdict == verdict
