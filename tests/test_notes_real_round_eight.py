"""Habits met in real public notes read in the eighth round (measured only, never copied): the
activation spelled `\\text{Sigmoid}`, an expression named in the prose between two equations of
one derivation (`multiply by $p(1-p)$`), a reason row between rows, an increment Δx, primes
spelled `\\prime`, a difference quotient of an unknown function, an example label with no number."""

from __future__ import annotations

import pytest
import sympy as sp

import tutor
from tests.document_steps import assert_verdicts
from tutor.batch import check_document


# `\text{Sigmoid}` is σ, as `\text{ReLU}` is max(0, x)
@pytest.mark.parametrize(("text", "verdict"), [
    (r"$$\text{Sigmoid}(0) = 0.5$$", "ok"),
    (r"$$\text{Sigmoid}(0) = 0.7$$", "error"),
    (r"$$\operatorname{Sigmoid}(z) = \frac{1}{1 + e^{-z}}$$", "ok"),
])
def test_sigmoid_spelled_as_a_word(text, verdict):
    assert_verdicts(text, [(verdict, None)])


SET_TO_ZERO_THEN_CLEARED = r"""Take the derivative and set it to zero:
$$\frac{d\ell}{dp} = \frac{a}{p} - \frac{n - a}{1 - p} = 0$$

Multiply by $p(1-p)$ to clear the denominators:
$$(1-p)a SIGN p(n - a) = 0$$
"""


# an expression named in the prose between (`multiply by $p(1-p)$`) does not end the equation
# the next block goes on from: the next equation is compared with it
@pytest.mark.parametrize(("sign", "verdict"), [("-", "ok"), ("+", "error")])
def test_a_named_expression_between_keeps_the_equation_to_solve(sign, verdict):
    assert_verdicts(SET_TO_ZERO_THEN_CLEARED.replace("SIGN", sign), [
        ("unchecked", None), ("unchecked", "set to 0"), (verdict, None)])


# an equation in other variables after the named expression is still a new premise
def test_a_new_equation_after_a_named_expression_is_not_compared():
    text = "We solve\n$$x^2 - 4 = 0$$\n\nNow take the function $g(t)$ and\n$$t^2 + 1 = 0$$\n"
    assert_verdicts(text, [("unchecked", "holds when"), ("unchecked", "holds when")])


REASON_ROWS = r"""$$
\begin{align*}
J &= - \frac{1}{N}\sum_{i=1}^{N}[y_i\ln(p_i)] \\
\because p_i &= \frac{1}{1 + e^{-z_i}} \\
&= - \frac{1}{N}\sum_{i=1}^{N}[y_i\ln(\frac{1}{1 + e^{-z_i}})] \\
\because \ln(1) &= 0 \\
&= SIGN\frac{1}{N}\sum_{i=1}^{N}[y_i\ln(1 + e^{-z_i})]
\end{align*}
$$
"""


# a row that opens with \because is a reason: checked on its own (a definition here, an
# identity there), and the row after it goes on from the row before it
@pytest.mark.parametrize(("sign", "verdict"), [("", "ok"), ("-", "error")])
def test_a_reason_row_between_two_rows_of_a_chain(sign, verdict):
    assert_verdicts(REASON_ROWS.replace("SIGN", sign), [
        ("unchecked", "definition of J"), ("unchecked", "definition of p_i"), ("ok", None),
        ("ok", None), (verdict, None)])


# a reason that is no definition the step can use (P_i named nowhere else, p_i in the sum):
# the row after it is unchecked, never called wrong
def test_a_step_past_an_unsettled_reason_is_not_called_wrong():
    text = REASON_ROWS.replace(r"\because p_i &=", r"\because \sigma(z_i) &= P_i =")
    steps = [s.verdict for s in check_document(text, kind="md").steps]
    assert steps[3] == "unchecked" and "error" not in steps[:4], steps


