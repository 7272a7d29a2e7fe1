"""The inequality judge: conditions compared by solution sets, claims `A ≤ B` over the domain.

Rows are (a, b, expected) with the truth; the traps are forms whose evaluated and written
domains differ (x·y/y), strict claims that touch (x² + y² > 2xy at x = y), and one-variable
claims sympy cannot solve. "equal" for a claim means it holds wherever both sides are defined.
"""

from __future__ import annotations

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.api import compare, read_object
from tutor.judge.conditions import FAILS, HOLDS, UNDEFINED, truth_at
from tutor.judge.equivalence import check_inequality
from tutor.read.assumptions import read_assumptions
from tutor.read.parser import parse

EQ, NE, UNK = "equal", "not_equal", "unknown"

CONDITIONS = [
    ("(x-7)/(x-7) > 0", "x^2 \\ge 0", NE, ()),        # undefined at 7 as written
    ("\\frac{x^2-49}{x-7} > 0", "x > -7", NE, ()),
    ("x y / y > 0", "x > 0", NE, ()),                  # undefined at y = 0 as written
    ("x - x + y > 0", "y > 0", EQ, ()),
    ("\\sqrt{x} < 2", "0 \\le x < 4", EQ, ()),
    ("\\sqrt{x} < 2", "x < 4", NE, ()),
    ("x^2 \\le 0", "x = 0", EQ, ()),
    ("x \\ne 0", "x^2 > 0", EQ, ()),
    ("\\frac{1}{x} \\ge 1", "0 < x \\le 1", EQ, ()),
    ("x^2 < 1", "x < 1", EQ, ("x > 0",)),
    ("x^2 < 1", "x < 1", NE, ()),
    ("2x < 3x", "x > 0", EQ, ()),
    ("a x > 0", "x > 0", UNK, ()),                      # two variables, no witness? a < 0
    ("x^2 + 1 > 0", "x^2 + 2 > 0", EQ, ()),
    ("1 < 2", "3 > 1", EQ, ()),
    ("1 < 2", "3 < 1", NE, ()),
    ("x < 2", "x^2", UNK, ()),
]


@pytest.mark.parametrize("a, b, expected, assume", CONDITIONS)
def test_conditions(a, b, expected, assume):
    verdict = compare(a, b, assume)
    if expected == UNK:
        assert verdict.status != EQ, verdict  # never equal; a witness is welcome
    else:
        assert verdict.status == expected, verdict


CLAIMS = [
    ("x^2 + 1 \\ge 2x", EQ, ()),
    ("x^2 + 1 > 2x", NE, ()),                        # fails at x = 1 exactly
    ("x^2 + y^2 > 2 x y", UNK, ()),                   # fails on x = y: sampling cannot tell
    ("x^2 + y^2 \\ge 2 x y", EQ, ()),
    ("x^2 + y^2 \\ge 2.01 x y", NE, ()),
    ("\\frac{x-7}{x-7} \\le 1", EQ, ()),              # wherever it is defined
    ("\\ln x \\le x - 1", EQ, ("x > 0",)),
    ("\\ln x < x - 1", NE, ("x > 0",)),               # equal at x = 1
    ("e^x > x", EQ, ()),
    ("\\sin x \\le 1", EQ, ()),
    ("\\sin x < 1", NE, ()),
    ("\\sigma(x) \\le 1", EQ, ()),
    ("x \\le x^2", NE, ()),
    ("\\sqrt{x} \\ge 0", EQ, ()),
    ("2 < 3", EQ, ()),
    ("3 \\le 2", NE, ()),
]


@pytest.mark.parametrize("text, expected, assume", CLAIMS)
def test_claims(text, expected, assume):
    relation, _ = read_object(text)
    verdict = check_inequality(relation.lhs, relation.rel_op, relation.rhs,
                               read_assumptions(assume))
    if expected == UNK:
        assert verdict.status != EQ, verdict
        return
    assert verdict.status == expected, verdict
    if expected == NE:
        point = {s: parse(verdict.witness[s.name]) for s in relation.free_symbols}
        assert truth_at(relation.lhs, relation.rel_op, relation.rhs, point) == FAILS


TRUTHS = [
    ("x < 2", {"x": 2}, FAILS),
    ("x \\le 2", {"x": 2}, HOLDS),
    ("\\ln x < 0", {"x": -1}, UNDEFINED),
    ("\\frac{1}{x} > 0", {"x": 0}, UNDEFINED),
    ("\\sqrt{x} \\ge 0", {"x": -4}, UNDEFINED),
    ("x^{1/3} < 0", {"x": -8}, HOLDS),                # the real odd root
    ("x^2 = 2", {"x": "sqrt2"}, HOLDS),
]


@pytest.mark.parametrize("text, point, expected", TRUTHS)
def test_truth_at_a_point(text, point, expected):
    relation, _ = read_object(text)
    if isinstance(relation, sp.Equality):
        lhs, op, rhs = relation.lhs, "==", relation.rhs
    elif hasattr(relation, "lhs") and not hasattr(relation, "rel_op"):
        lhs, op, rhs = relation.lhs, "==", relation.rhs
    else:
        lhs, op, rhs = relation.lhs, relation.rel_op, relation.rhs
    values = {sp.Symbol(k): (sp.sqrt(2) if v == "sqrt2" else sp.Integer(v))
              for k, v in point.items()}
    assert truth_at(lhs, op, rhs, values) == expected


@settings(max_examples=25, deadline=None)
@given(p=st.integers(-4, 4), q=st.integers(-4, 4))
def test_quadratic_claims_follow_the_discriminant(p, q):
    """x² + p·x + q ≥ 0 for every x exactly when p² ≤ 4q: one-variable claims are decided."""
    relation, _ = read_object(f"x^2 + ({p}) x + ({q}) \\ge 0")
    verdict = check_inequality(relation.lhs, relation.rel_op, relation.rhs)
    assert verdict.status == (EQ if p * p <= 4 * q else NE), verdict
