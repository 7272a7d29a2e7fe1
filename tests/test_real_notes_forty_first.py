"""Habits of the forty-first round: examples quoted one after another, a condition written
`X|Y=1`, a sequence given a new formula in its family's letters, whole formulas in bold."""

from __future__ import annotations

import pytest

from tutor.api import compare
from tutor.batch import check_document


def _verdicts(text: str, kind: str = "md") -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in check_document(text, kind=kind).steps]


# `> Suppose X ~ Bin(n, p)` … `I_i \sim^{iid} Bernoulli(p)`, a blank line, then `> Red box …`
# with `Cov(I_1, I_2) = E(I_1I_2) - E(I_1)E(I_2) = 0.2 - 0.25` (a probability course): the iid
# draws of the first quoted example were held against the second's dependent ones. Each quoted
# block of a note that quotes several is an example of its own.
def test_quoted_examples_are_apart():
    text = ("> Suppose $X \\sim Bin(n, p)$\n> - $E(X) = \\sum_{i=1}^n E(I_i)$, where $I_i "
            "\\sim^{iid} Bernoulli(p)$\n\n> Two draws without replacement.\n"
            "> - $P(I_1 = 1) = 0.5$\n> - $Cov(I_1, I_2) = E(I_1I_2) - E(I_1) E(I_2) = 0.2 - 0.25"
            " = -0.05$\n")
    assert all(verdict != "error" for _, verdict in _verdicts(text))


# `$X|Y=1 = 2$` (the same notes): the reader stopped at the `=` inside the condition and read
# on from it, so `1 = 2` was called "not equal". An `=` found unexpected belongs to the member
# that cannot be read; the reading goes on after the next one.
@pytest.mark.parametrize("line", ["$X|Y=1 = 2$", "$X|Y=2 = 3+R$"])
def test_a_condition_written_with_a_bar_and_an_equals(line):
    assert all(verdict != "error" for _, verdict in _verdicts(line + "\n"))


# `$c_n = a_n + b_n$` under "Sumation", then `$c_n = \sum_{k=0}^n a_k b_{n-k}$` under "Product"
# (generating functions): the second formula, in the family's entries a_k, b_{n-k}, was held
# to the first. A name given another formula in the same letters is defined anew.
@pytest.mark.parametrize(("second", "verdict"), [
    ("\\sum_{k=0}^na_kb_{n-k}", "unchecked"), ("a_n + b_n", "ok")])
def test_a_sequence_given_a_new_formula_in_its_letters(second, verdict):
    text = f"$c_n = a_n + b_n$\n\nthen\n\n$c_n = {second}$\n"
    assert [v for line, v in _verdicts(text) if line == 5] == [verdict]


# `> $C(S) = \frac{1}{(1-S)(1+S)} \\ = …$`, then `> $C(S) = \frac{1}{(1-S)^2}$` and `> - $=
# (\sum S^n)(\sum S^n)$`: the second C(S) was taken as a definition said beside the first
# display, and the `= …` went on from the first chain (1.333 vs 4 at S = 1/2).
def test_a_definition_in_the_next_example_is_no_aside():
    text = ("> $C(S) = \\frac{1}{(1-S)(1+S)}\\\\\n  \\hspace{0.8cm}= \\frac{1}{2} "
            "(\\frac{1}{1-S} + \\frac{1}{1+S})$\n\n> $C(S) = \\frac{1}{(1-S)^2}$\n> \n"
            "> - $\\hspace{0.8cm} = (\\sum_{n=0}^\\infty S^n)(\\sum_{n=0}^\\infty S^n)$\n")
    assert all(verdict != "error" for _, verdict in _verdicts(text))


# `\Rightarrow a_n = {-1 \choose n}` after `a_n = (-1)^n`: binomial(-1, n) has no value in
# mpmath at a whole n (gamma's poles), and the root n = 6, a_n = 1 of the first equation was
# taken to fail the second: "does not follow". A root where the other equation has no value
# refutes nothing (and proves nothing).
@pytest.mark.parametrize(("a", "b", "status"), [
    ("x(x-1) = 0", "x = 1", "not_equal"),
    ("x^2 = 4", "x = 2", "not_equal"),
    ("2x = 4", "x = 2", "equal"),
    ("x^2 = 1", "\\frac{x^2 - 1}{x - 1} = 0", "not_equal"),  # the root 1 lost by dividing
])
def test_a_root_where_the_other_equation_has_no_value(a, b, status):
    assert compare(a, b).status == status


def test_a_binomial_of_minus_one_is_no_slip():
    text = ("$a_n = \\frac{1}{n!}$\n\n> - Geometric $\\Rightarrow a_n = (-1)^n$\n"
            "> - Binomial $\\Rightarrow a_n = {-1 \\choose n} = (-1)^n$\n")
    assert all(verdict != "error" for _, verdict in _verdicts(text))


# `$\mathbf{\frac{\partial d}{\partial e} = 1}$` (Turkish backprop notes): every formula set
# in bold for emphasis, "\mathbf cannot stand here". A whole formula in \mathbf is the formula.
@pytest.mark.parametrize(("line", "verdict"), [
    ("$\\mathbf{(-2) \\times (1) = -2}$", "ok"), ("$\\mathbf{(-2) \\times (3) = -2}$", "error"),
    ("$\\mathbf{\\frac{d}{dx} x^2 = 2x}$", "ok")])
def test_a_whole_formula_in_bold(line, verdict):
    assert _verdicts(line + "\n") == [(1, verdict)]
