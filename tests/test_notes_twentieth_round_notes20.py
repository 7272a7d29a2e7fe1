"""The twentieth round of real-notes habits (probability and information theory, helper notes20):
values given in words (`Let p = 0.3 be …`, `### Case n = 10`) and kept under the sub-headings of
the heading that gave them, a pmf table written across, a prior changed for a second test."""

from __future__ import annotations

import pytest

from tests.cpu_time import least_cpu_seconds
from tests.document_steps import assert_reading, assert_verdicts
from tutor import check_document
from tutor.notes.pmf_tables import pmf_table_laws
from tutor.notes.prose_values import prose_value_regions


def _values(text: str, taken=()) -> list[str]:
    return [text[a:b] for a, b in prose_value_regions(text, list(taken))]


# a value given in the words of a heading or after a word that gives it; nothing else
@pytest.mark.parametrize(("text", "values"), [
    ("Let p = 0.3 be the chance that one customer clicks.", ["p = 0.3"]),
    ("Let p = 0.3.", ["p = 0.3"]),
    ("Let p = 0.25 (success on a single try). $X$ = number of tries.", ["p = 0.25"]),
    ("Take λ = 2, calls per minute.", ["λ = 2"]),
    ("Suppose n = 20 and we look again; now k = 3.", ["n = 20", "k = 3"]),
    ("### Case n = 10", ["n = 10"]),
    ("## Part (b): p = 0.5, n = 8", ["p = 0.5", "n = 8"]),
    ("Let x_1 = -2 be the first point.", ["x_1 = -2"]),
    ("For p = 0.3 we get", []),  # `for` gives no value: a condition, a case
    ("Let p = 0.3x + 1 be the line.", []),  # more math after the number
    ("Let p = 2^3.", []),
    ("Let p = 0.3 = q.", []),
    ("Let pq = 0.3.", []),  # a name of one letter only
    ("Let \\alpha = 0.3.", []),  # a command: the math of a formula, not words
    ("Let `p = 0.3` be it.", ["p = 0.3"]),  # a value in inline code, as a setup list gives it
    ("Let `p = f(0.3)` be it.", []),  # code that gives no plain value
    ("| Let p = 0.3 | a |", []),  # a table's cell
    ("    Let p = 0.3", []),  # an indented code block
    ("```\nLet p = 0.3\n```", []),
    ("---\ntitle: Let p = 0.3\n---\ntext", []),  # front matter
    ("Outlet p = 0.3", []),
    ("### $$\\prod_{i=1}^n x_i$$", []),  # a bound of a product in math the scanner missed
    ("### Q8. Log loss for one example, y = 1, predicted p = 0.8?", ["y = 1", "p = 0.8"]),
    ("Let p = 0.3 be it.", ["p = 0.3"]),
])
def test_values_given_in_words(text, values):
    assert _values(text) == values


# a value inside math found already is that math's
def test_a_value_in_math_is_left_to_it():
    text = "Let p = 0.3 be it."
    assert _values(text, [(4, 11)]) == []
    assert _values(text, [(20, 30)]) == ["p = 0.3"]


# linear time on long lines
@pytest.mark.parametrize("text", ["a" * 5000, "Let p = " * 2000, "Let " * 3000 + "p = 1",
                                  "### " + "n = 1 " * 2000, "Let p = " + "1" * 5000])
def test_values_in_words_are_fast(text):
    assert least_cpu_seconds(lambda: prose_value_regions(text, [])) < 0.5


CASES = ("## Binomial\n\nLet p = 0.3 be the chance of a click.\n\n### Case n = 10\n\n"
         "$E[X] = np = 10(0.3) = 3$\n\n### Case n = 20\n\n$\\mathrm{{Var}}(X) = np(1-p) = {}$\n")
GIVEN = [("unchecked", "definition of p"), ("unchecked", "definition of n"),
         ("ok", "rules of expectation"),  # E[X] = np under `## Binomial`: the family's mean
         ("ok", "with the values defined above"), ("ok", None), ("unchecked", "n = 20 here"),
         ("ok", "rules of expectation")]


