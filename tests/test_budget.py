"""The time budget: an alarm that lands in a finaliser is raised again, never reported; one
that lands in sympy's assumptions code waits for it."""

import gc
import sys
import time

import pytest

from tutor.budget import AttemptTimedOut, BudgetExceeded, attempt, deadline


class SlowToDie:
    """An object whose finaliser outlasts the alarm, so the alarm lands inside it."""

    def __del__(self):
        end = time.monotonic() + 0.3
        while time.monotonic() < end:
            pass


@pytest.mark.parametrize(
    "guard, raised",
    [(attempt, AttemptTimedOut), (deadline, BudgetExceeded)],
)
def test_alarm_in_finaliser_is_raised_again_not_reported(guard, raised, monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)
    with pytest.raises(raised):
        with guard(0.05):
            SlowToDie()  # dies at once; the alarm lands in its __del__ and is swallowed
            gc.collect()
            while True:  # the repeating timer raises it again here
                pass
    assert reported == []
    assert sys.unraisablehook == reported.append  # the hook is given back


def test_other_unraisable_errors_still_reach_the_hook(monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)

    class BadFinaliser:
        def __del__(self):
            raise ValueError("finaliser failed")

    with attempt(5.0):
        BadFinaliser()
        gc.collect()
    assert [type(event.exc_value) for event in reported] == [ValueError]


def _as_sympy_assumptions_code(source: str) -> dict:
    """Run `source` as if it were sympy's assumptions code (its frames carry that file name)."""
    namespace: dict = {}
    exec(compile(source, "/lib/sympy/core/assumptions.py", "exec"), namespace)  # noqa: S102
    return namespace


@pytest.mark.parametrize(("spin", "finished"), [(0.2, True), (5.0, False)])
def test_an_alarm_waits_while_sympy_deduces_assumptions(spin, finished):
    """An alarm inside sympy's assumptions code (an object's facts half told, and
    InconsistentAssumptions later: a flaky verdict on a loaded machine) waits until the
    deduction is done, a short while at most; the budget is still spent after it."""
    code = _as_sympy_assumptions_code(
        "import time\ndef deduce(seconds, done):\n    end = time.monotonic() + seconds\n"
        "    while time.monotonic() < end:\n        pass\n    done.append(True)\n")
    done: list = []
    with pytest.raises(BudgetExceeded):
        with deadline(0.01):
            code["deduce"](spin, done)
            while True:
                pass
    assert bool(done) is finished


def test_an_object_whose_facts_clash_is_told_them_afresh_and_the_check_runs_again():
    """A fact stored wrong (an alarm inside a deduction, a bare `except` in a handler) makes a
    later query raise InconsistentAssumptions: the object keeps only the facts it was made with,
    and the check runs once more, instead of a verdict that depends on the machine's load."""
    import sympy as sp

    from tutor.budget import Clock
    from tutor.compat import InconsistentAssumptions
    from tutor.judge.equivalence import _guarded, facts_told_afresh
    from tutor.model import Verdict

    x = sp.Symbol("x_clash", positive=True)
    x._assumptions["negative"] = True  # told wrong
    calls: list = []

    def work():
        calls.append(x.is_negative)
        if len(calls) == 1:
            raise InconsistentAssumptions(x._assumptions, "negative", False)
        return Verdict("equal", "checked again")

    verdict, complete = _guarded(work, Clock(2.0), 2.0)
    assert (verdict.status, complete, calls) == ("equal", True, [True, False])
    assert facts_told_afresh(InconsistentAssumptions(None, "a", True)) is False
