"""The seventeenth round of real-notes habits (probability, distributions, MLE, information
theory): bookdown equation labels `(\\#eq:binom)`, `\\Pr\\left(…\\right)`, `A^{\\complement}`,
and prose in other languages that sets the line above to zero ("משווים לאפס")."""

from __future__ import annotations

import pytest

import tutor
from tests.document_steps import assert_reading, assert_verdicts

BOOKDOWN = "\\begin{{equation}}\n{body}\n\\end{{equation}}\n"


# a bookdown label `(\#eq:name)` inside an equation, on its own line or after the formula
@pytest.mark.parametrize(("body", "verdicts"), [
    ("P(X = 0) = 0.7^{2} = 0.49\n(\\#eq:binom)", ["ok"]),
    ("(\\#eq:binom-zero) P(X = 0) = 0.7^{2} = 0.49", ["ok"]),
    ("P(X = 0) = 0.7^{2} = 0.42 (\\#eq:binom/zero)", ["error"]),
    ("y = 2 + 3 = 5\n(\\#eq:CJ)", ["ok"]),
])
def test_a_bookdown_label_is_no_math(body, verdicts):
    report = tutor.check_document(BOOKDOWN.format(body=body), kind="md")
    got = [s.verdict for s in report.steps if s.verdict != "unchecked"]
    assert got == verdicts, [(s.verdict, s.message) for s in report.steps]


# R code and its printed output in an R Markdown chapter are never judged
def test_r_chunks_and_their_output_are_not_math():
    text = ("```{r binom-check}\ndbinom(3, size = 10, prob = 0.3)\n```\n\n"
            "```\n## [1] 0.2668279\n```\n\n```{r}\ndpois(2, lambda = 4)\n#> [1] 0.1465251\n```\n\n"
            "and R agrees: `dbinom(3, 10, 0.3)` is `r round(dbinom(3, 10, 0.3), 4)`.\n")
    assert tutor.check_document(text, kind="md").steps == []


# `\Pr` before `\left(` is the probability of the event inside, as `\Pr(` is
@pytest.mark.parametrize(("text", "read"), [
    (r"\Pr\left(Z \le 1\right)", "P(Z <= 1)"),
    (r"\Pr \left( A \right)", "P(A)"),
])
def test_pr_before_left_bracket(text, read):
    assert_reading(text, read)


# `A^{\complement}` and `A^\complement` are the complement, as `A^c`
@pytest.mark.parametrize("written", [r"E^{\complement}", r"E^\complement", r"E^{ \complement }"])
def test_complement_command(written):
    text = (rf"We have $P(E \mid T) = \frac{{1}}{{32}}$ and "
            rf"$P({written} \mid T) = 1 - \frac{{1}}{{32}} = \frac{{31}}{{32}}$.")
    steps = tutor.check_document(text, kind="md").steps
    assert [s.verdict for s in steps if s.verdict == "parse_error"] == []
    assert steps[-1].verdict == "ok"


LOG_LIKELIHOOD = """$$\\ell(p) = 7 \\ln p + 3 \\ln(1 - p)$$

$$\\ell'(p) = \\frac{{7}}{{p}} - \\frac{{3}}{{1 - p}}$$

{prose} ${equation}$.
"""


# prose in other languages that sets the line above to zero: the equation after it is solved
@pytest.mark.parametrize("prose", [
    "Setting it to zero:", "משווים לאפס:", "נשווה את הנגזרת ל-0:", "Приравниваем к нулю:",
    "Przyrównujemy do zera:", "Igualando a cero:", "Gleich null setzen:", "En égalant à zéro :",
    "Uguagliando a zero:", "Sıfıra eşitlersek:", "Disamakan dengan nol:", "令导数等于0：",
    "برابر صفر قرار می‌دهیم:",
])
@pytest.mark.parametrize(("equation", "verdict"), [("7(1 - p) = 3p", "ok"),
                                                   ("7(1 - p) = 5p", "error")])
def test_zero_said_in_other_languages(prose, equation, verdict):
    steps = tutor.check_document(LOG_LIKELIHOOD.format(prose=prose, equation=equation),
                                 kind="md").steps
    assert steps[-1].verdict == verdict, [(s.verdict, s.message) for s in steps]


# words that only look like it set nothing to zero: no condition, the claim is judged as before
@pytest.mark.parametrize("prose", ["The set of zeros:", "שווה בערך:", "Then:"])
def test_no_zero_said(prose):
    steps = tutor.check_document(LOG_LIKELIHOOD.format(prose=prose, equation="2(p + 1) = 2p + 2"),
                                 kind="md").steps
    assert steps[-1].verdict == "ok"
    assert_verdicts("$x = 2$", [("unchecked", None)])


