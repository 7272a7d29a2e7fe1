"""A moment of a declared law written as the series of its mass (E[X] = Σ k λ^k e^{-λ}/k! for
X ∼ Poisson(λ)): the series works out to the moment the law gives; one that does not work out
in time is unchecked, never wrong."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


@pytest.mark.parametrize(("law", "claim", "verdict"), [
    (r"X \sim \text{Poisson}(\lambda)",
     r"\mathbb{E}[X] = \sum_{k=0}^{\infty} k \frac{\lambda^k}{k!} e^{-\lambda}", "ok"),
    (r"X \sim \text{Poisson}(\lambda)",
     r"\mathbb{E}[X^2] = \sum_{k=0}^{\infty} k^2 \frac{\lambda^k}{k!} e^{-\lambda}", "ok"),
    (r"X \sim \text{Bin}(3, p)",
     r"\mathbb{E}[X] = \sum_{k=0}^{3} k \binom{3}{k} p^k (1-p)^{3-k}", "ok"),
    (r"X \sim \text{Bin}(3, p)",
     r"\mathbb{E}[X] = \sum_{k=0}^{3} k^2 \binom{3}{k} p^k (1-p)^{3-k}", "unchecked"),
])
def test_a_moment_written_as_the_series_of_its_law(law, claim, verdict):
    text = f"Let ${law}$.\n\n$${claim}$$\n"
    steps = [s for s in check_document(text, kind="md").steps if s.line == 3]
    assert [s.verdict for s in steps] == [verdict], [(s.verdict, s.message) for s in steps]
