"""False alarms and misses met in a held-out set of real notes (slips30, outside the
repository): each habit written here in our own words as a construct and the verdict it
must get, the right form beside it where the slip is still seen."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts, assert_verdicts_on_line

from tutor.batch import check_document

# a rule's template on a numbered line, the parts it uses named beside it in prose, then the
# rule filled in on a line that opens with `=`: the `=` goes on from the template, never from
# the last part named (3/(x^2+4) by the quotient rule)
TEMPLATE = ("1. $\\dfrac{{p'q-pq'}}{{q^2}}${beside}\n"
            "2. $=\\dfrac{{0\\cdot (x^2+4)-3\\cdot 2x}}{{(x^2+4)^2}}$\n")


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (TEMPLATE.format(beside=" where $q(x)=x^2+4$, $q'(x)=2x$"), 2, ["unchecked"]),
    (TEMPLATE.format(beside=" where $q=x^2+4$ and $q'(x)=2x$"), 2, ["unchecked"]),
    (TEMPLATE.format(beside=" $\\quad p=3, \\quad q=x^2+4, \\quad q'=2x$"), 2, ["unchecked"]),
    (TEMPLATE.format(beside=" $\\qquad q=x^2+4,\\; q'=2x$"), 2, ["unchecked"]),
])
def test_template_then_parts_beside_it(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# the same, the rule's f given a value beside it (its derivative 0: another f, here 1) while an
# f stands above: whose f the filled-in rule uses is not sure, so no error
OTHER_F = ("Let $f(x)=\\dfrac{2x+1}{x+3}$.\n\n"
           "1. $\\dfrac{f'(x)g(x)-g'(x)f(x)}{(g(x))^2}$ $f'(x)=0, \\quad g(x)=x^2+6x+9, \\quad "
           "g'(x)=2x+6$\n2. $=\\dfrac{0(x+3)^2-(2x+6)(1)}{((x+3)^2)^2}$\n")


def test_template_parts_beside_it_and_a_name_above():
    assert_verdicts_on_line(OTHER_F, 4, ["unchecked"])


# a column of values said to be close to a column of rounded numbers: each entry gets the
# rounding a number gets (σ(0.3) = 0.574…, σ(0.7) = 0.668…)
COLUMN = ("$h = \\begin{{bmatrix}} \\sigma(0.3) \\\\ \\sigma(0.7) \\end{{bmatrix}} {relation} "
          "\\begin{{bmatrix}} 0.57 \\\\ {second} \\end{{bmatrix}}$\n")


@pytest.mark.parametrize(("text", "expected"), [
    (COLUMN.format(relation="\\approx", second="0.67"), [("unchecked", None), ("ok", None)]),
    (COLUMN.format(relation="≈", second="0.670"), [("unchecked", None), ("ok", None)]),
    (COLUMN.format(relation="=", second="0.67"), [("unchecked", None), ("ok", None)]),
])
def test_rounded_entries_of_a_column(text, expected):
    assert_verdicts(text, expected)


@pytest.mark.parametrize(("text", "method"), [
    (COLUMN.format(relation="\\approx", second="0.71"), "entry (2, 1)"),  # the slip, and where
    (COLUMN.format(relation="=", second="0.75"), "entry (2, 1)"),
])
def test_wrong_entry_of_a_column_named(text, method):
    steps = check_document(text, kind="md").steps
    assert [s.verdict for s in steps] == ["unchecked", "error"], steps
    assert method in steps[-1].method, steps[-1]


# the chain rule's outer part named in prose as a function (`outer function $g(v) = …$`): read,
# so the line below that differentiates it in v is never held to the whole g of the heading
# (unchecked: which g is meant is not sure); in a letter of its own it is simply defined
OUTER = ("## Problem: $g(x) = e^{{5x^2}}$\n\nIt has an outer function ${name}(v) = e^{{v}}$ and an "
         "inner function $v = 5x^2$.\n\n$${name}'(v) = {derivative}$$\n")


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (OUTER.format(name="g", derivative="e^{v}"), 5, ["unchecked"]),
    (OUTER.format(name="h", derivative="e^{v}"), 5, ["ok"]),
    (OUTER.format(name="h", derivative="v e^{v}"), 5, ["error"]),
])
def test_outer_function_named_in_prose(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# a function's name in upright letters with a one-letter argument and a bracket right after it
# (`\text{sin}y(\text{cos}t-1)`): a bracket holding a trigonometric function after a bare
# trigonometric argument multiplies the function (tutor.read.trig_brackets), as the writer
# means: sin(y)·(cos t - 1); a step right so read is right, under a limit too
QUOTIENT = ("$$\\lim_{{t \\to 0}} \\frac{{{s}y{c}t+{c}y{s}t-{s}y}}{{t}}="
            "\\lim_{{t \\to 0}} \\frac{{{s}y({c}t-1)+{c}y{s}t}}{{t}}$$\n")
COSINE = ("$$\\lim_{t \\to 0} \\frac{\\text{cos}y\\text{cos}t-\\text{sin}y\\text{sin}t"
          "-\\text{cos}y}{t}=\\lim_{t \\to 0} "
          "\\frac{\\text{cos}y(\\text{cos}t-1)-\\text{sin}y\\text{sin}t}{t}$$\n")
FACTORED = "$${s}y{c}t-{s}y = {s}y({c}t-1)$$\n"


@pytest.mark.parametrize(("text", "expected"), [
    (QUOTIENT.format(s="\\text{sin}", c="\\text{cos}"), [("ok", None)]),
    (QUOTIENT.format(s="\\mathrm{sin}", c="\\mathrm{cos}"), [("ok", None)]),
    (QUOTIENT.format(s="\\operatorname{sin}", c="\\operatorname{cos}"), [("ok", None)]),
    (QUOTIENT.format(s="\\sin ", c="\\cos "), [("ok", None)]),
    (COSINE, [("ok", None)]),
    (FACTORED.format(s="\\text{sin}", c="\\text{cos}"), [("ok", None)]),
])
def test_upright_function_then_bracket(text, expected):
    assert_verdicts(text, expected)


# MyST directives written as fences (```{note}, ````{admonition} Title with a ```{dropdown}
# inside it): their bodies are Markdown, so the math in them is read
DIRECTIVE = ("{outer}{{{name}}} Worked answer\n:class: tip\n$$g(x) = x^3 - 2x$$\n\n"
             "```{{dropdown}} Steps\n$$g'(x) = {derivative}$$\n```\n{outer}\n")


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (DIRECTIVE.format(outer="````", name="admonition", derivative="3x^2 - 2"), 6, ["ok"]),
    (DIRECTIVE.format(outer="````", name="admonition", derivative="3x^2 + 2"), 6, ["error"]),
    (DIRECTIVE.format(outer="````", name="note", derivative="3x^2 - 2"), 6, ["ok"]),
    (DIRECTIVE.format(outer="`````", name="tip", derivative="3x^2 + 2"), 6, ["error"]),
])
def test_math_in_directive_fences(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)



# TeX's infix `\over` with no braces around: the whole span is the fraction (`$3 \over 12$`),
# each span its own when an `=` of the prose joins two; a relation inside stays unread
@pytest.mark.parametrize(("text", "line", "verdicts"), [
    ("$$3 \\over 12$$\n$$= 0.25$$\n", 2, ["ok"]),
    ("$$x+1 \\over x-1$$\n$$= 1 + \\frac{2}{x-1}$$\n", 2, ["ok"]),
    ("The share is $1 \\over 4$ = $2 \\over 8$ of all.\n", 1, ["ok"]),
    ("The share is $1 \\over 4$ = $3 \\over 8$ of all.\n", 1, ["error"]),
])
def test_over_without_braces(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# an `=` in the prose after a sum written in the prose (`$\frac{2}{10}$ + $\frac{3}{10}$ =
# $\frac{5}{10}$`): it does not join the last two spans alone (3/10 is not 5/10)
def test_prose_sum_not_joined_at_its_equals():
    text = "Together $\\frac{2}{10}$ + $\\frac{3}{10}$ = $\\frac{5}{10}$ of the runs.\n"
    assert_verdicts(text, [])


# a name used in a part above with no value (`2r`), then in a later example given a formula
# in names whose numbers are given, worked out to a number: defined from here, so the lines
# after it that put its number in are checked (were: "a substitution: holds when r = …")
RESIDUAL = ("## Part one\n\n$$\\frac{{dJ}}{{dr}} = 2r$$\n\n## Part two\n\n* $t = 7$\n* $p = 3$\n\n"
            "$$r = p - t = 3 - 7 = {value}$$\n\n$$J = r^2 = (-4)^2 = 16$$\n\n$$2r = {twice}$$\n")


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (RESIDUAL.format(value="-4", twice="2(-4) = -8"), 12, ["unchecked", "ok", "ok"]),
    (RESIDUAL.format(value="-4", twice="2(-4) = -8"), 14, ["ok", "ok"]),
])
def test_formula_worked_out_for_a_name_used_above(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# the same with the numbers given under a heading of their own and the work under the next
SECTIONED = ("## Part one\n\n$$\\frac{dJ}{dr} = 2r$$\n\n## Part two\n\n### Data\n\n* $t = 7$\n"
             "* $q = 1$\n\n### Work\n\n$$p = 3q = 3$$\n\n$$r = p - t = 3 - 7 = -4$$\n\n"
             "$$J = r^2 = 16$$\n")


def test_formula_worked_out_under_another_heading():
    assert_verdicts_on_line(SECTIONED, 18, ["unchecked", "ok"])


# the value of such a limit: right read as the writer means it, never an error for TeX's reading
@pytest.mark.parametrize(("text", "expected"), [
    ("$$\\lim_{t \\to 0} \\frac{\\text{cos}y(\\text{cos}t-1)}{t}=0$$\n", [("ok", None)]),
])
def test_limit_value_with_upright_function_then_bracket(text, expected):
    assert_verdicts(text, expected)
