"""The thirty-second held-out set of real notes (outside the repository), first part: habits
found there, each written here in our own words as a construct and the verdict it must get."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.batch import check_document


# a limit over a sum with `…` equal to a plain expression that has `…` too (a log of a product
# of many letters): the other side is no limit (was 'internal error (IndexError)'); the runs
# of subscripted names are read, the limit stays unchecked
@pytest.mark.parametrize(("text", "expected"), [
    ("$$\\lim_{t \\to \\infty} (b_1 + \\dots + b_m) t = \\ln (b_1 \\dots b_m)$$\n",
     [("unchecked", None)]),
    ("$$\\lim_{t \\to 0} (c_1 + \\dots + c_k) = \\ln (c_1 c_2 \\dots c_k)$$\n",
     [("unchecked", None)]),
])
def test_limit_with_dots_beside_no_limit(text, expected):
    assert_verdicts(text, expected)
    assert "internal error" not in check_document(text, kind="md").steps[0].message


# an inequality after a verb asking to solve it (in several languages): posed, no claim that it
# holds for every value (was 'the inequality does not hold')
@pytest.mark.parametrize(("text", "expected"), [
    ("Solve: $\\frac{3t + 1}{t - 2} < \\frac{t}{2t + 7}$\n", [("unchecked", "to solve")]),
    ("Résoudre dans R : $\\frac{t - 4}{t + 3} \\ge 2t$\n", [("unchecked", "to solve")]),
    ("Giải bất phương trình: $$\\frac{1}{t + 1} > t$$\n", [("unchecked", "to solve")]),
])
def test_inequality_posed_to_solve(text, expected):
    assert_verdicts(text, expected)


def test_an_inequality_stated_after_other_prose_is_still_a_claim():
    """A guard beside the rows above: no verb of solving before it, so it is judged."""
    assert_verdicts("Then: $\\frac{3t + 1}{t - 2} < \\frac{t}{2t + 7}$\n", [("error", None)])


# conditions on both sides of ⇒ or ⇔ on one line (a double inequality divided through, a row of
# a sign table): the side after the arrow goes on from the side before it, never each link a
# claim over every value (was five errors 'the inequality does not hold', and 6 ⇔ 4/3 a step)
SIGN_ROWS = "$g = t^2 - 6t$\n\n$g' = 2t - 6$\n\n- $t < 3 \\Rightarrow g' < 0$\n" \
            "- $t > 3 \\Rightarrow g' > 0$\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("$$6 \\le 2t \\le 10 \\Leftrightarrow 3 \\le t \\le 5$$\n",
     [("unchecked", "a condition"), ("ok", "equivalent")]),
    ("$$-3t < 6 \\Leftrightarrow t > -2$$\n", [("unchecked", "a condition"), ("ok", None)]),
    (SIGN_ROWS, [("unchecked", "definition"), ("ok", None)] + [("unchecked", "a condition")] * 4),
])
def test_conditions_on_both_sides_of_an_arrow(text, expected):
    assert_verdicts(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("$$-3t < 6 \\Leftrightarrow t < -2$$\n", [("unchecked", "a condition"), ("error", None)]),
    ("$$6 \\le 2t \\le 10 \\Leftrightarrow 3 \\le t \\le 4$$\n",
     [("unchecked", "a condition"), ("error", "does not follow")]),
    ("$$t^2 > 4 \\Rightarrow t > 2$$\n", [("unchecked", "a condition"), ("error", None)]),
])
def test_a_wrong_consequence_of_a_condition_is_still_an_error(text, expected):
    assert_verdicts(text, expected)


# a letter defined above as a function, then used on a line as the increment of a difference
# quotient (`t + k`, over k, k → 0): there `k(…)` is a product (was 'not equal to the previous
# expression': k(2t + k) read as a call of the function k)
QUOTIENT = "$k(t) = 4t - 1$\n\n$$\\frac{(t+k)^2 - t^2}{k} = \\frac{2tk + k^2}{k} = " \
           "\\frac{k(2t + {inner})}{k} = 2t + k$$\n"


@pytest.mark.parametrize(("text", "expected"), [
    (QUOTIENT.replace("{inner}", "k"), [("unchecked", "definition")] + [("ok", None)] * 3),
    ("$k(t) = 4t - 1$\n\n$$\\lim_{k \\to 0} \\frac{k(3 + k)}{k} = 3$$\n",
     [("unchecked", "definition"), ("ok", None)]),
])
def test_function_letter_as_an_increment(text, expected):
    assert_verdicts(text, expected)


def test_a_slip_with_the_increment_and_a_call_of_the_function_elsewhere():
    """Guards beside the rows above: the product is still checked, and the function is still
    called on lines without the increment."""
    assert_verdicts(QUOTIENT.replace("{inner}", "2k") + "\n$k(2) + k(1) = 10$\n",
                    [("unchecked", "definition"), ("ok", None), ("error", None), ("ok", None),
                     ("ok", None)])


# two terms of a geometric sequence given, then the one equation divided by the other (or the
# two multiplied): it follows from the two together (was 'this equation does not follow from
# the previous one', the last equation alone compared)
TWO_TERMS = "$v_n = v_1 r^{n-1}$\n\n$v_7 = v_1 r^6 = 96$\n\n$v_4 = v_1 r^3 = 12$\n\n$${last}$$\n"
GIVEN = [("unchecked", "definition"), ("unchecked", "definition"), ("unchecked", "substitution"),
         ("unchecked", "definition"), ("unchecked", "substitution")]


@pytest.mark.parametrize(("last", "expected"), [
    ("\\frac{v_1 r^6}{v_1 r^3} = \\frac{96}{12}", GIVEN + [("unchecked", "divided by")]),
    ("v_1 r^6 \\cdot v_1 r^3 = 96 \\cdot 12", GIVEN + [("unchecked", "times")]),
])
def test_one_given_equation_divided_by_another(last, expected):
    assert_verdicts(TWO_TERMS.replace("{last}", last), expected)


def test_a_wrong_quotient_of_the_given_equations_is_still_an_error():
    """A guard beside the rows above: 96/12 written as 96/16 is not the quotient."""
    assert_verdicts(TWO_TERMS.replace("{last}", "\\frac{v_1 r^6}{v_1 r^3} = \\frac{96}{16}"),
                    GIVEN + [("error", "does not follow")])


# a conditional entropy of each value of a feature, in one sub-table per branch: under a later
# heading H(Y|b) is another value than H(Y|a), even when both names had the value 0 above (was
# 'H_cond(Y, b) is 1 above, not this': the two left sides compared by their old values)
BRANCHES = "### Left\n\n$H(\\textrm{Y}|\\textrm{a}) = 0$\\\n$H(\\textrm{Y}|\\textrm{b}) = 0$\n\n" \
           "### Right\n\n$H(\\textrm{Y}|\\textrm{a}) = 1$\\\n$H(\\textrm{Y}|\\textrm{b}) = 0.65$\n"


def test_conditional_entropies_of_other_values_under_a_later_heading():
    assert_verdicts(BRANCHES, [("unchecked", "definition"), ("unchecked", "definition"),
                               ("unchecked", "earlier heading"), ("unchecked", "earlier heading")])


def test_one_conditional_entropy_said_twice_with_two_values_is_still_an_error():
    """A guard beside the row above: the same arguments, another value, in one sub-table."""
    assert_verdicts("$H(\\textrm{Y}|\\textrm{a}) = 1$\\\n$H(\\textrm{Y}|\\textrm{a}) = 0.9$\n",
                    [("unchecked", "definition"), ("error", None)])


# one-sided derivatives of an absolute value: under `at t = 3`, each side's branch written as
# `t → 3⁻: g(t) = 9 - t^2`: the branch on that side, no new body for every t (was 'g(t) was
# defined above as |t^2 - 9|', an error)
ABSOLUTE = "**Task:** $g(t) = |9 - t^2|$. Find its derivative at $t = 3$.\n- **At $t = 3$:**\n" \
           "  - $t \\to 3^{side}: g(t) = {branch} \\Rightarrow g'_{{side}}(3) = 6$\n"


@pytest.mark.parametrize(("side", "branch", "expected"), [
    ("-", "9 - t^2", ("ok", "on the left of 3")),
    ("+", "t^2 - 9", ("ok", "on the right of 3")),
    ("+", "9 - t^2", ("unchecked", "on the right of 3 only")),
])
def test_branch_of_an_absolute_value_on_one_side(side, branch, expected):
    text = ABSOLUTE.replace("{side}", side).replace("{branch}", branch)
    assert_verdicts(text, [("unchecked", "definition"), ("unchecked", None),
                           ("unchecked", "a value given"), expected, ("unchecked", "definition")])


# under a limit, one factor of the denominator traded for its equivalent (t sin t written t²,
# the numerator kept), or a root cut to its truncated expansion in a function (√(1 + 2 tan t)
# written 1 + tan t - ½tan²t): the limit is the same for that reason (was 'the limits agree
# only by luck', an error); two polynomials that differ still agree only by luck
def _two_limits(old: str, new: str, value: str) -> str:
    return f"$$\\lim_{{t \\to 0}} {old} = \\lim_{{t \\to 0}} {new} = {value}$$\n"


@pytest.mark.parametrize(("text", "expected"), [
    (_two_limits("\\frac{e^{t} - 1 - t}{t \\sin t}", "\\frac{e^{t} - 1 - t}{t^2}", "\\frac{1}{2}"),
     [("ok", "equivalent"), ("ok", None)]),
    (_two_limits("\\frac{\\sqrt{1 + 2 \\tan t} - 1 - t}{t \\ln(1 + t)}",
                 "\\frac{1 + \\tan t - \\frac{1}{2}\\tan^2 t - 1 - t}{t^2}", "-\\frac{1}{2}"),
     [("ok", "equivalent"), ("ok", None)]),
])
def test_a_factor_or_a_root_traded_for_an_equivalent(text, expected):
    assert_verdicts(text, expected)


def test_two_polynomials_under_the_limit_still_agree_only_by_luck():
    """A guard beside the rows above: a term of the numerator changed (t² to 2t²)."""
    assert_verdicts(_two_limits("\\frac{3t + t^2}{t(1 + t)}", "\\frac{3t + 2t^2}{t(1 + t)}", "3"),
                    [("error", "by luck"), ("ok", None)])


# inline math opened after an item's label that runs over lines (a `\\` at the end of each) and
# closes with a `$` alone on its line: the math ends there (it ran on into the next item, whose
# `b.` read as math: 'unexpected character'); and `g^4(t)` beside g', g'', g''' may be the
# fourth derivative (Taylor notes), so a step wrong only as a power is not sure
ITEMS = "a. $g(t) = e^{3t}$ and $t_0 = 0 \\\\\ng'(t) = 3e^{3t},\\ g''(t) = 9e^{3t}\n$\n  <br>\n" \
        "b. $k(t) = \\cos t$ and $t_0 = 0 \\\\\nk'(t) = -\\sin t,\\ k''(t) = -\\cos t\n$\n"
FOURTH = "$g(t) = e^{3t}$\n\n$g'''(t) = 27e^{3t},\\ g^4(t) = 81e^{3t}$\n"


@pytest.mark.parametrize(("text", "expected"), [
    (ITEMS, [("unchecked", "definition"), ("unchecked", None), ("ok", None), ("ok", None),
             ("unchecked", "definition"), ("ok", None), ("ok", None), ("ok", None)]),
    (FOURTH, [("unchecked", "definition"), ("ok", None), ("unchecked", "derivative of order 4")]),
])
def test_items_of_inline_math_over_lines(text, expected):
    assert_verdicts(text, expected)


def test_a_wrong_value_of_a_power_written_with_brackets_is_still_an_error():
    """A guard beside the rows above: `(g(t))^2` is a power, checked as one."""
    assert_verdicts("$g(t) = e^{3t}$\n\n$(g(t))^2 = e^{9t}$\n",
                    [("unchecked", "definition"), ("error", None)])


# a formula in an HTML `<pre>` line, in bold, in a note written as HTML (decimal commas, `*` for
# a product): read as plain math, so its arithmetic is checked (was never read: no step)
@pytest.mark.parametrize(("text", "expected"), [
    ("<p>The mean is:</p>\n<pre align=\"center\"><b>M = 4 * 0,25 + 2 * 0,75 = 2,5</b></pre>\n",
     [("unchecked", "definition"), ("ok", None)]),
    ("<p>The mean is:</p>\n<pre><b>M = 4 * 0,25 + 2 * 0,75 = 3,5</b></pre>\n",
     [("unchecked", "definition"), ("error", None)]),
    ("<pre><code>total = total + 1</code></pre>\n", []),
])
def test_formula_in_an_html_pre_line(text, expected):
    assert_verdicts(text, expected)
