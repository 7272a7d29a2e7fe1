"""`tutor check` for editors and CI: --format short/sarif/html, --output, stdin, no wrapping."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from tutor.cli import main

SHORT = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning|"
                   r"note|info): (?P<message>\S.*) \[(?P<code>[\w-]+)\]$")
WRONG = "(x+1)^2\n= x^2 + 1\n"
RIGHT = "(x+1)^2\n= x^2 + 2x + 1\n"
LONG = "(a+b+c+d+e+f+g+h+k+m+n+p+q+r+s+t+u+v+w+z)^2\n= " + " + ".join(
    f"{v}^2" for v in "abcdefghkmnpqrstuvwz") + "\n"
NOTEBOOK = json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
    {"cell_type": "code", "metadata": {}, "source": ["x = 1\n"], "outputs": [],
     "execution_count": None},
    {"cell_type": "markdown", "metadata": {}, "source": ["Expand:\n", "$$(x+1)^2 = x^2 + 1$$\n"]},
]})


@pytest.fixture
def notes(tmp_path) -> dict[str, str]:
    files = {"wrong": ("wrong.txt", WRONG), "right": ("right.txt", RIGHT),
             "long": ("long.txt", LONG), "nb": ("notes.ipynb", NOTEBOOK)}
    out = {"tmp": str(tmp_path)}
    for key, (name, text) in files.items():
        (tmp_path / name).write_text(text)
        out[key] = str(tmp_path / name)
    return out


def run(argv, stdin, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
    try:
        code = main(["check", "--jobs", "1", *argv])
    except SystemExit as exc:
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def short_lines(text: str) -> list[dict]:
    """Every line must match the pattern; their fields."""
    lines = text.splitlines()
    for line in lines:
        assert SHORT.match(line), line
    return [SHORT.match(line).groupdict() for line in lines]


# (arguments, stdin, exit code, [(path key, line, severity, code)] of the short lines)
SHORT_ROWS = [
    (["{wrong}"], None, 1, [("wrong", "2", "error", "expansion")]),
    (["{right}"], None, 0, []),
    (["{right}", "{wrong}"], None, 1, [("wrong", "2", "error", "expansion")]),
    (["-"], WRONG, 1, [("<stdin>", "2", "error", "expansion")]),
    (["-"], RIGHT, 0, []),
    (["{right}", "-"], "x^2 = 4\nx = 3\n", 1, [("<stdin>", "1", "note", "unchecked"),
                                                 ("<stdin>", "2", "error", "solve-step")]),
    (["{nb}"], None, 1, [("nb", "1", "error", "expansion")]),
]


@pytest.mark.parametrize("argv, stdin, code, expected", SHORT_ROWS)
def test_short_format(argv, stdin, code, expected, notes, monkeypatch, capsys):
    argv = [a.format(**notes) for a in argv] + ["--format", "short"]
    got_code, out, err = run(argv, stdin, monkeypatch, capsys)
    assert got_code == code, err
    got = [(d["path"], d["line"], d["severity"], d["code"]) for d in short_lines(out)]
    assert got == [(notes.get(key, key), line, sev, c) for key, line, sev, c in expected]


def test_notebook_steps_say_their_cell(notes, monkeypatch, capsys):
    _, out, _ = run([notes["nb"], "--format", "short"], None, monkeypatch, capsys)
    assert "cell 2, line 2: " in out
    _, out, _ = run([notes["nb"], "--format", "json"], None, monkeypatch, capsys)
    assert [s["cell"] for s in json.loads(out)["files"][0]["steps"]] == [2]


@pytest.mark.parametrize("fmt", ["short", "text"])
def test_nothing_is_wrapped_on_a_pipe(fmt, notes, monkeypatch, capsys):
    _, out, _ = run([notes["long"], "--format", fmt], None, monkeypatch, capsys)
    headline = next(line for line in out.splitlines() if ": error: " in line)
    assert len(headline) > 100 and re.search(r"previous expression( \(.*\))? \[[\w-]+\]$", headline)


def test_an_unreadable_stdin_is_an_input_error(monkeypatch, capsys):
    code, out, err = run(["-", "--format", "short"], "\0binary", monkeypatch, capsys)
    assert code in (0, 2) and "Traceback" not in err


# (format, what the written file must satisfy)
def _sarif_ok(text: str) -> bool:
    log = json.loads(text)
    results = log["runs"][0]["results"]
    rules = {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    return (log["version"] == "2.1.0" and [r["ruleId"] for r in results] == ["expansion"]
            and rules == {"expansion"} and region["startLine"] == 2 and results[0]["level"]
            == "error")


OUTPUT_ROWS = [
    ("sarif", _sarif_ok),
    ("html", lambda t: t.startswith("<!DOCTYPE html>") and "verdict-error" in t
     and "katex" in t),
    ("json", lambda t: json.loads(t)["summary"]["error"] == 1),
    ("short", lambda t: t.count("\n") == 1 and "[expansion]" in t),
]


@pytest.mark.parametrize("fmt, check", OUTPUT_ROWS, ids=[r[0] for r in OUTPUT_ROWS])
def test_output_goes_into_the_file(fmt, check, notes, monkeypatch, capsys):
    target = Path(notes["tmp"]) / f"report.{fmt}"
    code, out, _ = run([notes["wrong"], "--format", fmt, "-o", str(target)], None,
                       monkeypatch, capsys)
    assert code == 1 and out == ""
    assert check(target.read_text(encoding="utf-8"))


def test_an_output_that_cannot_be_written_is_a_usage_error(notes, monkeypatch, capsys):
    target = str(Path(notes["tmp"]) / "no" / "such" / "dir" / "r.html")
    code, _, err = run([notes["wrong"], "--format", "html", "-o", target], None,
                       monkeypatch, capsys)
    assert code == 2 and err.startswith("tutor: cannot write")


def test_sarif_keeps_an_unreadable_file(notes, monkeypatch, capsys):
    code, out, _ = run([notes["wrong"], notes["tmp"] + "/missing.md", "--format", "sarif"],
                       None, monkeypatch, capsys)
    results = json.loads(out)["runs"][0]["results"]
    assert code == 2 and [r["ruleId"] for r in results] == ["expansion", "document"]


def test_watch_refuses_stdin(monkeypatch, capsys):
    code, _, err = run(["-", "--watch"], "", monkeypatch, capsys)
    assert code == 2 and "stdin" in err


@pytest.mark.parametrize("width, most", [(None, None), (60, 60), (120, 120)])
def test_the_text_report_wraps_only_at_a_given_width(width, most):
    from tutor.model import FileReport, StepResult
    from tutor.report import render_text

    message = "not equal to the previous expression " + "because of this and that " * 4
    step = StepResult(2, 2, 3, "x^2 + 1", "=", "error", message.strip(), code="term",
                      diagnosis="a sentence that is long enough to need wrapping " * 2)
    lines = render_text([FileReport("notes/week-5/derivatives.md", None, [step])],
                        width=width).splitlines()
    headline = [line for line in lines if ": error: " in line]
    assert len(headline) == 1
    if most is None:
        assert headline[0].endswith("[term]") and len(headline[0]) > 120
    else:
        wrapped = [line for line in lines if "parse_error" not in line]  # not the counts
        assert all(len(line) <= most for line in wrapped) and len(wrapped) > 6
