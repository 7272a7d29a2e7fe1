"""The eighth round of real-notes habits (probability, MLE/MAP, information theory): a prior's
τ² given in numbers, the mean x̄ of data listed above, …"""

from __future__ import annotations

import pytest

from tests.document_steps import assert_reading, assert_verdicts

PRIOR_SCALE = (r"MAP: $\hat\mu = \frac{{n \bar x / \sigma^2}}{{n/\sigma^2 + 1/\tau^2}}$. With "
               r"$n = 4$, $\bar x = 3$, $\sigma^2 = 1$, $\tau^2 = {}$: "
               r"$\hat\mu = \frac{{4 \cdot 3}}{{4 + 1}}$")


# τ² = 1 (a prior's variance) is a value given like σ² = 1: the MAP after it is checked
@pytest.mark.parametrize(("tau2", "expected"), [
    ("1", ("ok", "values defined above")),
    ("2", ("unchecked", "holds when")),   # 12/(4 + 1/2) is not 12/5: another example?
])
def test_a_prior_variance_tau_squared_is_a_value_given(tau2, expected):
    assert_verdicts(PRIOR_SCALE.format(tau2), [
        ("unchecked", "definition of μ̂"), ("unchecked", "n = 4 here"),
        ("unchecked", "x̄ = 3 here"), ("unchecked", "a variance given"),
        ("unchecked", "τ^2 = " + tau2 + " here (a variance given"), expected])


DATA_MEAN = r"""Counts $x = (3, 1, 4, 2, 0)$ from a Poisson.

$$\hat\lambda = \bar x = {} = 2$$
"""


# x̄ after data x listed above is confirmed as their mean; a wrong mean is never an error
# from that reading (a bar may mean something else), the arithmetic after it still is
@pytest.mark.parametrize(("mean", "expected"), [
    (r"\frac{3 + 1 + 4 + 2 + 0}{5}", [("ok", "mean of the data above (x̄ = 2)"), ("ok", None)]),
    (r"\frac{10}{5}", [("ok", "mean of the data above"), ("ok", None)]),
    (r"\frac{3 + 1 + 4 + 2}{4}", [("unchecked", "a substitution"), ("error", None)]),
    (r"\frac{12}{5}", [("unchecked", "a substitution"), ("error", None)]),
])
def test_the_bar_of_listed_data_is_their_mean(mean, expected):
    assert_verdicts(DATA_MEAN.format(mean), [("unchecked", "definition of λ̂"), *expected])


# no data listed: x̄ stays a name (the step holds when x̄ is that value)
def test_a_bar_without_data_stays_a_substitution():
    assert_verdicts(r"$$\hat\lambda = \bar x = \frac{10}{5} = 2$$", [
        ("unchecked", "definition of λ̂"), ("unchecked", "a substitution"), ("ok", None)])


# VAR and COV in capitals are Var and Cov (notes that write each operator so)
@pytest.mark.parametrize(("text", "expected"), [
    (r"$$VAR(X + Y) = VAR(X) + VAR(Y) + 2COV(X, Y)$$", [("ok", "rules of expectation")]),
    (r"$$VAR(aX + b) = a^2VAR(X)$$", [("ok", "rules of expectation")]),
    (r"$$\mathrm{VAR}(2X) = 4\,\mathrm{VAR}(X)$$", [("ok", None)]),
    (r"$$VAR(3X) = 6VAR(X)$$", [("error", None)]),   # the scale comes out squared
])
def test_var_and_cov_in_capitals(text, expected):
    assert_verdicts(text, expected)


# `_{n}C_{k}`: the binomial coefficient with its n before the C and no `{}` to carry it
@pytest.mark.parametrize(("text", "read"), [
    (r"_{n}C_{k} p^k (1-p)^{n-k}", "p**k*(1 - p)**(-k + n)*binomial(n, k)"),
    (r"{}_{n}C_{k} p^k", "p**k*binomial(n, k)"),
    (r"2 \cdot _5C_2", "2*binomial(5, 2)"),
    (r"a_{n}C_{k}", "C_k*a_n"),   # a name before the `_` carries it: a subscript
])
def test_a_binomial_written_with_its_n_before_the_c(text, read):
    assert_reading(text, read)


def test_a_bare_prescript_binomial_is_checked():
    assert_verdicts(r"$$_{5}C_{2} \cdot 0.5^5 = 10 \cdot 0.03125 = 0.3125$$",
                    [("ok", None), ("ok", None)])


# Korean words closing a row, or a condition in words in brackets after it, are prose
@pytest.mark.parametrize(("text", "expected"), [
    (r"$$E(XY) = E(X)E(Y) \quad (X, Y가 독립일 때)$$", [("unchecked", "independent")]),
    (r"$$1 - 0.01 = 0.99 이다$$", [("ok", None)]),
    (r"$$1 - 0.3 = 0.6 (여사건)$$", [("error", None)]),
])
def test_korean_words_at_the_end_of_a_row_are_prose(text, expected):
    assert_verdicts(text, expected)


# `$… \\[6pt] $`: a row break before a spaced closing $ ends the inline math (no empty row)
@pytest.mark.parametrize("text", [r"$x = 2 + 1 = 3 \\ $", r"$x = 2 + 1 = 3 \\[6pt] $",
                                  r"A $x = 2 + 1 = 3 \\[6pt] $ and more."])
def test_a_row_break_before_the_closing_dollar(text):
    assert_verdicts(text, [("unchecked", "definition of x"), ("ok", None)])


