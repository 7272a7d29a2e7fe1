"""Reports: JSON against its schema, JUnit structure, the text report's carets and colours."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from tutor.model import FileReport, StepResult
from tutor.report import render_json, render_junit, render_text, summary_line, use_color

SCHEMA = json.loads((Path(__file__).parent.parent / "tutor" / "report_schema.json").read_text())
ANSI = re.compile("\033\\[[0-9;]*m")


def step(line: int, column: int, source: str, verdict: str, code: str | None = None,
         message: str = "", diagnosis: str | None = None, method: str | None = None) -> StepResult:
    return StepResult(line=line, end_line=line + source.count("\n"), column=column, source=source,
                      relation="=", verdict=verdict, message=message or f"{verdict} step",
                      code=code, diagnosis=diagnosis, method=method)


NOTES = [
    "# First principles",
    "$$",
    "\\begin{align}",
    "f'(x) &= \\lim_{h \\to 0} \\frac{f(x+h) - f(x)}{h} \\\\",
    "&= \\lim_{h \\to 0} \\frac{h+2(x+h)^{2}-2x^{2}}{h} \\\\",
    "&= 4x + 1",
    "\\end{align}",
    "$$",
    "> 中文说明：$\\sigma'(x) = \\sigma(x)(1-\\sigma(x))$ 对吗",
    "$\\lim_{x \\to 1} \\frac{x^2+1}{x+1} = ??$",
]
NOTES_REPORT = FileReport("notes.md", "PRB-33", [
    step(4, 1, "f'(x)  = \\lim_{h \\to 0} \\frac{f(x+h) - f(x)}{h}", "ok", method="symbolic"),
    step(5, 2, "= \\lim_{h \\to 0} \\frac{h+2(x+h)^{2}-2x^{2}}{h}", "error", "sign",
         "not equal to the previous line", "-(x+h) + x is -h, not +h",
         "numeric witness x=0.7, h=0.3"),
    step(6, 2, "= 4x + 1", "warning", "limit-dropped", "the limit was dropped"),
    step(9, 9, "\\sigma'(x) = \\sigma(x)(1-\\sigma(x))", "unchecked", None,
         "unknown function sigma'"),
    step(10, 2, "\\lim_{x \\to 1} \\frac{x^2+1}{x+1} = ??", "parse_error", None,
         "unexpected '?' at column 38"),
])
EMPTY_REPORT = FileReport("empty.md", None, [])
UNREADABLE_REPORT = FileReport("photo.md", None, [], error="photo.md: binary file (contains NUL)")
REPORT_SETS = [[NOTES_REPORT], [NOTES_REPORT, EMPTY_REPORT, UNREADABLE_REPORT], [], [EMPTY_REPORT]]


# ---------------------------------------------------------------- JSON


@pytest.mark.parametrize("reports", REPORT_SETS)
def test_json_validates_and_round_trips(reports: list[FileReport]) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    data = json.loads(render_json(reports))
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert data["version"] == 1
    rebuilt = [FileReport(f["path"], f["problem"], [StepResult(**s) for s in f["steps"]],
                          f.get("error")) for f in data["files"]]
    assert rebuilt == reports
    assert [f["summary"] for f in data["files"]] == [r.summary() for r in reports]
    assert data["summary"]["files"] == len(reports)
    assert data["summary"]["steps"] == sum(len(r.steps) for r in reports)


def test_json_counts_and_error_entry() -> None:
    data = json.loads(render_json([NOTES_REPORT, UNREADABLE_REPORT]))
    assert data["summary"] == {"files": 2, "steps": 5, "ok": 1, "error": 1, "warning": 1,
                               "unchecked": 1, "parse_error": 1}
    assert data["files"][1]["steps"] == [] and data["files"][1]["error"].startswith("photo.md")
    assert "error" not in data["files"][0]


def _mutated(change) -> dict:
    data = json.loads(render_json([NOTES_REPORT]))
    change(data)
    return data


@pytest.mark.parametrize("bad", [
    _mutated(lambda d: d.update(version=2)),
    _mutated(lambda d: d.pop("summary")),
    _mutated(lambda d: d["files"][0]["steps"][0].update(verdict="fine")),
    _mutated(lambda d: d["files"][0]["steps"][0].update(line=0)),
    _mutated(lambda d: d["files"][0]["steps"][0].pop("code")),
    _mutated(lambda d: d["files"][0]["steps"][0].update(extra=1)),
    _mutated(lambda d: d["files"][0]["summary"].pop("ok")),
    _mutated(lambda d: d["files"][0].update(problem=3)),
])
def test_schema_rejects_other_shapes(bad: dict) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA, cls=jsonschema.Draft202012Validator)


# ---------------------------------------------------------------- JUnit


@pytest.mark.parametrize("reports", REPORT_SETS)
def test_junit_structure(reports: list[FileReport]) -> None:
    root = ET.fromstring(render_junit(reports))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [r.path for r in reports]
    for suite, report in zip(suites, reports, strict=True):
        cases = suite.findall("testcase")
        assert len(cases) == len(report.steps) + (report.error is not None)
        counts = report.summary()
        assert len(suite.findall("testcase/failure")) == counts["error"]
        assert len(suite.findall("testcase/skipped")) == counts["unchecked"]
        errors = counts["parse_error"] + (report.error is not None)
        assert len(suite.findall("testcase/error")) == errors
        assert (suite.get("tests"), suite.get("failures"), suite.get("errors"),
                suite.get("skipped")) == (str(len(cases)), str(counts["error"]), str(errors),
                                          str(counts["unchecked"]))


def test_junit_case_content() -> None:
    suite = ET.fromstring(render_junit([NOTES_REPORT])).find("testsuite")
    names = [case.get("name") for case in suite.findall("testcase")]
    assert names[1] == "line 5: = \\lim_{h \\to 0} \\frac{h+2(x+h)^{2}-2x^{2}}{h}"
    failure = suite.find("testcase/failure")
    assert failure.get("message") == "not equal to the previous line"
    assert failure.get("type") == "sign"
    assert "-(x+h) + x is -h" in failure.text and "numeric witness" in failure.text
    assert suite.find("properties/property").get("value") == "PRB-33"


def test_junit_survives_control_characters() -> None:
    report = FileReport("a.txt", None, [step(1, 1, "x\x00 = \x1b[31m1", "error", message="\x07")])
    case = ET.fromstring(render_junit([report])).find("testsuite/testcase")
    assert case.get("name").startswith("line 1: x")


# ---------------------------------------------------------------- text


@pytest.mark.parametrize(("source_line", "column", "source", "caret"), [
    ("&= 4x + 1", 2, "= 4x + 1", " ^~~~~~~~"),
    ("x = 1", 1, "x = 1", "^~~~~"),
    # wide CJK characters take two terminal columns each
    ("> 中文说明：$a = b$ 对吗", 9, "a = b", "             ^~~~~"),
    # a step spanning lines: the caret covers its first line
    ("f(x) = x^2", 1, "f(x) = x^2\n + 1", "^~~~~~~~~~"),
])
def test_caret_under_the_step(source_line: str, column: int, source: str, caret: str) -> None:
    report = FileReport("n.md", None, [step(3, column, source, "error")])
    text = render_text([report], {"n.md": ["", "", source_line]})
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  3 | "))
    assert lines[at] == f"  3 | {source_line}"
    assert lines[at + 1] == f"    | {caret}"


def test_caret_on_a_long_line_stays_in_80_columns() -> None:
    line = "a" * 150 + " = " + "b" * 150
    report = FileReport("n.md", None, [step(1, 154, "b" * 150, "error")])
    lines = render_text([report], {"n.md": [line]}).splitlines()
    gutter = next(i for i, text in enumerate(lines) if text.startswith("  1 | "))
    assert all(len(text) <= 80 for text in lines)
    caret_at = lines[gutter + 1].index("^")
    assert lines[gutter][caret_at] == "b" and lines[gutter][caret_at - 2] == "="


def test_text_report_content() -> None:
    text = render_text([NOTES_REPORT, UNREADABLE_REPORT], {"notes.md": NOTES})
    assert "notes.md  (problem PRB-33)" in text
    assert "notes.md:5:2: error: not equal to the previous line [sign]" in text
    assert "    diagnosis: -(x+h) + x is -h, not +h" in text
    assert "    method: numeric witness x=0.7, h=0.3" in text
    assert "notes.md:4:1" not in text  # ok steps are only counted
    assert "photo.md: error: binary file (contains NUL)" in text
    assert text.rstrip().splitlines()[-1] == summary_line([NOTES_REPORT, UNREADABLE_REPORT])
    assert not ANSI.search(text)
    assert all(len(line) <= 80 for line in text.splitlines())


def test_text_report_falls_back_to_the_step_source() -> None:
    text = render_text([NOTES_REPORT])
    assert "  5 | = \\lim_{h \\to 0} \\frac{h+2(x+h)^{2}-2x^{2}}{h}" in text


def test_verbose_lists_ok_steps() -> None:
    text = render_text([NOTES_REPORT], {"notes.md": NOTES}, verbose=True)
    assert "notes.md:4:1: ok: ok step (symbolic)" in text


@pytest.mark.parametrize(("verdict", "ansi"), [
    ("error", "\033[31m"), ("warning", "\033[33m"), ("unchecked", "\033[34m"),
    ("parse_error", "\033[35m"),
])
def test_colours_only_when_asked(verdict: str, ansi: str) -> None:
    report = FileReport("n.md", None, [step(1, 1, "x = 1", verdict)])
    assert f"{ansi}{verdict}\033[0m" in render_text([report], {"n.md": ["x = 1"]}, color=True)
    assert not ANSI.search(render_text([report], {"n.md": ["x = 1"]}, color=False))


def test_ok_is_green_in_verbose_colour() -> None:
    report = FileReport("n.md", None, [step(1, 1, "x = 1", "ok")])
    assert "\033[32mok\033[0m" in render_text([report], color=True, verbose=True)


@pytest.mark.parametrize(("reports", "line"), [
    ([NOTES_REPORT], "1 file, 5 steps: 1 ok, 1 error, 1 warning, 1 unchecked, 1 parse_error"),
    ([NOTES_REPORT, EMPTY_REPORT, UNREADABLE_REPORT],
     "3 files, 5 steps: 1 ok, 1 error, 1 warning, 1 unchecked, 1 parse_error"),
    ([], "0 files, 0 steps: 0 ok, 0 error, 0 warning, 0 unchecked, 0 parse_error"),
    ([FileReport("a", None, [step(1, 1, "x", "ok")])],
     "1 file, 1 step: 1 ok, 0 error, 0 warning, 0 unchecked, 0 parse_error"),
])
def test_summary_line(reports: list[FileReport], line: str) -> None:
    assert summary_line(reports) == line


class FakeStream:
    def __init__(self, tty: bool | None):
        self.tty = tty

    def isatty(self) -> bool:
        if self.tty is None:
            raise ValueError("I/O operation on closed file")
        return self.tty


@pytest.mark.parametrize(("tty", "env", "expected"), [
    (True, {}, True),
    (False, {}, False),
    (True, {"NO_COLOR": "1"}, False),
    (True, {"NO_COLOR": ""}, True),
    (True, {"TERM": "dumb"}, False),
    (True, {"TERM": "xterm-256color"}, True),
    (None, {}, False),
])
def test_use_color(monkeypatch: pytest.MonkeyPatch, tty: bool | None, env: dict[str, str],
                   expected: bool) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert use_color(FakeStream(tty)) is expected


def test_use_color_without_isatty() -> None:
    assert use_color(object()) is False


@pytest.mark.parametrize("hostile", ["\x1b[2J", "\x07", "\x9b31m", "\x00"])
def test_text_report_never_echoes_control_characters(hostile: str) -> None:
    report = FileReport("n.md", None, [step(1, 1, f"x = {hostile}", "parse_error",
                                            message=f"bad {hostile}", diagnosis=hostile)])
    text = render_text([report], {"n.md": [f"x = {hostile}"]})
    assert hostile not in text and "\ufffd" in text
