"""A rounded decimal in a probability's event (a z-score rounded to look it up in a table)
stands for the value it rounds: P(X > 17) = P(Z > -2.17) for X ~ N(30, 36) is right (z is
-2.1667); a z-score outside that rounding stays an error."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

LAW = "Let $X \\sim N(30, 36)$.\n\n"


@pytest.mark.parametrize(("step", "expected"), [
    ("P(X > 17) = P(Z > -2.17)", ("ok", "equal to the precision of -2.17")),
    ("P(X < 40) = P(Z < 1.67)", ("ok", "a z-score")),
    ("P(17 < X < 40) = P(-2.17 < Z < 1.67)", ("ok", "-2.17, 1.67")),
    ("P(Z > -2.17) = P(X > 17)", ("ok", None)),
    # outside the rounding: a slip in the z-score
    ("P(X > 17) = P(Z > -2.16)", ("error", None)),
    ("P(X < 40) = P(Z < 1.66)", ("error", None)),
    ("P(X > 17) = P(Z > 2.17)", ("error", None)),
    # a decimal of one place is data, not a rounded value (a continuity correction)
    ("P(X > 17.5) = P(X > 17)", ("error", None)),
])
def test_a_rounded_decimal_in_an_event(step, expected):
    assert_verdicts(LAW + f"$${step}$$\n", [("unchecked", "the law"), expected])


def test_a_complement_of_a_rounded_score_is_no_internal_error():
    # the rounding of 1 - P(Z ≤ -2.17) took sympy's Abs round a loop (RecursionError)
    assert_verdicts(LAW + "$$P(X > 17) = 1 - P(Z \\le -2.17)$$\n\n$$= 1 - 0.0150$$\n\n"
                    "$$= 0.985$$\n", [("unchecked", "the law"), ("ok", None), ("ok", None),
                                      ("ok", None)])
