"""The command line: exit codes of every command, results on stdout, `tutor:` errors on stderr,
and Ctrl-C during a batch run."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import tutor
from tutor.cli import cpu_count, main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NOTES = str(EXAMPLES / "calculus_notes.md")  # deliberate mistakes
PROBLEM = "first-principles-3x2-plus-2x"
EMPTY = ""  # the stream must be empty


def json_with(*keys):
    """The stream is JSON whose (first) object has these keys."""
    def check(text: str) -> bool:
        data = json.loads(text)
        first = data[0] if isinstance(data, list) else data
        return all(key in first for key in keys)
    check.__name__ = f"json_with{keys}"
    return check


def json_says_missing(text: str) -> bool:
    """The JSON report keeps an unreadable file as an entry with its error (the schema's way)."""
    right, missing = json.loads(text)["files"]
    return "error" not in right and "no such file" in missing["error"]


def one_error(*words):
    """Exactly one line, a `tutor:` error that mentions the words."""
    def check(text: str) -> bool:
        lines = text.splitlines()
        return len(lines) == 1 and lines[0].startswith("tutor: ") and \
            all(w in lines[0] for w in words)
    check.__name__ = f"one_error{words}"
    return check


def lacks(present: str, absent: str):
    def check(text: str) -> bool:
        return present in text and absent not in text
    check.__name__ = f"has {present!r}, not {absent!r}"
    return check


def usage_error(option: str):
    def check(text: str) -> bool:
        return f"error: argument {option}:" in text and "Traceback" not in text
    check.__name__ = f"usage_error({option})"
    return check


def bad_value_rows():
    rows = []
    for option in ("--timeout", "--jobs"):
        for value in ("0", "-1", "-3", "abc"):
            rows.append(pytest.param(["check", "{right}", option, value], None, 2, EMPTY,
                                     usage_error(option), id=f"check {option} {value}"))
    return rows


# argv ({right}, {missing}, {tmp} are filled in), stdin, exit code, stdout, stderr:
# EMPTY: nothing; a string: must appear; a function: must hold.
ROWS = [
    pytest.param(["check", "{right}"], None, 0, "0 error", EMPTY, id="check right"),
    pytest.param(["check", NOTES], None, 1, "[sign]", EMPTY, id="check wrong step"),
    pytest.param(["check", "{right}", "--format", "json", "--jobs", "1", "--timeout", "0.5"],
                 None, 0, json_with("version", "files", "summary"), EMPTY, id="check json"),
    pytest.param(["check", "{right}", "--jobs", "auto"], None, 0, "1 file", EMPTY,
                 id="check --jobs auto"),
    pytest.param(["check", "{missing}"], None, 2, EMPTY,
                 one_error("missing.md", "no such file"), id="check missing"),
    pytest.param(["check", "{right}", "{missing}"], None, 2, lacks("right.txt", "missing.md"),
                 one_error("missing.md"), id="check right + missing"),
    pytest.param(["check", "{right}", "{missing}", "--format", "json"], None, 2,
                 json_says_missing, one_error("missing.md"), id="check json right + missing"),
    pytest.param(["check", "{right}", "--problem", "no-such-id"], None, 2, EMPTY,
                 one_error("no problem no-such-id"), id="check unknown problem"),
    *bad_value_rows(),
    pytest.param(["compare", "(x+1)^2", "x^2 + 2x + 1"], None, 0, "equal\n", EMPTY,
                 id="compare equal"),
    pytest.param(["compare", "(x+1)^2", "x^2 + 1"], None, 1, "witness: x =", EMPTY,
                 id="compare not equal"),
    pytest.param(["compare", "zeta(x)", "x"], None, 3, "unknown", EMPTY, id="compare undecided"),
    pytest.param(["compare", "x +", "1"], None, 2, EMPTY, "tutor: cannot read this",
                 id="compare unreadable"),
    pytest.param(["compare", "x", "x", "--assume", "x >"], None, 2, EMPTY,
                 "tutor: cannot read the assumption 'x >'", id="compare unreadable assumption"),
    pytest.param(["check", "{right}", "--assume", "x >"], None, 2, EMPTY,
                 "tutor: cannot read the assumption 'x >'", id="check unreadable assumption"),
    pytest.param(["compare", "x > 2", "2 < x"], None, 0, "equal", EMPTY, id="compare relations"),
    pytest.param(["list"], None, 0, PROBLEM, EMPTY, id="list"),
    pytest.param(["list", "--format", "json"], None, 0, json_with("id", "title", "topic"),
                 EMPTY, id="list json"),
    pytest.param(["list", "--topic", "nonsense"], None, 2, EMPTY, one_error("no topic"),
                 id="list unknown topic"),
    pytest.param(["show", PROBLEM], None, 0, "3x^2 + 2x", EMPTY, id="show"),
    pytest.param(["show", PROBLEM, "--format", "json"], None, 0,
                 json_with("id", "statement", "target", "hints"), EMPTY, id="show json"),
    pytest.param(["show", "no-such-id"], None, 2, EMPTY, one_error("no problem"),
                 id="show unknown"),
    pytest.param(["hint", PROBLEM], None, 0, "Hint 1/", EMPTY, id="hint"),
    pytest.param(["hint", PROBLEM, "--all"], None, 0, "Hint 3/", EMPTY, id="hint --all"),
    pytest.param(["hint", "no-such-id"], None, 2, EMPTY, one_error("no problem"),
                 id="hint unknown"),
    pytest.param(["practice", "no-such-id"], None, 2, EMPTY, one_error("no problem no-such-id"),
                 id="practice unknown"),
    pytest.param(["practice", PROBLEM], "lim h->0 (f(x+h) - f(x))/h\n", 0, "3x^2 + 2x", EMPTY,
                 id="practice piped"),
    pytest.param(["repl"], "(x+1)^2\nx^2 + 1\n", 0, "✗ not equal", EMPTY, id="repl piped"),
    pytest.param(["progress"], None, 0, "calculus", EMPTY, id="progress"),
    pytest.param(["progress", "--format", "json"], None, 0, json_with("problems", "topics"),
                 EMPTY, id="progress json"),
    pytest.param(["progress", "--export", "{tmp}/out.json"], None, 0, EMPTY,
                 "progress written to", id="progress export"),
    pytest.param(["progress", "--export", "{tmp}/no/such/dir/out.json"], None, 2, EMPTY,
                 one_error("cannot write"), id="progress export unwritable"),
    pytest.param(["progress", "--reset"], "n\n", 0, "nothing changed", "[y/N]",
                 id="progress reset declined"),
    pytest.param(["progress", "--reset"], "", 0, "nothing changed", "[y/N]",
                 id="progress reset at end of input"),
    pytest.param([], None, 2, EMPTY, "usage: tutor", id="no command"),
    pytest.param(["frobnicate"], None, 2, EMPTY, "(commands: check, compare", id="unknown command"),
    pytest.param(["chek", "{right}"], None, 2, EMPTY, "did you mean 'check'?",
                 id="a command misspelt"),
    pytest.param(["hitn", PROBLEM], None, 2, EMPTY, "did you mean 'hint'?",
                 id="another command misspelt"),
    pytest.param(["{right}"], None, 2, EMPTY, "to check this file: tutor check",
                 id="a file given without a command"),
    pytest.param(["--version"], None, 0, f"tutor {tutor.__version__}\n", EMPTY, id="--version"),
    pytest.param(["--help"], None, 0, "compare", EMPTY, id="--help"),
]


@pytest.fixture
def files(tmp_path, monkeypatch):
    """A right notes file, a path that does not exist, and a private progress store."""
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path / "home"))
    right = tmp_path / "right.txt"
    right.write_text("x^2 + 2x + 1\n(x+1)^2\n")
    return {"right": str(right), "missing": str(tmp_path / "missing.md"), "tmp": str(tmp_path)}


