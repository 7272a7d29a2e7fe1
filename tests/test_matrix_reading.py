"""An identity of numbers that fails for matrices is not called equal when capitals multiply:
(AB)⁻¹ = A⁻¹B⁻¹ and (A + B)² = A² + 2AB + B² hold for numbers, not for matrices (notes on ML
mean matrices by capitals). One that holds for matrices too stays equal."""

from __future__ import annotations

import pytest

from tutor import compare
from tutor.api import read_object
from tutor.batch import check_text
from tutor.derive.notation import notation

ROWS = [  # (a, b, status)
    ("(AB)^{-1}", "A^{-1}B^{-1}", "unknown"),
    ("(AB)^{-1}", "B^{-1}A^{-1}", "equal"),
    ("(A+B)^2", "A^2 + 2AB + B^2", "unknown"),
    ("(A+B)^2", "A^2 + AB + BA + B^2", "equal"),
    ("(A+B)(A-B)", "A^2 - B^2", "unknown"),
    ("ABx", "BAx", "unknown"),
    ("(AB)^2", "A^2 B^2", "unknown"),
    ("2AB", "AB + AB", "equal"),
    ("A + B", "B + A", "equal"),
    ("A^2 A^3", "A^5", "equal"),         # one capital: powers of one matrix commute
    ("(2A)^{-1}", "A^{-1}/2", "equal"),
    ("a b", "b a", "equal"),             # small letters: numbers
    ("NK", "KN", "unknown"),             # two capitals multiplied: read as matrices may be
    ("(AB)^{-1}", "A^{-1}B^{-1} + 1", "not_equal"),  # wrong for numbers too: the witness stands
]


@pytest.mark.parametrize("a, b, status", ROWS)
def test_capitals_multiplied_may_be_matrices(a, b, status):
    verdict = compare(a, b)
    assert verdict.status == status
    assert status != "unknown" or "matrices" in verdict.reason


LONE_RULES = [  # (a lone line in notes, verdict, a word of its message or diagnosis)
    ("$$(AB)^T = A^T B^T$$", "error", "wrong order"),
    ("$$(AB)^T = B^T A^T$$", "ok", ""),
    ("$$(AB)^{-1} = A^{-1} B^{-1}$$", "unchecked", "matrices"),
    ("$$(ABC)^{-1} = C^{-1} B^{-1} A^{-1}$$", "ok", ""),
    (r"$$\mathrm{tr}(AB) = \mathrm{tr}(A)\,\mathrm{tr}(B)$$", "error", "not equal"),
    (r"$$\mathrm{tr}(AB) = \mathrm{tr}(BA)$$", "ok", ""),
    (r"$$\det(AB) = \det(A)\det(B)$$", "ok", ""),
    (r"$$\det(2A) = 2\det(A)$$", "error", "not equal"),
    ("If $AB = BA$ then the two commute.", "unchecked", "premise"),    # a premise, not a rule
    ("$$A^T = A$$", "unchecked", "holds when"),               # a condition on A
    ("Suppose $(AB)^T = A^T B^T$ here.", "unchecked", "premise"),     # said to be supposed
]


@pytest.mark.parametrize("text, verdict, word", LONE_RULES)
def test_a_rule_of_products_alone_is_claimed_not_supposed(text, verdict, word):
    step = check_text(text + "\n\n$$x = 1$$\n", "notes.md").steps[0]
    assert (step.verdict, word in f"{step.message} {step.diagnosis}") == (verdict, True)


READINGS = [  # (written, shown): a matrix inverted stays a factor, never a fraction
    ("A^{-1}B^{-1}", "A^(-1)·B^(-1)"),
    ("B^{-1} A^{-1} x", "B^(-1)·A^(-1)·x"),
    ("(X^T X)^{-1} X^T y", "(X^T·X)^(-1)·X^T·y"),
    ("x^{-1}", "1/x"),
    ("K^{-1} s^2", "s^2/K"),                   # one capital inverted: a count, a fraction
    ("a^{-1} b^{-1}", "1/(a·b)"),
]


@pytest.mark.parametrize("written, shown", READINGS)
def test_an_inverted_matrix_reads_as_written(written, shown):
    assert notation(read_object(written)[0], written=True) == shown
