"""Calculus and ML-calculus habits of the fifteenth round of real notes (calc15): a Mathpix OCR
of handwritten homework, a Medium article pasted as Unicode plain text, an Arabic lecture
summary; each row a construct and how it is read or judged now."""

from __future__ import annotations

import pytest
from document_steps import assert_steps, assert_verdicts

from tutor.read.parser import parse

# plain text pasted from an article (Unicode math only): (text, what it is read as)
PLAIN_READINGS = [
    ("x₁ + x₂", "x_1 + x_2"),                       # Unicode subscripts: were parse errors
    ("w₁₂", "w_12"),
    ("∑ᵢ (ŷᵢ − yᵢ)²", "Sum((-y[i] + y_hat[i])**2, (i, 1, n_max))"),
    ("e^(zᵢ) / ∑ⱼ e^(zⱼ)", "E**z_i/Sum(exp(z[j]), (j, 1, n_max))"),
    ("Xᵀ(Xw − y)", "X^T*(X*w - y)"),                # ᵀ: a transpose, as ^T
    ("xᵀAx", "x^T*A*x"),
    ("½(a − y)²", "(a - y)**2/2"),                  # ½, ¼, ⅓: fractions of one character
    ("½ + ¼", "1/4 + 1/2"),
    ("∇ₓ (aᵀx)", "∇_x (a^T*x)"),                    # ∇ with a Unicode subscript: ∇_x
    ("∂BCE/∂ŷ", "Derivative(BCE(y_hat), y_hat)"),   # a loss named in capitals: one name
    ("∂L/∂w", "Derivative(L(w), w)"),
    ("x·eˣ − eˣ", "x*E**x - E**x"),                  # a letter raised: eˣ, xⁿ⁻¹ (were refused)
    ("xⁿ⁻¹", "x**(n - 1)"),
    ("x⁻¹", "1/x"),
    # the order of a derivative raised in Unicode (it was read d²·y/(d·x²), a wrong reading)
    ("d²y/dx²", "Derivative(y(x), (x, 2))"),
    ("d^2 y/dx^2", "Derivative(y(x), (x, 2))"),
    ("d²/dx² (x^3)", "Derivative(x**3, (x, 2))"),
    ("∫₀¹ x² dx", "Integral(x**2, (x, 0, 1))"),     # bounds in Unicode scripts (unexpected '_0')
    ("∫₀ⁿ x dx", "Integral(x, (x, 0, n))"),
    ("∫_0^1 x^2 dx", "Integral(x**2, (x, 0, 1))"),   # and as before
    ("f″(x)", "Derivative(f(x), (x, 2))"),          # ″, ‴: one character (unexpected before)
    ("f‴(x)", "Derivative(f(x), (x, 3))"),
    # ∑ with no index written: the index from the summand's subscripts (as \\sum x_i reads)
    ("∑(x_i(ŷ_i - y_i))", "Sum((-y[i] + y_hat[i])*x[i], (i, 1, n_max))"),
    ("Σ (xᵢ − x̄)²", "Sum((-x_bar + x[i])**2, (i, 1, n_max))"),
    ("sum(x_i)", "Sum(x[i], (i, 1, n_max))"),
    ("sum(i=1..n, i^2)", "Sum(i**2, (i, 1, n))"),
]


@pytest.mark.parametrize(("text", "read"), PLAIN_READINGS)
def test_plain_reading(text, read):
    assert str(parse(text, "plain")) == read


LATEX_READINGS = [
    # CodeCogs' editor braces each letter, `{ w }_{ 1 }`: the subscript is the letter's
    (r"{ w }_{ 1 }{ x }_{ 1 }+{ w }_{ 2 }{ x }_{ 2 }+{ b }", "b + w_1*x_1 + w_2*x_2"),
    (r"\hat { y }_{ i }", "y_hat_i"),
    (r"{x}_1 + {y}_2", "x_1 + y_2"),
    # Mathpix's OCR of a handwritten limit: \operatorname{lim} is \lim (it was a name)
    (r"\operatorname{lim}_{x \rightarrow \infty}\left(1+\frac{2}{x}\right)^{x}",
     "Limit((1 + 2/x)**x, x, oo, dir='-')"),
    (r"\mathrm{lim}_{x\to 0} \frac{\sin x}{x}", "Limit(sin(x)/x, x, 0, dir='+-')"),
    ("x₁ + x₂", "x_1 + x_2"),
    ("Xᵀ w", "X^T*w"),
    ("½ x^2", "x**2/2"),
]


@pytest.mark.parametrize(("text", "read"), LATEX_READINGS)
def test_latex_reading(text, read):
    assert str(parse(text, "latex")) == read


# a value of a defined function at a point after a wrong row: arithmetic of its own, never an
# equation "following" the wrong one, nor a final answer carried from the row above
TANGENT = ("\\(f(x)=x^{{3}}-2 x\\)\n\n\\[\n\\begin{{array}}{{l}}\n"
           "f^{{\\prime}}(2)=3 \\cdot 4-2={slope} \\\\\nf(2)=8-4={value}\n\\end{{array}}\n\\]\n")

