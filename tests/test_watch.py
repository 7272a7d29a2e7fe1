"""`tutor check --watch`: saved files are re-checked and only what changed is printed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.batch import check_document
from tutor.model import FileReport, StepResult
from tutor.watch import changed_files, changed_steps, snapshot, watch

ROOT = Path(__file__).resolve().parent.parent


def steps(*pairs) -> FileReport:
    """A report of steps given as (source, verdict), on lines 1, 2, …"""
    return FileReport("n.txt", None, [StepResult(k, k, 1, source, "=", verdict, "m")
                                      for k, (source, verdict) in enumerate(pairs, 1)])


# (before, after, [(source, verdict before)] reported as changed)
CHANGE_CASES = [
    (None, steps(("a", "ok")), [("a", None)]),
    (steps(("a", "ok")), steps(("a", "ok")), []),
    (steps(("a", "error")), steps(("a", "ok")), [("a", "error")]),
    (steps(("a", "ok"), ("b", "error")), steps(("x", "ok"), ("a", "ok"), ("b", "error")),
     [("x", None)]),  # a line inserted above: the steps below did not change
    (steps(("a", "ok"), ("a", "ok")), steps(("a", "ok"), ("a", "error")), [("a", "ok")]),
    (steps(("a", "ok"), ("b", "ok")), steps(("a", "ok")), []),  # a step removed
    (steps(("a  +  b", "ok")), steps(("a + b", "ok")), []),  # spacing is not a change
]


@pytest.mark.parametrize("before, after, expected", CHANGE_CASES)
def test_changed_steps(before, after, expected):
    got = [(step.source, previous) for step, previous in changed_steps(before, after)]
    assert got == expected


@pytest.mark.parametrize("before, after, expected", [
    ({}, {"a.md": 1}, ["a.md"]), ({"a.md": 1}, {"a.md": 1}, []),
    ({"a.md": 1, "b.md": 5}, {"a.md": 2, "b.md": 5}, ["a.md"]), ({"a.md": 1}, {}, [])])
def test_changed_files(before, after, expected):
    assert changed_files(before, after) == expected


def test_snapshot_takes_notes_files_only(tmp_path):
    (tmp_path / "a.md").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    assert sorted(Path(p).name for p in snapshot([str(tmp_path)])) == ["a.md", "b.txt"]


def _save(path: Path, text: str, mtime_ns: int) -> None:
    path.write_text(text)
    os.utime(path, ns=(mtime_ns, mtime_ns))


def test_watch_prints_what_changed_after_a_save(tmp_path):
    notes = tmp_path / "steps.txt"
    _save(notes, "(x+1)^2\n= x^2 + 1\n", 1_000_000_000)
    printed: list[str] = []

    def out(line: str) -> None:
        printed.append(line)
        if line.startswith("watching"):  # the learner fixes the step and saves
            _save(notes, "(x+1)^2\n= x^2 + 2x + 1\n", 2_000_000_000)

    def check(paths):
        return [check_document(p) for p in paths]

    assert watch([str(tmp_path)], check, interval=0.01, out=out, rounds=3) == 0
    first, watching, fixed, counts = printed
    assert first.endswith("[expansion]") and watching.startswith("watching 1 files")
    assert fixed.endswith(": ok: follows from the previous expression (new)")
    assert counts.endswith("1 steps: 1 ok")


def test_a_new_file_shows_what_is_not_ok(tmp_path):
    printed: list[str] = []

    def out(line: str) -> None:
        printed.append(line)
        if line.startswith("watching"):
            _save(tmp_path / "new.txt", "(x+1)^2\n= x^2 + 1\n= x^2 + 1\n", 3_000_000_000)

    watch([str(tmp_path)], lambda paths: [check_document(p) for p in paths], interval=0.01,
          out=out, rounds=2)
    assert printed[0] == "watching 0 files; Ctrl-C stops"
    wrong, counts = printed[1:]  # the second step carries the error on: ok, and not shown
    assert wrong.endswith("[expansion]") and counts.endswith("new.txt: 2 steps: 1 ok, 1 error")


def _ctrl_c_as_on_a_terminal() -> None:
    """SIGINT at its default in the child, as a terminal's job has it (a test run started in
    the background inherits it ignored, and then no Ctrl-C could ever reach tutor)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_watching_with_130(tmp_path):
    (tmp_path / "steps.txt").write_text("(x+1)^2\n= x^2 + 1\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "tutor", "check", "--watch", "--jobs", "1",
                             str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, preexec_fn=_ctrl_c_as_on_a_terminal)
    try:
        lines = [proc.stdout.readline(), proc.stdout.readline()]
        assert "[expansion]" in lines[0] and lines[1].startswith("watching")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=20) == 130
        assert proc.stderr.read().strip() == "tutor: interrupted"
    finally:
        proc.kill()
        proc.wait()
