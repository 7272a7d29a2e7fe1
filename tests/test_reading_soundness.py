"""Misread notation never gives a confident verdict: each construct is read as meant, or refused."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

import tutor
from tutor.errors import ParseError
from tutor.read.parser import parse

PL, TX, AUTO = "plain", "latex", "auto"

# (text, syntax, what it is read as: str() of the unevaluated sympy reading)
READINGS = [
    # scientific notation: a number in both syntaxes; 2e^{x}, 2e stay 2·e
    ("\\eta\\cdot 2e-4", TX, "eta*0.0002"),
    ("2.5E2", TX, "250.000000000000"),
    ("1e-3", TX, "0.00100000000000000"),
    ("1e-3", PL, "0.00100000000000000"),
    ("2.5E2", PL, "250.000000000000"),
    ("3e-4x", TX, "0.0003*x"),
    ("3e-4x", PL, "0.0003*x"),
    ("2e^{x}", TX, "2*E**x"),
    ("2e", TX, "2*E"),
    ("2e", PL, "2*E"),
    # plain: a space between numbers that are not groups of three is a product
    ("2 3", PL, "2*3"),
    ("lim x->0 3x", PL, "Limit(3*x, x, 0, dir='+-')"),
    ("\\sqrt 2 3", TX, "sqrt(2)*3"),
    # a T superscript on a number is a power, on a variable a transpose (refused below)
    ("e^T", TX, "E**T"),
    ("2^T", PL, "2**T"),
    ("x^{T-1}", TX, "x**(T - 1)"),
    # a Greek letter calls on a single symbol and multiplies a compound bracket, as p does
    ("\\theta(1-\\theta)", TX, "theta*(1 - theta)"),
    ("\\mu(1-\\mu)", TX, "mu*(1 - mu)"),
    ("\\frac12\\theta(x+y)", TX, "1*(theta*(x + y))/2"),
    ("theta(1-theta)", PL, "theta*(1 - theta)"),
    ("θ(x+y)", PL, "theta*(x + y)"),
    ("\\sigma(1-\\sigma)", TX, "sigma*(1 - sigma)"),
    ("\\pi(x+1)", TX, "pi*(x + 1)"),
    ("\\phi(x)", TX, "phi(x)"),
    ("\\sigma(x)(1-\\sigma(x))", TX, "(1 - sigmoid(x))*sigmoid(x)"),
    ("\\lambda(x, y)", TX, "lambda(x, y)"),
    ("f(x+1)", TX, "f(x + 1)"),
    ("n(n+1)", PL, "n*(n + 1)"),
    # a pmatrix of one column and two rows is still a binomial
    ("\\begin{pmatrix} n \\\\ k \\end{pmatrix}", TX, "binomial(n, k)"),
    # a function's braced or bracketed argument (sympy's own LaTeX)
    ("\\operatorname{asin}{(2x)}", TX, "asin(2*x)"),
    ("\\operatorname{atan}{\\left(y\\right)}", TX, "atan(y)"),
    ("\\operatorname{atanh}{\\left(y \\right)}", TX, "atanh(y)"),
    ("\\mathrm{acos}(x)", TX, "acos(x)"),
    ("\\log{\\left(x \\right)}", TX, "log(x)"),
    ("\\sin{x}", TX, "sin(x)"),
    ("\\exp{\\beta_1}", TX, "exp(beta_1)"),
    ("\\sin{\\left(x + 1 \\right)}", TX, "sin(x + 1)"),
    # lim, sum written as words are the operators, braces or not, never l·i·m
    ("lim_{x->0} sin(x)/x", AUTO, "Limit(sin(x)/x, x, 0, dir='+-')"),
    ("sum_{i=1}^{n} i", AUTO, "Sum(i, (i, 1, n))"),
    ("lim_{x \\to 0} x", TX, "Limit(x, x, 0, dir='+-')"),
    ("sum_{i=1}^{n} i", TX, "Sum(i, (i, 1, n))"),
    ("prod_{i=1}^{n} i", TX, "Product(i, (i, 1, n))"),
    ("x^{2} + y_{1}", AUTO, "x**2 + y_1"),
    # partial derivatives are derivatives; the variable written last is taken first
    ("\\frac{\\partial}{\\partial x} x^2", TX, "Derivative(x**2, x)"),
    ("\\frac{\\partial f}{\\partial x}", TX, "Derivative(f(x), x)"),
    ("\\frac{\\partial^2 f}{\\partial x \\partial y}", TX, "Derivative(f(x, y), y, x)"),
    ("\\frac{\\partial^2 f}{\\partial x\\,\\partial y}", TX, "Derivative(f(x, y), y, x)"),
    ("\\frac{\\partial^{2}}{\\partial x^{2}} x^3 y", TX, "Derivative(x**3*y, (x, 2))"),
    ("\\frac{\\partial^2}{\\partial x \\partial y} x^2 y", TX, "Derivative(x**2*y, y, x)"),
    ("\\frac{\\partial}{\\partial x_1} x_1^2 x_2", TX, "Derivative(x_1**2*x_2, x_1)"),
    ("\\frac{\\partial L}{\\partial w_{1}}", TX, "Derivative(L(w_1), w_1)"),
    ("\\frac{\\partial f(x, y)}{\\partial y}", TX, "Derivative(f(x, y), y)"),
    ("\\frac{\\partial}{\\partial \\theta} \\theta^2", TX, "Derivative(theta**2, theta)"),
    ("\\frac{\\partial \\sigma}{\\partial z}", TX, "Derivative(sigmoid(z), z)"),
    ("\\frac{d}{dx} x^2", TX, "Derivative(x**2, x)"),
    # a subscript that is an expression of a bound index is x at that index
    ("\\sum_i x_{i+1}", TX, "Sum(x[i + 1], (i, 1, n_max))"),
    ("\\sum_{i=1}^{n} (x_{i+1} - x_i)", TX, "Sum(x[i + 1] - x[i], (i, 1, n))"),
    ("\\sum_{i=1}^{n} x_{2i}", TX, "Sum(x[2*i], (i, 1, n))"),
    ("\\sum_{i=1}^{n} x_{i-1} y_{i}", TX, "Sum(x[i - 1]*y[i], (i, 1, n))"),
    ("\\sum_{i=1}^{n} x_{n-i}", TX, "Sum(x[-i + n], (i, 1, n))"),
    ("\\sum_{i}\\sum_{j} x_{i+j}", TX, "Sum(x[i + j], (j, 1, n_max), (i, 1, n_max))"),
    ("\\sum_k \\hat{y}_{k+1}", TX, "Sum(y_hat[k + 1], (k, 1, n_max))"),
    ("sum(i=1..N, x_{i+1})", PL, "Sum(x[i + 1], (i, 1, N))"),
    ("x_{i+1}", TX, "x_i_2b_1"),  # outside a sum a name, as x_i is
    ("\\sum_{j} x_{i+1}", TX, "Sum(x_i_2b_1, (j, 1, n_max))"),
    ("\\sum_i x_{12}", TX, "Sum(x_12, (i, 1, n_max))"),
    # a bare {…} and \\cancel{…} are invisible: their terms splice in, as TeX shows them
    ("-\\cancel{1 + x}", TX, "x - 1"),
    ("-{1+x}", TX, "x - 1"),
    ("2{x+1}", TX, "2*x + 1"),
    ("2{x+1}y", TX, "2*x + 1*y"),
    ("2\\cdot{x+1}", TX, "2*x + 1"),
    ("x - {a - b}", TX, "-a - b + x"),
    ("{a+b}{c+d}", TX, "a + b*c + d"),
    ("\\frac12{x+1}", TX, "1*x/2 + 1"),
    ("(x+1)^2 - \\cancelto{0}{x+1}", TX, "-x + (x + 1)**2 + 1"),
    # … but brackets, \\{ \\}, \\boxed{…} and the arguments of commands group
    ("-{(1+x)}", TX, "-(x + 1)"),
    ("-\\boxed{1+x}", TX, "-(x + 1)"),
    ("\\{a+b\\} c", TX, "c*(a + b)"),
    ("\\frac{a+b}{c}", TX, "(a + b)/c"),
    ("\\sqrt{a+b}", TX, "sqrt(a + b)"),
    ("x^{a+b}", TX, "x**(a + b)"),
    ("f({x+1})", TX, "f(x + 1)"),
    ("{x_1}^2", TX, "x_1**2"),
    ("\\cancel{2}x", TX, "2*x"),
    ("-{1+x}", PL, "-(x + 1)"),  # plain braces are brackets
]

# (text, syntax, a fragment of the ParseError's message)
REFUSALS = [
    # numbers that are not one number
    ("1.1.1", PL, "a number with two decimal points"),
    ("1.1.1", TX, "a number with two decimal points"),
    (".5.5", PL, "a number with two decimal points"),
    ("1 000", PL, "digits separated by a space (1 000): write 1000"),
    ("1 000", TX, "digits separated by a space"),
    ("x = 2 3", TX, "digits separated by a space (2 3): write 23"),  # TeX shows 23
    ("12 345 678", PL, "write 12345678"),
    # vectors: a gradient says its variable; a matrix has rows of one length and readable entries
    ("\\nabla L", TX, "say which variable the gradient is taken in"),
    ("[[1, 2], [3]]", PL, "every row of a matrix needs the same number of entries"),
    ("\\begin{bmatrix} 1 & \\\\ 2 & 3 \\end{bmatrix}", TX, "in a matrix entry"),
    ("\\begin{bmatrix} 1 & x = 2 \\end{bmatrix}", TX, "is not one expression"),
    # \\partial and ∂ are never symbols
    ("\\partial x", TX, "'\\partial' is only read in a partial derivative \\frac{\\partial …}"),
    ("(∂x/∂y)(∂y/∂z)(∂z/∂x) = 1", AUTO, "depends on what is held constant"),
    ("\\frac{\\partial (x + y)}{\\partial (x^2)}", TX, "written in that expression only"),
    ("\\frac{\\partial^2 f}{\\partial x}", TX,
     "the order of this partial derivative (2) is not the number of variables below the bar"),
    ("\\frac{\\partial x}{\\partial y}\\frac{\\partial y}{\\partial z}"
     "\\frac{\\partial z}{\\partial x} = -1", TX,
     "a partial derivative of x, which is also a variable here, depends on what is held"),
    # (the chain rule alone is read: tutor.read.chain_rules; with a value after it, not)
    ("\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial y}"
     "\\frac{\\partial y}{\\partial w} = 2y", TX,
     "a partial derivative of y, which is also a variable here"),
    # a braced sum or product where TeX would run it into what follows
    ("{a+b}^2", TX, "braces {…} are not brackets in LaTeX: write ( ) or \\left( \\right)"),
    ("{2x}^2", TX, "braces {…} are not brackets in LaTeX"),
    ("1/{2x}", TX, "braces {…} are not brackets in LaTeX"),
    ("\\lim_{x\\to0} {x+1}", TX, "braces {…} are not brackets in LaTeX"),
    ("\\sum_i {x_i + 1}", TX, "braces {…} are not brackets in LaTeX"),
    # a function's braces are not brackets: \sin{x+1} is sin x + 1 as TeX shows it
    ("\\sin{x+1}", TX, "braces {…} are not brackets in LaTeX"),
]


def reading(text: str, syntax: str) -> str:
    return str(parse(text, syntax))


@pytest.mark.parametrize(("text", "syntax", "expected"), READINGS,
                         ids=[f"{r[1]}:{r[0]}" for r in READINGS])
def test_reading(text, syntax, expected):
    assert reading(text, syntax) == expected


@pytest.mark.parametrize(("text", "syntax", "fragment"), REFUSALS,
                         ids=[f"{r[1]}:{r[0]}" for r in REFUSALS])
def test_refusal(text, syntax, fragment):
    with pytest.raises(ParseError) as info:
        parse(text, syntax)
    assert fragment in info.value.message


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=0))
def test_a_printed_float_reads_back_as_itself(value):
    """repr of any float (1e-05, 1.5e+16, 0.1) is one number, in plain and in LaTeX (to the last
    digit or so: a Float of the digits written, rounded once more to a double)."""
    for syntax in (PL, TX):
        read = parse(repr(value), syntax)
        assert isinstance(read, (sp.Float, sp.Integer)), (repr(value), syntax)
        assert math.isclose(float(read), value, rel_tol=1e-15), (repr(value), syntax)


@pytest.mark.parametrize(("a", "b"), [
    ("lim_{x->0} sin(x)/x", "1"), ("sum_{i=1}^{n} i", "n(n+1)/2"),
    ("$\\theta(1-\\theta)$", "$\\theta - \\theta^2$"),
    ("$\\operatorname{asin}{(2x)}$", "asin(2x)"),
    ("$\\frac{\\partial^2}{\\partial x \\partial y} x^2 y$", "2x"),
    ("$\\frac{\\partial}{\\partial x} x^2 y$", "2xy"),
    ("$-\\cancel{1 + x}$", "x - 1"),
])
def test_read_as_meant_compares_equal(a, b):
    assert tutor.compare(a, b).status == "equal"


def test_scientific_notation_compares_as_a_number():
    assert tutor.compare("$\\eta \\cdot 2e-4$", "$0.0002\\eta$").status == "equal"
    assert math.isclose(float(parse("2.5E-3", TX)), 0.0025)
