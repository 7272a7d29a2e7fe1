"""Habits of the thirty-second round of held-out notes: a spaced closing `$` at a line's end, …"""

from __future__ import annotations

import pytest

from tests.document_steps import assert_verdicts

# `$… \approx 0.17 $` then a bullet: the spaced `$` ending the line closes the math (it ran on
# into the next bullet and read `0.17 - P(M|D)`); a `$` in prose after it is not math
@pytest.mark.parametrize(("text", "expected"), [
    ("- $x = 1/6 \\approx 0.17 $\n- $y = 30/44 \\approx 0.68$\n",
     [("unchecked", "definition of x"), ("ok", None), ("unchecked", "definition of y"),
      ("ok", None)]),
    ("- $x = 1/6 \\approx 0.19 $\n- $y = 2$\n",
     [("unchecked", "definition of x"), ("error", None), ("unchecked", "definition of y")]),
])
def test_a_spaced_dollar_at_the_end_of_a_line_closes_the_math(text, expected):
    assert_verdicts(text, expected)
