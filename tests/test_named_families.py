"""A family of laws the prose names with no variable ("## Binomial", "Geometric distribution:",
"几何分布") confirms a moment written in its usual letters (`E[X] = np`, `Var(K) = (1-p)/p^2`):
those were "a value of a distribution described in the text: not checked". A name never
refutes: a moment that is not the family's stays unchecked, and so does every moment where two
families are named together or none is named."""

from __future__ import annotations

import re

import pytest

from tutor.batch import check_document
from tutor.notes.named_families import family_at, named_families

CONFIRMED = "usual letters"
DIE = "the fair die the text names here"
NOT_CHECKED = "described in the text"


@pytest.mark.parametrize(("text", "expected"), [
    # a heading names the family: the section's moments in its letters are confirmed
    ("## Binomial\n\n$E[X] = np$\n\n$\\mathrm{Var}(X) = np(1-p)$\n",
     [("ok", CONFIRMED), ("ok", CONFIRMED)]),
    ("## Geometric distribution\n\nTrials until the first success.\n\n"
     "$$E[K] = \\frac{1}{p}$$\n\n$$\\operatorname{Var}(K) = \\frac{1-p}{p^2}$$\n",
     [("ok", CONFIRMED), ("ok", CONFIRMED)]),
    ("## Poisson\n\n$$E[N] = \\lambda, \\quad E[N^2] = \\lambda + \\lambda^2$$\n",
     [("ok", CONFIRMED), ("ok", CONFIRMED)]),
    # in the sentence before the math, and in another language
    ("An exponential waiting time: $E[T] = \\frac{1}{\\lambda}$.\n", [("ok", CONFIRMED)]),
    ("## 几何分布\n\n$$E(X) = \\frac{1}{p}$$\n", [("ok", CONFIRMED)]),
    ("Rozkład dwumianowy: $E[X] = np$.\n", [("ok", CONFIRMED)]),
    # values put in after the letters are checked as ever
    ("## Binomial\n\nWith $n = 10$ and $p = 0.2$: $E[X] = np = 10 \\cdot 0.2 = 2$\n",
     [("unchecked", None), ("unchecked", None), ("ok", CONFIRMED), ("ok", None), ("ok", None)]),
    # a moment that is not the family's is left unchecked, never called wrong
    ("A binomial count: $\\mathrm{Var}(Y) = np$.\n",
     [("unchecked", "described in the text: not checked (the binomial law it names has mean "
                    "n·p and variance n·p·(1 - p); declare Y ~ Bin(n, p) to have it checked)")]),
    ("An exponential wait: $E[T] = \\lambda$.\n",
     [("unchecked", "mean 1/λ and variance 1/λ^2")]),
    # the mean in words is no value of λ: a right claim is not called wrong
    ("Let $T$ be exponential with mean 2.\n\n$E[T] = 2$\n", [("unchecked", NOT_CHECKED)]),
    # a geometric law of the failures before the first success: which law is not said
    ("## Geometric\n\n$K$ counts the failures before the first success.\n\n"
     "$$E[K] = \\frac{1}{p}$$\n", [("unchecked", NOT_CHECKED)]),
    # two families named together: neither is in force
    ("Binomial and Poisson counts: $E[Z] = np$.\n", [("unchecked", NOT_CHECKED)]),
    # no family named: as before
    ("A count: $E[Z] = np$.\n", [("unchecked", NOT_CHECKED)]),
    # a fair die named in the prose: its score's moments (7/2, 91/6, 35/12) are confirmed
    ("## Rolling a fair die\n\n$E[X] = \\frac{1+2+3+4+5+6}{6} = 3.5$\n\n"
     "$E[X^2] = \\frac{1+4+9+16+25+36}{6} = \\frac{91}{6}$\n",
     [("ok", DIE), ("ok", None), ("ok", DIE), ("ok", None)]),
    ("Roll a die once. $\\mathrm{Var}(X) = \\frac{91}{6} - 3.5^2 = \\frac{35}{12}$\n",
     [("ok", DIE), ("ok", None)]),
    ("Lanzamos un dado: $E[X] = 3.5$\n", [("ok", DIE)]),
    # a moment that is not the die's stays unchecked, with what a die has
    ("Roll a die. $E[S] = 7$\n",
     [("unchecked", "(the fair die it names has mean 7/2 and variance 35/12; say 'S is the "
                    "score of a fair die' to have it checked)")]),
    # two dice, a sum, a loaded die, a variable said to be something else: no die in force
    ("Two dice: $E[S] = 3.5$\n", [("unchecked", NOT_CHECKED)]),
    ("Roll a loaded die: $E[X] = 3.5$\n", [("unchecked", NOT_CHECKED)]),
    ("$S$ is the sum of two rolls of a die.\n\n$E[S] = 3.5$\n", [("unchecked", NOT_CHECKED)]),
    # German's article is no die; a die beside a family: the family is the law of the count
    ("## Die Varianz\n\n$E[X] = 3.5$\n", [("unchecked", NOT_CHECKED)]),
    ("Geometric: the first six on a die. $E[N] = \\frac{1}{p}$\n", [("ok", CONFIRMED)]),
    # a name in a formula is no name in the prose: the declared law decides
    ("$X \\sim \\text{Bin}(n, p)$ and $\\operatorname{Var}(X) = np$\n",
     [("unchecked", None), ("error", None)]),
])
def test_a_named_family_confirms_its_moments(text, expected):
    got = [(s.verdict, f"{s.message} | {s.method}") for s in check_document(text, kind="md").steps]
    assert [v for v, _ in got] == [v for v, _ in expected], got
    for (_, said), (_, fragment) in zip(got, expected, strict=True):
        assert fragment is None or fragment in said, got


