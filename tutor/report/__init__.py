"""Format checked files as a text report (with carets), stable JSON, JUnit XML, or one line per
diagnostic (strings only). HTML and SARIF are in tutor.report.html and tutor.report.sarif."""

from __future__ import annotations

import json
import os
import re
import textwrap
import unicodedata
import xml.etree.ElementTree as ET
from typing import TextIO

from tutor.model import VERDICTS, FileReport, StepResult

JSON_VERSION = 1
WIDTH = 80  # the source excerpt under a diagnostic fits this many columns at least
_ANSI = {"error": "31", "warning": "33", "unchecked": "34", "parse_error": "35", "ok": "32",
         "bold": "1", "dim": "2"}
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # never echo escapes to a terminal


def _totals(reports: list[FileReport]) -> dict[str, int]:
    totals = dict.fromkeys(VERDICTS, 0)
    for report in reports:
        for verdict, count in report.summary().items():
            totals[verdict] += count
    return totals


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _counts_text(steps: int, counts: dict[str, int]) -> str:
    shown = ", ".join(f"{counts[verdict]} {verdict}" for verdict in VERDICTS)
    return f"{_plural(steps, 'step')}: {shown}"


def summary_line(reports: list[FileReport]) -> str:
    """E.g. '3 files, 41 steps: 35 ok, 2 error, 1 warning, 3 unchecked, 0 parse_error'."""
    steps = sum(len(report.steps) for report in reports)
    return f"{_plural(len(reports), 'file')}, {_counts_text(steps, _totals(reports))}"


def use_color(stream: TextIO) -> bool:
    """Colour only on a terminal, unless NO_COLOR is set or TERM is 'dumb'."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


# ---------------------------------------------------------------- JSON


def report_dict(reports: list[FileReport]) -> dict:
    """The JSON report as plain data (see DESIGN.md, "JSON report")."""
    files = []
    for report in reports:
        entry = {"path": report.path, "problem": report.problem,
                 "steps": [step.to_dict() for step in report.steps],
                 "summary": report.summary()}
        if report.error is not None:
            entry["error"] = report.error
        files.append(entry)
    summary = {"files": len(reports), "steps": sum(len(report.steps) for report in reports)}
    summary.update(_totals(reports))
    return {"version": JSON_VERSION, "files": files, "summary": summary}


def render_json(reports: list[FileReport]) -> str:
    return json.dumps(report_dict(reports), ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- JUnit


def _xml_text(text: str | None) -> str:
    return _XML_INVALID.sub("\ufffd", text or "")


def _one_line(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def render_junit(reports: list[FileReport]) -> str:
    """One <testsuite> per file, one <testcase> per step; error -> <failure>,
    unchecked -> <skipped>, parse_error -> <error>; an unreadable file is one <error> case."""
    totals = _totals(reports)
    root = ET.Element("testsuites", name="tutor check")
    for report in reports:
        counts = report.summary()
        suite = ET.SubElement(root, "testsuite", name=_xml_text(report.path))
        if report.problem:
            properties = ET.SubElement(suite, "properties")
            ET.SubElement(properties, "property", name="problem", value=_xml_text(report.problem))
        errors = counts["parse_error"]
        if report.error is not None:
            case = ET.SubElement(suite, "testcase", name="read file",
                                 classname=_xml_text(report.path))
            ET.SubElement(case, "error", message=_xml_text(report.error), type="document")
            errors += 1
        for step in report.steps:
            _junit_case(suite, report.path, step)
        suite.set("tests", str(len(report.steps) + (report.error is not None)))
        suite.set("failures", str(counts["error"]))
        suite.set("errors", str(errors))
        suite.set("skipped", str(counts["unchecked"]))
    unreadable = sum(report.error is not None for report in reports)
    root.set("tests", str(sum(len(report.steps) for report in reports) + unreadable))
    root.set("failures", str(totals["error"]))
    root.set("errors", str(totals["parse_error"] + unreadable))
    root.set("skipped", str(totals["unchecked"]))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _junit_case(suite: ET.Element, path: str, step: StepResult) -> None:
    case = ET.SubElement(suite, "testcase", name=_xml_text(f"line {step.line}: "
                                                           f"{_one_line(step.source)}"),
                         classname=_xml_text(path), file=_xml_text(path), line=str(step.line))
    details = "\n".join(f"{label}: {value}" for label, value in
                        (("diagnosis", step.diagnosis), ("method", step.method)) if value)
    tag = {"error": "failure", "unchecked": "skipped", "parse_error": "error"}.get(step.verdict)
    if tag:
        element = ET.SubElement(case, tag, message=_xml_text(step.message))
        if tag != "skipped":
            element.set("type", step.code or step.verdict)
        element.text = _xml_text(details) or None
    elif step.verdict == "warning":
        ET.SubElement(case, "system-out").text = _xml_text(
            f"warning: {step.message}" + (f"\n{details}" if details else ""))


# ---------------------------------------------------------------- text


def _printable(text: str) -> str:
    return _CONTROL.sub("\ufffd", text)


def _paint(text: str, style: str, color: bool) -> str:
    return f"\033[{_ANSI[style]}m{text}\033[0m" if color else text


def _width(text: str) -> int:
    """Terminal columns taken by text (CJK wide characters take two, combining marks none)."""
    return sum(0 if unicodedata.combining(char) else
               2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _excerpt(line: str, column: int, extent: int, room: int) -> tuple[str, int, int]:
    """A window of a long line around [column, column + extent): (text, column, extent)."""
    line = _printable(line.replace("\t", " "))
    if len(line) <= room and _width(line) <= room:
        return line, column, extent
    start = end = max(0, column - 1 - room // 4)
    width = 0
    while end < len(line) and width + _width(line[end]) <= room - 2:
        width += _width(line[end])
        end += 1
    prefix = "…" if start else ""
    window = prefix + line[start:end] + ("…" if end < len(line) else "")
    column = column - start + len(prefix)
    return window, column, max(1, min(extent, end - start + len(prefix) - column + 1))


def _source_block(step: StepResult, lines: list[str] | None, color: bool,
                  gutter_width: int, width: int | None) -> list[str]:
    """The step's source line under a line-number gutter, with ^~~~ under the step."""
    first_source_line = step.source.split("\n")[0] if step.source else ""
    if lines and 1 <= step.line <= len(lines) and not step.cell:  # a notebook: its JSON lines
        line, column = lines[step.line - 1], max(1, step.column)
    else:
        line, column = first_source_line, 1
    column = min(column, len(line) + 1)
    extent = max(1, min(len(first_source_line.rstrip()), len(line) - column + 1))
    gutter = str(step.line).rjust(gutter_width)
    room = max(WIDTH, width or 0) - len(gutter) - 5
    line, column, extent = _excerpt(line, column, extent, room)
    caret = " " * _width(line[:column - 1]) + "^" + "~" * (_width(line[column:column - 1 + extent]))
    pad = " " * len(gutter)
    return [f"  {gutter} | {line}".rstrip(),
            f"  {pad} | {_paint(caret.rstrip(), step.verdict, color)}"]