def run(argv: list[str], stdin: str | None, monkeypatch) -> int:
    """`tutor ARGV` in this process; argparse's exits become exit codes."""
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1


def expect(text: str, wanted, stream: str) -> None:
    if wanted == EMPTY:
        assert text == EMPTY, f"{stream} should be empty:\n{text}"
    elif callable(wanted):
        assert wanted(text), f"{stream} fails {wanted.__name__}:\n{text}"
    else:
        assert wanted in text, f"{stream} lacks {wanted!r}:\n{text}"


@pytest.mark.parametrize("argv, stdin, code, out, err", ROWS)
def test_exit_code_and_streams(argv, stdin, code, out, err, files, capsys, monkeypatch):
    argv = [a.format(**files) for a in argv]
    assert run(argv, stdin, monkeypatch) == code
    captured = capsys.readouterr()
    expect(captured.out, out, "stdout")
    expect(captured.err, err, "stderr")
    assert "Traceback" not in captured.out + captured.err


def test_a_progress_store_that_cannot_be_created_is_an_error(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("TUTOR_HOME", str(blocker / "home"))
    assert run(["progress"], None, monkeypatch) == 2
    captured = capsys.readouterr()
    assert captured.out == EMPTY
    assert one_error("cannot create")(captured.err)


def test_jobs_default_to_the_cores_and_take_numbers():
    from tutor.cli import build_parser

    parse = build_parser().parse_args
    assert parse(["check", "x.md"]).jobs == cpu_count() >= 1
    assert parse(["check", "x.md", "--jobs", "3"]).jobs == 3
    assert parse(["check", "x.md", "--timeout", "0.25"]).timeout == 0.25


def _workers(pid: int) -> list[int]:
    """The child processes of pid (Linux); [] where /proc cannot tell."""
    try:
        return [int(k) for k in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.parametrize("jobs", [2, 1])
def test_ctrl_c_during_a_batch_prints_one_line_and_exits_130(jobs, tmp_path):
    """A terminal's Ctrl-C reaches the whole process group: the parent and its workers."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for k in range(40):  # a run of several seconds
        (folder / f"n{k:02}.md").write_text(Path(NOTES).read_text())
    env = {**os.environ, "TUTOR_HOME": str(tmp_path / "home")}
    proc = subprocess.Popen([sys.executable, "-m", "tutor", "check", str(folder),
                             "--jobs", str(jobs)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 15
    while len(_workers(proc.pid)) < jobs and time.monotonic() < deadline:
        time.sleep(0.05)  # wait for the workers (Linux); elsewhere for the time to pass
    workers = _workers(proc.pid)
    time.sleep(0.5 if workers else 1.5)  # the workers are in the middle of a file
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert len(err.splitlines()) <= 2 and "tutor: interrupted" in err, err
    assert out == EMPTY
    time.sleep(0.1)
    assert not [w for w in workers if _alive(w)], "workers left running"


def test_an_internal_error_is_one_line_and_exit_2(monkeypatch, capsys):
    from tutor import cli

    def broken(args):
        raise KeyError("boom")

    monkeypatch.setitem(cli.COMMANDS, "list", broken)
    assert cli.main(["list"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "tutor: internal error (KeyError): 'boom'; please report it\n"


def test_hint_gives_the_next_level_not_seen_and_level_still_chooses(files, capsys,
                                                                    monkeypatch):
    seen = []
    for argv in (["hint", "sigmoid-derivative"], ["hint", "sigmoid-derivative"],
                 ["hint", "sigmoid-derivative", "--level", "1"], ["hint", "sigmoid-derivative"]):
        assert run(argv, None, monkeypatch) == 0
        seen.append(capsys.readouterr().out.split(":")[0])
    assert seen == ["Hint 1/3", "Hint 2/3", "Hint 1/3", "Hint 3/3"]
