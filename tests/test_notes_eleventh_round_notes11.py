"""The eleventh round of real-notes habits (probability, information theory; a Polish KaTeX
note, a Zhihu answer, a GitHub README of interview questions): an equation solved for an
estimate, `g{}'(z)` primes."""

from __future__ import annotations

import re

import pytest

from tests.document_steps import assert_reading, assert_verdicts


# an equation in θ followed by `θ̂ = …` is an equation being solved, not an identity claimed:
# the estimate is checked against it (a wrong one is still an error)
@pytest.mark.parametrize(("text", "expected"), [
    (r"Then $7(1-p) = 3p$, so $\hat{p} = 0.7$.",
     [("unchecked", "premise"), ("ok", None)]),
    (r"Then $7(1-p) = 3p$, so $\hat{p} = 0.8$.",
     [("unchecked", "premise"), ("error", None)]),
    (r"Then $7(1-\theta) = 3\theta$, so $\theta = 0.7$.",
     [("unchecked", "premise"), ("ok", None)]),
    ("令 $\\ell'(\\theta) = \\frac{7}{\\theta} - \\frac{3}{1-\\theta}$，令其为零得 "
     "$7(1-\\theta) = 3\\theta$，即 $\\hat{\\theta} = 0.7$。",
     # 令其为零 ("set it to zero") makes the equation a condition: equivalent to ℓ'(θ) = 0
     [("unchecked", None), ("ok", "an equivalent equation"), ("ok", "solves the equation above")]),
])
def test_an_equation_solved_for_an_estimate(text, expected):
    assert_verdicts(text, expected)


# a label and a prediction given values (`$y = 1$ and $\hat y = 0.8$`): values, no equation solved
def test_a_label_and_a_prediction_are_values():
    text = ("Loss: $L = -y \\ln \\hat y$.\n\nBinary case, $y = 1$ and $\\hat y = 0.8$:\n\n"
            "$$L = -\\ln 0.8 \\approx 0.223$$\n")
    assert_verdicts(text, [("unchecked", None), ("unchecked", "y = 1 here (a value given"),
                           ("unchecked", "ŷ = 0.8 here"), ("ok", "with the values defined above"),
                           ("ok", None)])


# `g{}'(z)`, `\sigma{}'(z)`, `\ell{}''`: an empty group typed before the prime (Zhihu, CSDN,
# Typora habit) is nothing; the prime reads as written without it
@pytest.mark.parametrize(("text", "read"), [
    (r"g{}'(z)", "Derivative(g(z), z)"),
    (r"\sigma{}'(z)", "Derivative(sigmoid(z), z)"),
    (r"\ell{ }''(\theta)", "Derivative(l(theta), (theta, 2))"),
    (r"f'(x)", "Derivative(f(x), x)"),
])
def test_an_empty_group_before_a_prime(text, read):
    assert_reading(text, read)


def test_a_primed_chain_with_empty_groups_is_checked():
    text = (r"$$\begin{aligned} g{}'\left ( z \right ) & =\frac{d}{dz}\frac{1}{1+e^{-z}} "
            r"= \frac{e^{-z}}{\left ( 1+e^{-z} \right )^{2}} \end{aligned}$$")
    assert_verdicts(text, [("unchecked", "g is not defined here"), ("ok", None)])


# H(X|Y), the conditional entropy, is a name of its own, never the joint entropy H(X, Y):
# `H(X|Y) = H(X,Y) - H(Y)` was a false error
@pytest.mark.parametrize(("text", "read"), [
    (r"H(X|Y)", "H_cond(X, Y)"),
    (r"H(Y \mid X)", "H_cond(Y, X)"),
    (r"H(X, Y)", "H(X, Y)"),
    (r"L(\theta | x)", "L(theta, x)"),
])
def test_conditional_entropy_is_not_the_joint_entropy(text, read):
    assert_reading(text, read)


@pytest.mark.parametrize(("value", "verdict"), [("0.689", "ok"), ("0.789", "error")])
def test_conditional_entropy_from_the_joint(value, verdict):
    text = ("$$H(X,Y) = 1.5$$\n\n$$H(Y) = 0.811$$\n\n"
            f"$$H(X|Y) = H(X,Y) - H(Y) = 1.5 - 0.811 = {value}$$\n")
    assert_verdicts(text, [("unchecked", None), ("unchecked", None),
                           ("ok", "identities of information"), ("ok", None),
                           (verdict, None)])


