"""Time budgets for sympy work: a deadline that interrupts a long call (main thread, Unix)."""

from __future__ import annotations

import signal
import sys
import threading
import time
from contextlib import contextmanager


class BudgetExceeded(BaseException):
    """The time budget of a check was spent.

    A BaseException, like KeyboardInterrupt, so that no `except Exception` on the way out of a
    long sympy call can swallow it and let the work run on unbounded.
    """


AGAIN = 0.05  # seconds between repeats of an alarm that has not yet stopped its block
_limits_hit = 0  # time limits met so far in this process (`limits_hit`)


def limits_hit() -> int:
    """How many time limits have been met in this process (alarms gone off, blocks refused
    for want of time, clocks found spent): a verdict may depend on the clock when it grew."""
    return _limits_hit


def _hit() -> None:
    global _limits_hit
    _limits_hit += 1


class AttemptTimedOut(BaseException):
    """An attempt's own time ran out (`attempt`): the caller tries something else.

    A BaseException too, so that a detector's `except Exception` cannot swallow it.
    """


@contextmanager
def deadline(seconds: float):
    """Raise BudgetExceeded inside the block once `seconds` have passed.

    Uses SIGALRM where it can (main thread, Unix); elsewhere the block runs unbounded and
    callers rely on `remaining()` checks between rungs and on the batch parent's timeout.
    """
    with _alarm(seconds, BudgetExceeded):
        yield


@contextmanager
def attempt(seconds: float):
    """Give one try at most `seconds`: AttemptTimedOut when its own time runs out.

    When an enclosing deadline ends first, BudgetExceeded is raised instead, so no caller that
    gives up on an attempt can swallow the budget of the whole check.
    """
    with _alarm(seconds, AttemptTimedOut):
        yield


@contextmanager
def _alarm(seconds: float, own: type[BaseException]):
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if usable and seconds <= 0:
        _hit()
        raise own()  # no time left: the block does not start (it would run without an alarm)
    if not usable:
        yield
        return
    previous_timer = signal.getitimer(signal.ITIMER_REAL)
    raised = own
    if previous_timer[0] and previous_timer[0] <= seconds:
        seconds, raised = previous_timer[0], BudgetExceeded  # an outer budget ends sooner

    deferred_since = None

    def on_alarm(signum, frame):
        nonlocal deferred_since
        if _deducing_assumptions(frame):
            deferred_since = deferred_since or time.monotonic()
            if time.monotonic() - deferred_since < MOST_DEFERRED:
                return  # the repeating timer comes back once sympy has told what it deduced
        _hit()
        raise raised()

    old = signal.signal(signal.SIGALRM, on_alarm)
    old_hook = sys.unraisablehook
    sys.unraisablehook = _quiet_about_alarms(old_hook)
    started = time.monotonic()
    # the alarm repeats until the block is left: an exception raised where Python swallows it
    # (a finaliser run by the garbage collector) is raised again a moment later
    signal.setitimer(signal.ITIMER_REAL, seconds, AGAIN)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        sys.unraisablehook = old_hook
        if previous_timer[0]:
            left = previous_timer[0] - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), AGAIN)


# sympy deducing an object's assumptions: an exception raised there leaves the object's facts
# half told (or a handler's bare `except` stores a wrong one), and a later query of that cached
# object meets InconsistentAssumptions; an alarm waits (a little at most) until it is done
_ASSUMPTIONS_CODE = ("/sympy/core/assumptions.py", "/sympy/core/facts.py")
MOST_DEFERRED = 0.5  # seconds an alarm waits for a deduction at most


def _deducing_assumptions(frame) -> bool:
    """Whether `frame` or one of its callers is sympy's assumptions code."""
    depth = 0
    while frame is not None and depth < 200:
        if frame.f_code.co_filename.endswith(_ASSUMPTIONS_CODE):
            return True
        frame, depth = frame.f_back, depth + 1
    return False


def _quiet_about_alarms(hook):
    """`hook`, except that an alarm swallowed by Python (raised in a finaliser) is dropped at
    once: the repeating timer raises it again, and a slow hook (one that formats a traceback)
    must not be the place the next alarm lands."""

    def unraisable(event) -> None:
        if not isinstance(event.exc_value, (BudgetExceeded, AttemptTimedOut)):
            hook(event)

    return unraisable


class Clock:
    """A budget shared by the rungs of one check."""

    def __init__(self, seconds: float):
        self.seconds = seconds  # the whole budget
        self.end = time.monotonic() + seconds
        self.partial: dict = {}  # results cut short by a time limit, kept for this check only

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            _hit()
        return max(0.0, left)

    def spent(self) -> bool:
        return self.remaining() <= 0
