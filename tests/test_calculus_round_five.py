"""Calculus and ML-calculus habits of the fifth round of real notes: backprop names (`dZ^{[2]}`,
`dW1`, `W^{[2]T}`), `A2` for A_2, `dy/dx` inline, `w := w - α dW` as an update, a function of
two variables called with numbers in order, a value said under an earlier heading that names
no entry x_k, a series rest `+ \\cdots` inside a limit."""

from __future__ import annotations

import pytest
from document_steps import assert_reading, assert_verdicts

from tutor.read.parser import parse

# (text, what it is read as; "!" and a fragment: refused with that message)
READINGS = [
    # the gradient names of backprop notes: one name each, never d·Z
    (r"dZ^{[2]}", "dZ_2"),
    (r"db^{[2]}", "db_2"),
    (r"dZ^{[1]} X^T", "dZ_1*X^T"),
    (r"dW1", "dW_1"),
    (r"dZ2", "dZ_2"),
    (r"dz", "d*z"),                               # lowercase, no layer: d·z (or a differential)
    (r"\int x \, dA", "Integral(x, A)"),           # in an integral: the differential
    (r"\frac{dH_b}{dp}", "Derivative(H_b(p), p)"),
    (r"\mathrm{dZ}", "dZ"),
    # a layer label and then a transpose or a power
    (r"W^{[2]T} dZ^{[2]}", "W_2^T*dZ_2"),
    (r"A^{[1]2}", "A_1**2"),
    (r"A^{[1]\top}", "A_1^T"),
    # a letter and digits is a name (A2, W1, b1): never A·2
    (r"A2", "A_2"),
    (r"W1 \cdot A0 + b1", "A_0*W_1 + b_1"),
    (r"x2.5", "x*2.5"),                           # a decimal after the letter: a product
    (r"1e5", "100000.000000000"),
    # dy/dx written inline: the derivative (it was d·y/d·x)
    (r"dy/dx", "Derivative(y(x), x)"),
    (r"dL/dW", "Derivative(L(W), W)"),
    # numbers in a call of p, q are in order (q(x, y) = x² + 3y² at (2, 1)); events are not
    (r"q(2, 1)", "q(2, 1)"),
    (r"p(1, 1)", "p(1, 1)"),
    (r"P(B, A)", "P(A, B)"),
    # the gradient of a call in several variables is in those variables
    (r"\nabla f(x, y)", "∇_[[x], [y]] (f(x, y))"),
    (r"\langle u, v \rangle", "!inner products"),       # not after ∇ … =: an inner product
    (r"\nabla q = \langle 2x, 6y \rangle", "!say which variable"),  # q not defined here
    # a chain-rule factor: the derivative in an expression (or a name) below the bar
    (r"\frac{\partial \log s_k}{\partial s_k}", "Subs(Derivative(log(_u), _u), _u, s_k)"),
    (r"\frac{\partial \log \sigma(A)}{\partial \sigma(A)}",
     "Subs(Derivative(log(_u), _u), _u, sigmoid(A))"),
    (r"\frac{\partial (x + y)}{\partial (x^2)}", "!written in that expression only"),
    (r"\frac{\partial (x^2 y)}{\partial x}", "Subs(Derivative(_u**2*y, _u), _u, x)"),  # y fixed
    (r"\partial x", "!'\\partial' is only read in a partial derivative"),
    (r"\frac{\partial \log(x)}{\partial x}", "Derivative(log(x), x)"),   # was an opaque log_
    # {dy \over dx}: the derivative (it was d·y/(d·x) = y/x)
    (r"{dy \over dx}", "Derivative(y(x), x)"),
    (r"{d\,T \over dx}", "Derivative(T(x), x)"),
    (r"{d(x^2) \over dx}", "Derivative(x**2, x)"),
    (r"{d \over dx} x^2", "Derivative(x**2, x)"),                # as \frac{d}{dx} x^2
    (r"{a \over b}", "a/b"),
    (r"\frac{dL}{d\hat{y}}", "Derivative(L(y_hat), y_hat)"),   # was d·L/(d·ŷ) = L/ŷ
    (r"\frac{d\hat{y}}{dz}", "Derivative(y_hat(z), z)"),
    (r"\frac{d}{d\hat{y}} x", "!d over dx before an expression"),
    (r"\frac{2d}{dx}", "(2*d)/((d*x))"),                       # a number over dx: letters
]


@pytest.mark.parametrize(("text", "read"), READINGS)
def test_reading(text, read):
    assert_reading(text, read)


