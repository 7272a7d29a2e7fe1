"""SARIF 2.1.0 for code-scanning annotations on a notes repository (one result per diagnostic)."""

from __future__ import annotations

import json
from pathlib import PurePath

from tutor import __version__
from tutor.model import FileReport, StepResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "parse_error": "error", "warning": "warning", "unchecked": "note"}
RULE_TEXT = {"unchecked": "A step that cannot be decided here",
             "parse_error": "A line that cannot be read",
             "document": "A file that cannot be read"}


def _uri(path: str) -> str:
    """A relative URI as code scanning wants it (forward slashes, no leading ./)."""
    return PurePath(path).as_posix().removeprefix("./")


def _rule_id(step: StepResult) -> str:
    return step.code or step.verdict


def _result(path: str, step: StepResult) -> dict:
    text = step.message + (f": {step.diagnosis}" if step.diagnosis else "")
    if step.cell:
        text = f"cell {step.cell}, line {step.line}: {text}"
        region = {"startLine": 1}
    else:
        region = {"startLine": step.line, "startColumn": max(1, step.column),
                  "endLine": max(step.line, step.end_line)}
    result = {"ruleId": _rule_id(step), "level": LEVELS[step.verdict],
              "message": {"text": text},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(path)},
                                                  "region": region}}]}
    extra = {k: v for k, v in (("read_as", step.read_as), ("method", step.method),
                               ("source", step.source)) if v}
    if extra:
        result["properties"] = extra
    return result


def sarif_dict(reports: list[FileReport]) -> dict:
    """A SARIF log: one run of `tutor`, a rule per diagnosis code, a result per step that is
    not ok (unchecked steps as notes) and per unreadable file."""
    results, rules = [], {}
    for report in reports:
        if report.error is not None:
            rules["document"] = None
            results.append({"ruleId": "document", "level": "error",
                            "message": {"text": report.error},
                            "locations": [{"physicalLocation": {
                                "artifactLocation": {"uri": _uri(report.path)}}}]})
        for step in report.steps:
            if step.verdict in LEVELS:
                rules[_rule_id(step)] = None
                results.append(_result(report.path, step))
    driver = {"name": "tutor", "version": __version__, "rules": [
        {"id": rule, "shortDescription": {"text": RULE_TEXT.get(
            rule, f"A wrong step: {rule.replace('-', ' ')}")}} for rule in rules]}
    return {"version": "2.1.0", "$schema": SARIF_SCHEMA,
            "runs": [{"tool": {"driver": driver}, "results": results}]}


def render_sarif(reports: list[FileReport]) -> str:
    return json.dumps(sarif_dict(reports), ensure_ascii=False, indent=2) + "\n"