# readings: an increment Δx is one name (Δx² is (Δx)²); primes spelled \prime; a sum whose
# summand opens with a minus sign
@pytest.mark.parametrize(("text", "read"), [
    (r"\Delta x^2 + 4\Delta x", "Δx**2 + 4*Δx"),
    (r"\frac{\Delta y}{\Delta x}", "Δy/Δx"),
    (r"\Delta x_i", "Δx_i"),
    (r"\Delta", "Delta"),                       # alone: the letter (a discriminant)
    (r"\Delta ABC", "A*B*C*Delta"),             # several letters: not an increment
    (r"\lim_{\Delta x \to 0} \Delta x", "Limit(Δx, Δx, 0, dir='+-')"),
    (r"f\prime(x)", "Derivative(f(x), x)"),
    (r"f^{\prime\prime}(x)", "Derivative(f(x), (x, 2))"),
    (r"f^\prime(x)", "Derivative(f(x), x)"),
    (r"f^{'}(x)", "Derivative(f(x), x)"),
    (r"f^{''}(x)", "Derivative(f(x), (x, 2))"),
    (r"\sum_{i=1}^{n} -x_i", "Sum(-x[i], (i, 1, n))"),
    (r"\sum_{i=1}^{n} x_i - 1", "Sum(x[i], (i, 1, n)) - 1"),
    # a hand-worked network: a short word with a subscript is a name, never n·e·t
    (r"net_{h1}", "net_h1"),
    (r"out_{o1} - 1", "out_o1 - 1"),
    (r"\text{out}_{h1}", "out_h1"),
    (r"\text{target}_{o1}", "target_o1"),
    (r"w_5 \cdot out_{h1} + b_2", "b_2 + out_h1*w_5"),
    # a word before an operator is a name, as one after an operator is
    (r"\text{Likelihood} \times \text{Prior}", "Likelihood*Prior"),
])
def test_reading(text, read):
    from tests.document_steps import assert_reading

    assert_reading(text, read)


# the limit of a difference quotient of an unknown function is its derivative, by definition
@pytest.mark.parametrize(("a", "b", "status"), [
    ("f'(x)", r"\lim_{h \to 0} \frac{f(x+h) - f(x)}{h}", "equal"),
    (r"\frac{d}{dx} g(x)", r"\lim_{h \rightarrow 0} \frac{g(x + h) - g(x)}{h}", "equal"),
    ("f'(3)", r"\lim_{h \to 0} \frac{f(3+h) - f(3)}{h}", "equal"),
    ("f'(x)", r"\lim_{h \to 0} \frac{f(x+h) + f(x)}{h}", "unknown"),
    ("f'(x)", r"\lim_{h \to 0} \frac{f(x+h) - f(x)}{2h}", "unknown"),
    ("f'(x)", r"\lim_{h \to 0^+} \frac{f(x+h) - f(x)}{h}", "unknown"),   # one side only
])
def test_difference_quotient_of_an_unknown_function(a, b, status):
    assert tutor.compare(a, b).status == status


# `worked example:` starts a new example: f defined in the one before may be another function
def test_an_example_label_without_a_number_starts_anew():
    text = ("worked example: $f(x) = x^2$ at $x = 1$, the slope is $f'(1) = 2$.\n\n"
            "worked example: the curve $y = x^3$ at $x = 1$, the slope is $f'(1) = 3$.\n")
    steps = check_document(text, kind="md").steps
    assert [s.verdict for s in steps if s.source.strip() in ("2", "3")] == ["ok", "unchecked"]


WORKED_VALUE = r"""With \( p_0 = 0.6 \) and \( p_1 = 0.4 \), calculating:

$$
Gini = 1 - (0.6^2 + 0.4^2)
$$

$$
= 1 - (0.36 + 0.16)
$$

$$
= 1 - 0.52 = RESULT
$$
"""


# a name given a value still being worked out (`Gini = 1 - (0.6^2 + 0.4^2)`): the blocks that
# open with = go on from that value
@pytest.mark.parametrize(("result", "verdict"), [("0.48", "ok"), ("0.58", "error")])
def test_blocks_go_on_from_a_value_being_worked_out(result, verdict):
    verdicts = [s.verdict for s in check_document(WORKED_VALUE.replace("RESULT", result),
                                                  kind="md").steps]
    assert verdicts[-3:] == ["ok", "ok", verdict], verdicts


