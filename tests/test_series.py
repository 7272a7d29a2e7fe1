"""Truncated series (`+ …`, `+ O(x^n)`, `≈` a polynomial) checked by their Taylor coefficients:
right ones ok, a wrong written coefficient an error with the right one, anything else unchecked."""

from __future__ import annotations

import pytest

import tutor
from tutor.judge.equivalence import compare
from tutor.model import Assumptions
from tutor.read.parser import parse

# (left, right, written with ≈, expected status, a fragment of the reason or None)
PAIRS = [
    (r"\sin x", r"x - \frac{x^3}{6}", True, "equal", "x = 0"),
    (r"\sqrt{1+x}", r"1 + \frac{x}{2} - \frac{x^2}{8}", True, "equal", None),
    (r"\sqrt{1+x}", r"1 + \frac{x}{2} - \frac{x^2}{4}", True, "not_equal", "is -1/8, not -1/4"),
    (r"\ln x", r"(x-1) - \frac{(x-1)^2}{2}", True, "equal", "x = 1"),
    (r"\ln x", r"(x-1) + \frac{(x-1)^2}{2}", True, "not_equal", "(x - 1)^2"),
    (r"\cos x", r"1 - \frac{x^2}{2} + \frac{x^4}{12} - \cdots", False, "not_equal", "1/24"),
    (r"e^{-x}", r"1 - x + \frac{x^2}{2} + \frac{x^3}{6} + \mathcal{O}(x^4)", False,
     "not_equal", "x^3"),
    (r"\sigma(z)", r"\frac{1}{2} + \frac{z}{4} - \frac{z^3}{48} + O(z^5)", False, "equal", None),
    (r"\tan x", r"x + \frac{x^3}{3} + \frac{2x^5}{15} + O(x^7)", False, "equal", "power 6"),
    (r"e^x \sin x", r"x + x^2 + \frac{x^3}{3} + o(x^3)", False, "equal", None),
    (r"\sum_{n=0}^{\infty}\frac{x^n}{n!}", r"1 + x + \frac{x^2}{2} + \cdots", False, "equal",
     None),
    (r"1 + x + \frac{x^2}{2!} + \dots", r"1 + x + \frac{x^2}{2} + \dots", False, "equal", None),
    (r"1 + x + \frac{x^2}{2!} + \dots", r"1 + x + \frac{x^2}{3} + \dots", False, "not_equal",
     None),
    (r"1 + x + \dots", r"1 + x + \frac{x^2}{2} + \dots", False, "unknown", "more terms"),
    (r"\sin x", r"x - 0.1667x^3", True, "equal", None),        # a decimal to its precision
    (r"\sin x", r"x - 0.2x^3", True, "unknown", None),           # a decimal: never an error
    (r"\log(1 + e^x)", r"x", True, "unknown", "another point"),  # large x: not checked
    (r"(1+x)^3", r"1 + 3x", True, "equal", None),      # a lower degree: a truncation
    (r"(1+x)^3", r"1 + 2x", True, "not_equal", "is 3, not 2"),
    (r"(n+1)^2", r"n^2 + 2n", True, "not_equal", None),  # same degree: not a series
    (r"x^3 + 3x^2 + 1", r"x^3", True, "not_equal", None),  # the leading term: no series
    (r"e^x", r"1 + \frac{x^2}{2}", True, "unknown", "another point"),  # a term left out
    (r"\cos x", r"1 - x", True, "not_equal", "is 0, not -1"),  # a term the series has not
    (r"\frac{1}{x}", r"1 - x + \dots", False, "unknown", "no Taylor series"),
    (r"(1+x)^n", r"1 + nx + \dots", False, "unknown", "several letters"),
    (r"f(x)", r"f(0) + x f'(0) + \dots", False, "unknown", None),
]


@pytest.mark.parametrize(("left", "right", "approx", "status", "fragment"), PAIRS)
def test_series_pair(left, right, approx, status, fragment):
    verdict = compare(parse(left, "latex"), parse(right, "latex"), Assumptions(), approx=approx)
    assert verdict.status == status, verdict
    assert fragment is None or fragment in (verdict.reason or ""), verdict


# (the text O(…) stands in, what it is read as)
READINGS = [
    ("x + O(x^4)", "x + O(x**4)"),
    (r"1 + \mathcal{O}(h^2)", "O(h**2) + 1"),
    ("(x-1) + O((x-1)^2)", "x + O((x - 1)**2) - 1"),
    ("x + o(x^2)", "x + o(x**2)"),
    ("o(1-o)", "o*(1 - o)"),            # the letter o times a bracket
    (r"O(n \log n)", "O*(n*log(n))"),   # not the rest of a power series
]


@pytest.mark.parametrize(("text", "read"), READINGS)
def test_order_term_reading(text, read):
    assert str(parse(text, "latex")) == read


# (a document, [(verdict, fragment of the message, code)])
DOCUMENTS = [
    (r"$$\ln(1+x) = x - \frac{x^2}{2} + \frac{x^3}{3} - \dots$$",
     [("ok", "Taylor series at x = 0", None)]),
    (r"$$\cos x = 1 - \frac{x^2}{2} + \frac{x^4}{12} - \cdots$$",
     [("error", "not equal", "term")]),
    (r"$$e^{-x} = 1 - x + \frac{x^2}{2} + \frac{x^3}{6} + O(x^4)$$",
     [("error", "not equal", "sign")]),
    ("\\begin{align}\ne^x &= 1 + x + \\frac{x^2}{2!} + \\dots \\\\\n"
     "&= 1 + x + \\frac{x^2}{2} + \\frac{x^3}{6} + \\dots\n\\end{align}",
     [("ok", "Taylor", None), ("ok", "Taylor", None)]),
    ("\\begin{align}\ne^x &= 1 + x + \\dots \\\\\n&= 1 + x + \\frac{x^2}{3} + \\dots\n"
     "\\end{align}", [("ok", "Taylor", None), ("error", "not equal", "term")]),
    (r"$$\lim_{x\to 0}\frac{e^x - 1 - x}{x^2} = \lim_{x\to 0}\frac{\frac{x^2}{2} + "
     r"\frac{x^3}{6}}{x^2} = \frac{1}{2}$$",
     [("ok", "Taylor polynomial", None), ("ok", None, None)]),
    (r"$$\lim_{h \to 0}(2x + h) = \lim_{h\to0}(2x + h^2) = 2x$$",
     [("error", "by luck", "limit-rewrite"), ("ok", None, None)]),
    (r"$n^2 + n \approx n^2$", [("unchecked", "approximation", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_series_in_documents(text, expected):
    steps = tutor.check_document(text, kind="markdown").steps
    got = [(s.verdict, s.message, s.code) for s in steps]
    assert [g[0] for g in got] == [e[0] for e in expected], got
    for (_, message, code), (_, fragment, want_code) in zip(got, expected, strict=True):
        assert fragment is None or fragment in message, got
        assert want_code is None or code == want_code, got