def _wrap(text: str, width: int | None, first: str = "", rest: str = "    ") -> list[str]:
    """Wrap to `width` columns without breaking words (paths, formulas) apart; None: one line."""
    if width is None:
        return [first + text]
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False, break_long_words=False) or [first + text]


def _step_lines(path: str, step: StepResult, lines: list[str] | None, color: bool,
                gutter_width: int, width: int | None) -> list[str]:
    """`path:line:column: verdict: message [code]`, then (unless ok) source, caret, diagnosis."""
    location = (f"{path}: cell {step.cell}, line {step.line}:{step.column}: " if step.cell
                else f"{path}:{step.line}:{step.column}: ")
    if step.verdict == "ok":
        tail = f" ({step.method})" if step.method else ""
    else:
        tail = f" [{step.code}]" if step.code else ""
    out = _wrap(_printable(f"{location}{step.verdict}: {step.message}{tail}"), width)
    if color and out[0].startswith(location + step.verdict):
        out[0] = location + _paint(step.verdict, step.verdict, True) + \
            out[0][len(location) + len(step.verdict):]
    if step.verdict == "ok":
        return out
    out += _source_block(step, lines, color, gutter_width, width)
    read_as = step.read_as if step.read_as and step.read_as != step.source.strip() else None
    for label, value in (("read as", read_as), ("diagnosis", step.diagnosis),
                         ("method", step.method)):
        if value:
            out += _wrap(_printable(f"{label}: {value}"), width, "    ", "      ")
    return out


def render_text(reports: list[FileReport], sources: dict[str, list[str]] | None = None,
                color: bool = False, *, verbose: bool = False, width: int | None = None) -> str:
    """Human report: per file, every step that is not ok with its source and a caret
    (ok steps only counted unless verbose), then the summary line. Lines are wrapped at
    `width` columns (a terminal's) and not at all when it is None (a pipe, a file)."""
    sources = sources or {}
    out: list[str] = []
    for report in reports:
        header = report.path + (f"  (problem {report.problem})" if report.problem else "")
        out.append(_paint(header, "bold", color))
        if report.error is not None:
            reason = _printable(report.error.removeprefix(f"{report.path}: "))
            out.append(f"{report.path}: {_paint('error', 'error', color)}: {reason}")
        gutter_width = len(str(max((step.line for step in report.steps), default=1)))
        for step in report.steps:
            if step.verdict != "ok" or verbose:
                out += _step_lines(report.path, step, sources.get(report.path), color,
                                   gutter_width, width)
        counts_text = _counts_text(len(report.steps), report.summary())
        out.append(_paint(f"  {counts_text}", "dim", color))
        out.append("")
    out.append(summary_line(reports))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- one line per diagnostic


SEVERITY = {"error": "error", "parse_error": "error", "warning": "warning",
            "unchecked": "note"}


def short_lines(reports: list[FileReport], *, verbose: bool = False) -> list[str]:
    """`path:line:col: severity: message [code]`, one line each, never wrapped (Vim's
    quickfix list, VS Code's problem matchers); a notebook step's line counts in the file's
    JSON is not known, so it says its cell in the message."""
    out = []
    for report in reports:
        if report.error is not None:
            reason = report.error.removeprefix(f"{report.path}: ")
            out.append(_one_line(f"{report.path}:1:1: error: {reason} [document]", 10_000))
        for step in report.steps:
            severity = SEVERITY.get(step.verdict, "info" if verbose else None)
            if severity is None:
                continue
            where = f"cell {step.cell}, line {step.line}: " if step.cell else ""
            detail = f" ({step.diagnosis})" if step.diagnosis else ""
            code = f" [{step.code or step.verdict}]"
            line, column = (1, 1) if step.cell else (step.line, step.column)
            text = f"{where}{step.message}{detail}"
            out.append(_printable(_one_line(
                f"{report.path}:{line}:{column}: {severity}: {text}{code}", 10_000)))
    return out


def render_short(reports: list[FileReport], *, verbose: bool = False) -> str:
    lines = short_lines(reports, verbose=verbose)
    return "\n".join(lines) + "\n" if lines else ""