# a value given under `## Binomial` stands under its sub-headings `### Case n = …`
@pytest.mark.parametrize(("value", "verdict"), [
    ("20(0.3)(0.7)", "ok"),
    ("20(0.3)", "error"),  # the factor 1 - p dropped
    ("20(0.7)(0.3)", "ok"),
    ("4.2", "ok"),
    ("6", "unchecked"),  # a number alone after a formula: the values may not be put in
])
def test_a_value_given_above_the_sub_headings(value, verdict):
    assert_verdicts(CASES.format(value), [*GIVEN, (verdict, None)])


# … but not one given under a sibling heading, nor under a heading that has closed
@pytest.mark.parametrize("text", [
    "## Binomial\n\n### Case A\n\nLet p = 0.3 be the chance.\n\n### Case n = 20\n\n"
    "$\\mathrm{Var}(X) = np(1-p) = 20(0.3)$\n",
    "## Binomial\n\nLet p = 0.3 be the chance.\n\n## Poisson\n\nTake n = 20.\n\n"
    "$\\mathrm{Var}(X) = np(1-p) = 20(0.3)$\n",
    "# Binomial\n\nLet p = 0.3 be the chance.\n\n## Part 1\n\n### Case\n\n## Part 2\n\n"
    "Take p = 0.5.\n\n## Part 3\n\nTake n = 20.\n\n$\\mathrm{Var}(X) = np(1-p) = 20(0.3)(0.7)$\n",
])
def test_a_value_of_another_heading_is_not_used(text):
    last = check_document(text, kind="md").steps[-1]
    assert (last.verdict, last.message.split(":")[0]) == ("unchecked", "a substitution")


ACROSS = ("| $x$ | 0 | 1 | 2 |\n|---|---|---|---|\n| $P(X=x)$ | 0.2 | 0.5 | 0.3 |\n\n"
          "$$E[X] = \\sum x P(X=x) = 0(0.2) + 1(0.5) + 2(0.3) = {}$$\n\n"
          "$$E[X^2] = \\sum x^2 P(X=x) = 0(0.2) + 1(0.5) + 4(0.3) = {}$$\n")


# a pmf table written across is the law of X, and Σ x P(X=x) = 0(0.2) + … does not end it
@pytest.mark.parametrize(("mean", "second", "verdicts"), [
    ("1.1", "1.7", ["ok"] * 6),
    ("1.3", "1.7", ["ok", "ok", "error", "ok", "ok", "ok"]),
    ("1.1", "1.9", ["ok"] * 5 + ["error"]),
])
def test_a_pmf_table_written_across(mean, second, verdicts):
    assert_verdicts(ACROSS.format(mean, second), [(v, None) for v in verdicts])


@pytest.mark.parametrize(("text", "expected"), [
    ("| $w$ | -2 | 5 |\n|---|---|---|\n| $P(W=w)$ | 0.5 | 0.5 |\n\n"  # negative values
     "$$E[W] = \\sum w P(W=w) = 1.5$$\n", [("ok", None), ("ok", None)]),
    ("| $w$ | -2 | 5 |\n|---|---|---|\n| $P(W=w)$ | 0.5 | 0.5 |\n\n"
     "$$E[W] = \\sum w P(W=w) = 3.5$$\n", [("ok", None), ("error", None)]),
    ("| $x$ | 0 | 1 | 2 |\n|---|---|---|---|\n| $P(X=x)$ | 0.2 | 0.5 | 0.3 |\n"  # a third row:
     "| $P(Y=x)$ | 0.2 | 0.5 | 0.3 |\n\n$$E[X] = \\sum x P(X=x) = 1.3$$\n",  # no law read
     [("ok", None), ("unchecked", "described in the text")]),
    ("| $x$ | 0 | 1 |\n|---|---|---|\n| $P(X=x)$ | 0.2 | 0.5 |\n\n"  # sums to 0.7: no law
     "$$E[X] = \\sum x P(X=x) = 0.5$$\n", [("ok", None), ("unchecked", None)]),
])
def test_pmf_tables_across_read_or_not(text, expected):
    assert_verdicts(text, expected)


