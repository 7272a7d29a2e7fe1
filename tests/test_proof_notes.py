"""Derivations written the way proof collections write them (issue 12): `\\label{…}` in each
display, `\\begin{split}` rows, the upright differential `\\mathrm{d}`, a likelihood named by an
undefined p(y|λ) before its formula, data declared with `\\sim`. Documents in our own words."""

from __future__ import annotations

from document_steps import assert_steps

from tutor.batch import check_document

POISSON = (r"""**Claim.** Counts $y_1, \ldots, y_n$ are drawn independently:

$$ \label{eq:model}
y_i \sim \mathrm{Poiss}(\lambda), \quad i = 1, \ldots, n \; .
$$

The log-likelihood is

$$ \label{eq:LL}
\mathrm{LL}(\lambda) = \log p(y|\lambda) = """
           r"""\log \left[ \prod_{i=1}^n \frac{\lambda^{y_i} e^{-\lambda}}{y_i !} \right]
$$

so that

$$ \label{eq:LL-sum}
\begin{split}
\mathrm{LL}(\lambda) &= \sum_{i=1}^n \left[ y_i \log(\lambda) - \lambda - \log(y_i !) \right] \\
&= - n \lambda + \log(\lambda) \sum_{i=1}^n y_i - \sum_{i=1}^n \log(y_i !) \\
\end{split}
$$

Its derivative is

$$ \label{eq:dLL}
\frac{\mathrm{d}\mathrm{LL}(\lambda)}{\mathrm{d}\lambda} = \frac{1}{\lambda} \sum_{i=1}^n y_i - n
$$
""")

WRONG_DERIVATIVE = POISSON.replace(r"\frac{1}{\lambda} \sum_{i=1}^n y_i - n",
                                   r"\frac{1}{\lambda^2} \sum_{i=1}^n y_i - n")


# the steps before the derivative, the same in both documents
POISSON_SET_UP = [(4, "unchecked", "has the law"), (10, "unchecked", "definition of LL"),
                  (10, "unchecked", "p is not defined here"),
                  (17, "unchecked", "equal only on part of the domain"), (18, "ok", None)]


def test_a_likelihood_named_before_its_formula_is_its_formula():
    assert_steps(POISSON, [*POISSON_SET_UP, (25, "ok", None)])


def test_a_wrong_derivative_in_upright_d_is_found():
    assert_steps(WRONG_DERIVATIVE, [*POISSON_SET_UP, (25, "error", "not equal")])


# a blog's align: reasons given after `\because`, rows opened by `=>` and `\text{Let }`, and
# the chain closed by writing its left side again (the loss was defined in other letters)
CLOSED_CHAIN = r"""
$$
\begin{align*}
C(a) &= - \frac{1}{n}\sum_{k=1}^{n}[t_k\ln(q_k) + (1 - t_k)\ln(1 - q_k)] \\
\because s(a_k) &= Q_k = \frac{1}{1 + e^{-a_k}} \\
&= -\frac{1}{n}\sum_{k=1}^{n}[t_k\ln\frac{1}{1+e^{-a_k}}+(1-t_k)\ln\frac{e^{-a_k}}{1+e^{-a_k}}] \\
&= - \frac{1}{n}\sum_{k=1}^{n}[-\ln(1 + e^{-a_k}) - (1 - t_k)a_k] \\
C(a) &= \frac{1}{n}\sum_{k=1}^{n}[\ln(1 + e^{-a_k}) + (1 - t_k)a_k]
\end{align*}
$$

$$
\begin{align*}
\ln(0.25) &= \ln(1) - \ln(4)\quad(\because \ln(\frac{a}{b}) = \ln{a} - \ln{b}) \\
&= 0 - \ln(4)\quad(\because \ln(1) = 0) \\
\text{Let } u &= 0.5 \\
=> 1 &= u + 0.5 \\
\end{align*}
$$
"""


def test_a_chain_closed_by_its_left_side_and_reasons_beside_rows():
    assert_steps(CLOSED_CHAIN, [
        (4, "unchecked", "definition of C(a)"),
        (5, "unchecked", "definition of s(a_k)"),
        (5, "unchecked", "substitution"),
        (6, "unchecked", "the reason between"),  # Q_k is not the q_k of the sum
        (7, "ok", None),
        (8, "ok", "follows from the previous expression"),
        (14, "ok", None),
        (15, "ok", None),
        (16, "unchecked", "definition of u"),
        (17, "ok", None),
    ])


def test_a_wrong_closing_row_is_still_found():
    wrong = CLOSED_CHAIN.replace("+ (1 - t_k)a_k]\n\\end", "+ (1 + t_k)a_k]\n\\end")
    assert wrong != CLOSED_CHAIN
    steps = [(s.line, s.verdict) for s in check_document(wrong, kind="md").steps]
    assert (8, "error") in steps, steps


# a `$` left open in prose never swallows the display that starts on the next line
UNCLOSED_DOLLAR = r"""Differentiate until $\frac{0}{0} no longer shows:
\begin{align}
\lim_{x\to 0} \frac{\sin(x)}{2x} = \frac{1}{3}
\end{align}
"""


def test_an_unclosed_dollar_ends_before_a_display():
    steps = [(s.line, s.verdict) for s in check_document(UNCLOSED_DOLLAR, kind="md").steps]
    assert (3, "error") in steps, steps


# a law named by a letter: `p = N(μ, σ²)` declares p's law (its density p(x) may follow)
NAMED_LAWS = r"""Let $p = \mathcal{N}(\mu_1, \sigma_1^2)$ and $q = \mathcal{N}(\mu_2, \sigma_2^2)$.

$$ q(x) = \frac{1}{\sqrt{2\pi\sigma_2^2}}\exp\left\{-\frac{(x-\mu_2)^2}{2\sigma_2^2}\right\} $$
"""


def test_a_law_named_by_a_letter_is_a_declaration():
    assert_steps(NAMED_LAWS, [
        (1, "unchecked", "p has the law N(μ_1, σ_1^2)"),
        (1, "unchecked", "q has the law N(μ_2, σ_2^2)"),
        (3, "unchecked", "definition of q(x)"),
    ])


# an update rule with f'(x), then x given a value: the derivative is taken at the value (it was
# an internal error, "derivative wrt 4"); a sign slip in the update is found
UPDATE_RULE = r"""$$f(x) = x^2$$

$$x_{new} = x - \alpha \cdot f'(x)$$

Let $x = 4$ and $\alpha = 0.1$.

$$x_{new} = 4 - 0.1 \cdot 8 = 3.2$$

$$x_{new} = 4 + 0.1 \cdot 8 = 4.8$$
"""


def test_a_derivative_at_a_value_given_after_its_rule():
    steps = check_document(UPDATE_RULE, kind="md").steps
    assert not [s for s in steps if "internal error" in s.message], steps
    verdicts = [(s.line, s.verdict) for s in steps]
    assert (7, "ok") in verdicts and (9, "error") in verdicts, verdicts  # held to the rule
