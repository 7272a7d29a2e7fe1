"""Calculus habits of real notes read and checked: an evaluation bar with bounds (`\\Big|_0^1`),
an update `w \\leftarrow …`, a condition in brackets after the formula, a lone `\\therefore`."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

import tutor
from tutor.read.parser import parse

# (text, what it is read as)
READINGS = [
    (r"\frac{x^3}{3}\Big|_0^1", "-Subs(x**3/3, x, 0) + Subs(x**3/3, x, 1)"),
    (r"\frac{x^4}{4}\bigg|_{-1}^{2}", "-Subs(x**4/4, x, -1) + Subs(x**4/4, x, 2)"),
    (r"4x\bigg|_{-3}^5", "-Subs(4*x, x, -3) + Subs(4*x, x, 5)"),
    (r"\left. x^2 \right|_0^{1}", "-Subs(x**2, x, 0) + Subs(x**2, x, 1)"),
    (r"x^2 |_0^1", "-Subs(x**2, x, 0) + Subs(x**2, x, 1)"),
    (r"x^2\Big|_{x=1}", "Subs(x**2, x, 1)"),     # a bar at a value, as before
    (r"|x| + 1", "Abs(x) + 1"),
    # a derivative of a subscripted name, or in a subscripted variable
    (r"\frac{dH_b}{dp}", "Derivative(H_b(p), p)"),
    (r"\frac{d y_{1}}{d x}", "Derivative(y_1(x), x)"),
    (r"\frac{dy}{dx_1}", "Derivative(y(x_1), x_1)"),
    (r"\frac{dy}{dx}", "Derivative(y(x), x)"),
]


@pytest.mark.parametrize(("text", "read"), READINGS)
def test_reading(text, read):
    assert str(parse(text, "latex")) == read


# (a document, [(verdict, a fragment of the message or None)])
DOCUMENTS = [
    (r"$$\int_0^1 x^2\,dx = \frac{x^3}{3}\Big|_0^1 = \frac{1}{3}$$",
     [("ok", None), ("ok", None)]),
    (r"$$\int_{-1}^{2} x^3\,dx = \frac{x^4}{4}\bigg|_{-1}^{2} = \frac{17}{4}$$",
     [("ok", None), ("error", None)]),
    ("With $w = 0.5$ and $g = -0.538$: $w \\leftarrow 0.5 - 0.5 \\cdot (-0.538) = 0.769$.",
     [("unchecked", "definition of w"), ("unchecked", "definition of g"),
      ("unchecked", "its new value"), ("ok", None)]),
    ("$w = 2$, $\\eta = 0.1$\n\n$$w \\gets w - \\eta \\cdot 4 = 1.5$$",
     [("unchecked", "definition"), ("unchecked", "definition"),
      ("unchecked", "its new value"), ("error", "with the values defined above")]),
    ("$w = 2$, $\\eta = 0.1$\n\n$$w \\gets w - \\eta \\cdot 4 = 1.6$$\n\n$$w^2 = 2.56$$",
     [("unchecked", "definition"), ("unchecked", "definition"),
      ("unchecked", "its new value"), ("ok", None), ("ok", None)]),
    (r"$$\sqrt{x^2} = x \quad (x \geq 0)$$", [("ok", None), ("unchecked", None)]),
    (r"$$\sqrt{x^2} = x \quad (x < 0)$$", [("error", None), ("unchecked", None)]),
    (r"$$\frac{x^2}{x} = x \quad (x \neq 0)$$", [("ok", None), ("unchecked", "condition")]),
    (r"$\therefore$ so $\frac{1}{3}\cdot 9 = 3$", [("ok", None)]),
    # where a variable goes, a differential of a substitution: prose, skipped quietly
    ("As $h \\to 0$, or $x \\rightarrow \\infty$, or $x \\to 0^+$: $\\frac{1}{2} = 0.5$.",
     [("ok", None)]),
    ("With $u = x$ and $dv = e^x\\,dx$.", [("unchecked", "definition of u")]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document(text, expected):
    assert_verdicts(text, expected)


# (a document, [(verdict, a fragment of the message or None)]): names reused by a later problem
REUSED = [
    ("$$g(x) = x^2$$\n\n$$g(w) = (w-3)^2$$\n\n$$g(2) = 1$$",
     [("unchecked", "definition of g(x)"), ("unchecked", "a new definition of g(w)"),
      ("ok", None)]),
    ("$$g(x) = x^2$$\n\n$$g(y) = y \\cdot y$$",
     [("unchecked", "definition"), ("ok", "agrees with the definition")]),
    # in notes, another body of the same kind: a slip, or the next exercise's g; of another
    # kind: the next exercise's g (a list "1. f(x) = …  2. f(x) = …")
    ("$$g(x) = x^2$$\n\n$$g(x) = x^2 + 1$$\n\n$$g'(x) = 2x$$",
     [("unchecked", "definition"), ("unchecked", "a slip or a new g(x)"),
      ("unchecked", "not defined")]),
    ("$$g(x) = x^2$$\n\n$$g(x) = e^x$$\n\n$$g'(x) = e^x$$",
     [("unchecked", "definition"), ("unchecked", "a new definition of g(x)"), ("ok", None)]),
    # z = 1 is a point, not what z is made of (z = wx): ∂L/∂w is not 0 there
    ("$L = -y\\ln\\sigma(z) - (1-y)\\ln(1 - \\sigma(z))$ with $z = wx$, so "
     "$\\frac{\\partial L}{\\partial w} = (\\sigma(z) - y)x$.\n"
     "With $w = 0.5$, $x = 2$, $y = 1$: $z = 1$, $\\sigma(1) \\approx 0.731$, so "
     "$\\frac{\\partial L}{\\partial w} \\approx (0.731 - 1) \\cdot 2 = -0.538$.\n",
     None),
]


@pytest.mark.parametrize(("text", "expected"), REUSED)
def test_reused_names(text, expected):
    steps = tutor.check_document(text, kind="markdown").steps
    got = [(s.verdict, s.message) for s in steps]
    if expected is None:  # no error anywhere
        assert all(v != "error" for v, _ in got), got
        return
    assert [g[0] for g in got] == [e[0] for e in expected], got
    for (_, message), (_, fragment) in zip(got, expected, strict=True):
        assert fragment is None or fragment in message, got


# (a document, [(verdict, a fragment of the message or None)]): antiderivatives, ≈ numbers
MORE = [
    (r"$$\int x e^{x}\,dx = x e^x - e^x + C$$", [("ok", None)]),
    (r"$$\int x e^{x}\,dx = x e^x + e^x + C$$", [("error", None)]),
    (r"$$\int \sin x \cos x \, dx = -\frac{\cos^2 x}{2}$$", [("ok", None)]),  # another constant
    (r"$$\int \frac{1}{x}\,dx = \ln|x| + C$$", [("ok", None)]),
    (r"$$\int 3x^2\,dx = x^3 + y$$", [("unchecked", None)]),   # y is no constant's name
    # ≈ between numbers, no decimal to round to: a truncated series, a tangent line
    (r"$$e^{0.5} \approx 1 + 0.5 + 0.125 = 1.625$$",
     [("unchecked", "precision not written"), ("ok", None)]),
    (r"$$1.1^3 \approx 3(1.1) - 2$$", [("unchecked", "precision not written")]),
    (r"$$e^{0.5} \approx 1 + 0.25$$", [("error", None)]),      # 24% off: wrong
    (r"$$e^{0.5} \approx 1.625$$", [("error", None)]),         # a decimal: to its precision
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_antiderivatives_and_approximate_numbers(text, expected):
    assert_verdicts(text, expected)


# (a document, [(verdict, a fragment or None)]): an infinite sum under the condition beside it
SUMS = [
    (r"$$\frac{1}{1-x} = \sum_{n=0}^{\infty} x^n \quad (|x|<1)$$",
     [("ok", None), ("unchecked", None)]),
    (r"$$\sum_{t=0}^{\infty} \gamma^t = \frac{1}{1-\gamma}, \quad 0 \le \gamma < 1$$",
     [("ok", None), ("unchecked", None)]),
    (r"$$\sum_{n=0}^{\infty} x^n = \frac{1}{1+x} \quad (|x|<1)$$",
     [("error", None), ("unchecked", None)]),
    (r"$$\sum_{n=0}^{\infty} x^n = \frac{1}{1-x}$$", [("unchecked", None)]),  # |x| < 1 unsaid
]


@pytest.mark.parametrize(("text", "expected"), SUMS)
def test_sums_under_a_condition(text, expected):
    steps = tutor.check_document(text, kind="markdown").steps
    got = [(s.verdict, s.message) for s in steps]
    assert [g[0] for g in got] == [e[0] for e in expected], got
