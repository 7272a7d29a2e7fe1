"""The thirty-second held-out set of real notes, second look (outside the repository): false
alarms and missed slips found there, each written here in our own words as a construct and the
verdicts it must get."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts


# a chain of ⇒ between inequalities says each follows from the ones before it: never each
# inequality as a claim for every value of the letter (was 'the inequality does not hold' at 0)
@pytest.mark.parametrize(("text", "expected"), [
    ("So $t>3\\implies t-3>0$ here.\n",
     [("unchecked", "a condition"), ("ok", "equivalent")]),
    ("So $t>3\\implies t-3>0\\implies t(t-3)>0$ here.\n",
     [("unchecked", "a condition"), ("ok", None), ("ok", None)]),
    # the last link uses the first (t < 0), not only the one just before it (t - 3 < 0)
    ("Else $t<0\\implies t-3<0\\implies t(t-3)>0$ here.\n",
     [("unchecked", "a condition"), ("ok", None), ("ok", None)]),
    # a link that does not follow is still wrong
    ("So $t>3\\implies t-3<0$ here.\n",
     [("unchecked", "a condition"), ("error", "does not follow")]),
    ("$$\n-3u < 6 \\implies u < -2\n$$\n",
     [("unchecked", "a condition"), ("error", "does not follow")]),
])
def test_implication_chain_of_inequalities(text, expected):
    assert_verdicts(text, expected)


# a remark in brackets with a formula in it, between a row and the row that goes on from it
# (`<` or `=` opening it): an aside, never the value the next row goes on from (was compared
# with the remark's last number: 'the inequality does not hold')
@pytest.mark.parametrize(("text", "expected"), [
    ("$S = \\frac{2}{7}(\\frac{1}{2})^{3}<$\n\n(as $\\frac{2}{7}<\\frac{1}{3}$)\n\n"
     "$<\\frac{1}{3}(\\frac{1}{2})^{3}=\\frac{1}{24}$\n",
     [("parse_error", None), ("ok", None), ("ok", None)]),
    ("$$\n(y+2)^2 = y^2+4y+4 <\n$$\n\n(since $3 < 5$)\n\n$$\n< y^2+4y+5\n$$\n",
     [("parse_error", None), ("ok", None), ("unchecked", "nothing comes before")]),
    ("$$\n(y+2)^2 = y^2+4y+4\n$$\n\n(here $k = 7$)\n\n$$\n= y^2+4y+4\n$$\n",
     [("ok", None), ("unchecked", "definition"), ("ok", None)]),
    ("$$\n(y+2)^2 = y^2+4y+4\n$$\n\n(here $k = 7$)\n\n$$\n= y^2+4y+6\n$$\n",
     [("ok", None), ("unchecked", "definition"), ("error", None)]),
])
def test_remark_in_brackets_is_an_aside(text, expected):
    assert_verdicts(text, expected)


# one root of an equation with letters in it written as the unknown's value (the + branch of
# ±): one of the solutions (was 'this equation does not follow'); a value that solves nothing
# is still wrong
ROOT_CHOSEN = "Solve for $u$:\n\n$$\nr u^2 + 4u + s = 0\n$$\n\n$$\nu = {root}\n$$\n"


@pytest.mark.parametrize(("root", "expected"), [
    ("\\frac{-4 + \\sqrt{16 - 4rs}}{2r}", "one of the solutions"),
    ("\\frac{-4 - \\sqrt{16 - 4rs}}{2r}", "one of the solutions"),
    ("\\frac{-2 + \\sqrt{4 - rs}}{r}", "one of the solutions"),
])
def test_one_root_chosen(root, expected):
    assert_verdicts(ROOT_CHOSEN.format(root=root),
                    [("unchecked", "premise"), ("unchecked", expected)])


@pytest.mark.parametrize("root", ["\\frac{-4 + \\sqrt{16 - 4rs}}{r}",
                                  "\\frac{4 + \\sqrt{16 - 4rs}}{2r}"])
def test_a_wrong_root_is_still_an_error(root):
    assert_verdicts(ROOT_CHOSEN.format(root=root),
                    [("unchecked", "premise"), ("error", "does not follow")])


# a row opening with `=` right under a line of prose that holds a relation not read as math
# (a bullet `* name = words × words`): the value of that line, never a step on from the block
# before it (was 'not equal to the previous expression', compared with the last result above)
UNDER_A_BULLET = "P(word | S)\n= (1/5) × (2/5)\n= 2/25\n\n* Total mass = P(S) × weight\n" \
    "  = 0.5 × (3/40)\n  = {value}\n"


@pytest.mark.parametrize(("value", "last"), [("0.0375", "ok"), ("0.0475", "error")])
def test_row_under_unread_prose_relation(value, last):
    assert_verdicts(UNDER_A_BULLET.format(value=value), [
        ("unchecked", None), ("ok", None), ("unchecked", "the value of 'Total mass'"),
        (last, None)])


# a claim with the interval of its letter said just after it (`for all $x \in [a, b]$`) holds
# there: checked there only (was refuted at a point outside the interval)
@pytest.mark.parametrize(("text", "expected"), [
    ("We show that $|v-(1+\\frac{v-1}{2})|< 0.5 \\cdot 10^{-1}=\\frac{1}{20}$ for all "
     "$v\\in[\\frac{19}{20},\\frac{21}{20}]$.\n", [("ok", None), ("ok", None)]),
    ("Here $|v - 1| < 0.1 \\cdot 3 = 0.3$ for all $v \\in [0.8, 1.2]$.\n",
     [("ok", None), ("ok", None)]),
    ("Here $\\frac{1}{v} > 0.5 \\cdot 0.5 = 0.25$ for all $v \\in (0, 4)$.\n",
     [("ok", None), ("ok", None)]),
])
def test_claim_on_a_stated_interval(text, expected):
    assert_verdicts(text, expected)


def test_a_claim_false_inside_its_interval_is_still_wrong():
    """A guard beside the rows above: the interval narrows the check, it does not skip it."""
    assert_verdicts("Here $|v - 1| < 0.1 \\cdot 1 = 0.1$ for all $v \\in [0.8, 1.2]$.\n",
                    [("error", "does not hold"), ("ok", None)])


# a letter x used as a times sign between numbers in brackets, in a line with no other letter:
# read as × (it was read as a variable: 'a substitution'); x next to a letter stays a variable
@pytest.mark.parametrize(("text", "expected"), [
    ("Two cases:\n\n(2/7)x(3/8)+(5/7)x(1/8)=11/56\n", [("ok", None)]),
    ("Two cases:\n\n(2/7)x(3/8)+(5/7)x(1/8)=13/56\n", [("error", None)]),
    ("Two cases:\n\n(2/7)x(3/8) = 3/28\n", [("ok", None)]),
])
def test_letter_x_as_a_times_sign(text, expected):
    assert_verdicts(text, expected)


def test_x_beside_a_variable_stays_a_variable():
    """A guard beside the rows above: `(x+1)x(2)` holds x as a variable, never a times sign."""
    assert_verdicts("$$\n(x+1)x(2) = 2x^2+2x\n$$\n", [("ok", None)])


# a library function written out as a formula in a code span alone on its line: read as math
# (it was never read, so a slip in it went unseen); code that assigns stays code
@pytest.mark.parametrize(("text", "expected"), [
    ("The squash:\n\n`tanh(u) = (e^u - 1) / (e^u + 1)`\n", [("error", None)]),
    ("The squash:\n\n`tanh(u) = (e^{2u} - 1) / (e^{2u} + 1)`\n", [("ok", None)]),
    ("The squash:\n\n`sigmoid(u) = 1 / (1 + exp(-u))`\n", [("ok", None)]),
    ("The update:\n\n`u = u + 1`\n", []),
])
def test_function_written_out_in_code(text, expected):
    assert_verdicts(text, expected)


# a result in Markdown bold after `=` on a line of plain math (`= **0.5**`): the number, not
# a power (it was a parse error: "unexpected '**'")
@pytest.mark.parametrize(("text", "expected"), [
    ("Priors:\n\n* P(H) = 3/6 = **0.5**\n", [("unchecked", "given"), ("ok", None)]),
    ("Priors:\n\n* P(H) = 3/6 = **0.6**\n", [("unchecked", "given"), ("error", None)]),
])
def test_bold_result_on_a_plain_line(text, expected):
    assert_verdicts(text, expected)


# a value the prose right after it calls approximate (`with an error of at most …`): its last
# `=` is read as ≈ (it was 'not equal to the previous expression'); far off, never ok
@pytest.mark.parametrize(("text", "expected"), [
    ("So $(1/2)e^{1/2}=33/40$ with an error of at most $0.01$.\n", [("ok", "previous")]),
    ("So $f(1/2)=(1/2)e^{1/2}=33/40$ with an error of at most $0.01$.\n",
     [("unchecked", "definition"), ("ok", "previous")]),
    ("So $(1/2)e^{1/2}=33/40$, approximately.\n", [("ok", "previous")]),
])
def test_value_said_approximate(text, expected):
    assert_verdicts(text, expected)


def test_a_value_far_off_is_never_ok_when_said_approximate():
    """A guard beside the rows above: ≈ still needs the value near (far off, not ok)."""
    assert_verdicts("So $(1/2)e^{1/2}=9/10$ with an error of at most $0.01$.\n",
                    [("unchecked", "approximation")])