@pytest.mark.parametrize(("text", "family"), [
    ("## Binomial\n\ntext\n\n$$b$$\n", "Binomial"),
    # a heading's name holds to the next heading
    ("## Binomial\n\n$x$\n\n## Other\n\n$$b$$\n", None),
    # a paragraph's name goes on over math with a few words between, not past a long sentence
    ("The Poisson law.\n\n$$a$$\n\nso\n\n$$b$$\n", "Poisson"),
    ("The Poisson law.\n\nNow we look at something else entirely, a few more words here.\n\n"
     "$$b$$\n", None),
    # the nearest naming wins; one naming two families names none
    ("## Binomial\n\nThe Poisson case:\n\n$$b$$\n", "Poisson"),
    ("## Binomial versus Poisson\n\n$$b$$\n", None),
    # a word inside math is not a name
    ("Here $\\text{Poisson}(3)$ is written.\n\n$$b$$\n", None),
])
def test_where_a_name_is_in_force(text, family):
    headings = [m.start() for m in re.finditer(r"^#", text, re.M)]
    found = family_at(named_families(text, headings), text.index("$$b"))
    assert found == ((("", (family, ())),) if family else ())


# every family word holds a stem of the cheap scan run first (a word missed there is never named)
FAMILY_WORDS = ["binomial", "Binomialverteilung", "dwumianowy", "биномиальное", "二项分布",
                "二項分布", "이항 분포", "nhị thức", "Bernoulli", "бернуллиевское", "伯努利",
                "ベルヌーイ", "베르누이", "Poisson", "пуассоновское", "泊松", "ポアソン", "푸아송",
                "포아송", "geometric", "géométrique", "geométrica", "geometryczny",
                "геометрическое", "几何分布", "幾何分布", "기하 분포", "exponential",
                "exponentiell", "exponencial", "esponenziale", "exponentielle", "wykładniczy",
                "показательное", "экспоненциальное", "指数分布", "지수 분포", "üstel",
                "hypergeometric", "hypergéométrique", "гипергеометрическое", "multinomial",
                "полиномиальное", "Pascal"]


@pytest.mark.parametrize("word", FAMILY_WORDS)
def test_every_family_word_passes_the_first_scan(word):
    from tutor.notes.named_families import _FAMILY_HINT, _WORDS
    assert _WORDS.search(f"a {word} law") and _FAMILY_HINT.search(f"a {word} law")
