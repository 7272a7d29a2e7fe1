"""What the judge and the reader remember: only what cannot change, and never shared state."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest
import sympy as sp

from tutor.api import clear_caches, compare
from tutor.derive import diagnosis
from tutor.judge import caching
from tutor.judge.equivalence import VERDICTS
from tutor.judge.high_precision import COMPILED, VALUES, Evaluator
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


# (expression, point): the value and the size of its terms come back the same from the memo
EVALUATED = [
    (x ** 2 + 2 * x + 1, {x: 3}),
    (sp.log(x) / (x - 1), {x: sp.Rational(1, 3)}),
    (sp.sqrt(x), {x: -1}),                                   # undefined: None
    (sp.exp(sp.exp(sp.exp(x))), {x: 10}),                    # too large
    (sp.Sum(x ** h, (h, 0, 4)), {x: "0.5"}),                 # decimal text
    (sp.Function("f")(x) + 1, {x: 2}),                       # sympy only: the slow path
]


def _fresh(expr, point, dps):
    VALUES.clear()
    COMPILED.clear()
    ev = Evaluator(expr)
    return ev(point, dps), ev.largest


@pytest.mark.parametrize(("expr", "point"), EVALUATED)
def test_an_evaluator_value_from_memory_is_the_value_computed(expr, point):
    for dps in (30, 60):
        value, largest = _fresh(expr, point, dps)
        remembered = Evaluator(expr)
        assert (remembered(point, dps), remembered.largest) == (value, largest)


def test_points_of_different_types_are_different_keys():
    third = Fraction(1, 3)
    with mpmath.workprec(53):   # whatever precision an earlier test left behind
        rounded = mpmath.mpf(1) / 3   # 1/3 rounded to 53 bits: equal to the Fraction in mpmath
    VALUES.clear()
    ev = Evaluator(sp.Integer(3) * x - 1)
    assert ev({x: third}, 30) == 0
    assert ev({x: rounded}, 30) != 0


def test_what_an_alarm_may_have_cut_short_is_not_remembered():
    assert caching.Quiet()()
    try:
        with caching.attempt(0.01):
            quiet = caching.Quiet()
            while True:
                pass
    except caching.AttemptTimedOut:
        pass
    assert not quiet()


@pytest.mark.parametrize(("expected", "got"), [(2 * x, -2 * x), (x**2, 2 * x**2), (x + 1, x + 2)])
def test_a_diagnosis_is_remembered(expected, got):
    clear_caches()
    first = diagnosis.diagnose(expected, got)
    assert list(diagnosis.DIAGNOSES.entries) == [(expected, got, None)]
    assert diagnosis.diagnose(expected, got) == first


def test_a_diagnosis_cut_short_is_not_remembered(monkeypatch):
    clear_caches()
    monkeypatch.setattr(diagnosis, "window", lambda seconds: 0.01)  # no time left to look
    assert diagnosis.diagnose(2 * x, -2 * x) is None
    assert not diagnosis.DIAGNOSES.entries
    monkeypatch.undo()
    assert diagnosis.diagnose(2 * x, -2 * x) is not None
