"""The eighteenth round of real-notes habits (probability, distributions, Bayes, information): a
notebook's printed output under its code cell, the next exercise under a heading of the same
level, Dutch connectives in `\\text{}`, named parameters of a law, a decimal comma in an event's
bound, `$X \\sim$ Bernoulli$(p)$`, and cheat-sheet tables of laws with their means and variances."""

from __future__ import annotations

import pytest

import tutor


def _verdicts(text: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in tutor.check_document(text, kind="md").steps]


def _judged(text: str) -> list[tuple[int, str]]:
    return [(line, v) for line, v in _verdicts(text) if v != "unchecked"]


# nbconvert's Markdown: what a code cell printed (4-space indented under the fence) is output,
# never the learner's math (here it would define H(p) = 1.5 KL(p||q) = 0.25 and flag line 9)
NOTEBOOK = """```python
print("H(p) =", 1.5, " KL(p||q) =", 0.25)
```

    H(p) = 1.5  KL(p||q) = 0.25


$$H(p) = \\frac{1}{2} \\cdot 1 + \\frac{1}{4} \\cdot 2 + \\frac{1}{4} \\cdot 2 = 1.5$$
"""


def test_printed_output_of_a_code_cell_is_not_math():
    assert _judged(NOTEBOOK) == [(8, "ok")]


def test_an_indented_formula_after_prose_is_still_math():
    text = "The forum answer:\n\n    P(H) = 0.5*0.8 + 0.5*0.5 = 0.65\n"
    assert _judged(text) == [(3, "ok")]


# a heading at the level of the one before starts a new exercise: a probability stated under
# `## Opgave 1` is not that of `## Opgave 2` (the false alarm of document 116)
EXERCISES = """## Opgave 1

$P(X = 0) = 0{,}3487$

## Opgave 2

Poisson met $\\lambda = 4$:

$$P(X \\ge 1) = 1 - P(X = 0) = 1 - e^{-4} \\approx 0{,}9817$$
"""

SOLUTION_UNDER_PROBLEM = """## Problem 1

$P(A) = 0.3$

### Solution

$$P(A^c) = 1 - P(A) = 0.6$$
"""


def test_stated_probability_of_a_sibling_exercise_is_not_used():
    assert [v for line, v in _verdicts(EXERCISES) if line == 9] == ["unchecked", "unchecked",
                                                                   "ok"]


@pytest.mark.parametrize(("first", "second"), [
    ("## Problem 1", "### Solution"),
    ("### Problem", "### Solution"),  # a solution at the problem's level goes on with it
    ("### (a)", "### (b)"),  # so does the next part of an exercise
    ("## Aufgabe 3", "## Lösung"),
])
def test_stated_probability_of_the_problem_above_its_solution_is_used(first, second):
    text = SOLUTION_UNDER_PROBLEM.replace("## Problem 1", first).replace("### Solution", second)
    assert _judged(text)[-1] == (7, "error")


# Dutch words in `\text{}` join two statements (en, dus, of) or open a row (waarbij)
@pytest.mark.parametrize(("text", "expected"), [
    ("$$E[T] = \\frac{1}{0{,}5} = 2 \\quad \\text{en} \\quad 2^2 = 4$$", [(1, "ok"), (1, "ok")]),
    ("$$E = 2 \\cdot 3 = 6 \\quad \\text{dus} \\quad 6^2 = 36$$", [(1, "ok"), (1, "ok")]),
    ("$$E = 2 \\cdot 3 = 6 \\quad \\text{dus} \\quad 6^2 = 35$$", [(1, "ok"), (1, "error")]),
    ("Wet van totale kans, $\\text{waarbij}$ $D$ = defect.", []),
])
def test_dutch_connectives(text, expected):
    got = _verdicts(text)
    assert [v for v in got if v[1] == "parse_error"] == []
    assert [v for v in got if v[1] != "unchecked"] == expected


