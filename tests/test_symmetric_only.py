"""A step that holds only for a symmetric matrix of a quadratic form (∂/∂w wᵀAw = 2Aw) is
unchecked and says so, never ok and never an error (the text may say A is symmetric, a
covariance Σ is one); one wrong for every A, or a data matrix's dropped transpose, stays an
error."""

from __future__ import annotations

import pytest

from tutor.batch import check_document

D = "\\frac{\\partial}{\\partial \\mathbf{w}} \\mathbf{w}^TA\\mathbf{w}"
ROWS = [
    (f"{D} = 2A\\mathbf{{w}}", "unchecked", "A is symmetric"),
    (f"{D} = 2A^T\\mathbf{{w}}", "unchecked", "A is symmetric"),
    (f"{D} = (A + A^T)\\mathbf{{w}}", "ok", None),
    (f"{D} = A\\mathbf{{w}}", "error", None),
    (f"{D} = -2A\\mathbf{{w}}", "error", None),
    ("\\frac{\\partial}{\\partial \\mathbf{w}} \\mathbf{w}^T\\mathbf{x} = 2\\mathbf{x}", "error",
     None),
    ("\\nabla_{\\mathbf{w}} \\|X\\mathbf{w} - \\mathbf{y}\\|^2 = 2X(X\\mathbf{w} - \\mathbf{y})",
     "error", None),
    # a plain x, read commuting beside its transposed self: the same answers
    ("\\nabla_x (x^T A x) = 2Ax", "unchecked", "A is symmetric"),
    ("\\nabla_x (x^T A x) = 2A^T x", "unchecked", "A is symmetric"),
    ("\\nabla_x (x^T A x) = (A + A^T) x", "ok", None),
    ("\\nabla_x (x^T A x) = Ax", "error", None),
    ("\\nabla_x (x^T A x) = -2Ax", "error", None),
    ("\\frac{\\partial}{\\partial x} x^T \\Sigma x = 2\\Sigma x", "unchecked", "Σ is symmetric"),
    ("\\nabla_x (x^T A x + b^T x) = 2Ax + b", "unchecked", "A is symmetric"),
    ("\\nabla_x (x^T A x + b^T x) = 2Ax - b", "error", None),
]


@pytest.mark.parametrize("line,verdict,words", ROWS)
def test_a_step_true_for_symmetric_matrices_only(line, verdict, words):
    step = check_document(f"$${line}$$\n", kind="md").steps[-1]
    assert step.verdict == verdict
    assert words is None or words in step.message


def test_the_text_saying_symmetric_keeps_no_error():
    text = f"If $A$ is symmetric: ${D} = 2A\\mathbf{{w}}$.\n"
    assert [s.verdict for s in check_document(text, kind="md").steps] == ["unchecked"]


def test_a_covariance_in_a_quadratic_form():
    line = ("\\frac{\\partial}{\\partial \\mathbf{x}} \\mathbf{x}^T \\Sigma \\mathbf{x}"
            " = 2\\Sigma\\mathbf{x}")
    step = check_document(f"$${line}$$\n", kind="md").steps[-1]
    assert (step.verdict, "Σ is symmetric" in step.message) == ("unchecked", True)
