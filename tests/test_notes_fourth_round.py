"""The fourth round of real-notes habits (statistics, naive Bayes, information theory): a
rounded decimal multiplied in, a variance given as σ² = value, a given restated for a new
table, a proportionality, names whose values a chain stated."""

from __future__ import annotations

import pytest

import tutor
from tests.document_steps import assert_verdicts
from tutor.batch import check_document


# one rounded decimal multiplied in beside an exact side: equal when it is that value rounded
@pytest.mark.parametrize(("a", "b", "expected"), [
    ("0.8*0.6781", "0.8*log(1.6)/log(2)", "equal"),          # log₂ 1.6 = 0.678072
    ("0.2*(-1.3219)", "0.2*log(0.4)/log(2)", "equal"),
    ("0.5*3.3219", "0.5*log(10)/log(2)", "equal"),
    ("0.8*0.6782", "0.8*log(1.6)/log(2)", "not_equal"),      # one unit off in the last digit
    ("0.2*1.3219", "0.2*log(0.4)/log(2)", "not_equal"),      # the sign lost
    ("0.5*0.123", "0.0616", "unknown"),                      # both sides rounded: either slipped
])
def test_one_rounded_decimal_multiplied_in(a, b, expected):
    assert tutor.compare(a, b).status == expected
    assert tutor.compare(b, a).status == expected


GIVEN_THEN_A_TABLE = (
    "A bit has $P(X = 0) = 0.8$ and $P(X = 1) = 0.2$.\n\n"
    "For a joint table: $P(X = 0) = 0.4 + 0.1 = 0.5$.\n\n"
    "Then $P(X = 1) = 0.2 + 0.3 = {}$.\n")


# a given computed anew from numbers (a new table): a new example, its arithmetic still checked
@pytest.mark.parametrize(("last", "verdict"), [("0.5", "ok"), ("0.6", "error")])
def test_a_given_computed_anew(last, verdict):
    assert_verdicts(GIVEN_THEN_A_TABLE.format(last), [
        ("unchecked", "is given"), ("unchecked", "is given"),
        ("unchecked", "a new value for P(X = 0)"), ("ok", None),
        ("unchecked", "P(X = 1) is given"), (verdict, None)])   # P(X = 1) went with the old


GAUSSIAN = r"""With \(\mu = 1.5\) and \(\sigma^2 = 0.25\), at \(x = 2\):
\[p(x) = \frac{1}{\sqrt{2\pi\sigma^2}} \exp\left(-\frac{(x-\mu)^2}{2\sigma^2}\right)\]
\[= \frac{1}{\sqrt{2\pi \cdot 0.25}} \exp\left(SIGN\frac{(2-1.5)^2}{2 \cdot 0.25}\right)\]
\[\approx 0.7979 \cdot e^{-0.5} \approx 0.4839\]
"""


# σ^2 = 0.25 gives σ; the values put in are checked; the line after a wrong one is right again
@pytest.mark.parametrize(("sign", "substituted", "after"), [
    ("-", ("ok", "values defined above"), ("ok", None)),
    ("", ("error", "values defined above"), ("ok", "before the wrong step")),
])
def test_a_variance_given_and_its_values_put_in(sign, substituted, after):
    assert_verdicts(GAUSSIAN.replace("SIGN", sign), [
        ("unchecked", "definition of μ"), ("unchecked", "a variance given"),
        ("unchecked", "definition of x"), ("unchecked", None), substituted, after,
        ("ok", None)])


# a variance computed from numbers: s is its root from there; another value is a new example
@pytest.mark.parametrize(("text", "expected"), [
    ("$s^2 = \\frac{2.4}{5 - 2} = 0.8$", [("unchecked", "a variance given"), ("ok", None)]),
    ("$s^2 = \\frac{2.4}{5 - 2} = 0.9$", [("unchecked", "a variance given"), ("error", None)]),
    ("$\\sigma^2 = 4$ and $2\\sigma = 4$", [("unchecked", "a variance given"),
                                             ("ok", None)]),
    ("$\\sigma^2 = 4$ and later $\\sigma^2 = 1$", [("unchecked", "a variance given"),
                                                  ("unchecked", "a variance given")]),
])
def test_a_variance_given_in_numbers(text, expected):
    assert_verdicts(text, expected)