# Hebrew letters written bare in math (KaTeX sets them as text): a name, as `\text{…}` is
@pytest.mark.parametrize(("text", "read"), [
    ("P(א)", "P(א)"),
    ("P(ירד גשם)", "P(ירד_גשם)"),
    ('סה"כ', "סה_22_כ"),  # gershayim kept in the name, as a quote in \\text is
    (r"P(\text{ירד גשם})", "P(ירד_גשם)"),
])
def test_hebrew_words_in_math(text, read):
    assert_reading(text, read)


def test_hebrew_events_are_checked_as_names():
    assert_verdicts(r"נסמן $P(א) = 0.3$ ו-$P(ב) = 0.5$, ואז $P(א) + P(ב) = 0.3 + 0.5 = 0.8$.", [
        ("unchecked", "given"), ("unchecked", "given"), ("ok", None), ("ok", None)])


# a connective in \\text in other languages between a value and its restatement (`כלומר` = i.e.)
@pytest.mark.parametrize("word", ["כלומר", "ולכן", "cioè", "т. е.", "d.h.", "es decir", "czyli",
                                  "yani", "یعنی", "i.e."])
def test_connective_words_abroad(word):
    text = rf"$$p = \frac{{3}}{{5}} = 0.6 \; \text{{{word} }} 60\%$$"
    assert_verdicts(text, [("unchecked", "definition of p"), ("ok", None)])


# `X \perp Y`, `X ⊥ Y`: independence stated in math, prose (no parse error, no claim)
@pytest.mark.parametrize("stated", [r"X \perp Y", r"X \perp\!\!\!\perp Y", "X ⊥ Y",
                                    r"X_1 \perp X_2 \perp \ldots \perp X_k", r"X \indep Y"])
def test_independence_symbol_is_no_claim(stated):
    assert tutor.check_document(f"If ${stated}$, the variables are independent.",
                                kind="md").steps == []


FAMILY_SHEET = """### theorems

- Geometric:
\t- $\\displaystyle P(X \\geq k) = (1-p)^{{k-1}}$
- Hypergeometric:
\t- If $p = \\frac{{K}}{{N}}$, then ${claim}$
"""


# a law with no usual letters here (hypergeometric) named in the same list as the geometric
# law: no family is in force, so `E[X] = 1/p` is not confirmed by the geometric law's mean
def test_an_unmodelled_family_leaves_none_in_force():
    steps = tutor.check_document(FAMILY_SHEET.format(claim=r"E[X] = \frac{1}{p}"), kind="md").steps
    assert [s.verdict for s in steps if s.line == 6][-1] == "unchecked"


def test_a_named_geometric_family_still_confirms():
    steps = tutor.check_document("## Geometric\n\n$$E[X] = \\frac{1}{p}$$\n", kind="md").steps
    assert [s.verdict for s in steps] == ["ok"]


# I(X = v) beside P(X = v): the indicator, or the information content −log P(X = v); a
# difference that the second reading removes is no refutation, one both readings keep is
@pytest.mark.parametrize(("right", "verdict"), [
    (r"-\sum_{v}\log(\Pr(X = v)) \Pr(X = v)", "unknown"),
    (r"-\sum_{v}\log_2(\Pr(X = v)) \Pr(X = v)", "unknown"),
    (r"\sum_{v}\log(\Pr(X = v)) \Pr(X = v)", "not_equal"),  # the sign: wrong either way
])
def test_information_or_indicator(right, verdict):
    from tutor.judge.equivalence import compare
    from tutor.read.parser import parse
    left = parse(r"\sum_{v} I(X = v) \Pr(X = v)", "latex")
    assert compare(left, parse(right, "latex")).status == verdict


def test_entropy_with_information_content_is_no_false_alarm():
    text = (r"$$ H(X) = E(I(X)) = \sum_{v \in V} I(X = v)\cdot\Pr(X = v) $$"
            r"$$= -\sum_{v \in V}\log(\Pr(X = v))\cdot\Pr(X = v)$$")
    steps = tutor.check_document(text, kind="md").steps
    assert "error" not in [s.verdict for s in steps], [(s.verdict, s.message) for s in steps]


# an indicator of a condition with no P of the same event is the indicator, as before
def test_indicator_of_a_condition_stays_the_indicator():
    assert_verdicts(r"$$\sum_{k=1}^{3} I(y = k) \log p_k = \log p_y$$", [("ok", None)])


# `X \colon \Omega \to V` is a map's signature, and `\mbox H`, `\text T` one unbraced letter
@pytest.mark.parametrize(("text", "read"), [
    (r"X \colon \Omega \to V", "!set or logic notation"),
    (r"\Pr(\mbox H)", "P(H)"),
    (r"\Pr(X = \text T)", "P(Eq(X, T))"),
    (r"P(A^\complement)", "P(Aᶜ)"),
])
def test_unbraced_marks(text, read):
    assert_reading(text, read)


# an old-school eqnarray: `\lefteqn{…}` holds the long left side, `{\rm Var}` the operator
@pytest.mark.parametrize(("text", "read"), [
    (r"\lefteqn{{\rm Var}(2X+3)}", "Var(2*X + 3)"),
    (r"{\rm Cov}(X,Y)", "Cov(X, Y)"),
    (r"{\rm E}[X]", "E(X)"),
])
def test_old_font_operators(text, read):
    assert_reading(text, read)


