"""Assertions shared by the document and reading tables: steps (line, verdict, words), readings."""

from __future__ import annotations

from tutor.batch import check_document
from tutor.errors import ParseError
from tutor.notes.documents import read_document
from tutor.read.parser import parse


def on_document_lines(path, report):
    """A notebook's steps count lines inside their cell; the corpus key counts the markdown
    cells' lines one after another (as the reader does): each step's line set to the key's."""
    if str(path).endswith(".ipynb"):
        firsts = {cell: first for first, cell in read_document(path).cells}
        for step in report.steps:
            step.line = firsts[step.cell] + step.line - 1
    return report


def assert_steps(text: str, expected: list) -> None:
    """The steps of the Markdown `text` are `expected`: (line, verdict, a fragment of the
    message or method, or None) each, in order."""
    report = check_document(text, kind="md")
    got = [(s.line, s.verdict, f"{s.message} | {s.method}") for s in report.steps]
    assert len(got) == len(expected), got
    for (line, verdict, message), (want_line, want_verdict, fragment) in zip(
            got, expected, strict=True):
        assert (line, verdict) == (want_line, want_verdict), got
        assert fragment is None or fragment in message, (fragment, message)


def assert_verdicts(text: str, expected: list) -> None:
    """The steps of the Markdown `text` have the verdicts of `expected`, (verdict, a fragment
    of the message or None) each, in order."""
    got = [(s.verdict, s.message) for s in check_document(text, kind="md").steps]
    assert [v for v, _ in got] == [v for v, _ in expected], got
    for (_, message), (_, fragment) in zip(got, expected, strict=True):
        assert fragment is None or fragment in message, got


def assert_verdicts_on_line(text: str, line: int, verdicts: list[str]) -> None:
    """The steps on `line` of the Markdown `text` have `verdicts`, in order (every step shown
    when they do not)."""
    steps = check_document(text, kind="md").steps
    assert [s.verdict for s in steps if s.line == line] == verdicts, [
        (s.line, s.verdict, s.message) for s in steps]


def assert_reading(text: str, read: str) -> None:
    """LaTeX `text` reads as `read` (the str of its value), or, for `read` "!words", is refused
    with a message holding the words."""
    try:
        got = str(parse(text, "latex"))
    except ParseError as exc:
        got = "!" + exc.message
    assert got == read or (read.startswith("!") and got.startswith("!") and read[1:] in got)