# named parameters of a law, a semicolon between them: the law is read
@pytest.mark.parametrize("law", [r"\text{Bin}(n = 10;\ p = 0{,}1)", r"\text{Bin}(n = 10, p = 0.1)",
                                 r"Bin(10, 0.1)"])
def test_named_parameters_of_a_law(law):
    text = f"$X \\sim {law}$\n\n$$E[X] = 10 \\cdot 0{{,}}1 = 2$$\n"
    got = _verdicts(text)
    assert got[0] == (1, "unchecked") and (3, "error") in got, got


# `Met $p = 0{,}2$`: a parameter of the law given another number; the law may have changed
CHANGED_PARAMETER = """$X \\sim \\text{{Bin}}(n = 10;\\ p = 0{{,}}1)$.

Met $p = {p}$ geeft de GR: $P(X \\le 2) = 0{{,}}678$.
"""


@pytest.mark.parametrize(("p", "last"), [("0{,}2", "unchecked"), ("0{,}1", "error")])
def test_a_parameter_given_anew_unsettles_the_law(p, last):
    assert _verdicts(CHANGED_PARAMETER.format(p=p))[-1] == (3, last)


# the parameters after `\mid` joined by a word: read as a condition (never a parse error)
@pytest.mark.parametrize("word", ["en", "and", "und"])
def test_parameters_joined_by_a_word_in_a_condition(word):
    text = f"$P(X \\le 2 \\mid n = 10 \\text{{ {word} }} p = 0{{,}}2) \\approx 0{{,}}6778$"
    assert "parse_error" not in [v for _, v in _verdicts(text)]


# a decimal comma in the bound of an event: one number, not two arguments of P
@pytest.mark.parametrize(("text", "read"), [
    ("$P(X < 3,5) = 1,5/6$", "P(X < 3.5)"),
    ("$P(T \\le 0,5) = 1 - 0,5$", "P(T ≤ 0.5)"),
])
def test_decimal_comma_in_an_event_bound(text, read):
    assert tutor.check_document(text, kind="md").steps[0].read_as == read


def test_a_law_said_half_in_words():
    text = "A coin $X \\sim$ Bernoulli$(0.5)$ has $H(X) = 1$ bit."
    assert "parse_error" not in [v for _, v in _verdicts(text)]


# a cheat sheet's table of laws: each mean or variance cell is checked against the law
LAWS = """| Name | PMF | Mean | Variance |
| :-- | :-: | :-: | :-: |
| Bernoulli$(p)$ | $p^k (1-p)^{{1-k}}$ | $p$ | $p(1-p)$ |
| Poisson$(\\lambda)$ | $\\lambda^k e^{{-\\lambda}}/k!$ | $\\lambda$ | ${poisson}$ |
| Geometric$(p)$ | $(1-p)^{{k-1}} p$ | $1/p$ | $\\frac{{1-p}}{{p^2}}$ |

Name | PDF | Mean | Variance
:-: | :-: | :-: | :-:
Exponential$(\\lambda)$ | $\\lambda e^{{-\\lambda x}}$ | $1/\\lambda$ | ${exponential}$
Uniform$(a, b)$ | $\\frac{{1}}{{b-a}}$ | $\\frac{{a+b}}{{2}}$ | $\\frac{{(b-a)^2}}{{12}}$
$\\mathcal{{N}}(\\mu, \\sigma^2)$ | $\\dots$ | $\\mu$ | $\\sigma^2$
"""


@pytest.mark.parametrize(("poisson", "exponential", "errors"), [
    ("\\lambda", "1/\\lambda^2", []),
    ("\\lambda^2", "1/\\lambda^2", [4]),
    ("\\lambda", "1/\\lambda", [9]),
])
def test_a_table_of_laws(poisson, exponential, errors):
    got = _verdicts(LAWS.format(poisson=poisson, exponential=exponential))
    assert [line for line, v in got if v == "error"] == errors, got
    assert {v for _, v in got} <= {"ok", "error"}
    # the geometric mean (trials or failures?) and the uniform variance (an interval or the
    # integers?) are left alone: one convention does not give them
    assert [line for line, _ in got].count(5) == 1 and [line for line, _ in got].count(10) == 1


