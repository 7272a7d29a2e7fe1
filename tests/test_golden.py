"""Golden tests: example notes checked end to end, against their answer keys and expected JSON."""

# Golden files (tests/golden/<document>.json: [line, verdict, code] per step) are compared, never
# written, by a normal run; a missing one fails. Write or rewrite them only on purpose, then review
# the diff (`git diff tests/golden`) and commit it:
#     TUTOR_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py -k golden_report
#     python -m pytest tests/test_golden.py -k golden_report --update-golden
# (the same switch rewrites tests/data/parse_shapes.json; see tests/conftest.py)

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import jsonschema
import pytest

from tutor.batch import check_document
from tutor.report import render_json

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tutor" / "report_schema.json").read_text())
DOCUMENTS = [ROOT / "examples" / n for n in ("calculus_notes.md", "logistic.tex", "steps.txt")]
DOCUMENTS += [ROOT / "tests" / "data" / n for n in (
    "notes_sample.md", "document_habits.md", "ml_vectors.md")]


def _key(document: Path) -> Path:
    return document.with_name(document.stem + ".key.toml")


def _report(document: Path) -> dict:
    return json.loads(render_json([check_document(document)]))


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def _key_rows():
    for doc in DOCUMENTS:
        for row in tomllib.loads(_key(doc).read_text())["step"]:
            yield pytest.param(doc, row, id=f"{doc.name}:{row['line']}-{row['end_line']}")


@pytest.fixture(scope="module")
def reports() -> dict[Path, dict]:
    return {doc: _report(doc) for doc in DOCUMENTS}


@pytest.mark.parametrize("document, row", list(_key_rows()))
def test_answer_key(reports, document, row):
    """Each key line holds: errors found with an accepted code, no false alarm elsewhere."""
    steps = reports[document]["files"][0]["steps"]
    near = [s for s in steps if s["line"] <= row["end_line"] and s["end_line"] >= row["line"]]
    if "text" in row:
        near = [s for s in near if _norm(row["text"]) in _norm(s["source"])]
    errors = [s for s in near if s["verdict"] == "error"]
    if row["expect"] == "error":
        if "code" in row:
            errors = [s for s in errors if s["code"] in row["code"]]
        assert errors, f"expected an error at {row['line']}: {row['why']}; got {near}"
    else:
        assert not errors, f"false alarm at {row['line']}: {errors} ({row['why']})"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_report_validates_against_schema(reports, document):
    jsonschema.validate(reports[document], SCHEMA)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_golden_report(reports, document, update_golden):
    """The report is stable: verdicts and codes per line match the checked-in golden file."""
    golden = ROOT / "tests" / "golden" / (document.name + ".json")
    got = [(s["line"], s["verdict"], s["code"]) for s in reports[document]["files"][0]["steps"]]
    if update_golden:
        golden.write_text(json.dumps(got, indent=0))
    if not golden.exists():
        pytest.fail(f"golden file {golden} is missing; create it with `TUTOR_UPDATE_GOLDEN=1 "
                    f"python -m pytest tests/test_golden.py -k golden_report` (or "
                    f"--update-golden), review it and commit it")
    expected = [tuple(x) for x in json.loads(golden.read_text())]
    assert got == expected, f"{document.name}: the report differs from {golden.name}"
