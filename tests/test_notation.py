"""Expressions are shown in the notation the learner types: `2x^2`, `e^(-x)`, `log2(x)`, `n!`."""

from __future__ import annotations

import pytest

from tutor import compare
from tutor.derive.notation import notation
from tutor.read.parser import parse_chains

# (typed, shown as written)
CASES = [
    ("2x^2 + 3x", "2x^2 + 3x"),
    ("x e^(-x)", "x·e^(-x)"),
    ("-(1+e^(-x))^(-2) e^(-x)", "-e^(-x)/(1 + e^(-x))^2"),   # e^(-x) in a product inside
    ("log2(N)", "log2(N)"),
    ("-(1/4) log2(1/2)", "-log2(1/2)/4"),
    ("(1/2)(1 - log2(3))", "(1 - log2(3))/2"),
    ("log10(x)/2", "log10(x)/2"),
    ("ln(x)/ln(3)", "ln(x)/ln(3)"),
    ("log2(x)^2", "log2(x)^2"),
    ("n!/(k!(n-k)!)", "n!/(k!·(n - k)!)"),
    ("sigma(x)(1 - sigma(x))", "σ(x)(1 - σ(x))"),
    ("lim h->0 (2x + h)", "lim h→0 (2x + h)"),
    ("0.98 log2(0.98)", "0.98·log2(0.98)"),   # digits kept apart
    ("3 log10(x)", "3·log10(x)"),
    ("sum(i=1..n, p_i log2(p_i))", "sum(i=1..n, p_i·log2(p_i))"),
    # a sum written with its index only, as written (never the reader's bound n_max)
    (r"\sum_j e^{z_j}", "sum(j, e^(z_j))"),
    (r"\sum_{j=0} e^{z_j}", "sum(j=0.., e^(z_j))"),
    # integrals with their bounds and differential (never sympy's Integral(x**2, (x, 0, 1)))
    (r"\int_0^1 x^2 dx", "∫_0^1 x^2 dx"),
    (r"\int x e^x dx", "∫ x·e^x dx"),
    (r"\int_{-1}^{a+1} \frac{1}{t} dt", "∫_(-1)^(a + 1) 1/t dt"),
    (r"\int_0^\infty e^{-x} dx", "∫_0^∞ e^(-x) dx"),
    # names with punctuation, as written (never the escaped name x_n_2b_1)
    (r"x_{n+1}", "x_{n+1}"),
    (r"2 x_{n-1}", "2x_{n-1}"),
    (r"\text{offer, today}", "offer, today"),
    (r"x_{2c}", "x_2c"),
    # accents over their letter
    (r"\hat{x}_4", "x̂_4"),
    (r"\bar{x} - \hat{\mu}", "x̄ - μ̂"),
    (r"\dot{x} + \ddot{x}", "ẋ + ẍ"),  # a time derivative as written, never x_dot
    (r"\tilde{p}", "p̃"),
    # an optimum's star; a matrix inverse as a power, never 1/(…)
    (r"\theta^*", "θ*"),
    (r"(X^T X + \lambda I)^{-1} X^T y", "(X^T·X + λI)^(-1)·X^T·y"),
    # a known function's derivative at a point: its own sign (never sigmoidʹ)
    ("sigma'(0)", "σʹ(0)"),
    # a conditional probability as written, never the reader's P(A, B)/P(B); a test's signs
    (r"P(A|B)", "P(A | B)"),
    (r"P(+|D)", "P(+ | D)"),
    (r"P(D|++)", "P(D | ++)"),
    (r"P(X=1|Y=0)", "P(X = 1 | Y = 0)"),
    (r"P(+|D)P(D)", "P(D)·P(+ | D)"),
    (r"\frac{P(B|A)P(A)}{P(B)}", "P(A)·P(B | A)/P(B)"),
    (r"P(A \cap B)", "P(A, B)"),
]


@pytest.mark.parametrize("typed, shown", CASES)
def test_an_expression_is_shown_as_the_learner_writes_it(typed, shown):
    expr = parse_chains(typed, "auto")[-1].parts[-1].expr
    assert notation(expr, written=True) == shown
    assert "**" not in notation(expr) and "log(" not in notation(expr)


# a witness of a sum written without bounds gives its number of terms in words, never the
# reader's name for that bound
@pytest.mark.parametrize("a, b, shown", [
    (r"\frac{\partial}{\partial z_i} \log \sum_j e^{z_j}", r"\frac{e^{z_j}}{\sum_j e^{z_j}}",
     "terms in Σ without bounds"),
    (r"\sum_{i=1}^{n} x_i", r"n x_1", "n="),
])
def test_a_witness_names_what_the_learner_wrote(a, b, shown):
    verdict = compare(a, b)
    assert verdict.status == "not_equal"
    assert shown in verdict.method and "n_max" not in verdict.method