# `\text{bits communicated} = …`: words on the left of `=` name the quantity
@pytest.mark.parametrize(("text", "read"), [
    (r"\text{bits communicated} = \log_2(8)", "bits_communicated = log(8)/log(2)"),
    (r"\text{total cost} = 2 + 2", "total_cost = 2 + 2"),
    (r"\text{Case one} x = 3", "x = 3"),   # a label before a formula stays a label
])
def test_words_in_text_before_an_equals_sign_name_a_quantity(text, read):
    from tutor.read.parser import parse
    assert " = ".join(str(p.expr) for p in parse(text, "latex").parts) == read


@pytest.mark.parametrize(("value", "verdict"), [("2", "ok"), ("3", "error")])
def test_a_quantity_named_in_words_is_checked(value, verdict):
    assert_verdicts(rf"$\text{{bits communicated}} = -\log_2(0.25) = {value}$", [
        ("unchecked", "definition of bits_communicated"), (verdict, None)])


ENTROPY_OVER_A_LIST = r"""$$H(p) = -\sum_i p_i \log_2 p_i$$

With $p = (0.5, 0.5)$:

$$H(p) = {}$$

$$H(p, q) = -\sum_i p_i \log_2 q_i$$

With $q = (0.25, 0.75)$:

$$H(p, q) = -0.5 \log_2 0.25 - 0.5 \log_2 0.75 \approx 1.2075$$
"""


# a function defined by a sum, restated at the lists given above, agrees with its definition;
# H(p, q) after H(p) is a new function (cross-entropy), not a restatement of H(p); each
# definition is the measure's own formula (ok)
@pytest.mark.parametrize(("value", "expected"), [
    (r"-0.5 \log_2 0.5 - 0.5 \log_2 0.5 = 1", [("ok", "agrees with the definition"),
                                              ("ok", None)]),
    (r"-0.5 \log_2 0.5 - 0.4 \log_2 0.5", [("unchecked", "a slip or a new H(p)")]),
])
def test_a_sum_definition_restated_at_lists_given(value, expected):
    assert_verdicts(ENTROPY_OVER_A_LIST.format(value), [
        ("ok", "agrees with the definition of the measure"), *expected,
        ("ok", "agrees with the definition of the measure"),
        ("ok", "agrees with the definition of H(p, q)"), ("ok", None)])


LOG_LIKELIHOOD_SET_TO_ZERO = r"""$$\ell(p) = k \log p + (n-k) \log(1-p)$$

$$\frac{{d\ell}}{{dp}} = 0 \iff {} \iff p = \frac{{k}}{{n}}$$
"""


# dℓ/dp = 0 of a defined ℓ: the step after it is compared where the derivative's
# denominators (p, 1 - p) are not 0, as when the derivative is written out
@pytest.mark.parametrize(("step", "expected"), [
    (r"k(1-p) = (n-k)p", ("ok", "where p ≠ 0, p ≠ 1")),
    (r"k(1-p) = (n+k)p", ("error", None)),
])
def test_a_derivative_set_to_zero_is_solved_where_it_is_defined(step, expected):
    assert_verdicts(LOG_LIKELIHOOD_SET_TO_ZERO.format(step), [
        ("unchecked", "definition of l(p)"), ("unchecked", "set to 0"), expected,
        ("ok", None)])   # p = k/n follows from dℓ/dp = 0 (past a slip: not carried on)


# E[X | Y = 1], E[p | data]: said to be a conditional expectation, not "E is not defined"
@pytest.mark.parametrize(("text", "shown"), [
    (r"$$\mathbb{E}[X \mid Y = 1] = 0.4 + 0.2$$", "E[X | Y = 1], a conditional expectation"),
    (r"$$\mathbb{E}[p \mid \text{data}] = \frac{k + 2}{n + 4}$$",
     "E[p | data], a conditional expectation"),
])
def test_a_conditional_expectation_is_named_so(text, shown):
    assert_verdicts(text, [("unchecked", shown)])


# \mathbb{E}_{x\sim p} is shown E_{x~p} (was E_xsimp)
def test_an_expectation_over_a_law_is_shown_with_its_law():
    from tutor.batch import check_document
    step = check_document(r"$$\mathbb{E}_{x\sim p}[x^2] = \mu^2 + \sigma^2$$", kind="md").steps[0]
    assert step.read_as == "E_{x~p}(x^2)" and "E_{x~p}(x^2)" in step.message


# `K.\ln(\theta)`: a dot between two factors is a product; decimals, a closing full stop,
# `\left.` and dots in words stay what they were
@pytest.mark.parametrize(("text", "read"), [
    (r"-K.\ln(\theta) - (N-K).\ln(1 - \theta)", "-K*log(theta) - (-K + N)*log(1 - theta)"),
    (r"(N-K). \frac{1}{1 - \theta}", "(1/(1 - theta))*(-K + N)"),
    (r"0.5 x + 2.", "0.5*x + 2"),
    (r"\left. \frac{dy}{dx} \right|_{x=1}", "Subs(Derivative(y(x), x), x, 1)"),
])
def test_a_dot_between_factors_is_a_product(text, read):
    assert_reading(text, read)


def test_a_dot_product_derivation_is_checked():
    assert_verdicts(r"""Let $L(\theta) = -K.\log(\theta) - (N-K).\log(1 - \theta)$

$$\frac{dL(\theta)}{d\theta} = -\frac{K}{\theta} + (N-K). \frac{1}{1 - \theta}$$
""", [("unchecked", "definition of L"), ("ok", None)])


# a font size inside a subscript is no part of the name (p_{\small \text{MLE}} is p_MLE)
@pytest.mark.parametrize(("text", "read"), [
    (r"p_{\small \text{MLE}} + 1", "p_MLE + 1"),
    (r"\large \frac{H}{p}", "H/p"),
])
def test_a_font_size_is_no_part_of_a_name(text, read):
    assert_reading(text, read)
