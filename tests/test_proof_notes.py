"""Derivations written the way proof collections write them (issue 12): `\\label{…}` in each
display, `\\begin{split}` rows, the upright differential `\\mathrm{d}`, a likelihood named by an
undefined p(y|λ) before its formula, data declared with `\\sim`. Documents in our own words."""

from __future__ import annotations

from document_steps import assert_steps

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


def test_a_likelihood_named_before_its_formula_is_its_formula():
    assert_steps(POISSON, [
        (4, "unchecked", "has the law"),
        (4, "unchecked", "definition of i"),
        (10, "unchecked", "definition of LL"),
        (10, "unchecked", "p is not defined here"),
        (17, "unchecked", "equal only on part of the domain"),
        (18, "ok", None),
        (25, "ok", None),
    ])


def test_a_wrong_derivative_in_upright_d_is_found():
    assert_steps(WRONG_DERIVATIVE, [
        (4, "unchecked", "has the law"),
        (4, "unchecked", "definition of i"),
        (10, "unchecked", "definition of LL"),
        (10, "unchecked", "p is not defined here"),
        (17, "unchecked", "equal only on part of the domain"),
        (18, "ok", None),
        (25, "error", "not equal"),
    ])
