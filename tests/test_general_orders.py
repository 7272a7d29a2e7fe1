"""A Taylor expansion closed by a rest of a general order (`e^x = 1 + x + x²/2 + … + o(x^n)`):
o(x^n) is the order term (it was o times x^n, "a series in several letters"), its n no value
of the statement, and the terms written are checked against the series."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.read.parser import parse


@pytest.mark.parametrize(("text", "read"), [
    (r"1 + x + o(x^n)", "x + o(x**n) + 1"),
    (r"x + O(x^N)", "x + O(x**N)"),
    (r"1 + o(x^2)", "o(x**2) + 1"),
    (r"o(x^x)", "o*x**x"),  # no order
    (r"o(n^n)", "n**n*o"),
])
def test_an_order_term_of_a_general_order(text, read):
    assert str(parse(text, "latex")) == read


@pytest.mark.parametrize(("text", "verdict"), [
    (r"e^x = 1+x+\frac{1}{2}x^2 +\frac{1}{6}x^3 + \dots + o(x^n)", "ok"),
    (r"e^x = 1+x+\frac{1}{2}x^2 +\frac{2}{6}x^3 + \dots + o(x^n)", "error"),
    (r"\log(1+x) = x - \frac{1}{2}x^2 + \frac{1}{3}x^3 + \dots + o(x^n)", "ok"),
    (r"\tan x = x + \frac{x^3}{3} + \frac{2}{15} x^5 + o(x^n)", "ok"),
    (r"\tan x = x - \frac{x^3}{3} + \frac{2}{15} x^5 + o(x^n)", "error"),
])
def test_an_expansion_up_to_a_general_order(text, verdict):
    assert_verdicts(f"$${text}$$\n", [(verdict, None)])
