"""The sixteenth round of real-notes habits (probability, distributions, information theory):
Persian and Arabic-Indic digits inside math, a value given again under a new heading."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_reading, assert_verdicts


# Persian digits ۰…۹, Arabic-Indic ٠…٩ and the decimal separator ٫ read as the digits they are
@pytest.mark.parametrize(("text", "read"), [
    (r"۰٫۴ \cdot ۵", "0.4*5"),
    (r"\frac{۳}{۴} + ۱", "3/4 + 1"),
    ("١٢٫٥ x", "12.5*x"),               # Arabic-Indic digits
    ("e^{-۲}", "E**(-2)"),
    (r"۱۰ \times ۰٫۳", "10*0.3"),
    ("x_{۱}", "x_1"),
    ("2٫5", "2.50000000000000"),                   # ASCII digits, the Arabic decimal separator
])
def test_persian_digits_read_as_digits(text, read):
    assert_reading(text, read)


# a value given in Persian digits in prose defines the name: the steps after it are checked
@pytest.mark.parametrize(("value", "verdict"), [("1.2", "ok"), ("1.4", "error")])
def test_persian_digit_values_check_what_follows(value, verdict):
    text = (r"اگر $X \sim B(n, p)$ با $n = ۵$ و $p = ۰٫۴$ باشد:" "\n\n"
            rf"$$\mathrm{{Var}}(X) = np(1-p) = 5 \times 0.4 \times 0.6 = {value}$$" "\n")
    assert_verdicts(text, [("unchecked", "law"), ("unchecked", "definition of n"),
                           ("unchecked", "definition of p"), ("ok", None), ("ok", None),
                           (verdict, None)])


SAME_VALUE_AGAIN = r"""## Poisson

Calls per minute with $\lambda = 2$.

## Exponential

The rate is again $\lambda = 2$:

$$\mathrm{Var}(T) = \frac{1}{\lambda^2} = {value}$$
"""


# `λ = 2` again under a new heading: the name is this heading's, the step below checked with it
@pytest.mark.parametrize(("value", "verdict"), [(r"\frac{1}{4}", "ok"), (r"\frac{1}{2}", "error")])
def test_a_value_given_again_under_a_new_heading(value, verdict):
    assert_verdicts(SAME_VALUE_AGAIN.replace("{value}", value), [
        ("unchecked", "definition"), ("ok", None), ("ok", "expectation"),
        (verdict, None)])


TABLE_OF_MOMENTS = r"""Take $p = 0.2$ and $\lambda = 0.5$.

| | mean | variance |
|---|---|---|
| geometric | $\frac{1}{p} = 5$ | $\frac{1-p}{p^2} = \frac{0.8}{0.04} = {value}$ |
| exponential | $\frac{1}{\lambda} = 2$ | $\frac{1}{\lambda^2} = 4$ |
"""


# a table row of worked claims (a slide's table of means and variances) is read and checked
@pytest.mark.parametrize(("value", "verdict"), [("20", "ok"), ("2", "error")])
def test_claims_in_a_table_row_are_checked(value, verdict):
    assert_verdicts(TABLE_OF_MOMENTS.replace("{value}", value), [
        ("unchecked", "definition of p"), ("unchecked", "definition of λ"), ("ok", None),
        ("ok", None), (verdict, None), ("ok", None), ("ok", None)])


# a row of a law's values or of a joint table stays a table: nothing read from it
@pytest.mark.parametrize("row", [
    "| $X = 0$ | 0.4 | 0.1 |",
    "| $P(X=x)$ | 0.1 | 0.3 |",
    "| $x = 1$ | $p(x) = 0.2$ |",
    "| $E[X] = 3$ | $\\eta = 0$ |",
    "| $F(x)$ | $F'(x) = \\frac{dF}{dx}$ |",   # a header of a derivative table
])
def test_rows_of_values_stay_a_table(row):
    text = f"| a | b | c |\n|---|---|---|\n{row}\n"
    assert_verdicts(text, [])
