"""Habits of the fortieth round: exercises lettered inside one display, a square whose
superscript was lost in copying, a matrix's row beside a gradient, a bound index said a value."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


def _verdicts(text: str, kind: str = "md") -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in check_document(text, kind=kind).steps]


def _exercises(first_label: str, second_label: str, derivative: str) -> str:
    return ("$$\\displaylines{\n" f"{first_label} \\ y = x^2 \\\\\n" "y' = 2x\n}$$\n"
            "$$\\displaylines{\n" f"{second_label} \\ y = x^3 \\\\\n" f"y' = {derivative}\n}}$$\n")


# `$$\displaylines{ a) \ y = 3x + … \\ y' = 3 + 10x + … }$$`, then `б) \ y = …` and its y'
# (Russian exercises): the wrapper's blanked `\displaylines{` hid the label `a)` (a parse error),
# the Cyrillic `б)` was no label at all, and each later y' was called wrong against the y' of
# exercise a): four false alarms. Labels are read in either alphabet, in `(a)\ ` too, and a
# line that cannot be read but opens as `y = …` makes the y above and its y' known no more.
@pytest.mark.parametrize(("first", "second", "derivative", "verdicts"), [
    ("a)", "б)", "3x^2", [(2, "unchecked"), (3, "ok"), (6, "unchecked"), (7, "ok")]),
    ("a)", "б)", "2x^2", [(2, "unchecked"), (3, "ok"), (6, "unchecked"), (7, "error")]),
    ("(a)", "(b)", "3x^2", [(2, "unchecked"), (3, "ok"), (6, "unchecked"), (7, "ok")]),
    ("(a)", "(b)", "3x", [(2, "unchecked"), (3, "ok"), (6, "unchecked"), (7, "error")]),
    ("а)", "б)", "3x^2", [(2, "unchecked"), (3, "ok"), (6, "unchecked"), (7, "ok")]),
])
def test_exercises_lettered_inside_a_display(first, second, derivative, verdicts):
    assert _verdicts(_exercises(first, second, derivative)) == verdicts


@pytest.mark.parametrize(("unread", "verdict"), [
    ("ж) \\ y = x^3 \\, ⊕", "unchecked"),  # the y it may give anew: its y' is not held to 2x
    ("ж) \\ z = x^3 \\, ⊕", "error"),  # another name: the y' above still stands
])
def test_an_unread_line_that_defines_anew(unread, verdict):
    text = f"$$\ny = x^2\n$$\n$$\ny' = 2x\n$$\n$$\n{unread}\n$$\n$$\ny' = 3x^2\n$$\n"
    assert _verdicts(text)[-1] == (11, verdict)


# `Gini (Noeud1) = 1-((2/3) 2+(1/3)2) =4/9` (a French exercise copied from a page to text):
# the squares lost their superscripts, read as products: "not equal", a false alarm. A digit
# right after a bracket makes such an error unsure; with no such digit the slip is still found.
@pytest.mark.parametrize(("line", "verdict"), [
    ("1-((2/3) 2+(1/3)2) = 4/9", "unchecked"),
    ("1-((2/4)2+(2/4) 2) = 1/2", "unchecked"),
    ("1-((2/3)^2+(1/3)^2) = 4/9", "ok"),
    ("1-((2/3)^2+(1/3)^2) = 5/9", "error"),
    ("2(1/3) = 2/3", "ok"),
    ("(1/3)2.5 = 3/5", "error"),
])
def test_a_square_that_lost_its_superscript(line, verdict):
    assert _verdicts(line + "\n", kind="txt")[-1][1] == verdict


# Σ_{j=0}^{min(K-1,n-1)} … below `j = k - 1` and `j = 0` said in the prose (hypergeometric mean):
# the j given a value was put into the sum's own index, and sympy refused the limits (0, 0, …):
# "internal error (ValueError)". A sum's index is never a value said above.
def test_a_bound_index_said_a_value_above():
    text = ("Let $j = k-1$; the sum starts from $j = 0$:\n\n"
            "$$E = \\sum_{j=0}^{n} \\binom{n}{j} = 2^n$$\n")
    results = check_document(text).steps
    assert not any("internal error" in s.message for s in results)
    assert results[-1].verdict == "ok"


# ∂/∂θ_j (Xθ_k^T - log Σ_i e^{Xθ_i^T}) (French softmax notes, X a matrix): the entry θ_i of a
# family whose base is a matrix has no name, and asking it for one was an internal error
# (AttributeError) on nine lines.
def test_a_derivative_in_an_entry_of_a_matrix_family():
    text = ("$$=\\frac{\\partial}{\\partial \\theta_{j}} \\left(X \\theta_{k}^T - "
            "log\\left(\\sum_i^K e^{X \\theta_i^T}\\right)\\right) $$\n"
            "$$=X - \\frac{\\partial}{\\partial \\theta_{j}}log\\left(\\sum_i^K "
            "e^{X \\theta_i^T}\\right) $$\n")
    assert not any("internal error" in s.message for s in check_document(text).steps)
