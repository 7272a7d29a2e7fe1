"""`y' = …` in the block right after `$$y = f(x)$$` (prose between or none) is the derivative
of y's formula: a wrong one is an error with its witness, a right one ok. A y' that may be
another quantity stays a definition: its right side in other names, y's formula in a letter
that may be a constant (y = k, then y' = 0), or another step between."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts


@pytest.mark.parametrize(("formula", "between", "prime", "expected"), [
    ("y = x^2", "\n\n", "y' = 3x", [("error", "not the derivative of y")]),
    ("y = \\frac{1}{x-2} - 3", "\n\n", "y' = -\\frac{1}{2x^2}",
     [("error", "not the derivative of y")]),
    ("y = \\sin(2t)", "\n\nDifferentiating,\n\n", "y' = \\cos(2t)",
     [("error", "not the derivative of y")]),
    ("y = x^2", "\n\n", "y' = 2x", [("ok", "the derivative of y")]),
    ("y = \\frac{1}{x-2} - 3", "\n\nso\n\n", "y' = -\\frac{1}{(x-2)^2}",
     [("ok", "the derivative of y")]),
    # another quantity, maybe: nothing claimed
    ("y = k", "\n\n", "y' = 0", [("unchecked", "definition of y")]),
    ("y = x^2", "\n\n", "y' = y - c", [("unchecked", None)]),
])
def test_a_prime_a_block_below_a_formula(formula, between, prime, expected):
    assert_verdicts(f"$${formula}$${between}$${prime}$$\n",
                    [("unchecked", "definition of y"), *expected])


def test_another_step_between_leaves_the_prime_a_name():
    assert_verdicts("$$y = x^2$$\n\n$$2 + 3 = 5$$\n\n$$y' = 3x$$\n",
                    [("unchecked", "definition of y"), ("ok", None),
                     ("unchecked", "definition of y")])
