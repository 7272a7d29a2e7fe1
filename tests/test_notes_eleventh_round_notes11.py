"""The eleventh round of real-notes habits (probability, information theory; a Polish KaTeX
note, a Zhihu answer, a GitHub README of interview questions): an equation solved for an
estimate, `g{}'(z)` primes."""

from __future__ import annotations

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
     [("unchecked", None), ("unchecked", None), ("ok", "solves the equation above")]),
])
def test_an_equation_solved_for_an_estimate(text, expected):
    assert_verdicts(text, expected)


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
                           ("unchecked", "definition of H_cond(X, Y)"), ("ok", None),
                           (verdict, None)])
