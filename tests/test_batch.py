"""Batch checking: input order, unreadable files, a step stuck in C code stopped by the parent."""

from __future__ import annotations

import pytest

import tutor.derive.derivation as derivation
from tutor.batch import check_paths


@pytest.fixture
def notes(tmp_path):
    files = {
        "b.txt": "x^2 + 2x + 1\n(x+1)^2\n",
        "a.txt": "(a+b)^2\na^2 + b^2\n",
        "bin.md": "\0\1binary",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    return tmp_path


@pytest.mark.parametrize("jobs", [1, 2])
def test_reports_come_in_input_order_with_unreadable_files_reported(notes, jobs):
    paths = [str(notes / "b.txt"), str(notes / "bin.md"), str(notes / "a.txt")]
    reports = check_paths(paths, jobs=jobs)
    assert [r.path for r in reports] == paths
    assert reports[0].steps[-1].verdict == "ok"
    assert reports[1].error and "binary" in reports[1].error
    assert reports[2].steps[-1].code == "expansion"


def test_a_step_stuck_in_c_code_is_stopped_and_the_rest_is_checked(tmp_path, monkeypatch):
    """The worker holds the interpreter (no signal can interrupt it); the parent stops it."""
    original = derivation.DerivationChecker._check_step

    def stuck(self, ln, a, op, b, errors):
        if "HANG" in ln.text:
            sum(range(10**11))  # a C loop: minutes, holding the interpreter
        return original(self, ln, a, op, b, errors)

    monkeypatch.setattr(derivation.DerivationChecker, "_check_step", stuck)
    path = tmp_path / "steps.txt"
    path.write_text("x^2 + 2x + 1\n(x+1)^2\nx*x + 2x + 1 + 0*HANG\n(x+1)(x+1)\n2x + 2\n")
    # a step's budget with time for the steps around the stuck one on a busy host (CI once
    # left the last step unchecked at 0.5 s); the C loop runs for minutes either way
    report = check_paths([str(path)], timeout=2.0)[0]
    verdicts = {s.line: s.verdict for s in report.steps}
    assert verdicts == {2: "ok", 3: "unchecked", 4: "ok", 5: "error"}


def test_a_line_stuck_outside_its_steps_is_stopped_and_the_rest_is_checked(tmp_path,
                                                                           monkeypatch):
    """Stuck while judging a statement (a premise compared, no step begun): that line is
    left unchecked as a whole, and the lines after it are checked."""
    original = derivation.DerivationChecker._chain

    def stuck(self, ln, *args):
        if "HANG" in ln.text:
            sum(range(10**11))
        return original(self, ln, *args)

    monkeypatch.setattr(derivation.DerivationChecker, "_chain", stuck)
    path = tmp_path / "steps.txt"
    path.write_text("x^2 + 2x + 1\n(x+1)^2\nHANG = 2\n(x+1)^2 = x^2 + 2x + 2\n")
    report = check_paths([str(path)], timeout=2.0)[0]
    verdicts = {s.line: s.verdict for s in report.steps}
    assert verdicts == {2: "ok", 3: "unchecked", 4: "error"}


def test_a_file_stuck_where_no_line_is_named_ends(tmp_path, monkeypatch):
    """Stuck before any line is named (reading the file): checked again once, then reported
    as too long, never retried without end (a file once ran for minutes this way)."""
    monkeypatch.setattr(derivation.DerivationChecker, "parse_line",
                        lambda self, ln: sum(range(10**11)))
    path = tmp_path / "steps.txt"
    path.write_text("x^2 + 2x + 1\n(x+1)^2\n")
    report = check_paths([str(path)], timeout=0.5)[0]
    assert [s.message for s in report.steps] == [
        "the file took too long and its checker was stopped"]


def test_a_power_of_a_float_in_an_exponent_is_not_worked_out_exactly(tmp_path):
    """`e^x = Σ_{x=0}^∞ x^n/x!` (a typo of the series): probing n at a float's exact fraction
    made x^n a root of degree 10^11 in big integers, deaf to the budget. The step is judged
    within it, not stopped by the parent."""
    path = tmp_path / "series.md"
    path.write_text("$e^x = \\sum_{x=0}^{\\infty} \\frac{x^n}{x!}$\n")
    report = check_paths([str(path)], timeout=2.0)[0]
    assert [s.verdict for s in report.steps] == ["unchecked"]
    assert "stopped" not in report.steps[0].message
