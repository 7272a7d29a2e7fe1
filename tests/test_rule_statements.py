"""A differentiation rule stated for any functions (`(u + v)' = u'v + uv'`, a primed bracket on
the left, every name a function letter or a constant) is checked as a rule: an error with a
witness when it fails for some functions (it was "a substitution: holds when …")."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts


@pytest.mark.parametrize(("text", "verdict"), [
    ("(u + v)' = u' + v'", "ok"),
    ("(u - v)' = u' - v'", "ok"),
    ("(uv)' = u'v + uv'", "ok"),
    ("(u + v)' = u' \\cdot v + u \\cdot v'", "error"),  # the product rule for a sum
    ("(uv)' = u'v'", "error"),
    ("(u - v)' = u' + v'", "error"),
    ("\\left(\\frac{u}{v}\\right)' = \\frac{u'v - uv'}{v^2}", "ok"),
    ("(Cu)' = C u'", "ok"),  # u a function (u' is written), C a constant: the rule
    ("(Cu)' = u'", "error"),
    ("y' = 2y", "unchecked"),  # an equation for y, no rule
    ("y' = 2x", "unchecked"),
])
def test_a_rule_for_any_functions(text, verdict):
    assert_verdicts(f"$${text}$$\n", [(verdict, None)])
