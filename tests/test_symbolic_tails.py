"""P(T > t) of a declared exponential law for a time t written as a name: e^{-λt} (t in the
law's support). P(T > t) was "not defined" unless t was a number."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


def verdicts_of_line_3(law: str, claim: str) -> list[str]:
    text = f"Let ${law}$.\n\n$${claim}$$\n"
    return [s.verdict for s in check_document(text, kind="md").steps if s.line == 3]


@pytest.mark.parametrize(("law", "claim", "verdicts"), [
    (r"T \sim \text{Exp}(\lambda)", r"P(T > t) = e^{-\lambda t}", ["ok"]),
    (r"T \sim \text{Exp}(\lambda)", r"P(T \le t) = 1 - e^{-\lambda t}", ["ok"]),
    (r"T \sim \text{Exp}(\lambda)", r"P(T > s + t) = e^{-\lambda s} e^{-\lambda t}", ["ok"]),
    (r"T \sim \text{Exp}(\lambda)", r"P(T > t) = 1 - e^{-\lambda t}", ["error"]),
    (r"Y \sim \text{Exp}(2)", r"P(Y > t) = e^{-2t}", ["ok"]),
    (r"Y \sim \text{Exp}(2)", r"P(Y > t) = e^{-3t}", ["error"]),
    (r"Y \sim \text{Exp}(2)", r"P(Y > 3) = e^{-6}", ["ok"]),
])
def test_the_tail_of_an_exponential_law(law, claim, verdicts):
    assert verdicts_of_line_3(law, claim) == verdicts


@pytest.mark.parametrize(("law", "claim"), [
    # another random variable is no threshold: P(T_1 > T_2) = 1/2 for two of them
    (r"T_1 \sim \text{Exp}(\lambda)", r"P(T_1 > T_2) = \frac{1}{2}"),
    # a normal law with names: Φ of them, not worked out here
    (r"X \sim \mathcal{N}(\mu, \sigma^2)", r"P(X \le x) = \Phi\left(\frac{x - \mu}{\sigma}\right)"),
])
def test_no_tail_is_claimed_where_none_is_known(law, claim):
    assert "error" not in verdicts_of_line_3(law, claim)
