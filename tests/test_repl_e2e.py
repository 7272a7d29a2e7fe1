"""End to end: pexpect drives the real `python -m tutor practice` in a pseudo-terminal."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

try:
    import tutor.derive.derivation  # noqa: F401
except ImportError:  # the checker is not there yet: nothing to drive
    pytestmark = pytest.mark.skip(reason="tutor.derive.derivation cannot be imported")
else:
    pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a pty")

ROOT = Path(__file__).resolve().parents[1]
PID = "first-principles-quadratic"
PROMPT = r"\n> "


def env_for(home: Path, term: str) -> dict[str, str]:
    env = dict(os.environ, TUTOR_HOME=str(home), NO_COLOR="1", TERM=term, COLUMNS="80",
               LINES="24", PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.pop("TUTOR_EDITING_MODE", None)
    return env


def spawn(home: Path, *args: str, term: str = "dumb"):
    return pexpect.spawn(sys.executable, ["-m", "tutor", *args], env=env_for(home, term),
                         cwd=str(ROOT), encoding="utf-8", dimensions=(24, 80), timeout=60)


def say(child, text: str) -> str:
    """Type a line, wait for the next prompt, return what was printed in between."""
    child.sendline(text)
    child.expect(PROMPT)
    return child.before


def progress_json(home: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "tutor", "progress", "--format", "json"],
                          env=env_for(home, "dumb"), cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def problem():
    from tutor.bank.lookup import problem as find

    return find(PID)


def test_practice_session_end_to_end(tmp_path, problem):
    child = spawn(tmp_path, "practice", PID)
    try:
        child.expect(PID)
        child.expect(PROMPT)
        intro = child.before
        assert problem.start is None or problem.start in intro

        # a wrong step is answered as wrong, with its diagnosis code
        mistake = problem.mistakes[0]
        for step in problem.solution[:mistake.after]:
            assert "✗" not in say(child, step)
        answer = say(child, mistake.step)
        assert "read as:" in answer and "✗" in answer and f"[{mistake.expect}]" in answer
        assert "undone" in say(child, "undo")

        # the hint answers the slip just made, then the ladder starts
        answer = say(child, "hint")
        assert "Hint (about your last line):" in answer
        assert " ".join(mistake.hint.split()[:4]) in " ".join(answer.split())
        assert f"Hint 1/{len(problem.hints)}" in say(child, "hint")

        # the reference solution solves it
        answer = ""
        for step in problem.solution[mistake.after:]:
            answer = say(child, step)
            assert "✗" not in answer, answer
        assert "Solved!" in answer and "1 mistake" in answer and "2 hints" in answer

        answer = say(child, "steps")
        assert all(step in answer for step in problem.solution)

        child.sendline("quit")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0

    summary = progress_json(tmp_path)
    [row] = [p for p in summary["problems"] if p["id"] == PID]
    assert row["solved"] is True and row["attempts"] == 1 and row["hints_used"] == 2


def test_parse_error_caret_and_ctrl_d(tmp_path):
    child = spawn(tmp_path, "practice", PID)
    try:
        child.expect(PROMPT)
        answer = say(child, "2x + * 3")
        assert "could not read" in answer and "^" in answer
        for _ in range(5):  # a ^D typed before the prompt takes the terminal is eaten by it
            time.sleep(0.3)
            child.sendcontrol("d")
            if child.expect([pexpect.EOF, pexpect.TIMEOUT], timeout=5) == 0:
                break
        assert not child.isalive() or child.wait() == 0
    finally:
        child.close()
    assert child.exitstatus == 0


def expect_answering_cpr(child, pattern: str) -> None:
    """Wait for pattern, answering prompt_toolkit's cursor position requests like a terminal."""
    while child.expect([re.escape("\x1b[6n"), pattern]) == 0:
        child.send("\x1b[14;1R")


def test_full_terminal_rendering(tmp_path):
    """With a real terminal type prompt_toolkit draws the full UI: colours off, toolbar on."""
    child = spawn(tmp_path, "practice", PID, term="xterm")
    try:
        expect_answering_cpr(child, re.escape(f" {PID} │ step 0 │ hints 0/"))
        child.send("hint\r")
        expect_answering_cpr(child, "Hint 1/")
        expect_answering_cpr(child, "hints 1/")
        child.send("quit\r")
        expect_answering_cpr(child, pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


def test_an_open_bracket_says_how_to_submit_and_an_empty_line_submits(tmp_path):
    child = spawn(tmp_path, "repl", term="xterm")
    try:
        expect_answering_cpr(child, re.escape("scratchpad │ step 0"))
        child.send("(x+1\r")
        expect_answering_cpr(child, "Enter on an empty line submits")
        child.send("\r")
        expect_answering_cpr(child, "missing closing parenthesis")
        child.send("quit\r")
        expect_answering_cpr(child, pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


def test_ctrl_c_clears_the_line_and_says_once_how_to_leave(tmp_path):
    child = spawn(tmp_path, "practice", PID, term="xterm")
    try:
        expect_answering_cpr(child, re.escape(f" {PID} │ step 0"))
        child.send("2x +")
        child.sendintr()
        expect_answering_cpr(child, re.escape("type quit or press Ctrl-D to leave"))
        child.send("quit\r")
        expect_answering_cpr(child, pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