# a declared law's moments are in its parameters: a parameter given a value makes no claim about
# every value of it (Var(X) = (1 - p)/p² of a Geometric(p) with p = 0.1 was called wrong: the
# law's moments kept p while the claim had 0.1 put in); without a value the slip is refuted
@pytest.mark.parametrize(("right", "values", "refuted"), [
    (r"\frac{1 - p}{p^2}", True, False),
    (r"\frac{1 - p}{p^2}", False, False),
    (r"\frac{1}{p^2}", False, True),
    (r"\frac{1}{p^2}", True, True),
])
def test_a_law_in_a_parameter_given_a_value(right, values, refuted):
    from tutor.judge.random_variables import Knowledge, judge_moments, moment
    from tutor.read.parser import parse

    p, x, k = sp.Symbol("p"), sp.Symbol("X"), sp.Symbol("x")
    known = Knowledge(laws={moment(x): 1 / p, moment(x**2): -1 / p + 2 / p**2},
                      moments={moment(x): p * sp.Sum(k * (1 - p)**(k - 1), (k, 1, sp.oo))},
                      values={p: sp.Rational(1, 10)} if values else {})
    verdict = judge_moments(parse(r"\text{Var}(X)", "latex"), parse(right, "latex"), known)
    assert (verdict is not None and verdict.status == "not_equal") == refuted, verdict


SECOND_NAME = r"""Let $\hat{y}_i = \frac{e^{z_i}}{\sum_{c=1}^C e^{z_c}} = p_i$ is the class i
 probability.

$$
\frac{e^{z_i}}{\sum_{c=1}^C e^{z_c}} \frac{e^{z_j}}{\sum_{c=1}^C e^{z_c}} = SIGN p_i p_j
$$
"""


# `ŷ_i = … = p_i` with p_i never seen: a second name for the same value, used below
@pytest.mark.parametrize(("sign", "verdict"), [("", "ok"), ("-", "error")])
def test_a_second_name_for_a_value_defined(sign, verdict):
    assert_verdicts(SECOND_NAME.replace("SIGN", sign), [
        ("unchecked", "definition of ŷ_i"), ("unchecked", "a second name"), (verdict, None)])


# the value of a derivative at a point of a function nothing else is said of (M'_X(0) = λ of
# a moment generating function) is given: later steps use it; given anew, it is another
# exercise's (a definition again, never an error)
@pytest.mark.parametrize(("value", "verdict"), [("1", "ok"), ("2", "error")])
def test_given_derivative_values_are_used(value, verdict):
    text = f"Because $f'(0) = 2$ and $f''(0) = 5$, we get $f''(0) - f'(0)^2 = {value}$."
    assert_verdicts(text, [("unchecked", "definition"), ("unchecked", "definition"),
                           (verdict, None)])


def test_a_derivative_value_given_anew_is_no_error():
    text = ("1. Because $M''_X(0) = \\lambda^2 + \\lambda$, we have "
            "$M''_X(0) - \\lambda^2 = \\lambda$.\n\n"
            "2. Differentiate twice to get $M''_X(0) = \\lambda^2$.\n")
    verdicts = [s.verdict for s in check_document(text, kind="md").steps]
    assert verdicts == ["unchecked", "ok", "unchecked"], verdicts


# equations of vectors: a solution put back in, or the same equation times a number; the
# identity I beside matrices is square and of the size it needs
@pytest.mark.parametrize(("a", "b", "status"), [
    (r"(X^T X + \lambda I) w = X^T y", r"w = (X^T X + \lambda I)^{-1} X^T y", "equal"),
    (r"(X^T X + \lambda I) w = X^T y", r"w = (X^T X)^{-1} X^T y", "not_equal"),
    (r"X^T X w = X^T y", r"w = (X^T X)^{-1} X^T y", "equal"),
    (r"2X^T X w - 2X^T y = 0", r"X^T X w = X^T y", "equal"),
    (r"2X^T X w - 2X^T y = 0", r"X^T X w = 2X^T y", "unknown"),   # never refuted by scaling
    (r"(X^T X + \lambda I) w", r"X^T X w + \lambda w", "equal"),
    (r"(X^T X + \lambda I) w", r"X^T X w + w", "not_equal"),
    (r"x^T I x", r"x^T x", "equal"),
])
def test_vector_equations(a, b, status):
    assert tutor.compare(a, b).status == status