ENTROPY_AGAIN = ("$$H(p) = -\\sum_{{i}} p_i \\log p_i$$\n\n{label}$p = (\\frac{{1}}{{2}}, "
                 "\\frac{{1}}{{4}}, \\frac{{1}}{{4}})$，以 2 为底：\n\n"
                 "$$\\begin{{aligned}} H(p) &= -\\left ( \\frac{{1}}{{2}}\\log_2 "
                 "\\frac{{1}}{{2}} + \\frac{{1}}{{4}}\\log_2 \\frac{{1}}{{4}} + "
                 "\\frac{{1}}{{4}}\\log_2 \\frac{{1}}{{4}} \\right ) \\\\ &= "
                 "\\frac{{1}}{{2}} + \\frac{{1}}{{2}} + \\frac{{1}}{{2}} \\\\ "
                 "&= {value} \\end{{aligned}} \\tag{{2}}$$\n")


# `举个例子：` (Chinese "for example:") starts an example anew as `Example:` does; without it,
# a second body of H(p) is unsure (a slip or a new H), yet the rows after it are still checked
# (the first body is the entropy's own formula: ok)
@pytest.mark.parametrize(("label", "value", "expected"), [
    ("举个例子：", "1.5", [("ok", "definition of the measure"), ("unchecked", "definition of H(p)"),
                       ("ok", None), ("ok", None)]),
    ("", "1.5", [("ok", "of the measure"), ("unchecked", "a slip or a new H(p)"), ("ok", None),
                 ("ok", None)]),
    ("", "1.4", [("ok", "of the measure"), ("unchecked", "a slip or a new H(p)"), ("ok", None),
                 ("error", None)]),
])
def test_entropy_worked_again_in_an_aligned_chain(label, value, expected):
    assert_verdicts(ENTROPY_AGAIN.format(label=label, value=value), expected)


# problem and example labels of Polish and Chinese notes start a new problem
@pytest.mark.parametrize("label", ["**Zad. 3.** ", "Zadanie 2 ", "例 3 ", "例题2：", "例如："])
def test_polish_and_chinese_labels_start_anew(label):
    from tutor.notes.described_laws import PROBLEM_LABEL
    assert re.match("(?:" + PROBLEM_LABEL + ")", label)


# a moment without brackets: `\mathbb{E}X`, the Polish `\mathcal{E}X` and `\mathcal{D}^2X`
@pytest.mark.parametrize(("text", "read"), [
    (r"\mathbb{E}X", "E(X)"),
    (r"\mathcal{E}X", "E(X)"),
    (r"\mathcal{E}X^2", "E(X**2)"),
    (r"\mathbb{E} X_i", "E(X_i)"),
    (r"(\mathcal{E}X)^2", "E(X)**2"),
    (r"\mathcal{D}^2X", "Var(X)"),
    (r"\mathcal{D}^2(3X-1)", "Var(3*X - 1)"),
    (r"\mathbb{E}XY", "E*X*Y"),  # two letters: no single variable, left as written
    (r"\mathbb{E}_{X}", "E_X"),
])
def test_a_moment_without_brackets(text, read):
    assert_reading(text, read)


@pytest.mark.parametrize(("value", "verdict"), [("2", "ok"), ("2{,}5", "error")])
def test_polish_moments_of_a_binomial(value, verdict):
    text = ("Niech $X \\sim \\mathrm{Bin}(5, 0{,}4)$.\n\n"
            f"$$\\mathcal{{E}}X = 5\\cdot 0{{,}}4 = {value}$$\n\n"
            "$$\\mathcal{D}^2X = 5\\cdot 0{,}4\\cdot 0{,}6 = 1{,}2$$\n")
    assert_verdicts(text, [("unchecked", "a declaration"), ("ok", None), (verdict, None),
                           ("ok", None), ("ok", None)])


# KaTeX's number sets `\R`, `\N`, `\Z` (`X:\Omega\rightarrow\R`): prose math, as \mathbb{R} is
@pytest.mark.parametrize("math", [r"X:\Omega\rightarrow\R", r"f: \R \to \R", r"n \in \N",
                                  r"f:\mathbb{R}\to\mathbb{R}"])
def test_katex_number_sets_are_prose(math):
    assert_verdicts(f"Niech ${math}$ będzie zmienną losową.", [])