BAYES = ("## Screening\n\n$P(D) = 0.02$, $P(+ \\mid D) = 0.95$, $P(+ \\mid D^c) = 0.1$\n\n"
         "$$P(+) = 0.95 \\times 0.02 + 0.1 \\times 0.98 = 0.117$$\n\n## Testing twice\n\n"
         "$P(D) = 0.162$\n\n### Table\n\n$P(+) = 0.117$\n\n{}\n")
STATED = [("unchecked", "is given")] * 3 + [("ok", None), ("ok", None),
                                            ("unchecked", "a new value for P(D)"),
                                            ("unchecked", "is given")]


# a prior changed for a second test (P(D) = 0.162) is doubtful a heading on: a step wrong only
# through it is unchecked, a step wrong without it stays an error
@pytest.mark.parametrize(("step", "expected"), [
    ("$P(D \\mid +) = \\frac{190}{1170}$", [("unchecked", "stated under an earlier heading")]),
    ("$P(D \\mid -) = \\frac{10}{8830}$", [("unchecked", "stated under an earlier heading")]),
    ("$P(-) = 1 - 0.117 = 0.833$", [("ok", None), ("error", None)]),
    ("$P(-) = 1 - 0.117 = 0.883$", [("ok", None), ("ok", None)]),
])
def test_a_prior_changed_for_a_second_test(step, expected):
    assert_verdicts(BAYES.format(step), [*STATED, *expected])


# a sign as a subscript (`LR_+`, the positive likelihood ratio; `x_{-}`): a name, as TeX sets it;
# a sign before an operand, or a braced sign that is no subscript, stays the sign
@pytest.mark.parametrize(("text", "read"), [
    ("x_+ + x_-", "x__2b_ + x__2d_"),
    ("x_{+}", "x__2b_"),
    ("x_{ - }", "x__2d_"),
    ("a_- + 1", "a__2d_ + 1"),
    ("a {-} b", "a - b"),
    ("x_+(1)", "!unexpected character '_'"),
    ("a_+b", "!unexpected character '_'"),
    ("x_- 1", "!unexpected character '_'"),
    ("x_+ y", "!unexpected character '_'"),
])
def test_a_sign_as_a_subscript(text, read):
    assert_reading(text, read)


# a family named in a heading (`## Binomial`) holds through its sub-headings, not past a
# heading of its level; it only confirms, never refutes
@pytest.mark.parametrize(("text", "verdict"), [
    ("## Binomial\n\n### Case\n\n$E[X] = np$\n", "ok"),
    ("## Binomial\n\n### Case\n\n#### More\n\n$\\mathrm{Var}(X) = np(1-p)$\n", "ok"),
    ("## Binomial\n\n### Poisson part\n\n$E[X] = \\lambda$\n", "ok"),  # the nearest name
    ("## Binomial\n\n## Case\n\n$E[X] = np$\n", "unchecked"),
    ("# Binomial\n\n## A\n\n# Next\n\n$E[X] = np$\n", "unchecked"),
    ("## Binomial\n\n### Case\n\n$\\mathrm{Var}(X) = np$\n", "unchecked"),
])
def test_a_family_named_in_a_heading_holds_under_its_sub_headings(text, verdict):
    assert_verdicts(text, [(verdict, None)])


GAME = ("| outcome | win | lose | draw |\n|---|---|---|---|\n| payoff $W$ | 5 | -2 | 0 |\n"
        "| {} | 0.2 | 0.5 | {} |\n{}\n$$E[W] = {} = {}$$\n")