SET_TO_ZERO_IN_WORDS = r"""$$\frac{d\ell}{dp} = \frac{a}{p} - \frac{n-a}{1-p}$$

Setting this to zero:

$$\frac{a}{p} = \frac{n-a}{1-p}$$

$$p = RESULT$$
"""


# "setting it to zero" in the prose between: the expression above = 0 is the equation the next
# block goes on from (the ridge solution, a maximum likelihood estimate)
@pytest.mark.parametrize(("result", "verdict"), [(r"\frac{a}{n}", "ok"),
                                                 (r"\frac{a}{n+1}", "error")])
def test_set_to_zero_in_words(result, verdict):
    verdicts = [s.verdict for s in check_document(
        SET_TO_ZERO_IN_WORDS.replace("RESULT", result), kind="md").steps]
    assert verdicts[-2:] == ["ok", verdict], verdicts


def test_the_ridge_solution_after_setting_the_gradient_to_zero():
    text = (r"$$\nabla_w J = 2X^T X w - 2X^T y + 2\lambda w$$" "\n\nSetting it to zero,\n\n"
            r"$$(X^T X + \lambda I) w = X^T y \implies w = (X^T X + \lambda I)^{-1} X^T y$$")
    verdicts = [s.verdict for s in check_document(text, kind="md").steps]
    assert verdicts[-2:] == ["ok", "ok"], verdicts


MACROS = r"""$$\newcommand{\E}{\mathbb{E}}\newcommand{\norm}[1]{\left\lVert #1 \right\rVert}
\DeclareMathOperator{\Var}{Var}$$

$$\E[2X + 3] = 2\E[X] + LAST$$

$$\frac{d}{dw}\norm{w}^2 = 2w$$

$$\Var(2X) = 4\Var(X)$$

\def\half{\frac{1}{2}}

$\half + \half = 1$
"""


# the notes' own macros (\newcommand, \def, \DeclareMathOperator) are expanded where used; the
# definitions claim nothing; an error's column is where the writer typed it
@pytest.mark.parametrize(("last", "verdict"), [("3", "ok"), ("4", "error")])
def test_macros_the_notes_define(last, verdict):
    steps = check_document(MACROS.replace("LAST", last), kind="md").steps
    assert [(s.line, s.verdict) for s in steps] == [
        (4, verdict), (6, "ok"), (8, "ok"), (12, "ok")], steps
    assert (steps[0].line, steps[0].column) == (4, 16)


# a macro that calls itself is left unexpanded: the line says which command it cannot read
def test_a_macro_that_never_ends():
    text = "\\newcommand{\\loop}{\\loop\\loop}\n\n$$\\loop = 1$$\n"
    steps = check_document(text, kind="md").steps
    assert [(s.verdict, s.message) for s in steps] == [("parse_error", "unknown command \\loop")]


# a notebook's first cell defines the macros every later cell uses
def test_notebook_macros_serve_every_cell():
    import json

    cells = [{"cell_type": "markdown", "metadata": {},
              "source": ["$\\newcommand{\\E}{\\mathbb{E}}$\n"]},
             {"cell_type": "code", "metadata": {}, "source": ["x = 1\n"], "outputs": [],
              "execution_count": 1},
             {"cell_type": "markdown", "metadata": {},
              "source": ["By linearity\n", "$$\\E[2X + 3] = 2\\E[X] + 4$$\n"]}]
    text = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    steps = check_document(text, kind="ipynb").steps
    assert [(s.verdict, s.cell) for s in steps] == [("error", 3)], steps


