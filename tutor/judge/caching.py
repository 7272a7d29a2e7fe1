"""What the judge remembers between checks, and the timed-out attempts that forbid remembering.

A verdict, a prepared expression or a limit value is a pure function of its inputs unless an
attempt ran out of time on the way (then a faster or idler run could have answered more). Every
attempt of the judge goes through `attempt` here, which counts the ones that ran out; a result
is kept only when the count did not move while it was computed.
"""

from __future__ import annotations

import functools
import math
import signal
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from contextlib import contextmanager

from tutor.budget import AttemptTimedOut  # noqa: F401 - what `attempt` raises, for callers
from tutor.budget import attempt as _budget_attempt

_timeouts = 0


def timeouts() -> int:
    """How many attempts of the judge have run out of time in this process so far."""
    return _timeouts


@contextmanager
def attempt(seconds: float):
    """`tutor.budget.attempt`, counting the attempts whose own time ran out: by the clock, not
    by the exception, since an alarm's exception can be swallowed on the way (a bare `except`,
    a finaliser) and the block still end with a result the timeout shaped."""
    global _timeouts
    started = time.monotonic()
    try:
        with _budget_attempt(seconds):
            yield
    finally:
        if time.monotonic() - started >= seconds:
            _timeouts += 1


def alarm_left() -> float:
    """Seconds until the pending alarm of a budget or attempt (infinite when none)."""
    if not hasattr(signal, "getitimer"):
        return math.inf
    return signal.getitimer(signal.ITIMER_REAL)[0] or math.inf


class Quiet:
    """Whether no alarm can have gone off since it was made: a result computed in between
    was not cut short by a swallowed alarm exception, so it may be remembered.

        quiet = Quiet(); value = work(); if quiet(): remember(value)
    """

    __slots__ = ("started", "left")

    def __init__(self):
        self.left, self.started = alarm_left(), time.monotonic()

    def __call__(self) -> bool:
        return time.monotonic() - self.started < self.left


class Memo:
    """A bounded least-recently-used map; `None` is never stored (it means "not known")."""

    def __init__(self, size: int):
        self.size = size
        self.entries: OrderedDict = OrderedDict()

    def get(self, key: Hashable | None):
        if key is None:
            return None
        try:
            value = self.entries.get(key)
        except (TypeError, RecursionError):  # an unhashable key: nothing is remembered for it
            return None
        if value is not None:
            self.entries.move_to_end(key)
        return value

    def put(self, key: Hashable | None, value) -> None:
        if key is None or value is None:
            return
        try:
            self.entries[key] = value
        except (TypeError, RecursionError):
            return
        self.entries.move_to_end(key)
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)

    def clear(self) -> None:
        self.entries.clear()


MEMOS: list[Memo] = []


def memo(size: int) -> Memo:
    """A new Memo that `clear_all` empties."""
    made = Memo(size)
    MEMOS.append(made)
    return made


def per_object(size: int) -> Callable[[Callable], Callable]:
    """Remember `function(expr, *rest, **options)` for the object `expr` itself, not an equal
    one (0.5 at 15 and at 30 digits are equal and print differently), unless an attempt ran out
    of time on the way; None is never remembered."""
    def decorate(function: Callable) -> Callable:
        kept = memo(size)

        @functools.wraps(function)
        def remembered(expr, *rest, **options):
            key = (expr, rest, tuple(options.items()))
            owner, result = kept.get(key) or (None, None)
            if owner is expr:
                return result
            before = _timeouts
            result = function(expr, *rest, **options)
            if result is not None and _timeouts == before:
                kept.put(key, (expr, result))
            return result
        return remembered
    return decorate


def clear_all() -> None:
    for m in MEMOS:
        m.clear()
