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


# `x = ±1` (or `x = 2 ± √3`) in the display after an equation solves it, as after ⇒: its ±
# is no new name (it was "a substitution: values were put in for ±"), and an equation after
# it starts anew, as after `x = 1`
@pytest.mark.parametrize(("text", "expected"), [
    ("$$x^2 - 4 = 0$$\n$$x = \\pm 2$$\n", [("unchecked", "premise"), ("ok", "equivalent")]),
    ("$$x^2 - 4 = 0$$\n$$x = \\pm 4$$\n", [("unchecked", "premise"), ("error", "does not follow")]),
    ("$$x^2 - 4x + 1 = 0$$\n$$x = 2 \\pm \\sqrt{3}$$\n",
     [("unchecked", "premise"), ("ok", "equivalent")]),
    ("$$x^2 - 4x + 1 = 0$$\n$$x = 2 \\pm \\sqrt{5}$$\n",
     [("unchecked", "premise"), ("error", "does not follow")]),
    ("$3(x^2 - 1) = 0$\n$x = \\pm 1$\n\nNext.\n\n$$x^2 - 9 = 0$$\n$$x = \\pm 3$$\n",
     [("unchecked", "premise"), ("ok", "equivalent"), ("unchecked", "premise"),
      ("ok", "equivalent")]),
])
def test_roots_with_plus_minus_solve_the_equation_above(text, expected):
    assert_verdicts(text, expected)


# `P[T] = $0.99*0.05 + 0.95*0.03$ = 0.078`: the value written in prose after a span of
# arithmetic is its value (checked); more math after the number, or `%`, leaves it alone
@pytest.mark.parametrize(("text", "expected"), [
    ("P[T] = $0.99*0.05 + 0.95*0.03$ = 0.078\n", [("ok", None)]),
    ("P[S|T] = $0.99 *0.05/0.078$ = 0.73 here.\n", [("error", None)]),
    ("The cost is $3 + 4$ = 7, and $\\frac{1}{2}$ = 0.5.\n", [("ok", None), ("ok", None)]),
    ("A $0.5 + 0.2$ = 0.7 + 0.1 here, $1/2$ = 50%, $2+3$ = 6 $x$.\n", []),
    ("$$0.5 + 0.2$$ = 0.9\n", []),
])
def test_a_value_in_prose_after_a_span_of_arithmetic(text, expected):
    assert_verdicts(text, expected)
