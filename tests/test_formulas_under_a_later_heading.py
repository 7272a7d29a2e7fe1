"""A quantity worked out to a number under one heading (`### Forward pass`: ŷ = wx + b = 2,
s = ŷ − y = −3, L = s² = 9) keeps its formula under the next (`### Backward pass`: ∂L/∂s = 2s =
−6, ∂L/∂w = ∂L/∂ŷ · ∂ŷ/∂w = −6 × 2 = −12), as its value does: each was "L is a number here
(9, its value at a point)" (held-out slips30, a computation-graph walk-through)."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

GIVEN = ("### Given\n\n* $x = 2$\n* $y = 5$\n* $w = 1$\n* $b = 0$\n\n### Forward pass\n\n"
         "$$\\hat{y} = w \\cdot x + b = 1 \\cdot 2 + 0 = 2$$\n\n"
         "$$s = \\hat{y} - y = 2 - 5 = -3$$\n\n"
         "$$L = s^2 = (-3)^2 = 9$$\n\n### Backward pass\n\n")
FORWARD = ["unchecked"] * 4 + ["unchecked", "ok", "ok"] * 3


@pytest.mark.parametrize(("backward", "verdicts"), [
    ("$$\\frac{\\partial L}{\\partial s} = 2s = 2 \\times (-3) = -6$$", ["ok", "ok", "ok"]),
    ("$$\\frac{∂L}{∂s} = 2s = 2 \\times (-3) = -6$$", ["ok", "ok", "ok"]),
    ("$$\\frac{\\partial L}{\\partial s} = 2s = 2 \\times (-3) = -5$$", ["ok", "ok", "error"]),
    # a slip against the formula (∂L/∂s is 2s): the forward and backward passes are one
    # section (tutor.notes.step_headings), so s = -3 there and the slip is found
    ("$$\\frac{\\partial L}{\\partial s} = s = -3$$", ["error", "warning"]),
    ("$$\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot "
     "\\frac{\\partial \\hat{y}}{\\partial w} = -6 \\times 2 = -12$$", ["ok", "ok", "ok"]),
])
def test_a_formula_is_kept_under_the_next_heading(backward, verdicts):
    assert_verdicts(GIVEN + backward + "\n", [(v, None) for v in FORWARD + verdicts])
