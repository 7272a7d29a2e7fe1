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
    # the integral converges for the law's rate, which is positive by the law's definition
    (r"T \sim \text{Exp}(\lambda)", r"\mathbb{E}[T] = \int_0^\infty t \lambda e^{-\lambda t}\,dt",
     "ok"),
    (r"T \sim \text{Exp}(\lambda)",
     r"\mathbb{E}[T^2] = \int_0^\infty t^2 \lambda e^{-\lambda t}\,dt", "ok"),
    (r"T \sim \text{Exp}(\lambda)", r"\mathbb{E}[T] = \int_0^\infty t e^{-\lambda t}\,dt",
     "unchecked"),
    (r"N \sim \text{Geometric}(p)",
     r"\mathbb{E}[N] = \sum_{k=1}^{\infty} k (1-p)^{k-1} p", "ok"),
])
def test_a_moment_written_as_the_series_of_its_law(law, claim, verdict):
    text = f"Let ${law}$.\n\n$${claim}$$\n"
    steps = [s for s in check_document(text, kind="md").steps if s.line == 3]
    assert [s.verdict for s in steps] == [verdict], [(s.verdict, s.message) for s in steps]


# √0.95 is worked out to 15 digits as it is read: a moment of the law equal to it is equal to
# the precision of that float, not off by 1e-16 (it was an error)
@pytest.mark.parametrize(("claim", "verdict"), [
    (r"\sigma_X = \sqrt{\mathrm{Var}(X)} = \sqrt{0.95}", "ok"),
    (r"\sigma_X = \sqrt{\mathrm{Var}(X)} = \sqrt{0.9}", "error"),
])
def test_a_moment_against_a_root_of_a_decimal(claim, verdict):
    text = f"Let $X \\sim \\text{{Bin}}(20, 0.05)$.\n\n$${claim}$$\n"
    steps = [s for s in check_document(text, kind="md").steps if s.line == 3]
    assert [s.verdict for s in steps][-1] == verdict, [(s.verdict, s.message) for s in steps]
