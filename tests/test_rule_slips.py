"""Classic slips of a rule written as one line of notes (a trace taken as multiplicative, a
determinant as linear, a factor out of Var unsquared): each is an error named by its rule, and
the right rule beside it is ok."""

from __future__ import annotations

import pytest

from tutor.batch import check_text

ROWS = [  # (a lone line of notes, verdict, code, a word of the diagnosis)
    (r"$$\mathrm{tr}(AB) = \mathrm{tr}(A)\,\mathrm{tr}(B)$$", "error", "matrix-rule",
     "not multiplicative"),
    (r"$$\mathrm{tr}(A + B) = \mathrm{tr}(A)\,\mathrm{tr}(B)$$", "error", "matrix-rule",
     "linear"),
    (r"$$\mathrm{tr}(A + B) = \mathrm{tr}(A) + \mathrm{tr}(B)$$", "ok", None, ""),
    (r"$$\det(AB) = \det(A) + \det(B)$$", "error", "matrix-rule", "multiplies"),
    (r"$$\det(A + B) = \det(A) + \det(B)$$", "error", "matrix-rule", "not linear"),
    (r"$$\det(3A) = 3\det(A)$$", "error", "matrix-rule", "power n"),
    (r"$$\det(AB) = \det(B)\det(A)$$", "ok", None, ""),
    (r"$$\mathrm{Var}(aX + b) = a\,\mathrm{Var}(X)$$", "error", "expectation", "squared"),
    (r"$$\mathrm{Var}(aX + b) = a^2\,\mathrm{Var}(X)$$", "ok", None, ""),
    (r"$$E[aX + b] = a E[X]$$", "error", "expectation", "linear"),
]


def _first_step(text: str):
    return check_text(text + "\n\n$$x = 1$$\n", "notes.md").steps[0]


@pytest.mark.parametrize("text, verdict, code, word", ROWS)
def test_a_rule_slip_is_named(text, verdict, code, word):
    step = _first_step(text)
    assert (step.verdict, step.code) == (verdict, code)
    assert word in (step.diagnosis or "")
