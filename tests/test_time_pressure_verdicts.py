"""A time limit may turn a verdict into `unchecked`, never leave an `error` the looks for
another reading did not finish confirming (a busy machine, a short --timeout)."""

from __future__ import annotations

import pytest

from tutor import budget
from tutor.batch import check_document
from tutor.budget import BudgetExceeded
from tutor.derive import second_looks, steps

WRONG = "(x+1)^2\n= x^2 + x + 1\n"
RIGHT = "(x+1)^2\n= x^2 + 2x + 1\n"


def _verdicts(text: str) -> list[tuple[str, str]]:
    return [(s.verdict, s.message) for s in check_document(text, kind="txt").steps
            if s.line == 2]


def _out_of_budget(*args):
    raise BudgetExceeded


def _a_limit_met(*args):
    budget._hit()


@pytest.mark.parametrize(("look", "text", "expected"), [
    (None, WRONG, "error"),                 # no pressure: the slip is named
    (_out_of_budget, WRONG, "unchecked"),   # the step's budget ends in its second looks
    (_a_limit_met, WRONG, "unchecked"),     # a look's own attempt ran out of time
    (_a_limit_met, RIGHT, "ok"),            # a right step stays right
])
def test_a_look_cut_short_leaves_no_error(monkeypatch, look, text, expected):
    if look is not None:
        monkeypatch.setattr(second_looks, "apart_by_the_prose", lambda ln, last: look())
    found = _verdicts(text)
    assert [v for v, _ in found] == [expected]  # one result for the step, never two


def test_the_reason_says_time_ran_out(monkeypatch):
    monkeypatch.setattr(steps, "second_look", _out_of_budget)
    assert _verdicts(WRONG) == [("unchecked", "time budget of 2 s spent")]
