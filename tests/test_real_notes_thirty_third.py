"""Habits of the thirty-third round of held-out notes: decimal commas after a call or e, …"""

from __future__ import annotations

import pytest

from tests.document_steps import assert_verdicts


# `f'(0) = 1,10` and `e \approx 2,71828` (Portuguese notes): the value of a call at a number, and
# of the constant e, is one number, so its comma is a decimal one (both were read as 1 and 2, a
# false alarm); `13,523.5` groups thousands before its decimal point (it was read as 13); a lone
# name given numbers split by a comma stays a list or a decimal (nothing says which)
@pytest.mark.parametrize(("text", "expected"), [
    ("$$f(x) = 3^x$$\n$$f'(0) = 1,10$$\n", [("unchecked", "definition"), ("ok", None)]),
    ("$$f(x) = 3^x$$\n$$f'(0) = 1,50$$\n", [("unchecked", "definition"), ("warning", "base")]),
    ("$$e \\approx 2,71828$$\n", [("ok", None)]),
    ("$$e ~= 2,71828$$\n", [("ok", None)]),
    ("$$e \\approx 2,81828$$\n", [("error", None)]),
    ("The total is $\\frac{27047}{2} = 13,523.5$.\n", [("ok", None)]),
    ("The total is $\\frac{27047}{2} = 13,532.5$.\n", [("error", None)]),
    ("$$x = 1,2$$\n", [("unchecked", "a list of values or a decimal comma")]),
])
def test_decimal_commas_of_a_value(text, expected):
    assert_verdicts(text, expected)