EXPONENTIAL_MLE = ("$$\\ell'(\\lambda) = \\frac{{n}}{{\\lambda}} - \\sum_{{i=1}}^n x_i = 0$$\n\n"
                   "$$\\hat\\lambda = {estimate}$$\n")


# the estimate solving an equation in a sum over the data (n/λ - Σx_i = 0): checked with the sum
# taken as one value where it is not 0; a wrong estimate stays an error
@pytest.mark.parametrize(("estimate", "verdict"), [
    (r"\frac{n}{\sum_{i=1}^n x_i}", ("ok", "sum(i=1..n, x_i) ≠ 0")),
    (r"\frac{n}{2\sum_{i=1}^n x_i}", ("error", None)),
    (r"\frac{\sum_{i=1}^n x_i}{n}", ("error", None)),
])
def test_an_estimate_over_a_sum_of_the_data(estimate, verdict):
    assert_verdicts(EXPONENTIAL_MLE.format(estimate=estimate), [
        ("unchecked", None), ("unchecked", "set to 0"), verdict])


# `λ̂ = n/Σx_i = 3/10` in the block after `ℓ'(λ) = … = 0`: its first link is a step of solving
# (checked), not a substitution; a number after `= 0` for another name is still a value
@pytest.mark.parametrize(("line", "expected"), [
    (r"\hat\lambda = \frac{n}{\sum_i x_i} = \frac{3}{10}",
     [("ok", "solves the equation above"), ("unchecked", "a substitution")]),
    (r"\hat\lambda = \frac{\sum_i x_i}{n} = \frac{10}{3}",
     [("error", None), ("unchecked", "a substitution")]),
    (r"\bar{x} = \frac{10}{3} = 3.33", [("unchecked", "definition of x̄"), ("ok", None)]),
])
def test_a_solution_worked_out_to_a_number(line, expected):
    text = f"$$\\ell'(\\lambda) = \\frac{{n}}{{\\lambda}} - \\sum_i x_i = 0$$\n\n$${line}$$\n"
    assert_verdicts(text, [("unchecked", None), ("unchecked", "set to 0"), *expected])


# `p = 0,4` (a probability or a parameter given with a decimal comma, no arithmetic beside it)
# is 0.4, never `p = 0` and a lone 4: `np = 5 \cdot 0,4 = 2` was a false error
@pytest.mark.parametrize(("text", "read"), [
    ("p = 0,4", "0.400000000000000"),
    (r"\lambda = 2,5", "2.50000000000000"),
    (r"\hat{p} = 0,7", "0.700000000000000"),
    ("q = 0,1", "0.100000000000000"),
])
def test_a_parameter_with_a_decimal_comma(text, read):
    from tutor.read.parser import parse
    assert str(parse(text, "latex").parts[-1].expr) == read


def test_a_list_of_values_keeps_its_comma():
    from tutor.read.parser import parse
    assert [str(c.parts[-1].expr) for c in parse("k = 0,1", "latex")] == ["0", "1"]


def test_a_binomial_mean_with_decimal_commas():
    text = ("Niech $n = 5$, $p = 0,4$.\n\n$$\\mathcal{E}X = np = 5\\cdot 0,4 = 2$$\n")
    assert_verdicts(text, [("unchecked", None), ("unchecked", None), ("unchecked", None),
                           ("ok", "with the values defined above"), ("ok", None)])


# `$a = 0,5$` (a name, then numbers split by a comma: a decimal comma or a list of values) gives
# the name no value, never a = 0: `2a = 2 \cdot 0,5 = 1` was a false error
@pytest.mark.parametrize(("text", "expected"), [
    ("Sea $a = 0,5$.\n\n$$2a = 2 \\cdot 0,5 = 1$$\n",
     [("unchecked", "a list of values or a decimal comma"), ("unchecked", None), ("ok", None)]),
    ("Sea $a = 0,5$.\n\n$$2a = 2 \\cdot 0,5 = 1,5$$\n",
     [("unchecked", "a list of values or a decimal comma"), ("unchecked", None), ("error", None)]),
    ("$k = 0,12$\n", [("unchecked", "no value is given")]),
    ("Roots: $x = 2, 4$.\n", [("unchecked", "no value is given")]),
])
def test_a_name_with_numbers_after_a_comma_gets_no_value(text, expected):
    assert_verdicts(text, expected)