# a decimal inside a function is data, not a rounded value: 0.5·log₂ 0.625 is exact
@pytest.mark.parametrize(("a", "b", "expected"), [
    ("0.5*(-0.6781)", "0.5*log(0.625)/log(2)", "equal"),
    ("0.5*(-0.6791)", "0.5*log(0.625)/log(2)", "not_equal"),
])
def test_a_decimal_inside_a_function_is_data(a, b, expected):
    assert tutor.compare(a, b).status == expected


# a proportionality is read and left unchecked with its reason, never a parse error
@pytest.mark.parametrize("text", [
    "$$P(\\theta \\mid x) \\propto P(x \\mid \\theta) P(\\theta)$$",
    "\\[P(y \\mid w_1, \\dots, w_n) \\propto P(y) \\prod_{i=1}^{n} P(w_i \\mid y)\\]",
    "$p(\\mu \\mid D) \\varpropto e^{-(\\mu - 2)^2}$",
])
def test_a_proportionality_is_not_checked(text):
    assert_verdicts(text, [("unchecked", "a proportionality")])


# a name defined through other defined calls is read through them too
@pytest.mark.parametrize(("said", "verdict"), [("0.50", "ok"), ("0.65", "error")])
def test_a_call_defined_through_calls(said, verdict):
    text = ("$$H(X) = -2 \\times 0.5 \\log_2 0.5 = 1$$\n\n"
            "$$H(X, Y) = 1.5$$\n\n"
            "$$I(X; Y) = 2 H(X) - H(X, Y)$$\n\n"
            f"So $I(X; Y) \\approx {said}$.\n")
    assert_verdicts(text, [("unchecked", "definition of H(X)"), ("ok", None),
                           ("unchecked", "definition of H(X, Y)"),
                           ("unchecked", "definition of I(X, Y)"), (verdict, None)])


DATA = """| Hours (X) | Score ($y_i$) | i |
|-----------|---------------|---|
| 1         | 2             | 1 |
| 2         | 4             | 2 |
| 3         | 6             | 3 |

$$\\sum (X_i - 2)^2 = 1 + 0 + 1 = {}$$

$$\\sum X_i y_i = 2 + 8 + 18 = 28$$
"""


# a Markdown table of numbers gives each column named by a letter as data for the sums
@pytest.mark.parametrize(("total", "verdict"), [("2", "ok"), ("3", "error")])
def test_a_data_table_in_markdown(total, verdict):
    assert_verdicts(DATA.format(total), [("ok", None), (verdict, None),
                                         ("ok", None), ("ok", None)])


# tables that are not data: words, a joint table of events, one row: nothing is read from them
@pytest.mark.parametrize("table", [
    "| Word | Spam | Ham |\n|---|---|---|\n| offer | 4 | 1 |\n| today | 2 | 3 |\n",
    "|  | $Y = 0$ | $Y = 1$ |\n|---|---|---|\n| $X = 0$ | 0.4 | 0.1 |\n| $X = 1$ | 0.2 | 0.3 |\n",
    "| x | y |\n|---|---|\n| 1 | 2 |\n",
    "| x | y |\n|---|---|\n| 1 | a |\n| 2 | b |\n",
])
def test_tables_that_are_not_data(table):
    text = table + "\n$$\\sum (y_i - 2)^2 = 5$$\n"
    assert_verdicts(text, [("unchecked", None)])


