"""Statistics, probability and information-theory notes as learners write them (issue 12,
third round): a table of documents → the verdict of each step."""

from __future__ import annotations

import pytest
from document_steps import assert_steps

from tutor.batch import check_document

LOGISTIC = ("$w = 0.5$, $b = -1$\n\n$\\hat y_1 = 0.5$\n\n"
            "$\\ell = \\sum_i \\left[y_i \\log \\hat y_i + (1 - y_i)\\log(1 - \\hat y_i)\\right]$"
            "\n\n")

DIE = "$X$ = the score of one roll of a fair die.\n\n"

ENTROPY = "$p = (0.5, 0.25, 0.25)$\n\n$$H(p) = -\\sum_x p(x)\\log_2 p(x)$$\n\n"

NORMAL = "Heights $H \\sim \\mathcal{N}(170, 10^2)$.\n\n"

WORDS = ("$P(\\text{disease}) = 0.01$, $P(\\text{pos} \\mid \\text{disease}) = 0.9$, "
         "$P(\\text{pos} \\mid \\text{no disease}) = 0.1$\n\n")

CASES = [
    # ∂ℓ/∂w of an ℓ written in fitted values, with w given a value: how ℓ depends on w is not
    # written, so the derivative is not 0 (a false alarm before)
    pytest.param(LOGISTIC + "$\\frac{\\partial \\ell}{\\partial w} = "
                 "\\sum_i (y_i - \\hat y_i) x_i$",
                 [(1, "unchecked", "definition"), (1, "unchecked", "definition"),
                  (3, "unchecked", "definition"), (5, "unchecked", "definition"),
                  (7, "unchecked", "does not hold w")], id="gradient-at-a-given-weight"),
    # `\therefore` opens a consequence like `\implies`; `\because` and a lone arrow are prose
    pytest.param("$$\\begin{align*} 2u &= 4 \\\\ \\therefore u &= 2 \\end{align*}$$",
                 [(1, "unchecked", None), (1, "ok", "equivalent")], id="therefore-row"),
    pytest.param("So $2z = 6$, $\\therefore$ half of it is $3$.",
                 [(1, "unchecked", "holds when")], id="therefore-alone"),
    pytest.param("$\\because$ $a = 1$, and $\\implies$ as a word.",
                 [(1, "unchecked", "definition")], id="because-and-a-lone-arrow"),
    # a law described in words: a fair die, uniform on a set or an interval, Bernoulli(p)
    pytest.param(DIE + "$E[X] = 3.5$\n\n$Var(2X + 1) = 4 \\cdot \\frac{35}{12} + 1$",
                 [(3, "ok", "expectation"), (5, "error", "not equal")], id="fair-die"),
    pytest.param("Fair die:\n$$E[X] = \\frac{21}{6}$$\n$$E[X^2] = \\frac{91}{5}$$",
                 [(2, "ok", "expectation"), (3, "error", "not equal")], id="fair-die-label"),
    pytest.param("$U$ is uniform on $\\{1, \\dots, 10\\}$.\n\n$E[U] = 5$",
                 [(3, "error", "not equal")], id="uniform-on-a-set"),
    pytest.param("Waiting time $T$ is uniform on $[0, 6]$ minutes.\n\n$Var(T) = 3$",
                 [(3, "ok", "expectation")], id="uniform-on-an-interval"),
    pytest.param("Bernoulli(p): $E[X] = p$, $Var(X) = p^2$",
                 [(1, "ok", "expectation"), (1, "error", "not equal")], id="bernoulli-in-words"),
    # what is not one draw of the law described, or no longer it, stays unchecked
    pytest.param("$S$ is the sum of two rolls of a fair die.\n\n$E[S] = 3.5$",
                 [(3, "unchecked", "described in the text")], id="a-sum-of-draws"),
    pytest.param("$M$ is the larger of two fair die scores.\n\n$E[M] = 3.5$",
                 [(3, "unchecked", "described in the text")], id="two-draws"),
    pytest.param("$X$ is not a fair die.\n\n$E[X] = 4$",
                 [(3, "unchecked", "described in the text")], id="hedged"),
    pytest.param(DIE + "$E[X] = 3.5$\n\nNow the die is loaded towards six:\n\n$E[X] = 4.5$",
                 [(3, "ok", "expectation"), (7, "unchecked", "described in the text")],
                 id="a-new-die"),
    pytest.param("**1.** " + DIE + "$E[X] = 3.5$\n\n**2.** $X$ counts heads.\n\n$E[X] = 1$",
                 [(3, "ok", "expectation"), (7, "unchecked", "described in the text")],
                 id="next-problem"),
    pytest.param(DIE + "$E[X] = 3.5$\n\n## Coins\n\n$E[X] = 0.5$",
                 [(3, "ok", "expectation"), (7, "unchecked", "described in the text")],
                 id="next-section"),
    pytest.param("$X$ and $Y$ are the scores of a fair die.\n\n$E[X] = 3$",
                 [(3, "unchecked", "described in the text")], id="which-variable"),
    pytest.param("$X \\sim \\text{Poisson}(\\lambda)$\n\n$E[X] = 3$",
                 [(1, "unchecked", "declaration"), (3, "unchecked", "described in the text")],
                 id="a-parameter-given-in-words"),
    pytest.param("$X \\sim \\text{Poisson}(\\lambda)$, $\\mu = E[X]$\n\n"
                 "$Var(X) = E[X^2] - \\mu^2$",
                 [(1, "unchecked", "declaration"), (1, "unchecked", "definition"),
                  (3, "ok", "expectation")], id="a-name-for-the-mean"),
    # a distribution or data given as a list: the sums over it written out (a measure's own
    # formula is ok, checked against its definition)
    pytest.param(ENTROPY + "$$H(p) = 1.5$$", [(3, "ok", "of the measure"), (5, "ok", None)],
                 id="entropy-of-a-list"),
    pytest.param(ENTROPY + "$$H(p) = 1.25$$",
                 [(3, "ok", "of the measure"), (5, "error", "not equal")], id="entropy-wrong"),
    pytest.param("$p = (0.5, 0.5)$, $q = (0.25, 0.75)$\n\n"
                 "$$D(p, q) = \\sum_x p(x) \\log_2 \\frac{p(x)}{q(x)}$$\n\n"
                 "$$D(p, q) = 0.5\\log_2 2 + 0.5\\log_2 \\frac{2}{3}$$",
                 [(3, "ok", "of the measure"), (5, "ok", None)], id="kl-of-two-lists"),
    pytest.param("Data $x = (2, 0, 3, 1, 4)$, so $n = 5$ and $\\sum_i x_i = 10$.",
                 [(1, "unchecked", "definition"), (1, "ok", None)], id="data-sum"),
    pytest.param("Data $x = (2, 0, 3, 1, 4)$, so $\\sum_{i=1}^{5} x_i^2 = 29$.",
                 [(1, "error", "not equal")], id="data-sum-of-squares-wrong"),
    # a sum that reads the index another way, or a list given after it, is not written out
    pytest.param("$p = (0.2, 0.8)$\n\n$$\\sum_x x\\,p(x) = 0.8$$",
                 [(3, "unchecked", None)], id="index-as-a-value"),
    pytest.param("$$\\sum_i x_i = 10$$\n\nData: $x = (1, 2, 3)$",
                 [(1, "unchecked", None)], id="list-given-after"),
    # a probability law given as a formula in its outcome is a definition
    pytest.param("pmf: $P(X=k) = \\frac{\\lambda^k e^{-\\lambda}}{k!}$",
                 [(1, "unchecked", "a law given as a formula in k")], id="pmf-formula"),
    pytest.param("$$p(x \\mid \\lambda) = \\frac{\\lambda^{x} e^{-\\lambda}}{x!}$$",
                 [(1, "unchecked", "a law given as a formula in x")], id="conditional-pmf"),
    pytest.param("$$P(x_i|\\theta) = \\theta^{x_i}(1-\\theta)^{1-x_i}$$",
                 [(1, "unchecked", "a law given as a formula in x_i")], id="bernoulli-mass"),
    pytest.param("$P(A|B) = \\frac{P(A \\cap B)}{P(B)}$",
                 [(1, "ok", "rules of probability")], id="events-are-not-a-formula"),
    pytest.param("$k = 2$\n\n$P(X = k) = 0.2 k$",
                 [(1, "unchecked", "definition"), (3, "unchecked", None)],
                 id="a-valued-outcome-is-no-formula"),
    # a declared normal law: its tails, and Φ of a number beside it
    pytest.param(NORMAL + "$$P(H > 185) = 1 - \\Phi(1.5) \\approx 0.0668$$",
                 [(1, "unchecked", "declaration"), (3, "ok", None), (3, "ok", None)],
                 id="normal-tail"),
    pytest.param(NORMAL + "$$P(H > 185) = \\Phi(1.5) \\approx 0.933$$",
                 [(1, "unchecked", "declaration"), (3, "error", "not equal"), (3, "ok", None)],
                 id="normal-tail-wrong-side"),
    pytest.param(NORMAL + "$$P(H < 160) \\approx 0.0159$$",
                 [(1, "unchecked", "declaration"), (3, "error", None)], id="normal-tail-slip"),
    # Φ of a number is the standard normal distribution function, law declared or not (it
    # was unchecked as an unknown Φ): a table value is checked
    pytest.param("$$\\Phi(1.5) \\approx 0.9332$$", [(1, "ok", None)],
                 id="phi-with-no-normal-law"),
    pytest.param("$$\\Phi(1.5) \\approx 0.9452$$", [(1, "error", None)],
                 id="phi-with-no-normal-law-slip"),
    # a short sum or a polynomial integral of numbers beside E[X] is worked out
    pytest.param(DIE + "$$E[X] = \\sum_{k=1}^{6} \\frac{k}{6}$$", [(3, "ok", "expectation")],
                 id="expectation-as-a-sum"),
    pytest.param(DIE + "$$E[X] = \\sum_{k=1}^{6} \\frac{k}{5}$$", [(3, "error", "not equal")],
                 id="expectation-as-a-sum-wrong"),
    pytest.param("Continuous uniform on [0, 1]:\n$$E[X] = \\int_0^1 x\\,dx = \\frac{1}{2}$$",
                 [(2, "ok", "expectation"), (2, "ok", None)], id="expectation-as-an-integral"),
    pytest.param("$T \\sim \\text{Exp}(0.5)$\n\n$$P(T > 3) = e^{-1.5}$$",
                 [(1, "unchecked", "declaration"), (3, "ok", None)], id="exponential-tail"),
    pytest.param("$T \\sim \\text{Exp}(0.5)$\n\n$$P(T > 3) = e^{-6}$$",
                 [(1, "unchecked", "declaration"), (3, "error", None)],
                 id="exponential-tail-wrong"),
    pytest.param("$U \\sim \\text{Uniform}(0, 6)$\n\n$P(U > 2) = 0.5$",
                 [(1, "unchecked", "declaration"), (3, "error", None)], id="uniform-tail-wrong"),
    pytest.param("Labels $y = (0, 1, 0)$, prediction $\\hat{y} = (0.2, 0.7, 0.1)$.\n\n"
                 "$$L = -\\sum_k y_k \\log \\hat{y}_k = -\\log 0.7$$",
                 [(3, "unchecked", "definition"), (3, "ok", None)], id="cross-entropy-of-lists"),
    pytest.param("Let $Y$ be Bernoulli with success probability $0.3$: $E[Y] = 0.7$.",
                 [(1, "error", "not equal")], id="bernoulli-worded"),
    pytest.param("Let $T$ be exponential with mean 2.\n\n$E[T] = 2$",
                 [(3, "unchecked", "described in the text")], id="exponential-by-its-mean"),
    # an entropy-like sum defined above, taken at a number: the two outcomes of a coin
    pytest.param(ENTROPY + "$$H(0.8) = -0.8\\log_2 0.8 - 0.2\\log_2 0.2$$",
                 [(3, "ok", "of the measure"), (5, "ok", None)], id="binary-entropy"),
    pytest.param(ENTROPY + "$$H(0.8) = -0.8\\log_2 0.8 - 0.8\\log_2 0.2$$",
                 [(3, "ok", "of the measure"), (5, "error", None)], id="binary-entropy-wrong"),
    pytest.param("$$H(0.8) = 0.72$$", [(1, "unchecked", None)], id="no-entropy-defined"),
    # a labelled \sim (iid above it) is \sim
    pytest.param("$Y \\stackrel{\\text{iid}}{\\sim} \\mathcal{N}(2, 9)$\n\n$\\mathbb{E}[Y] = 3$",
                 [(1, "unchecked", "declaration"), (3, "error", None)], id="iid-over-sim"),
    pytest.param("$N$ = number of trials up to and including the first success, $p = 0.2$.\n\n"
                 "$E[N] = \\frac{1}{p} = 5$, $Var(N) = \\frac{1-p}{p} = 4$",
                 [(1, "unchecked", "definition"), (3, "ok", "expectation"), (3, "ok", None),
                  (3, "error", None), (3, "ok", None)], id="geometric-in-words"),
    pytest.param("$N$ = number of failures before the first success, $p = 0.2$.\n\n"
                 "$E[N] = 4$",
                 [(1, "unchecked", "definition"), (3, "unchecked", "described in the text")],
                 id="failures-are-another-law"),
    pytest.param("Data $y = (2, 4, 6)$.\n\n$$\\bar y = \\frac{1}{3}\\sum_{i=1}^{3} y_i = 4$$\n\n"
                 "$$\\hat\\sigma^2 = \\frac{1}{3}\\sum_{i=1}^{3}(y_i - \\bar y)^2 = \\frac{8}{3}$$",
                 [(3, "unchecked", "definition"), (3, "ok", None),
                  (5, "unchecked", "definition of σ̂^2"), (5, "ok", "values defined above")],
                 id="data-and-a-defined-mean"),
    # a percentage in parentheses after a value is an aside, never a product
    pytest.param("$$p = \\frac{0.009}{0.108} \\approx 0.0833 \\; (8.3\\%)$$",
                 [(1, "unchecked", "definition"), (1, "ok", None)], id="percent-aside"),
    pytest.param("$$q = \\frac{1}{8} \\approx 0.125\\ (12\\%)$$",
                 [(1, "unchecked", "definition"), (1, "ok", None)], id="percent-aside-cut"),
    # events in words: "no X", "not X" is the complement of X; "neg" of "pos"
    pytest.param(WORDS + "$$P(\\text{disease} \\mid \\text{pos}) = \\frac{0.9 \\cdot 0.01}"
                 "{0.9 \\cdot 0.01 + 0.1 \\cdot 0.99}$$",
                 [*[(1, "unchecked", "is given")] * 3, (3, "ok", "rules of probability")],
                 id="complement-in-words"),
    pytest.param(WORDS + "$$P(\\text{neg} \\mid \\text{disease}) = 1 - 0.9$$",
                 [*[(1, "unchecked", "is given")] * 3, (3, "ok", "rules of probability")],
                 id="negative-in-words"),
    pytest.param("$$D(p, q) = \\sum_x p(x) \\log_2 \\frac{p(x)}{q(x)}$$\n\n"
                 "$$D(\\text{Bern}(0.8), \\text{Bern}(0.5)) = 0.8\\log_2 1.6 + 0.2\\log_2 0.4$$",
                 [(1, "ok", "of the measure"), (3, "ok", None)], id="kl-of-two-coins"),
    pytest.param("$$D(p, q) = \\sum_x p(x) \\log_2 \\frac{p(x)}{q(x)}$$\n\nIn nats:\n\n"
                 "$$D(\\text{Bern}(0.8), \\text{Bern}(0.5)) = 0.8\\ln 1.6 + 0.2\\ln 0.4$$",
                 [(1, "ok", "of the measure"), (5, "unchecked", "change of unit")],
                 id="kl-in-another-unit"),
    pytest.param("Let $X$ be the outcome of a fair die, where a 6 counts as 0.\n\n$E[X] = 2.5$",
                 [(3, "unchecked", "described in the text")], id="a-die-relabelled"),
    # the masses of a law described in words
    pytest.param(DIE + "$$P(X > 4) = \\frac{2}{6}$$\n\n$$P(X = 6) = \\frac{1}{5}$$",
                 [(3, "ok", None), (5, "error", None)], id="die-masses"),
    pytest.param("$N$ = number of trials up to and including the first success, $p = 0.2$.\n\n"
                 "$$P(N = 3) = (1-p)^2 p$$\n\n$$P(N > 3) = (1-p)^2$$",
                 [(1, "unchecked", "definition"), (3, "ok", None), (5, "error", None)],
                 id="geometric-masses"),
    pytest.param("$X \\sim \\text{Geom}(0.5)$\n\n$$P(X = 0) = 0.5$$",
                 [(1, "unchecked", "declaration"), (3, "unchecked", "is given")],
                 id="a-declared-geometric-may-count-failures"),
    pytest.param(DIE + "$$P(X = 6) = \\frac{1}{6}$$\n\n## Next\n\n$$P(X = 6) = 0.5$$",
                 [(3, "ok", None), (7, "unchecked", None)], id="die-masses-end-with-the-section"),
    # a law's parameters named where it is declared, in the family's order
    pytest.param("$Y \\sim \\text{Bin}(n = 10, p = 0.3)$, $E[Y] = 4$",
                 [(1, "unchecked", "declaration"), (1, "error", None)], id="named-parameters"),
    pytest.param("$Z \\sim \\mathcal{N}(\\mu=0, \\sigma=2)$", [(1, "unchecked", "deviation")],
                 id="a-standard-deviation-is-not-the-variance"),
]


@pytest.fixture(scope="module", autouse=True)
def _grammar_built() -> None:
    """The grammars are built before the table: a cold build on a loaded machine may take the
    first line's time budget."""
    check_document("$x = 1$", kind="md")


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statistics_notes(text: str, expected: list) -> None:
    assert_steps(text, expected)