# a table across whose rows are named in words (`payoff $W$`, `prob.`) under a row of labels
@pytest.mark.parametrize(("cells", "expected"), [
    (("prob.", "0.3", "", "5(0.2) + (-2)(0.5) + 0(0.3)", "0"), ["ok", "ok"]),
    (("prob.", "0.3", "", "5(0.2) + (-2)(0.5) + 0(0.3)", "2"), ["ok", "error"]),
    (("prob.", "0.3", "", "5(0.2) + 2(0.5) + 0(0.3)", "2"), ["error", "ok"]),
    (("Wahrscheinlichkeit", "0.3", "", "5(0.2) + (-2)(0.5) + 0(0.3)", "0"), ["ok", "ok"]),
    (("prob.", "0.2", "", "5(0.2) + (-2)(0.5) + 0(0.3)", "0"),  # sums to 0.9: no law
     ["unchecked", "ok"]),
    (("prob.", "0.3", "| $W^2$ | 25 | 4 | 0 |\n", "5(0.2) + (-2)(0.5) + 0(0.3)", "0"),
     ["unchecked", "ok"]),  # another row of numbers: not read as the law
    (("outcome", "0.3", "", "5(0.2) + (-2)(0.5) + 0(0.3)", "0"), ["unchecked", "ok"]),
])
def test_a_table_across_named_in_words(cells, expected):
    assert_verdicts(GAME.format(*cells), [(v, None) for v in expected])


# linear time on long tables and cells
@pytest.mark.parametrize("text", [
    "| " + "a" * 5000 + " | 1 |\n|---|---|\n| prob. | 1 |\n",
    "| payoff " + " " * 5000 + "$W$ | 1 |\n|---|---|\n| " + "p" * 5000 + " | 1 |\n",
    ("| $x$ | 0 |\n|---|---|\n" + "| $P(X=x)$ | 1 |\n" * 2000),
    "|" * 5000 + "\n" + "|---" * 2000 + "|\n",
])
def test_pmf_tables_are_fast(text):
    assert least_cpu_seconds(lambda: pmf_table_laws(text, [])) < 0.5


BINOMIAL = "## Binomial\n\nLet p = 0.3 be the chance.\n\n### Case n = 10\n\n$P(X = 0) = {}$\n"
POISSON = "## Poisson\n\nLet $\\lambda = 2$.\n\n$P(X = 2) = {}$\n"
GEOMETRIC = "## Geometric\n\nLet p = 0.25 be the chance of a success.\n\n${} = {}$\n"


# P(X = k) under a family named in a heading: its masses in the usual letters, with the numbers
# given, confirm; a mass that differs stays unchecked (the name never refutes)
@pytest.mark.parametrize(("text", "expected"), [
    (BINOMIAL.format("(1-p)^n"), ["unchecked", "unchecked", "ok"]),
    (BINOMIAL.format("(1-p)^{n-1}"), ["unchecked", "unchecked", "unchecked"]),
    (BINOMIAL.format("p^n"), ["unchecked", "unchecked", "unchecked"]),
    (POISSON.format("\\frac{\\lambda^2 e^{-\\lambda}}{2!}"), ["unchecked", "ok"]),
    (POISSON.format("\\lambda^2 e^{-\\lambda}"), ["unchecked", "unchecked"]),
    (GEOMETRIC.format("P(X = 3)", "(1-p)^2 p"), ["unchecked", "ok"]),  # trials to a success
    (GEOMETRIC.format("P(X > 3)", "(1-p)^3"), ["unchecked", "ok"]),
    (GEOMETRIC.format("P(X = 3)", "(1-p)^3 p"), ["unchecked", "unchecked"]),
    ("## Geometric\n\nLet p = 0.25; X counts the failures before the first success.\n\n"
     "$P(X = 3) = (1-p)^2 p$\n", ["unchecked", "unchecked"]),  # failures: no family in force
    ("Let p = 0.25 be the chance.\n\n$P(X = 3) = (1-p)^2 p$\n", ["unchecked", "unchecked"]),
    ("## Binomial\n\n$X \\sim \\text{Bin}(5, 0.5)$\n\n$P(X = 0) = 0.5^4$\n",  # declared: its law
     ["unchecked", "error"]),
])
def test_masses_of_a_family_named_in_a_heading(text, expected):
    assert_verdicts(text, [(v, None) for v in expected])
