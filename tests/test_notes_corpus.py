"""Notes written the way learners write (tests/data/notes_corpus): no false alarm anywhere,
and the planted mistakes reported."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import tutor
from tutor.notes.documents import read_document

CORPUS = Path(__file__).parent / "data" / "notes_corpus"
KEY = tomllib.loads((CORPUS / "key.toml").read_text(encoding="utf-8"))
FOUND_AT_LEAST = 248  # of the 262 planted: 254 reported as error or warning today, six spare for
#                       steps that run out of their time budget on a loaded machine
FLAGGED = ("error", "warning")


@pytest.fixture(scope="module")
def reports() -> dict:
    return {name: _on_document_lines(name, tutor.check_document(str(CORPUS / name)))
            for name in KEY}


def _on_document_lines(name: str, report):
    """A notebook's steps count lines inside their cell; the key counts the markdown cells'
    lines one after another (as the reader does): each step's line set to the key's."""
    if name.endswith(".ipynb"):
        firsts = {cell: first for first, cell in read_document(CORPUS / name).cells}
        for step in report.steps:
            step.line = firsts[step.cell] + step.line - 1
    return report


def test_every_file_has_a_key():
    written = [p for suffix in ("md", "tex", "txt", "org", "adoc", "rst", "ipynb", "typ", "html")
               for p in CORPUS.glob(f"*.{suffix}")]
    assert sorted(KEY) == sorted(p.name for p in written)


@pytest.mark.parametrize("name", sorted(KEY))
def test_no_false_alarm(name, reports):
    wrong = set(KEY[name]["wrong"])
    alarms = [(s.line, s.verdict, s.message) for s in reports[name].steps
              if s.verdict in FLAGGED and s.line not in wrong]
    assert alarms == []


def test_planted_mistakes_are_found(reports):
    found = {(name, s.line) for name, report in reports.items() for s in report.steps
             if s.verdict in FLAGGED and s.line in KEY[name]["wrong"]}
    assert len(found) >= FOUND_AT_LEAST, sorted(found)
