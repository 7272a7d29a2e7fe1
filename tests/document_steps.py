"""One assertion shared by the document tables: each step's line, verdict and words."""

from __future__ import annotations

from tutor.batch import check_document


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
