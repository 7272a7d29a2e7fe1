"""`tutor check --watch`: re-check notes when a file is saved and print only what changed.

No file-system events library: the files' modification times are polled (every half second by
default), which works the same on every system and on network drives.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable

from tutor.batch import collect
from tutor.display import location
from tutor.model import FileReport, StepResult
from tutor.report import short_lines

Checker = Callable[[list[str]], list[FileReport]]
Snapshot = dict[str, int]  # path -> modification time in nanoseconds


def snapshot(paths: Iterable[str], glob: str | None = None) -> Snapshot:
    """The notes files under `paths` with their modification times (vanished files left out)."""
    times = {}
    for path, error in collect(paths, glob):
        if error:
            continue
        try:
            times[path] = os.stat(path).st_mtime_ns
        except OSError:
            continue
    return times


def changed_files(before: Snapshot, after: Snapshot) -> list[str]:
    """Files that are new or were saved since `before`, in path order."""
    return sorted(path for path, mtime in after.items() if before.get(path) != mtime)


def _key(step: StepResult) -> tuple:
    return (step.cell, step.relation, " ".join(step.source.split()))


def changed_steps(old: FileReport | None, new: FileReport) -> list[tuple[StepResult, str | None]]:
    """(step, its verdict before) for each step of `new` that is new or whose verdict changed.

    Steps are matched by their text (and cell), not their line, so that inserting a line above
    does not make every step below it "changed"; a text written twice is matched in order.
    """
    before: dict[tuple, list[str]] = {}
    for step in old.steps if old else []:
        before.setdefault(_key(step), []).append(step.verdict)
    seen: Counter = Counter()
    out = []
    for step in new.steps:
        key = _key(step)
        verdicts = before.get(key, [])
        previous = verdicts[seen[key]] if seen[key] < len(verdicts) else None
        seen[key] += 1
        if previous != step.verdict:
            out.append((step, previous))
    return out


def describe(old: FileReport | None, new: FileReport) -> list[str]:
    """Lines to print for one re-checked file: its changed steps, then its counts."""
    if new.error:
        return [f"{new.path}: {new.error.removeprefix(f'{new.path}: ')}"]
    if old is None:  # a new file: what is not ok, as on the first check
        return short_lines([new]) + [_counts(new)]
    lines = []
    for step, previous in changed_steps(old, new):
        was = f" (was {previous})" if previous else " (new)"
        if step.verdict == "ok":
            lines.append(f"{new.path}:{location(step)}: ok: {step.message}{was}")
        else:
            lines += [line + was for line in short_lines([FileReport(new.path, None, [step])],
                                                         verbose=True)]
    return lines + [_counts(new)]


def _counts(report: FileReport) -> str:
    shown = ", ".join(f"{n} {verdict}" for verdict, n in report.summary().items() if n)
    return f"{report.path}: {len(report.steps)} steps: {shown or 'none'}"


def watch(paths: list[str], check: Checker, *, glob: str | None = None, interval: float = 0.5,
          out: Callable[[str], None] = print, rounds: int | None = None) -> int:
    """Check everything once, then poll every `interval` seconds and re-check saved files,
    printing what changed; runs until Ctrl-C (KeyboardInterrupt), or for `rounds` polls."""
    seen = snapshot(paths, glob)
    reports = {r.path: r for r in check(sorted(seen))}
    for report in reports.values():
        for line in describe(None, report) if report.error else short_lines([report]):
            out(line)
    out(f"watching {len(seen)} files; Ctrl-C stops")
    polls = 0
    while rounds is None or polls < rounds:
        time.sleep(interval)
        polls += 1
        now = snapshot(paths, glob)
        for path in sorted(set(seen) - set(now)):
            reports.pop(path, None)
            out(f"{path}: removed")
        saved = changed_files(seen, now)
        seen = now
        if not saved:
            continue
        for report in check(saved):
            for line in describe(reports.get(report.path), report):
                out(line)
            reports[report.path] = report
    return 0