EQNARRAY_LEFTEQN = r"""\begin{eqnarray*}
\lefteqn{{\rm Var}(2X+3)} \\
 & = & FACTOR\,{\rm Var}(X) \hspace{1cm} \mbox{(constants shift nothing)}
\end{eqnarray*}
"""


@pytest.mark.parametrize(("factor", "verdict"), [("4", "ok"), ("2", "error")])
def test_lefteqn_row_is_the_left_side(factor, verdict):
    steps = tutor.check_document(EQNARRAY_LEFTEQN.replace("FACTOR", factor), kind="tex").steps
    assert [s.verdict for s in steps] == [verdict], [(s.verdict, s.message) for s in steps]


# the invisible marks of right-to-left text (RLM U+200F, LRM U+200E, isolates) are no math
@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u2067", "\u061c"])
def test_bidi_marks_inside_math(mark):
    text = f"$$P(X = 2) = \\frac{{1}}{{2}} {mark}= 0.5$$ ו-{mark}$E[X] = 2 \\cdot 0.5 = 1${mark}"
    steps = tutor.check_document(text, kind="md").steps
    assert [s.verdict for s in steps if s.verdict == "parse_error"] == []
    assert [s.verdict for s in steps][-1] == "ok"


# a binomial set as a matrix column whose row break was escaped for Markdown (Hugo, Jekyll:
# `5 \\\\ 2` shows as `5 \\ 2`) is the binomial, as with one break
@pytest.mark.parametrize(("text", "read"), [
    (r"\left(\begin{matrix} 5 \\\\ 2 \end{matrix}\right)", "binomial(5, 2)"),
    (r"\begin{pmatrix} 5 \\\\ 2 \end{pmatrix}", "binomial(5, 2)"),
    (r"\begin{pmatrix} 1 \\\\ 2 \\\\ 3 \end{pmatrix}", "[[1], [2], [3]]"),
    (r"\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \end{bmatrix}", "[[1, 2], [3, 4]]"),
])
def test_markdown_escaped_row_breaks_in_a_matrix(text, read):
    assert_reading(text, read)


def test_escaped_binomial_is_no_false_alarm():
    text = ("$$\nP(X = 2) =\n\\left(\\begin{matrix}\n5 \\\\\\\\ 2\n\\end{matrix}\\right)\n"
            "0.2^2 (0.8)^{3} = 0.2048\n$$\n")
    verdicts = [s.verdict for s in tutor.check_document(text, kind="md").steps]
    assert verdicts[-2:] == ["unchecked", "ok"]  # P(X = 2) given, then the binomial's value


# the short names of laws written plain in math (`Bin`, `Exp`, `Geo`, `Ber`, `Poi`) declare
@pytest.mark.parametrize(("law", "mean", "verdict"), [
    ("Bin(10, 0.5)", "5", "ok"), ("Bin(10, 0.5)", "4", "error"), ("Poi(3)", "3", "ok"),
    ("Ber(0.3)", "0.3", "ok"), ("Exp(2)", "0.5", "ok"), ("Geo(0.25)", "1", "error"),
])
def test_short_law_names_declare(law, mean, verdict):
    assert_verdicts(f"Let $X \\sim {law}$. Then $E[X] = {mean}$.",
                    [("unchecked", "has the law"), (verdict, None)])


# n of a declared Bin(n, p) counts trials: a whole number ≥ 1, so √((5n/36)²) = 5n/36
def test_binomial_n_is_a_count():
    text = (r"We model $X \sim Bin(n, \frac{1}{6})$, so $E[X] = np = \frac{n}{6}$ and "
            r"$\frac{\frac{-n}{36}}{\sqrt{(\frac{5n}{36})^2}} = \frac{-n}{36} * \frac{36}{5n}"
            r" = \frac{-1}{5}$.")
    steps = tutor.check_document(text, kind="md").steps
    assert "error" not in [s.verdict for s in steps], [(s.verdict, s.message) for s in steps]
    assert [s.verdict for s in steps][-2:] == ["ok", "ok"]


# ⇐ between two statements (right-to-left notes point their "therefore" this way): each
# statement checked alone, no implication read
@pytest.mark.parametrize(("text", "verdicts"), [
    (r"$$H = 1 \text{ ביט} \Leftarrow \log_2 2 = 1$$", ["unchecked", "ok"]),
    (r"$$2 + 2 = 5 \Leftarrow 1 + 1 = 2$$", ["error", "ok"]),
    (r"$$2 + 2 = 4 \Longleftarrow 1 + 1 = 2$$", ["ok", "ok"]),
])
def test_left_arrow_parts_statements(text, verdicts):
    assert [s.verdict for s in tutor.check_document(text, kind="md").steps] == verdicts
