"""The worker pool: hand cases to worker processes, kill the ones past a hard timeout, collect."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import re
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from multiprocessing.connection import wait
from pathlib import Path

from fuzzing.cases import BUDGET, Case, Outcome, allowance
from fuzzing.worker import serve, where_in_tutor

HARD_EXTRA = 10.0  # a worker still busy this long past a call's allowance is killed
KEPT = 4000  # characters of an input kept in the JSON file

Progress = Callable[[list[Outcome]], None]  # told the outcomes so far after each new one

_SLOT_NUMBERS = itertools.count()


class _Slot:
    """A worker process and the case it is running."""

    def __init__(self, ctx, cwd: str, scratch: str, budget: float, extra: float):
        self.budget, self.extra = budget, extra
        self.stack = os.path.join(scratch, f"stack-{next(_SLOT_NUMBERS)}.txt")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=serve, args=(child, cwd, scratch, budget, self.stack),
                                daemon=True)
        self.proc.start()
        child.close()
        self.case: Case | None = None
        self.started = self.allowed = self.hard = 0.0

    def give(self, case: Case) -> None:
        self.case, self.started = case, time.monotonic()
        self.allowed = allowance(self.budget, case.steps(), case.size())
        self.hard = self.allowed + self.extra
        self.conn.send(case)

    def stuck_at(self) -> tuple[str, str]:
        """Where the busy worker is: its last frame in tutor/ and its innermost frame."""
        try:
            os.kill(self.proc.pid, signal.SIGUSR1)
            time.sleep(0.3)
            text = Path(self.stack).read_text(errors="replace")
        except (OSError, AttributeError, TypeError):
            return "", ""
        frames = re.findall(r'File "([^"]+)", line (\d+) in (\S+)', text)  # innermost first
        return where_in_tutor(frames[::-1])

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
                self.proc.join(2)
            except OSError:
                pass
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(5)
        self.conn.close()


def _collect(slot: _Slot, ready: list) -> tuple[Outcome | None, bool]:
    """The outcome of the slot's case if there is one yet, and whether the slot must be replaced."""
    case = slot.case
    assert case is not None
    elapsed = time.monotonic() - slot.started
    lost = Outcome.for_case(case, "died", seconds=elapsed, allowed=slot.allowed)
    if slot.conn in ready:
        try:
            outcome, dead = slot.conn.recv(), False
        except (EOFError, OSError):
            slot.proc.join(1)
            outcome, dead = lost, True
            lost.kind = f"worker died (exit code {slot.proc.exitcode})"
    elif elapsed > slot.hard:
        outcome, dead = lost, True
        lost.status, lost.kind = "killed", "hard timeout"
        lost.frame, lost.where = slot.stuck_at()
    else:
        return None, False
    slot.case = None
    if outcome.notable:
        outcome.example, outcome.size = case.show(KEPT), len(case.show(None))
    return outcome, dead


def run_cases(cases: Iterable[Case], *, jobs: int, budget: float = BUDGET,
              hard_extra: float = HARD_EXTRA, progress: Progress | None = None
              ) -> tuple[list[Outcome], list[str]]:
    """Run every case in `jobs` worker processes; the outcomes, and files left in the cwd.

    A worker still busy `hard_extra` seconds past its case's allowance is killed (the case is
    "killed", an overrun) and replaced.
    """
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    _warm_up()
    outcomes: list[Outcome] = []
    with (tempfile.TemporaryDirectory(prefix="fuzz-cwd-") as cwd,
          tempfile.TemporaryDirectory(prefix="fuzz-files-") as scratch):
        new_slot = partial(_Slot, ctx, cwd, scratch, budget, hard_extra)
        slots = [new_slot() for _ in range(max(1, jobs))]
        try:
            _drive(slots, iter(cases), outcomes, new_slot, progress)
        finally:
            for slot in slots:
                slot.stop(kill=slot.case is not None)
        leftovers = sorted(os.listdir(cwd))
    return outcomes, leftovers


def _drive(slots: list[_Slot], stream: Iterator[Case], outcomes: list[Outcome],
           new_slot: Callable[[], _Slot], progress: Progress | None) -> None:
    """Keep every slot busy until the stream runs out; replace the slots whose worker is lost."""
    pending = True
    while pending or any(s.case is not None for s in slots):
        for slot in slots:
            if slot.case is None and pending:
                case = next(stream, None)
                if case is None:
                    pending = False
                else:
                    slot.give(case)
        busy = [s.conn for s in slots if s.case is not None]
        ready = wait(busy, timeout=0.1) if busy else []
        for n, slot in enumerate(slots):
            if slot.case is None:
                continue
            outcome, dead = _collect(slot, ready)
            if dead:
                slot.stop(kill=True)
                slots[n] = new_slot()
            if outcome is not None:
                outcomes.append(outcome)
                if progress:
                    progress(outcomes)


def _warm_up() -> None:
    """Build the parsers and caches once in the parent, so every forked worker starts warm."""
    try:
        import tutor

        tutor.parse("(x+1)^2")
        tutor.compare("(x+1)^2", "x^2 + 2x + 1")
        tutor.check_derivation(["x + x", "2x"])
        tutor.check_document("$$x + x = 2x$$\n", kind="md")
    except Exception as exc:  # noqa: BLE001 - the fuzz reports crashes, it does not stop on them
        print(f"warm-up failed: {type(exc).__name__}: {exc}", file=sys.stderr)
