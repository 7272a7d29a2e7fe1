"""What the judge and the reader remember: only what cannot change, and never shared state."""

from __future__ import annotations

import sympy as sp

from tutor.api import clear_caches, compare
from tutor.judge import caching
from tutor.judge.equivalence import VERDICTS
from tutor.judge.limit_values import _lhopital_limit, _rational_limit, verified_limit
from tutor.read.parser import parse_chains

x, h = sp.symbols("x h")


def test_a_verdict_is_remembered_and_handed_out_as_a_copy():
    clear_caches()
    first = compare("sin(x)^2 + cos(x)^2", "1")
    assert first.status == "equal" and len(VERDICTS.entries) == 1
    first.status, first.witness = "changed", {"x": "1"}
    again = compare("sin(x)^2 + cos(x)^2", "1")
    assert (again.status, again.witness) == ("equal", None)


def test_the_key_tells_apart_assumptions_approx_and_decimals_as_written():
    clear_caches()
    assert compare("sqrt(x^2)", "x", ["x > 0"]).status == "equal"
    assert compare("sqrt(x^2)", "x").status == "not_equal"
    assert compare("0.5", "0.54").status == "equal"      # 0.5 is read to one place
    assert compare("0.50", "0.54").status == "not_equal"  # 0.50 to two
    assert compare("3.15", "pi", approx=True).status == "equal"
    assert compare("3.15", "pi").status == "not_equal"


def test_a_spent_budget_is_not_remembered():
    clear_caches()
    verdict = compare("sin(x)^2 + cos(x)^2", "1", budget=1e-4)
    assert verdict.status == "unknown" and "budget" in verdict.reason
    assert not VERDICTS.entries
    assert compare("sin(x)^2 + cos(x)^2", "1", budget=1e-4).status == "unknown"


def test_an_attempt_that_ran_out_of_time_is_counted():
    before = caching.timeouts()
    try:
        with caching.attempt(0.01):
            while True:
                pass
    except caching.AttemptTimedOut:
        pass
    assert caching.timeouts() == before + 1


def test_a_line_read_again_comes_back_as_new_chains():
    first = parse_chains("x + 1 = 2")
    first[0].parts.append(first[0].parts[0])
    first[0].parts[0].unit = "bits"
    again = parse_chains("x + 1 = 2")
    assert len(again[0].parts) == 2 and again[0].parts[0].unit is None


def test_limits_by_algebra_and_by_lhopital():
    assert _rational_limit(((x + h) ** 2 - x ** 2) / h, h, sp.Integer(0)) == 2 * x
    assert _rational_limit((1 / (x + h) - 1 / x) / h, h, sp.Integer(0)) == -1 / x ** 2
    assert _rational_limit(h ** 2 / h ** 3, h, sp.Integer(0)) is None  # 1/h: no finite limit
    assert _lhopital_limit((sp.exp(h) - 1 - h) / h ** 2, h, sp.Integer(0)) == sp.Rational(1, 2)
    assert _lhopital_limit(sp.Abs(h) / h, h, sp.Integer(0)) is None  # sign(h) jumps at 0
    assert verified_limit(sp.Limit(sp.sqrt(h), h, 0, "+-")) is None  # one side is undefined
    assert verified_limit(sp.Limit(sp.sin(3 * h) / h, h, 0, "+-")) == 3