# plain step files: (text, what it is read as)
PLAIN_READINGS = [
    ("f'_1(x)", "Derivative(f_1(x), x)"),   # a prime before the subscript (a parse error before)
    ("f_1'(x)", "Derivative(f_1(x), x)"),
    ("f'(x)", "Derivative(f(x), x)"),
]


@pytest.mark.parametrize(("text", "read"), PLAIN_READINGS)
def test_plain_reading(text, read):
    assert str(parse(text, "plain")) == read


SOFTMAX = ("## Task 1\n\nAt $x = 0$, $\\sigma(0) = 0.5$; for $x = 10$, "
           "$\\sigma(10) \\approx 1$.\n\n"
           "## Task 4\n\n$s_i = \\frac{{e^{{x_i}}}}{{\\sum_k e^{{x_k}}}}$\n\n"
           "$$ \\frac{{\\partial s_i}}{{\\partial x_j}} = {first}, \\quad i = j $$\n"
           "$$ \\frac{{\\partial s_i}}{{\\partial x_j}} = {second}, \\quad i \\neq j $$\n")
_TASK_1 = [("unchecked", "definition"), ("ok", None), ("unchecked", "x = 10"), ("ok", None),
           ("unchecked", "definition")]
BACKPROP = ("With $w = 0.5$, $\\alpha = 0.1$ and $dW = -0.6$:\n\n"
            "$$ w := w - \\alpha\\, dW = 0.5 - 0.1 \\times (-0.6) = {new} $$\n")
GRID = "Let $q(x, y) = x^2 + 3y^2$.\n\n$q(1, 1) = 4$ (down from $q(2, 1) = {value}$)\n"
SERIES_LIMIT = ("\\begin{{align}}\n"
                "\\lim_{{x\\to 0}}\\frac{{x - sin(x)}}{{x^3}} &= "
                "\\lim_{{x\\to 0}}\\frac{{x - (x - x^3/6 + \\cdots)}}{{x^3}} \\\\\n"
                "&= \\lim_{{x\\to 0}}\\frac{{x^3/6}}{{x^3}} \\\\\n"
                "&= {value}\n\\end{{align}}\n")

FORMS = ("\\begin{{align}}\n\\lim_{{x\\to 0}} \\frac{{1-cos(x)}}{{x^2}} = \\frac{{0}}{{0}} \\\\\n"
         "\\lim_{{x\\to 0}} \\frac{{{second}}} = \\frac{{0}}{{0}} \\\\\n"
         "\\lim_{{x\\to 0}} \\frac{{cos(x)}}{{2}} = \\frac{{1}}{{2}}\n\\end{{align}}\n")

GRADIENT = "Let $f(x, y) = 6x^2 + 3y^2 - 10x - y + 7$.\n\n- $\\nabla f(x,y) = ({entries})$\n"
AT_A_POINT = "Let $q(x, y) = x^2 + 3y^2$.\n\n$$\\nabla q = \\langle 2x, 6y \\rangle$$\n\n" \
             "$$\\nabla q(1.6, 0.4) = \\langle {entries} \\rangle$$\n"
HESSIAN = "Let $h(x, y) = x^2 y + y^3$.\n\n$$\\nabla^2 h(1, 1) = \\begin{{pmatrix}} {rows} " \
          "\\end{{pmatrix}}$$\n"

CHAIN_FACTOR = (r"$$\frac{{\partial \log(\sigma(A))}}{{\partial A}} = "
                r"\frac{{\partial \log(\sigma(A))}}{{\partial \sigma(A)}} \cdot "
                r"\frac{{\partial \sigma(A)}}{{\partial A}} = "
                r"{factor} \cdot \sigma(A) \cdot (1 - \sigma(A))$$")
OVER = "Let $T(x) = x^3$.\n\n$${{dT \\over dx}} = {value}$$\n"

HEADINGS = ("## Problem 1\n\nLet $f(x) = x^3$. Then $f'(x) = 3x^2$.\n\n## Problem 2\n\n"
            "Differentiate the function $x^2 + 1$.\n\n$f'(x) = {value}$\n")

CRITICAL = ("Let $f(x, y) = x^3 - 3x + y^2$, so $D = 12x$.\n\n"
            "At $(1, 0)$: $D = {d} > 0$, a local minimum.\n\nThen $D = {d}$.\n")

SUBSTITUTION = ("Let $u = x^2 + 1$, so $du = 2x\\,dx$ and\n\n"
                "$$\\int 2x (x^2+1)^3 \\, dx = \\int {power} \\, du$$\n")

