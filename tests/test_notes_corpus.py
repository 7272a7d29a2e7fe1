"""Notes written the way learners write (tests/data/notes_corpus): no false alarm anywhere,
and the planted mistakes reported."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from document_steps import on_document_lines

import tutor

CORPUS = Path(__file__).parent / "data" / "notes_corpus"
KEY = tomllib.loads((CORPUS / "key.toml").read_text(encoding="utf-8"))
FOUND_AT_LEAST = 368  # of the 383 planted: 374 reported as error or warning today, six spare for
#                       steps that run out of their time budget on a loaded machine
FLAGGED = ("error", "warning")


@pytest.fixture(scope="module")
def reports() -> dict:
    return {name: on_document_lines(CORPUS / name, tutor.check_document(str(CORPUS / name)))
            for name in KEY}


def test_every_file_has_a_key():
    suffixes = ("md", "tex", "txt", "org", "adoc", "rst", "ipynb", "typ", "html", "mmd", "Rmd",
                "mdx")
    written = [p for suffix in suffixes for p in CORPUS.glob(f"*.{suffix}")]
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
