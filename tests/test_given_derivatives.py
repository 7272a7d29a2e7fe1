"""A derivative given at a point (g'(0) = 2) stands in both sides of a later step: f'(0) of
f = g³ worked out to 3g(0)²g'(0) takes it as the written 3(g(0))²g'(0) does (the left side
kept g'(0) free while the right took 2: a false alarm with a witness of two values of g'(0))."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

GIVEN = "Let $f(x) = (g(x))^3$.\n\nWe know $g'(0) = 2$.\n\n$${step}$$\n"


@pytest.mark.parametrize(("step", "verdict"), [
    ("f'(0) = 3(g(0))^2g'(0)", "ok"),
    ("f'(0) = 6(g(0))^2", "ok"),
    ("f'(0) = 3(g(0))^2", "error"),  # g'(0) dropped: wrong with g'(0) = 2
    ("f'(0) = 2(g(0))^2g'(0)", "error"),
])
def test_a_derivative_given_at_a_point_stands_on_both_sides(step, verdict):
    assert_verdicts(GIVEN.format(step=step), [("unchecked", "definition of f"),
                                              ("unchecked", "definition of g"), (verdict, None)])
