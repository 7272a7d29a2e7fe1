"""Calculus habits of the fourth round of real notes: an integral in the differential of an
expression (`\\int e^{3x-1} d(3x-1)`), a constant or a term beside an indefinite integral, the
by-parts rule in u and v, f'(x_0) at a value given above (Newton's method), Jekyll's `\\\\[`."""

from __future__ import annotations

import pytest
from document_steps import assert_reading, assert_verdicts

# (text, what it is read as; "!" and a fragment: refused with that message)
READINGS = [
    (r"\int e^{3x-1}d(3x-1)", "Integral(E**(3*x - 1)*3, x)"),
    (r"\int \cos(x^2)\,d(x^2)", "Integral((2*x)*cos(x**2), x)"),
    (r"\int (1-x^2)^{-\frac{1}{2}}d(1-x^2)", "Integral((-2*x)/(1 - x**2)**(1/2), x)"),
    (r"\int x \, \mathrm{d}(x^2)", "Integral(x*(2*x), x)"),
    (r"\int e^{x^2} dx^2", "Integral((2*x)*E**(x**2), x)"),     # d(x^2), not (∫ dx)^2
    (r"\int x \, \mathrm{d}x^{3}", "Integral(x*(3*x**2), x)"),
    (r"\frac{d^2 y}{dx^2}", "Derivative(y(x), (x, 2))"),
    # a label above a name (the i-th example, layer 2): an index, never a power
    (r"x^{(i)}", "x_i"),
    (r"a^{[2]}", "a_2"),
    (r"x^{(i)}_j", "x_i_2c_j"),
    (r"(x^{(i)})^2", "x_i**2"),
    (r"\sum_{i=1}^m x^{(i)}", "Sum(x[i], (i, 1, m))"),
    (r"f^{(4)}(0)", "Subs(Derivative(f(t_), (t_, 4)), t_, 0)"),  # the 4th derivative at 0
    (r"e^{(x)}", "exp(x)"),
    (r"x^{2}", "x**2"),
    (r"\int x \, d(x + y)", "!needs exactly one variable"),
    (r"d(x, y)", "d(x, y)"),                        # a distance, not a differential
    (r"\int x \, dx", "Integral(x, x)"),
]


@pytest.mark.parametrize(("text", "read"), READINGS)
def test_reading(text, read):
    assert_reading(text, read)


NEWTON = ("Take $f(x) = x^3 - 2x - 5$, so $f'(x) = 3x^2 - 2$. Start from $x_0 = 2$.\n\n"
          "\\[ f'(x_0) = 3 \\times 2^2 - 2 = {d} \\]\n\n"
          "\\[ x_1 = x_0 - \\frac{{f(x_0)}}{{f'(x_0)}} = 2 - \\frac{{-1}}{{10}} = {x1} \\]\n\n"
          "\\[ f(x_1) = (2.1)^3 - 2 \\times 2.1 - 5 = {f1} \\]\n")
_DEFS = [("unchecked", "definition"), ("ok", None), ("unchecked", "definition")]