# a declared law with a parameter written as a name gives its masses in that name
@pytest.mark.parametrize(("text", "verdicts"), [
    ("Let $X \\sim \\text{Bernoulli}(p)$: $P(X=1) = p$ and $P(X=0) = 1 - p$.",
     ["unchecked", "ok", "ok"]),
    ("Let $X \\sim \\text{Bernoulli}(p)$: $P(X=0) = p$.", ["unchecked", "error"]),
    ("Let $X \\sim \\text{Poisson}(\\lambda)$: $P(X=2) = \\frac{\\lambda^2}{2} e^{-\\lambda}$.",
     ["unchecked", "ok"]),
    ("Let $X \\sim \\text{Poisson}(\\lambda)$: $P(X=2) = \\lambda^2 e^{-\\lambda}$.",
     ["unchecked", "error"]),
])
def test_masses_of_a_law_in_a_named_parameter(text, verdicts):
    assert [s.verdict for s in check_document(text, kind="md").steps] == verdicts


# SE and SD of statistics notes are names, never S·E and D·S
@pytest.mark.parametrize(("text", "read"), [
    (r"\frac{SD}{\sqrt{n}}", "SD/(sqrt(n))"),
    (r"SE_1", "SE_1"),
    (r"SDS^{-1}", "D*S/S"),      # a matrix product S D S^{-1} stays one
])
def test_standard_error_names(text, read):
    from tests.document_steps import assert_reading

    assert_reading(text, read)


# a new name ≈ a number is a definition (its value, approximately), the rest of the chain checked
@pytest.mark.parametrize(("last", "verdict"), [("0.665", "ok"), ("0.765", "error")])
def test_a_name_defined_approximately(last, verdict):
    text = f"$$p_1 \\approx \\frac{{7.389}}{{11.107}} \\approx {last}$$"
    assert_verdicts(text, [("unchecked", "definition of p_1"), (verdict, None)])


# a bare ∇L (read as a name on an update line) is shown as ∇L, not nabla_L
def test_a_bare_gradient_name_is_shown_as_written():
    from tutor.derive.notation import notation

    assert notation(sp.Symbol("nabla_L") + sp.Symbol("w")) in ("∇L + w", "w + ∇L")


# data listed in set braces is a list of numbers, as in brackets
@pytest.mark.parametrize(("data", "mean", "verdict"), [
    (r"\{2, 4, 6\}", "4", "ok"), (r"\{2, 4, 6\}", "5", "error"), ("(2, 4, 6)", "4", "ok")])
def test_data_in_set_braces(data, mean, verdict):
    text = f"Data $x = {data}$.\n\n$$\\bar x = \\frac{{1}}{{3}}\\sum_{{i=1}}^{{3}} x_i = {mean}$$\n"
    assert [s.verdict for s in check_document(text, kind="md").steps][-1] == verdict


# a `$` alone on its line, the math, then a `$` alone: a display written with single dollars
@pytest.mark.parametrize(("last", "verdict"), [("5", "ok"), ("6", "error")])
def test_single_dollars_alone_on_their_lines(last, verdict):
    text = f"And a block:\n$\nb = 2 + 3 = {last}\n$\n\nThe price is $5 and $6 in prose.\n"
    assert_verdicts(text, [("unchecked", "definition of b"), (verdict, None)])


# past a wrong equation, an equation that follows from the one before the slip is right (the
# slip is not carried on), and one that follows from neither stays an error
@pytest.mark.parametrize(("last", "verdict"), [(r"\frac{k}{n}", "ok"), (r"\frac{n}{k}", "error")])
def test_an_equation_past_a_wrong_one(last, verdict):
    text = (r"$$\ell(p) = k \ln p + (n-k)\ln(1-p)$$" "\n\n"
            r"$$\frac{d\ell}{dp} = 0 \iff k(1-p) = (n+k)p \iff p = LAST$$").replace("LAST", last)
    verdicts = [s.verdict for s in check_document(text, kind="md").steps]
    assert verdicts[-2:] == ["error", verdict], verdicts