WORKED = ("With $\\alpha = 0.1$ and $W = 1.5$:\n\n$$dW = dZ \\cdot A = -0.5 \\times 0.4 = -0.2$$"
          "\n\n$$W := W - \\alpha\\, dW = 1.5 - 0.1 \\times (-0.2) = {new}$$\n")

# (a document, [(verdict, a fragment of the message or None)])
DOCUMENTS = [
    # x = 10 said under Task 1 is not the x of x_k in Task 4's sum (it read e^{10_k})
    (SOFTMAX.format(first="s_i(1 - s_i)", second="-s_i s_j"),
     _TASK_1 + [("ok", None), ("ok", None)]),
    (SOFTMAX.format(first="s_i(1 - s_i)", second="s_i s_j"),
     _TASK_1 + [("ok", None), ("error", None)]),
    # w := w - α dW is an update, its arithmetic checked with the old w
    (BACKPROP.format(new="0.56"), [("unchecked", "definition")] * 3 + [
        ("unchecked", "an update"), ("ok", None), ("ok", None)]),
    (BACKPROP.format(new="0.44"), [("unchecked", "definition")] * 3 + [
        ("unchecked", "an update"), ("ok", None), ("error", None)]),
    # q(2, 1) of q(x, y) = x² + 3y² is 7 (it was read q(1, 2) = 13: a false alarm)
    (GRID.format(value="7"), [("unchecked", "definition"), ("ok", None), ("ok", None)]),
    (GRID.format(value="13"), [("unchecked", "definition"), ("ok", None), ("error", None)]),
    # a rest `+ ⋯` inside a limit is not judged by L'Hôpital's rule (it was called an error)
    # (the rows with `+ \\cdots` are ok since the fifteenth round: the limits' values agree
    # with the rest read as higher powers, tests/test_notes_fifteenth_round_calc15.py)
    (SERIES_LIMIT.format(value="\\frac{1}{6}"),
     [("ok", "the limits agree"), ("ok", "the limits agree"), ("ok", "evaluates the limit")]),
    (SERIES_LIMIT.format(value="\\frac{1}{3}"),
     [("ok", "the limits agree"), ("ok", "the limits agree"), ("error", None)]),
    # `lim … = 0/0` says the form (it was "undefined"); the next row goes on by L'Hôpital
    (FORMS.format(second="sin(x)}{2x"), [("ok", "the form at x → 0 is 0/0"), ("ok", "L'Hôpital"),
                                          ("ok", "0/0"), ("ok", "L'Hôpital"), ("ok", None)]),
    (FORMS.format(second="sin(x)}{x"), [("ok", "0/0"), ("error", "derivatives L'Hôpital"),
                                         ("ok", "0/0"), ("error", "derivatives"), ("ok", None)]),
    ("$\\lim_{x\\to 1} \\frac{x^2+1}{x-1} = \\frac{0}{0}$", [("error", "the form is 2/0")]),
    ("$\\lim_{x\\to\\infty} \\frac{x}{e^x} = \\frac{\\infty}{\\infty}$", [("ok", "∞/∞")]),
    # ∇f(x, y) = (…, …): the gradient in x and y, the tuple its column (a parse error before)
    (GRADIENT.format(entries="12x - 10, 6y - 1"), [("unchecked", "definition"), ("ok", None)]),
    (GRADIENT.format(entries="12x - 10, 6y + 1"), [("unchecked", "definition"), ("error", None)]),
    # ∇q of q(x, y) defined above, ⟨…⟩ after it; at a point, decimals as written
    (AT_A_POINT.format(entries="3.2, 2.4"), [("unchecked", "definition"), ("ok", None),
                                              ("ok", None)]),
    (AT_A_POINT.format(entries="3.2, 2.6"), [("unchecked", "definition"), ("ok", None),
                                              ("error", None)]),
    (HESSIAN.format(rows="2 & 2 \\\\ 2 & 6"), [("unchecked", "definition"), ("ok", None)]),
    (HESSIAN.format(rows="2 & 2 \\\\ 2 & 3"), [("unchecked", "definition"), ("error", None)]),
    # ∂ log σ(A)/∂σ(A): a factor of the chain rule, read (a parse error before)
    (CHAIN_FACTOR.format(factor=r"\frac{1}{\sigma(A)}"), [("ok", None), ("ok", None)]),
    (CHAIN_FACTOR.format(factor=r"\sigma(A)"), [("ok", None), ("error", None)]),
    (OVER.format(value="3x^2"), [("unchecked", "definition"), ("ok", None)]),
    (OVER.format(value="3x"), [("unchecked", "definition"), ("error", None)]),
    # f of Problem 1 is not the function of Problem 2 (it was compared with x³: a false alarm)
    (HEADINGS.format(value="2x"), [("unchecked", "definition"), ("ok", None),
                                   ("unchecked", "defined under an earlier heading")]),
    # `At (1, 0): D = 12` with D = 12x: holds at the point; never an error, not on other lines
    (CRITICAL.format(d="12"), [("unchecked", "definition"), ("unchecked", "definition"),
                               ("ok", "at the point (1, 0)"), ("ok", None),
                               ("unchecked", "holds when D = 12")]),
    (CRITICAL.format(d="13"), [("unchecked", "definition"), ("unchecked", "definition"),
                               ("unchecked", "substitution"), ("ok", None),
                               ("unchecked", "holds when D = 13")]),
    # a sub-heading (### Solution) under the problem that defined ℓ: still ℓ, still an error
    ("## Problem 4\n\nShow that $\\ell(w) = w^2$ is convex.\n\n### Solution\n\n"
     "$\\ell'(w) = 3w$\n", [("unchecked", "definition"), ("error", None)]),
    # f of a section two headings up: a first-principles limit of another function is no error
    ("## Convexity\n\n$f(x) = x^4$\n\n## Taylor\n\nWords.\n\n## First principles\n\n"
     "$$f'(x) = \\lim_{h \\to 0} \\frac{(x+h)^3 - x^3}{h} = 3x^2$$\n",
     [("unchecked", "definition"), ("ok", "f(x) = x^3 read from the quotient"), ("ok", None)]),
    # ∫ … dx = ∫ u³ du with u = x² + 1 above: the integral in u written back in x
    (SUBSTITUTION.format(power="u^3"), [("unchecked", "definition"), ("ok", None),
                                        ("ok", None)]),  # du = 2x dx, then the integral
    (SUBSTITUTION.format(power="u^2"), [("unchecked", "definition"), ("ok", None),
                                        ("unchecked", "indefinite integrals in u, x")]),
    # T^2(x) of a function defined here is T(x)², as \tanh^2(x) is (it was T²·x)
    ("Let $T(x) = x^2$.\n\n$$1 - T^2(x) = 1 - x^4$$\n", [("unchecked", "definition"),
                                                            ("ok", None)]),
    ("Let $T(x) = x^2$.\n\n$$1 - T^2(x) = 1 - x^3$$\n", [("unchecked", "definition"),
                                                            ("error", None)]),
    # ∂(x²y)/∂x with y = 2x above: what is held constant is not said, unchecked by name
    ("Let $y = 2x$.\n\n$$\\frac{\\partial (x^2 y)}{\\partial x} = 6x^2$$\n",
     [("unchecked", "definition"), ("unchecked", "held constant")]),
    # dW = dZ·A = … = -0.2 (dZ, A unknown): dW is -0.2 from here, the update checked with it
    (WORKED.format(new="1.52"), [("unchecked", "definition")] * 3 + [
        ("unchecked", "substitution"), ("ok", None), ("unchecked", "an update"),
        ("ok", "values defined above"), ("ok", None)]),
    (WORKED.format(new="1.48"), [("unchecked", "definition")] * 3 + [
        ("unchecked", "substitution"), ("ok", None), ("unchecked", "an update"),
        ("ok", "values defined above"), ("error", None)]),
    # dL/dŷ of L defined above (an accented variable): the derivative, checked
    ("Let $L = -y\\log\\hat{y}$.\n\n$$\\frac{dL}{d\\hat{y}} = -\\frac{y}{\\hat{y}}$$\n",
     [("unchecked", "definition"), ("ok", None)]),
    ("Let $L = -y\\log\\hat{y}$.\n\n$$\\frac{dL}{d\\hat{y}} = \\frac{L}{\\hat{y}}$$\n",
     [("unchecked", "definition"), ("error", None)]),
    (HEADINGS.format(value="3x^2"), [("unchecked", "definition"), ("ok", None), ("ok", None)]),
    (HEADINGS.replace("Differentiate the function $", "Let $f(x) = ").format(value="3x"),
     [("unchecked", "definition"), ("ok", None), ("unchecked", "definition"), ("error", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document(text, expected):
    assert_verdicts(text, expected)
