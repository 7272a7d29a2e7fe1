"""E, Var and Cov of random variables: identities proved by the rules of expectation, slips
refuted by a distribution, claims that hold for some distributions left unknown; and the same in
notes (a declared law, moments stated above)."""

from __future__ import annotations

import pytest

import tutor
from tutor.judge.random_variables import Knowledge, judge_moments
from tutor.read.parser import parse

# (left, right, expected status)
PAIRS = [
    (r"Var(X)", r"E[(X-E[X])^2]", "equal"),
    (r"\mathbb{E}[X^2] - (\mathbb{E}[X])^2", r"\mathrm{Var}(X)", "equal"),
    (r"E\left( X^2 - 2X E[X] + (E[X])^2 \right)", r"E[X^2] - 2E[X]E[X] + (E[X])^2", "equal"),
    (r"Var(aX+b)", r"a^2 Var(X)", "equal"),
    (r"\text{Var}(\lambda X)", r"\lambda^2 \text{Var}(X)", "equal"),
    (r"Var(X+c)", r"Var(X)", "equal"),
    (r"\text{Cov}(X,Y)", r"\mathbb{E}[XY] - \mathbb{E}[X]\mathbb{E}[Y]", "equal"),
    (r"Var(X+Y)", r"Var(X)+Var(Y)+2Cov(X,Y)", "equal"),
    (r"Cov(X, X)", r"Var(X)", "equal"),
    (r"E[2X + 3Y]", r"2E[X] + 3E[Y]", "equal"),
    (r"Var(2X-3)", r"2Var(X)", "not_equal"),       # a factor comes out squared
    (r"Var(X-Y)", r"Var(X)+Var(Y)+2Cov(X,Y)", "unknown"),   # true when uncorrelated
    (r"Var(X-Y)", r"Var(X)+Var(Y)", "unknown"),
    (r"E[X+Y]", r"E[X]-E[Y]", "unknown"),          # true when E[Y] = 0
    (r"E[2X+Y]", r"2E[X]+E[Y]+1", "not_equal"),
    (r"E[3X-1]", r"3E[X]+1", "not_equal"),
    (r"E[X^2]", r"E[X]^2", "not_equal"),
    (r"Var(aX)", r"a Var(X)", "not_equal"),
    (r"Var(X)", r"E[X]", "unknown"),                # true of a Poisson variable
    (r"E[X^2]", r"E[X]", "unknown"),                # true of a Bernoulli variable
    (r"E[X]", r"3.5", "unknown"),                   # a value of some distribution
    (r"Var(X)", r"E[X](1 - E[X])", "unknown"),
    # terms left out (…): not written, so not checked (independence said in the prose)
    (r"Var(X)", r"Var(X_1) + Var(X_2) + \dots + Var(X_n)", "unknown"),
    (r"E[X_1] + \dots + E[X_n]", r"2E[X_1]", "unknown"),
]


@pytest.mark.parametrize(("left", "right", "status"), PAIRS)
def test_rules_of_expectation(left, right, status):
    verdict = judge_moments(parse(left, "latex"), parse(right, "latex"), Knowledge())
    assert verdict is not None and verdict.status == status, verdict


# sides with no expectation of a random variable are not this judge's (None)
NOT_MINE = [(r"x + 1", r"1 + x"), (r"Var(x)", r"\sigma^2"), (r"E[\log X]", r"\log E[X]"),
            (r"P(A|B)", r"P(A)"), (r"E[X|Y]", r"E[X]")]


@pytest.mark.parametrize(("left", "right"), NOT_MINE)
def test_not_read_as_moments(left, right):
    assert judge_moments(parse(left, "latex"), parse(right, "latex"), Knowledge()) is None


GAUSSIAN = (r"$$p(x|\mu,\sigma^2) = \frac{{1}}{{\sqrt{{2\pi\sigma^2}}}}"
            r"\exp\left(-\frac{{(x-\mu)^2}}{{2\sigma^2}}\right)$$" "\n\n"
            r"$$\log p(x|\mu,\sigma^2) = {} - \frac{{(x-\mu)^2}}{{2\sigma^2}}$$" "\n\n"
            r"$$\sum_{{i=1}}^{{n}}\log p(x_i|\mu,\sigma^2) = -\frac{{n}}{{2}}\log(2\pi\sigma^2)"
            r" - \frac{{1}}{{2\sigma^2}}\sum_{{i=1}}^{{n}}(x_i-\mu)^2$$" "\n")

