"""The thirteenth round of real-notes habits (probability, distributions, information theory):
a table typed with spaces in a plain-text answer, Sphinx / reStructuredText pages, Word's
UnicodeMath pasted into notes, e-mail replies in plain text."""

from __future__ import annotations

import pytest

import tutor


def _steps(text: str, kind: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in tutor.check_document(text, kind=kind).steps]


# a 2x2 table typed with spaces is columns, not a product: no row is checked against the last
@pytest.mark.parametrize(("text", "expected"), [
    ("  X=0      0.4    0.1\n  X=1      0.1    0.4\n", []),
    ("x = 2\nx   3   4\n", [(1, "unchecked")]),
    ("H   = 1/2 + 1/4\n    = 3/4\n", [(1, "unchecked"), (2, "ok")]),  # a gap before `=`: layout
])
def test_a_table_typed_with_spaces_is_no_formula(text, expected):
    assert _steps(text, "txt") == expected
