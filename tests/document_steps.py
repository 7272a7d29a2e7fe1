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