# a notes document, line -> expected verdict of its last step on that line
DOCUMENTS = [
    ("Let $X \\sim \\text{Bin}(10, 0.3)$.\n\n$Var(X) = np(1-p) = 2.1$\n", {3: "ok"}),
    ("Let $X \\sim \\text{Bin}(10, 0.3)$.\n\n$Var(2X) = 2 \\cdot 2.1$\n", {3: "error"}),
    ("Let $N \\sim \\text{Poisson}(4)$, so $Var(N) = E[N] = 4$.\n", {1: "ok"}),
    ("$H \\sim N(170, 10^2)$ and $E[H] = 170$, $Var(H) = 100$\n", {1: "ok"}),
    ("Fair die:\n$$E[X] = 3.5$$\n$$E[X^2] = \\frac{91}{6}$$\n$$Var(X) = \\frac{91}{6} - 3.5^2"
     "$$\n", {4: "ok"}),
    # a new example far below: the earlier moments are not used against it
    ("Fair die:\n$$E[X] = 3.5$$\n\nA coin with heads 1 and tails 0, a new example, the values"
     " are different now.\n\n$$E[X] = 0.5$$\n", {6: "unchecked"}),
    ("With $Y = 2X + 1$: $Var(Y) = 4Var(X)$ and $E[Y] = 2E[X] + 1$\n", {1: "ok"}),
    ("For a Poisson count, $Var(X) = E[X]$.\n", {1: "unchecked"}),
    # a small letter declared with a law is a random variable too (a dropout mask, a noise z)
    ("The mask $m \\sim \\text{Bernoulli}(q)$, so $E[m x] = q x$.\n", {1: "ok"}),
    ("Let $m \\sim \\text{Bernoulli}(0.8)$. Then $E[m] = 0.7$.\n", {1: "error"}),
    ("Let $z \\sim N(0, 1)$. Then $E[2z + 3] = 3$ and $E[z^2] = 1$.\n", {1: "ok"}),
    # without a law, a small letter inside E is no random variable
    ("Then $E[m] = q$.\n", {1: "unchecked"}),
    # σ² = … defines the variance (σ its square root), as σ = … would define σ
    ("$x = (1, 2, 3, 6)$, $\\mu = 3$\n\n$$\\sigma^2 = \\frac{1}{4}\\sum_{i=1}^{4} (x_i - \\mu)^2$$"
     "\n\n$\\sigma^2 = 3.5$ and $\\sigma = \\sqrt{3.5}$\n", {3: "unchecked", 5: "ok"}),
    ("$x = (1, 2, 3, 6)$, $\\mu = 3$\n\n$$\\sigma^2 = \\frac{1}{4}\\sum_{i=1}^{4} (x_i - \\mu)^2$$"
     "\n\n$\\sigma^2 = \\frac{4 + 1 + 0 + 9}{4} = 3.25$\n", {5: "error"}),
    # a small p of an event is a probability stated, as P is (was 'p is not defined here')
    ("Coin: $p(\\text{cara}) = 0.8$ and $p(\\text{cruz}) = 0.2$, so "
     "$p(\\text{cara}) + p(\\text{cruz}) = 1$.\n", {1: "ok"}),
    # a law given as a formula in its outcome is put in wherever p is met under the same
    # conditions: at x (a factor 1/2 lost: wrong) and at x_i inside a sum (right)
    (GAUSSIAN.format(r"-\log(2\pi\sigma^2)"), {3: "error", 5: "ok"}),
    (GAUSSIAN.format(r"-\frac{1}{2}\log(2\pi\sigma^2)"), {3: "ok", 5: "ok"}),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_random_variables_in_notes(tmp_path, text, expected):
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    steps = tutor.check_document(str(path)).steps
    got = {line: [s.verdict for s in steps if s.line == line][-1:] for line in expected}
    assert got == {line: [verdict] for line, verdict in expected.items()}, [
        (s.line, s.verdict, s.message) for s in steps]