# (a document, [(verdict, a fragment of the message or None)])
DOCUMENTS = [
    # f'(x_0) with x_0 given: f' at that value (an internal error before)
    (NEWTON.format(d="10", x1="2.1", f1="0.061"),
     _DEFS + [("ok", None), ("ok", None), ("unchecked", "definition"), ("ok", None),
              ("ok", None), ("ok", None), ("ok", None)]),
    (NEWTON.format(d="12", x1="2.1", f1="0.071"),
     _DEFS + [("ok", None), ("error", None), ("unchecked", "definition"), ("ok", None),
              ("ok", None), ("ok", None), ("error", None)]),
    # the differential of an expression: ∫ f dg = ∫ f g' dx
    ("$$\\int e^{3x-1}dx = \\frac{1}{3}\\int e^{3x-1}d(3x-1) = \\frac{1}{3}e^{3x-1}+C$$",
     [("ok", None), ("ok", None)]),
    ("$$\\int e^{3x-1}dx = \\frac{1}{3}\\int e^{3x-1}d(3x-1) = e^{3x-1}+C$$",
     [("ok", None), ("error", None)]),
    ("$$\\int x^2 (x^3+1)^4 dx = \\frac{1}{3}\\int (x^3+1)^4\\,d(x^3+1) "
     "= \\frac{1}{15}(x^3+1)^5+C$$", [("ok", None), ("ok", None)]),
    ("$$\\int x^2 (x^3+1)^4 dx = \\frac{1}{3}\\int (x^3+1)^4\\,d(x^3+1) "
     "= \\frac{1}{12}(x^3+1)^5+C$$", [("ok", None), ("error", None)]),
    # a constant times an integral, or a term beside it, against an antiderivative
    ("$$\\int \\frac{1}{2x+1}dx = \\frac{1}{2}\\int\\frac{2}{2x+1}dx = "
     "\\frac{1}{2}\\ln|2x+1| + C$$", [("ok", None), ("ok", None)]),
    ("$$\\int x e^{-x}dx = -xe^{-x} + \\int e^{-x}\\,dx = -xe^{-x} - e^{-x} + C$$",
     [("ok", None), ("ok", None)]),
    ("$$\\int x e^{-x}dx = -xe^{-x} + \\int e^{-x}\\,dx = -xe^{-x} + e^{-x} + C$$",
     [("ok", None), ("error", None)]),
    # the by-parts rule: u and v are functions of one another, never independent letters
    ("Rule: $\\int u \\, \\mathrm{d}v = uv - \\int v \\, \\mathrm{d}u$.",
     [("unchecked", "functions of one another")]),
    ("$\\int u\\,dv = uv + \\int v\\,du$", [("unchecked", "functions of one another")]),
    # u and dv of integration by parts side by side (`&&`), an array of derivation rows
    ("$$\\begin{align*} u &= x && \\mathrm{d}u = \\mathrm{d}x \\\\ \\mathrm{d}v &= e^{-x}\\,"
     "\\mathrm{d}x && v = -e^{-x} \\end{align*}$$",
     [("unchecked", "definition"), ("ok", None), ("unchecked", "definition")]),
    ("$$\\begin{array}{rl} \\int x e^{-x}\\,dx & = -xe^{-x} + \\int e^{-x}\\,dx \\\\ "
     "& = -xe^{-x} - e^{-x} + C \\end{array}$$", [("ok", None), ("ok", None)]),
    ("$$\\begin{array}{rl} \\int x e^{-x}\\,dx & = -xe^{-x} + \\int e^{-x}\\,dx \\\\ "
     "& = -xe^{-x} + e^{-x} + C \\end{array}$$", [("ok", None), ("error", None)]),
    ("$$\\begin{aligned} a &= 2 && b = 2a \\end{aligned}$$",
     [("unchecked", "definition"), ("unchecked", "definition")]),
    # a differential in upright d: prose, skipped quietly
    ("With $u = x$ and $\\mathrm{d}v = e^{x}\\mathrm{d}x$.", [("unchecked", "definition of u")]),
    # Jekyll / kramdown posts escape the delimiters: \\[ … \\] and \\( … \\) are math
    ("With \\\\( s(x) = x^2 \\\\):\n\n\\\\[\ns'(x) = 2x\n\\\\]\n",
     [("unchecked", "definition"), ("ok", None)]),
    ("With \\\\( s(x) = x^2 \\\\):\n\n\\\\[\ns'(x) = 3x\n\\\\]\n",
     [("unchecked", "definition"), ("error", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document(text, expected):
    assert_verdicts(text, expected)


_RULE = ("$$ x_{{n+1}} = 2x_n - x_n^2 $$\n\nFrom $x_0 = 0.5$: $x_1 = {x1}$ and "
         "$x_2 = 1.5 - 0.5625 = {x2}$.\n")
_GIVEN = [("unchecked", "definition"), ("unchecked", "definition"), ("unchecked", "definition")]

# iterates against the rule said above them in the same section (Newton, gradient descent)
ITERATES = [
    (_RULE.format(x1="2(0.5) - 0.25", x2="0.9375"),
     _GIVEN + [("ok", "agrees with the rule"), ("unchecked", "definition"),
               ("ok", "agrees with the rule"), ("ok", None)]),
    # after a wrong iterate the next is not held to the rule (which value did it use?)
    (_RULE.format(x1="0.7", x2="0.9375"),
     _GIVEN + [("error", "gives"), ("unchecked", "definition"), ("ok", None)]),
    (_RULE.format(x1="0.75", x2="0.9475"),
     _GIVEN + [("ok", "agrees with the rule"), ("unchecked", "definition"),
               ("ok", "agrees with the rule"), ("error", None)]),
    # a rule of an earlier problem holds no iterate of this one
    ("## 1\n\n$$ x_{n+1} = 2x_n - x_n^2 $$\n\n## 2\n\nFrom $x_0 = 1$: $x_1 = 0.8$.",
     [("unchecked", "definition"), ("unchecked", "definition"), ("unchecked", "definition")]),
    # x_1 with no value of x_0: nothing to hold it to
    ("$$ x_{n+1} = 2x_n - x_n^2 $$\n\nThen $x_1 = 0.8$.",
     [("unchecked", "definition"), ("unchecked", "definition")]),
    # Newton's rule with f' of a defined f: taken before the iterate is compared
    ("Let $f(x) = x^2 - 2$ and $x_{n+1} = x_n - \\frac{f(x_n)}{f'(x_n)}$. With $x_0 = 1$, "
     "$x_1 = 1.5$ and $x_2 = 1.5$.",
     [("unchecked", "definition"), ("unchecked", "definition"), ("unchecked", "definition"),
      ("unchecked", "definition"), ("ok", "agrees with the rule"), ("unchecked", "definition"),
      ("error", "gives")]),
    # a start point given as a tuple, in the next problem: each name has its value
    ("## 1\n\n$x_0 = 0.5$\n\n## 2\n\nStart $(x_0, y_0) = (1, 1)$ with $\\eta = 0.1$: "
     "$x_1 = x_0 - \\eta \\cdot 2x_0 = 1 - 0.1 \\times 2 = 0.8$.",
     [("unchecked", "definition"), ("unchecked", "value given"), ("unchecked", "definition"),
      ("unchecked", "definition"), ("unchecked", "definition"), ("ok", "with the values"),
      ("ok", None)]),
    # f of one exercise, used, then f of the next exercise with no heading between: a new f
    ("Let $f(x) = x^3 - 3x$, so $f'(x) = 3x^2 - 3$ and $f(1) = -2$.\n\n"
     "Tangent line for $f(x) = x^2$ at $x = 1$: $f'(1) = 2$.",
     [("unchecked", "definition"), ("ok", None), ("ok", None),
      ("unchecked", "a new definition"), ("unchecked", None), ("ok", None)]),
    # f of an exercise simplified, then f of a first-principles exercise after a few words
    ("$$\\begin{aligned} f(x) &= \\frac{x^2 - 1}{x + 1} \\\\ &= x - 1 \\end{aligned}$$\n\n"
     "First principles for $f(x) = \\frac{1}{x}$:\n\n"
     "$$f'(x) = \\lim_{h\\to 0}\\frac{\\frac{1}{x+h} - \\frac{1}{x}}{h} = -\\frac{1}{x^2}$$",
     [("unchecked", "definition"), ("ok", None), ("unchecked", "a new definition"),
      ("ok", None), ("ok", None)]),
    # a list of exercises: f of the same kind again is a slip or a new f (f forgotten)
    ("1. $f(x) = x^2 + 1$, so $f'(x) = 2x$\n2. $f(x) = 3x^2 - 2x$, so $f'(x) = 6x - 2$\n",
     [("unchecked", "definition"), ("ok", None), ("unchecked", "a slip or a new"),
      ("unchecked", "not defined")]),
    # a list of functions to differentiate: each its own f, never "f was defined above"
    ("Differentiate:\n\n1. $f(x) = x^2 + 1$\n2. $f(x) = e^{2x}$\n3. $f(x) = \\ln x$\n",
     [("unchecked", "definition"), ("unchecked", "a new definition"),
      ("unchecked", "a new definition")]),
    # x = ±1 (two roots) solves the equation before it and does not give x a value for the
    # lines after it
    ("$f(x) = x^3 - 3x$, $f'(x) = 3x^2 - 3 = 0$ at $x = \\pm 1$.\n\n"
     "$$\\frac{d}{dx}(x^2 + x) = 2x + 1$$",
     [("unchecked", "definition"), ("ok", None), ("unchecked", None), ("ok", "equivalent"),
      ("ok", None)]),
    # a derivative of a name given as a number (its value at the point): not the derivative
    # of a constant, and not decided (a false alarm before)
    ("With $w = 2$, $x = 0.5$: $z = wx = 1$, $a = \\tanh(1) \\approx 0.7616$, and "
     "$\\frac{da}{dw} = (1 - a^2)x \\approx 0.2100$.",
     [("unchecked", "definition"), ("unchecked", "definition"), ("unchecked", "definition"),
      ("ok", None), ("unchecked", "definition"), ("ok", None),
      ("unchecked", "a is a number here"), ("ok", None)]),
    # a name of an earlier problem written with a new value and its working: defined anew
    ("## 1\n\n$$y = 2$$\n\n## 2\n\n$$y = 3 = 1 + 2$$",
     [("unchecked", "definition"), ("unchecked", "a new definition"), ("ok", None)]),
    ("## 1\n\n$$y = 2$$\n\n## 2\n\n$$y = 2 = 1 + 1$$",
     [("unchecked", "definition"), ("ok", None), ("ok", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ITERATES)
def test_iterates(text, expected):
    assert_verdicts(text, expected)
