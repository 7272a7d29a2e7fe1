"""Calculus and ML-calculus habits of the fifteenth round of real notes (calc15): a Mathpix OCR
of handwritten homework, a Medium article pasted as Unicode plain text, an Arabic lecture
summary; each row a construct and how it is read or judged now."""

from __future__ import annotations

import pytest
from document_steps import assert_steps

# a value of a defined function at a point after a wrong row: arithmetic of its own, never an
# equation "following" the wrong one, nor a final answer carried from the row above
TANGENT = ("\\(f(x)=x^{{3}}-2 x\\)\n\n\\[\n\\begin{{array}}{{l}}\n"
           "f^{{\\prime}}(2)=3 \\cdot 4-2={slope} \\\\\nf(2)=8-4={value}\n\\end{{array}}\n\\]\n")

# (a document, [(line, verdict, a fragment of the message or method, or None)])
DOCUMENTS = [
    (TANGENT.format(slope="12", value="4"), [
        (1, "unchecked", "definition"), (5, "ok", None), (5, "error", None),
        (6, "ok", None), (6, "ok", None)]),
    (TANGENT.format(slope="10", value="4"), [
        (1, "unchecked", "definition"), (5, "ok", None), (5, "ok", None),
        (6, "ok", None), (6, "ok", None)]),
    (TANGENT.format(slope="12", value="5"), [
        (1, "unchecked", "definition"), (5, "ok", None), (5, "error", None),
        (6, "ok", None), (6, "error", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document(text, expected):
    assert_steps(text, expected)