@pytest.mark.parametrize("row", [
    "| Exponential$(\\beta)$ | $\\beta$ | $\\beta^2$ |",  # a scale: not the usual letter
    "| Group A | $2.5$ | $1.2$ |",  # a table of data, not of laws
    "| Gamma$(\\alpha, \\beta)$ | $\\alpha/\\beta$ | $\\alpha/\\beta^2$ |",  # rate or scale?
])
def test_rows_that_name_no_law_in_its_usual_letters_are_left_alone(row):
    text = f"| Law | Mean | Variance |\n|---|---|---|\n{row}\n"
    assert [v for _, v in _verdicts(text) if v != "unchecked"] == []


# an HTML table cell `<td>$ … $</td>` (a space after its dollar): the cell's math, and the
# dollars of the cells after it keep their pairs
def test_html_cell_with_a_space_after_its_dollar():
    text = "<table>\n<tr>\n<td>$ 2 \\cdot 3 = 6$</td>\n<td>$n*p$</td>\n<td>$1-p$</td>\n</tr>\n"
    assert _verdicts(text + "</table>\n") == [(3, "ok")]


# a law described in Dutch or German words, its parameters given by name in math
@pytest.mark.parametrize(("sentence", "claim", "verdict"), [
    ("De levensduur $T$ is exponentieel verdeeld met $\\lambda = 0{,}5$.",
     "$$P(T > 3) = e^{-1{,}5} \\approx 0{,}2231$$", "ok"),
    ("De levensduur $T$ is exponentieel verdeeld met $\\lambda = 0{,}5$.",
     "$$P(T > 3) = e^{-1} \\approx 0{,}3679$$", "error"),
    ("In een half uur is het aantal $Y$ Poisson-verdeeld met $\\lambda = 2$.",
     "$$P(Y = 0) = e^{-2} \\approx 0{,}1353$$", "ok"),
    ("$X$ ist binomialverteilt mit $n = 10$ und $p = 0{,}3$.",
     "$$\\mathrm{Var}(X) = 10 \\cdot 0{,}3 \\cdot 0{,}7 = 2{,}1$$", "ok"),
    ("De lengte $L$ is normaal verdeeld met $\\mu = 170$ en $\\sigma = 10$.",
     "$$P(L > 185) = P(Z > 1{,}5) = 1 - \\Phi(1{,}5)$$", "ok"),
    ("De lengte $L$ is normaal verdeeld met $\\mu = 181$ cm en $\\sigma = 7$ cm.",
     "$$P(L > 195) = P(Z > 2) = 1 - \\Phi(2)$$", "ok"),
])
def test_laws_described_in_dutch_and_german(sentence, claim, verdict):
    got = [v for _, v in _verdicts(f"{sentence}\n\n{claim}\n") if v != "unchecked"]
    assert verdict in got and (verdict == "error" or "error" not in got), got


@pytest.mark.parametrize("sentence", [
    "Het aantal pogingen $N$ is geometrisch verdeeld met $p = 0{,}2$.",  # trials or failures?
    "$X$ is binomiaal verdeeld met $p = 0{,}3$.",  # n not given
    "$X$ is bij benadering normaal verdeeld met $\\mu = 5$ en $\\sigma = 1$.",  # approximately
])
def test_laws_in_words_not_read(sentence):
    got = _verdicts(f"{sentence}\n\n$$\\mathbb{{E}}[X] = 7$$\n")
    assert [v for _, v in got if v != "unchecked"] == [], got


# the law of X given as a table of its values and their probabilities: E[X] and Var(X) after it
PMF = """| $x$ | $P(X=x)$ | $x \\cdot P(X=x)$ |
|---|---|---|
| 0 | {p0} | $0$ |
| 1 | 0.3 | $0.3$ |
| 2 | 0.5 | $1$ |
| **Σ** | **1** | **1.3** |

{claim}
"""