# an integral in u = g(x) defined above, then its antiderivative written in x: u put back
SUBSTITUTED = ("Let $u = x^3 + 1$, so $du = 3x^2 \\, dx$:\n\n"
               "$$\\int 3x^2 (x^3+1)^4 \\, dx = \\int u^4 \\, du = {result} + C$$\n")

LOSS = ("Loss: $\\mathcal{{L}}(a, y) = -[y \\log(a) + (1-y) \\log(1-a)]$\n\n"
        "$$\\frac{{{d}}} = {result}$$\n")

# a limit worked with a series cut short, `+ \\cdots` (was "'…' cannot be checked"): ok when
# the values agree with the rest read as higher powers; a disagreement stays unchecked
SERIES = ("$$\\lim_{{x \\to 0}} \\frac{{x - \\sin x}}{{x^3}} = \\lim_{{x \\to 0}} "
          "\\frac{{{series}}}{{x^3}} = {value}$$\n")

# (a document, [(line, verdict, a fragment of the message or method, or None)])
DOCUMENTS = [
    (SERIES.format(series="\\frac{x^3}{6} - \\frac{x^5}{120} + \\cdots", value="\\frac{1}{6}"),
     [(1, "ok", "the limits agree: 1/6"), (1, "ok", "the limits agree: 1/6")]),
    (SERIES.format(series="x - (x - \\frac{x^3}{6} + \\cdots)", value="\\frac{1}{6}"),
     [(1, "ok", None), (1, "ok", None)]),
    (SERIES.format(series="\\frac{x^3}{3} + \\cdots", value="\\frac{1}{3}"),
     [(1, "unchecked", "cannot be checked"), (1, "ok", None)]),
    (SERIES.format(series="\\frac{x^3}{6} + \\cdots", value="1"),
     [(1, "ok", None), (1, "unchecked", "cannot be checked")]),
    # a differential rearranged, `x dx = du/2` after u = 1 + x²: du/dx = 2x (a parse error)
    ("Let $u = 1 + x^2$, so $x \\, dx = \\frac{du}{2}$.\n", [
        (1, "unchecked", "definition"), (1, "ok", None)]),
    ("Let $u = 1 + x^2$, so $x \\, dx = du$.\n", [
        (1, "unchecked", "definition"), (1, "error", None)]),
    ("Let $u = x^3$, so $\\frac{du}{3} = x^2 dx$.\n", [
        (1, "unchecked", "definition"), (1, "ok", None)]),
    ("$x \\, dx = \\frac{du}{2}$\n", []),            # no substitution before it: nothing
    # dL/da of a loss defined as L(a, y): in a with y held (it was "L is not defined here")
    (LOSS.format(d="d\\mathcal{L}}{da", result="-\\frac{y}{a} + \\frac{1-y}{1-a}"), [
        (1, "unchecked", "definition"), (3, "ok", None)]),
    (LOSS.format(d="dL}{da", result="-\\frac{y}{a} + \\frac{1-y}{1-a}"), [
        (1, "unchecked", "definition"), (3, "ok", None)]),
    (LOSS.format(d="dL}{da", result="\\frac{y}{a} + \\frac{1-y}{1-a}"), [
        (1, "unchecked", "definition"), (3, "error", None)]),
    (SUBSTITUTED.format(result="\\frac{(x^3+1)^5}{5}"), [
        (1, "unchecked", "definition"), (1, "ok", None), (3, "ok", None), (3, "ok", None)]),
    (SUBSTITUTED.format(result="\\frac{(x^3+1)^5}{4}"), [   # was a substitution, unchecked
        (1, "unchecked", "definition"), (1, "ok", None), (3, "ok", None),
        (3, "error", "once u = x^3 + 1 is put back")]),
    (SUBSTITUTED.format(result="\\frac{u^5}{5}"), [
        (1, "unchecked", "definition"), (1, "ok", None), (3, "ok", None), (3, "ok", None)]),
    # a blank to fill in, `\(\qquad\)`, `$\,$`: no step (was a parse error)
    ("Name: \\(\\qquad\\) Section 04\n\nAlso $\\quad$ and $\\,$ here, $x = 2$.\n",
     [(3, "unchecked", None)]),
    (TANGENT.format(slope="12", value="4"), [
        (1, "unchecked", "definition"), (5, "ok", None), (5, "error", None),
        (6, "ok", None), (6, "ok", None)]),
    (TANGENT.format(slope="10", value="4"), [
        (1, "unchecked", "definition"), (5, "ok", None), (5, "ok", None),
        (6, "ok", None), (6, "ok", None)]),
    (TANGENT.format(slope="12", value="5"), [
        (1, "unchecked", "definition"), (5, "ok", None), (5, "error", None),
        (6, "ok", None), (6, "error", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document(text, expected):
    assert_steps(text, expected)


# bare formulas in a Markdown note (an article pasted as plain text): (a document, [(verdict,
# a fragment of the message or None)])
BCE = ("L = −[y·log(ŷ) + (1 − y)·log(1 − ŷ)]\n\n∂L/∂ŷ = −y/ŷ + (1 − y)/(1 − ŷ)\n"
       "= (ŷ {sign} y) / (ŷ(1 − ŷ))\n")
BARE = [
    # tanh, sigmoid, softmax are math's words (tanh′(z) = … was no step at all)
    ("Same trick for tanh:\n\ntanh′(z) = 1 − tanh(z)²\n", [("ok", None)]),
    ("Same trick for tanh:\n\ntanh′(z) = 1 − tanh(z)\n", [("error", None)]),
    # a line going on with `=` under a formula: the next step (it was no step)
    (BCE.format(sign="−"), [("unchecked", "definition"), ("ok", None), ("ok", None)]),
    (BCE.format(sign="+"), [("unchecked", "definition"), ("ok", None), ("error", None)]),
    # a loss named in capitals, ∂BCE/∂ŷ: its derivative (the line was prose before)
    ("BCE = −[y·log(ŷ) + (1 − y)·log(1 − ŷ)]\n\n∂BCE/∂ŷ = (ŷ − y) / (ŷ(1 − ŷ))\n",
     [("unchecked", "definition"), ("ok", None)]),
    # the name defined first used again past a comma is no program's update `x = x + 1`
    ("pᵢ = e^(zᵢ) / ∑ⱼ e^(zⱼ),   L = −∑ᵢ yᵢ log pᵢ\n",
     [("unchecked", "definition"), ("unchecked", "definition")]),
    ("x = x + 1\n", []),
    # ½ of a squared loss (`½` was an unexpected character)
    ("L = ½(0.5 − 1)² = 0.125\n", [("unchecked", None), ("ok", None)]),
    ("L = ½(0.5 − 1)² = 0.25\n", [("unchecked", None), ("error", None)]),
]


# a derivation in an article: an expression alone, then lines going on with `=`, one remark
# (ending in `:` or `!`) between two of them; `∂/∂ŷ` in a Unicode-accented variable
OPENED = ("∂/∂ŷ [ −(y·log(ŷ) + (1 − y)·log(1 − ŷ)) ]\n= −[ y/ŷ − (1 − y)/(1 − ŷ) ]\n"
          "Now a common denominator:\n= {last}\n")
BARE += [
    (OPENED.format(last="(ŷ − y) / (ŷ(1 − ŷ))"), [("ok", None), ("ok", None)]),
    (OPENED.format(last="(ŷ + y) / (ŷ(1 − ŷ))"), [("ok", None), ("error", None)]),
    # after a sentence the `=` line stands alone: nothing before it to compare
    ("x^2 − 1 = (x − 1)(x + 1)\nwhich we all know by heart, and then we go on\n= x + 1\n",
     [("ok", None)]),
]

# an article's numbered section title on a line of its own: a new section, where L may be
# defined anew (it was a premise, and the old L stayed in force)
TITLED = ("L = (1/n) ∑ᵢ (ŷᵢ − yᵢ)²\n\n{title}\n\nL = −[y·log(ŷ) + (1 − y)·log(1 − ŷ)]\n\n"
          "∂L/∂ŷ = −y/ŷ + (1 − y)/(1 − ŷ)\n")
BARE += [
    (TITLED.format(title="3. Binary cross-entropy (logistic regression)"),
     [("unchecked", "definition"), ("unchecked", "from here"), ("ok", None)]),
    (TITLED.format(title="3. Then we look at the binary cross-entropy loss."),  # a sentence
     [("unchecked", "definition"), ("unchecked", "premise"), ("unchecked", "substitution")]),
]

BARE += [
    ("Let $y = x^3$.\n\nd²y/dx² = 6x\n", [("unchecked", "definition"), ("ok", None)]),
    ("Let $y = x^3$.\n\nd²y/dx² = 5x\n", [("unchecked", "definition"), ("error", None)]),
]

# Arabic prose after a formula on its line (`، وهذا يؤكد …`, the Arabic comma first) is words,
# not math: it was an unexpected character '،'
ARABIC = [
    ("- d/dx (x e^x) = e^x + x e^x ، وهذا يؤكد نتيجة المثال ٣ بالاشتقاق.\n", [("ok", None)]),
    ("- d/dx (x e^x) = e^x ، وهذا خطأ.\n", [("error", None)]),
    ("$x = 2$ ، $y = x^2 = 4$ إذن\n", [("unchecked", None), ("unchecked", None), ("ok", None)]),
]


# a cheat sheet's condition after the constant, `+ C (n≠-1)`: beside the formula (it was read
# as a call C(n ≠ -1), a parse error)
CONDITIONS = [
    ("- ∫ x^n dx = x^(n+1)/(n+1) + C (n≠-1)\n", [("ok", None), ("unchecked", "a condition")]),
    ("- ∫ x^n dx = x^(n+1)/n + C (n≠-1)\n", [("error", None), ("unchecked", "a condition")]),
    ("$\\int x^n dx = \\frac{x^{n+1}}{n+1} + C (n \\neq -1)$\n",
     [("ok", None), ("unchecked", "a condition")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE + ARABIC + CONDITIONS)
def test_bare_formulas(text, expected):
    assert_verdicts(text, expected)