# a name defined by a formula in one variable, then written with a number put in for it
@pytest.mark.parametrize(("line", "expected"), [
    ("\\[ \\hat{Y} = 2.2 + 0.6 \\times 6 = 5.8 \\]", [("ok", "at X = 6"), ("ok", None)]),
    ("\\[ \\hat{Y} = 2.2 + 0.6 \\times 6 = 5.6 \\]", [("ok", "at X = 6"), ("error", None)]),
    ("\\[ \\hat{Y} = 2.2 + 0.7 \\times 6 \\]", [("unchecked", "holds when")]),  # no X gives it
    ("\\[ \\hat{Y} = 5.8 \\]", [("unchecked", "holds when")]),   # no number put in is seen
])
def test_a_formula_with_a_number_put_in(line, expected):
    text = "The fitted line is $\\hat{Y} = 2.2 + 0.6X$.\n\nFor 6 hours:\n\n" + line + "\n"
    assert_verdicts(text, [("unchecked", "definition of Ŷ"), *expected])


# points given as pairs of numbers are the data x_i, y_i (named by a pair of letters before)
@pytest.mark.parametrize(("points", "line", "expected"), [
    ("$(1, 2)$, $(2, 4)$ and $(3, 7)$", "\\sum x_i y_i = 2 + 8 + 21", "ok"),
    ("$(1, 2)$, $(2, 4)$ and $(3, 7)$", "\\sum x_i y_i = 2 + 8 + 18", "error"),
    ("$(1, 2), (2, 4), (3, 7)$", "\\sum y_i^2 = 4 + 16 + 49", "ok"),
    ("$(t_i, s_i)$: $(1, 2)$, $(2, 4)$, $(3, 7)$", "\\sum t_i s_i = 2 + 8 + 21", "ok"),
    ("$(1, 2)$ and $(2, 4)$", "\\sum x_i y_i = 2 + 8", "unchecked"),   # two pairs: intervals?
    ("$(1, 2)$; then much later, $(2, 4)$ and $(3, 7)$", "\\sum x_i = 6", "unchecked"),
])
def test_points_given_as_pairs(points, line, expected):
    text = f"The points are {points}.\n\n$${line}$$\n"
    assert_verdicts(text, [(expected, None)])


LAWS = """$P(X = 0) = 0.8$, $P(X = 1) = 0.2$ and $Q(X = 0) = Q(X = 1) = 0.5$.

$$D(P||Q) = \\sum_{x} P(x) \\log_2 \\frac{P(x)}{Q(x)}$$

$$D(P||Q) = 0.8 \\log_2 1.6 + 0.2 \\log_2 0.4 = WHAT$$
"""


# a law stated value by value is a table for the sums over its letter (Σ_x P(x) …)
@pytest.mark.parametrize(("what", "verdict"), [("0.2781", "ok"), ("0.8057", "error")])
def test_a_law_stated_value_by_value(what, verdict):
    assert_verdicts(LAWS.replace("WHAT", what), [
        ("unchecked", "is given"), ("unchecked", "is given"), ("unchecked", None),
        ("unchecked", None), ("ok", "agrees with the definition of the measure"),
        ("ok", None), (verdict, None)])


# not a table: another letter summed over, or values stated for two variables
@pytest.mark.parametrize("sum_line", [
    "$$D(P||Q) = \\sum_{y} P(y) \\log_2 \\frac{P(y)}{Q(y)}$$",
])
def test_a_law_of_x_is_not_summed_over_y(sum_line):
    text = LAWS.replace("$$D(P||Q) = \\sum_{x} P(x) \\log_2 \\frac{P(x)}{Q(x)}$$", sum_line)
    steps = check_document(text.replace("WHAT", "0.2781"), kind="md").steps
    assert [s.verdict for s in steps][-2:] == ["unchecked", "ok"]


def test_values_of_two_variables_make_no_table():
    text = LAWS.replace("WHAT", "0.2781").replace(
        "and $Q(X = 0)", "$P(Y = 0) = 0.5$, $P(Y = 1) = 0.5$ and $Q(X = 0)")
    steps = check_document(text, kind="md").steps
    assert [s.verdict for s in steps][-2:] == ["unchecked", "ok"]