@pytest.mark.parametrize(("p0", "claim", "verdict"), [
    ("0.2", "$$E[X] = 1.3$$", "ok"),
    ("0.2", "$$E[X] = 1.4$$", "error"),
    ("0.2", "$$\\mathrm{Var}(X) = 2.3 - 1.3^2 = 0.61$$", "ok"),
    ("0.2", "$$\\mathrm{Var}(X) = 2.3 - 1.3^2$$", "ok"),
    ("0.3", "$$E[X] = 1.4$$", "unchecked"),  # the probabilities sum to 1.1: no law
    ("0.2", "Now $P(X = 0) = 0.5$ instead.\n\n$$E[X] = 1.4$$", "unchecked"),  # given anew
])
def test_a_table_of_a_law(p0, claim, verdict):
    got = _verdicts(PMF.format(p0=p0, claim=claim))
    last = [v for line, v in got if line >= 8]
    assert last and last[-1] == verdict and "error" not in last[:-1], got


def test_a_table_of_a_cdf_is_no_law():
    text = ("| $x$ | $F(x)$ |\n|---|---|\n| 0 | 0.2 |\n| 1 | 0.5 |\n| 2 | 1 |\n\n"
            "$$E[X] = 1.4$$\n")
    assert [v for _, v in _verdicts(text) if v != "unchecked"] == []


# mean and variance in one column (`$\mu$, $\sigma^2$`), a law with its support after it
@pytest.mark.parametrize(("cell", "verdicts"), [
    ("$np$, $np(1-p)$", ["ok", "ok"]),
    ("$np$, $np^2$", ["ok", "error"]),
    ("$np$", []),
])
def test_mean_and_variance_in_one_column(cell, verdicts):
    text = ("| Law | pmf | $\\mu$, $\\sigma^2$ |\n|---|---|---|\n"
            f"| Bin($n,p$) on $\\{{0,\\dots,n\\}}$ | $p^k$ | {cell} |\n")
    assert [v for _, v in _verdicts(text)] == verdicts


# a sympy result a code cell displayed (`$\displaystyle …$` under the cell in nbconvert's
# Markdown) is output; the same formula elsewhere is the learner's
def test_a_displayed_sympy_result_under_a_cell_is_output():
    text = ("```python\nsp.Eq(E, 1.7)\n```\n\n\n$\\displaystyle E = 1.8$\n\n"
            "$$\\displaystyle y = 2 + 2 = 5$$\n")
    assert _judged(text) == [(8, "error")]


# named parameters are read only in the law's own names and order: `\sigma = 2` is a standard
# deviation (N takes the variance), `Bin(p = …, n = …)` is another order
@pytest.mark.parametrize(("law", "read"), [
    (r"\mathcal{N}(\mu = 0, \sigma^2 = 4)", "N(0, 4)"),
    (r"\mathcal{N}(\mu = 0, \sigma = 2)", None),
    (r"\text{Bin}(p = 0.1, n = 10)", None),
    (r"\text{Bin}(n = 10, 0.1)", None),
])
def test_named_parameters_only_in_the_laws_order(law, read):
    steps = tutor.check_document(f"$X \\sim {law}$", kind="md").steps
    if read is None:
        assert "has the law" not in steps[0].message, steps[0].message
    else:
        assert steps[0].read_as == read


# `Met $\sigma = 3$` after X ~ N(0, 4): the standard deviation given anew changes the variance
@pytest.mark.parametrize(("sigma", "last"), [("3", "unchecked"), ("2", "error")])
def test_a_standard_deviation_given_anew_unsettles_a_normal_law(sigma, last):
    text = f"$X \\sim N(0, 4)$.\n\nMet $\\sigma = {sigma}$: $P(X > 3) = P(Z > 1)$.\n"
    assert _verdicts(text)[-1] == (3, last)
