"""The twelfth round of real-notes habits (probability, distributions, information theory): a
MediaWiki page's `<math>` tags and wiki tables, an Anki plain-text export (`\\(…\\)` in
tab-separated notes, `<br>`, `&gt;`, `{{c1::…}}` clozes, one card a section), a law only "close
to" another."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_reading, assert_verdicts
from tutor.batch import check_document
from tutor.notes.markup_math import (
    anki_note_starts,
    braced_decimals_settled,
    carries_delimited_math,
    markup_math_blanked,
)


def _verdicts(text: str, kind: str) -> list[tuple[str, str]]:
    return [(s.verdict, s.message) for s in check_document(text, kind=kind).steps]


# wiki math tags, HTML entities and Anki clozes become LaTeX delimiters and spaces, in place
@pytest.mark.parametrize(("text", "blanked"), [
    ("<math>x = 2</math>", "    \\(x = 2\\)     "),
    (':<math display="block">y</math>', ":" + " " * 20 + "\\(y\\)     "),
    (r"\(P(X &gt; 3)\)", r"\(P(X >    3)\)"),
    (r"\(a &lt; b\)&nbsp;ok", r"\(a <    b\)      ok"),
    (r"\(V = {{c1::E[X^2] - (E[X])^2}}\)", r"\(V =       E[X^2] - (E[X])^2  \)"),
    (r"\(m = {{c2::\frac{1}{n}::the mean}}\)", r"\(m =       \frac{1}{n}            \)"),
    ("{{c1::never closed", "{{c1::never closed"),
    ("[$]x = 2[/$] and [$$]y[/$$]", " \\(x = 2\\)   and   \\[y\\]   "),
    ("{| class=t\n| a || <math>1+1=2</math>\n|}", "{| class=t\n  a ||     \\(1+1=2\\)     \n }"),
])
def test_markup_math_is_blanked_in_place(text, blanked):
    assert markup_math_blanked(text) == blanked
    assert len(markup_math_blanked(text)) == len(text)


# a plain-text file with LaTeX-delimited math is notes; a step file is not
@pytest.mark.parametrize(("text", "delimited"), [
    ("Basic\tDeck\tMean?\t\\(E[X] = 3.5\\)\ttag", True),
    ("front <math>x^2</math>", True),
    ("Basic\tDeck\tMean?\t[$]E[X] = 3.5[/$]\ttag", True),
    ("(x+1)^2\n= x^2 + 2x + 1\n", False),
    ("a = b \\\\[4pt]\n= c\n", False),  # a row break with its spacing is no `\\[`
    ("# Q6 binomial, n = 10, p = 0.2\nE[X] = n*p = 2\n", False),
])
def test_a_text_file_with_delimited_math_is_notes(text, delimited):
    assert carries_delimited_math(text) is delimited


WIKI_PAGE = """== Binomial ==

Example with <math>n = 6</math> and <math>p = 0.3</math>:

:<math>\\Pr(X = 0) = 0.7^6 \\approx {}</math>

{{| class="wikitable"
! Quantity !! Value
|-
| variance || <math>6 \\cdot 0.3 \\cdot 0.7 = {}</math>
|}}
"""


# MediaWiki's `<math>` (inline and `:<math>` display) and cells of a `{| … |}` table are read
@pytest.mark.parametrize(("power", "product", "verdicts"), [
    ("0.1176", "1.26", ["ok", "ok"]),
    ("0.1176", "1.36", ["ok", "error"]),
    ("0.2176", "1.26", ["error", "ok"]),
])
def test_a_wiki_page_math_is_read(power, product, verdicts):
    got = _verdicts(WIKI_PAGE.format(power, product), "md")
    assert [v for v, _ in got][-2:] == verdicts, got


ANKI_EXPORT = "\n".join([
    "#separator:tab", "#html:true", "#deck column:2",
    "Basic\tProb::Uniform\t\\(X \\sim U(0, 4)\\). \\(P(X &gt; 3)\\)?"
    "\t\\(P(X &gt; 3) = \\frac{{4 - 3}}{{4}} = {}\\)\tuniform",
    "Basic\tProb::Poisson\tPoisson(2): P(no events)?\t\\(P(X = 0) = e^{{-2}} \\approx 0.135\\)"
    "\tpoisson",
    "Basic\tProb::Expectation\tVariance of a die?\t\\(E[X^2] = \\frac{{91}}{{6}}\\)<br>"
    "\\(\\operatorname{{Var}}(X) = \\frac{{91}}{{6}} - 3.5^2 = \\frac{{35}}{{12}}\\)\tdie", ""])


# an Anki export: `<br>` is no inequality, `&gt;` is `>`, and each note is a card of its own
# (X uniform on one card is no law of the X of the next; "Poisson(2)" on the next card is no
# law of the card before)
@pytest.mark.parametrize(("value", "first"), [("\\frac{1}{4}", "ok"), ("\\frac{3}{4}", "error")])
def test_an_anki_export_is_read_card_by_card(value, first):
    got = _verdicts(ANKI_EXPORT.format(value), "txt")
    assert [v for v, _ in got] == ["unchecked", "ok", first, "ok", "ok", "unchecked",
                                   "unchecked", "ok"], got  # P(X = 0) = e^{-2}: Poisson(2)'s


# note starts: header lines are none; a quoted field running over lines is one note
def test_anki_note_starts_skip_headers_and_quoted_fields():
    text = '#separator:tab\n#html:true\nBasic\ta\tb\n"Basic"\t"x<br>\ny"\tt\nBasic\tc\td\n'
    assert anki_note_starts(text) == [26, 36, 56]
    assert anki_note_starts("Basic\ta\tb\n") == []
    other = "#separator:Tab\n#deck:Prob\n#columns:front back\n\nQ?\tA\n"  # newer headers
    assert anki_note_starts(other) == [other.index("Q?")]


# a law "close to" another is only an approximation: no law of X, so no false alarm
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("the binomial is close to Poisson(3):", "unchecked"),
    ("it is approximated by Poisson(3):", "unchecked"),
])
def test_a_law_close_to_another_describes_nothing(sentence, verdict):
    text = (f"With $n = 100$ and $p = 0.03$ {sentence} "
            r"$P(X = 0) = 0.97^{100} \approx 0.0476$.")
    assert_verdicts(text, [("unchecked", None), ("unchecked", None), (verdict, None),
                           ("ok", None)])


# `a = \\ = b` in a multline (the sign repeated at the start of the next line, as Russian and
# German lecture notes write it): one relation, the chain read and checked
@pytest.mark.parametrize(("last", "verdicts"), [
    ("1{,}75", ["ok", "ok"]),
    ("1{,}5", ["ok", "error"]),
])
def test_a_relation_repeated_after_a_multline_break_is_read_once(last, verdicts):
    text = ("$$\n\\begin{multline*}\nH = \\dfrac{1}{2}\\log_2 2 + \\dfrac{1}{4}\\log_2 4 + "
            "\\dfrac{1}{4}\\log_2 8 = \\\\\n= \\dfrac{1}{2} + \\dfrac{1}{2} + \\dfrac{3}{4} = "
            f"{last}.\n\\end{{multline*}}\n$$\n")
    got = _verdicts(text, "md")
    assert [v for v, _ in got][-2:] == verdicts and "parse_error" not in [v for v, _ in got], got


# a boxed answer with its unit inside the box: `\boxed{1{,}75 \text{ бит}}`
@pytest.mark.parametrize(("boxed", "verdict"), [
    ("\\boxed{1{,}75 \\text{ бит}}", "ok"),
    ("\\boxed{1.75 \\text{ bits}}", "ok"),
    ("\\boxed{1.5 \\text{ bits}}", "error"),
])
def test_a_boxed_value_with_its_unit(boxed, verdict):
    text = f"$$\\dfrac{{1}}{{2}} + \\dfrac{{1}}{{2}} + \\dfrac{{3}}{{4}} = {boxed}$$"
    got = _verdicts(text, "md")
    assert [v for v, _ in got] == [verdict], got


# `2{,}585` alone could be thousands; in a document that writes `0{,}25` it is a decimal
@pytest.mark.parametrize(("text", "verdicts"), [
    ("$p = 0{,}25$ и $H = \\log_2 6 \\approx 2{,}585$ бит", ["unchecked", "unchecked", "ok"]),
    ("$p = 0{,}25$ и $H = \\log_2 6 \\approx 2{,}685$ бит", ["unchecked", "unchecked", "error"]),
    ("$H = \\log_2 6 \\approx 2{,}585$ bits", ["parse_error"]),  # nothing tells
    ("$0{,}5$ of $1{,}000{,}000$ is $500{,}000$", []),  # thousands: left alone
])
def test_braced_decimal_commas_settle_for_the_document(text, verdicts):
    assert [v for v, _ in _verdicts(text, "md")] == verdicts


@pytest.mark.parametrize(("text", "settled"), [
    ("$0{,}25$, $2{,}585$", "$0{,}25$, ${2.585}$"),
    ("$2{,}585$", "$2{,}585$"),
    ("$0{,}5$ and $1{,}000{,}000$", "$0{,}5$ and $1{,}000{,}000$"),
])
def test_braced_decimals_settled_in_place(text, settled):
    assert braced_decimals_settled(text) == settled


# `Exp(λ)` written alone before its mean ("Mean of Exp(λ):" on a card): λ is a rate, λ > 0
@pytest.mark.parametrize(("mean", "verdict"), [("\\frac{1}{\\lambda}", "ok"),
                                                ("\\frac{2}{\\lambda}", "error")])
def test_a_rate_law_named_alone_makes_its_rate_positive(mean, verdict):
    text = (f"Mean of $\\text{{Exp}}(\\lambda)$: $E[X] = \\int_0^\\infty x \\lambda "
            f"e^{{-\\lambda x}}\\,dx = {mean}$")
    assert_verdicts(text, [("unchecked", None), (verdict, None)])


# without the law named, λ may be negative: the integral has a value only where it converges
# (λ > 0), and is compared there
@pytest.mark.parametrize(("mean", "verdict"), [("\\frac{1}{\\lambda}", "ok"),
                                                ("\\frac{2}{\\lambda}", "error")])
def test_a_rate_unnamed_is_compared_where_the_integral_converges(mean, verdict):
    text = rf"$E[X] = \int_0^\infty x \lambda e^{{-\lambda x}}\,dx = {mean}$"
    assert_verdicts(text, [("unchecked", None), (verdict, None)])


# values of a formula's parameters listed in one math (`при $\mu_1 = 0,\ \mu_2 = 1,\ \sigma = 1$`)
# are values given, as in separate `$…$`; the formula is then checked with them
@pytest.mark.parametrize(("value", "verdict"), [("\\dfrac{1}{2}", "ok"),
                                                ("\\dfrac{1}{4}", "error")])
def test_parameter_values_listed_in_one_math(value, verdict):
    text = (r"$D = \dfrac{(\mu_1 - \mu_2)^2}{2\sigma^2}$, при $\mu_1 = 0,\ \mu_2 = 1,\ "
            rf"\sigma = 1$ получаем $D = \dfrac{{(0 - 1)^2}}{{2 \cdot 1^2}} = {value}$")
    assert_verdicts(text, [("unchecked", "definition of D"), *[("unchecked", "a value given")] * 3,
                           ("ok", "with the values defined above"), (verdict, None)])


# a code span that holds exactly `$…$` (Hugo, Jekyll blogs guard math from Markdown so) is math
# in a note with no `$` outside code; other code spans, and all in other notes, stay code
@pytest.mark.parametrize(("text", "verdicts"), [
    ("For a die: `$V = 91/6 - 3.5^2 = 35/12$`.", ["unchecked", "ok"]),
    ("For a die: `$V = 91/6 - 3.5^2 = 35/11$`.", ["unchecked", "error"]),
    ("`$$1 + 1 = 2$$`", ["ok"]),
    ("Run `echo $HOME` and `cost = $5`.", []),
    ("Write `$x$ = $y$` in the editor.", []),
    ("Type `$1 + 1 = 3$` to get math, as in $x = 2$.", ["unchecked"]),  # `$` outside code
])
def test_math_in_a_code_span(text, verdicts):
    assert [v for v, _ in _verdicts(text, "md")] == verdicts


# Russian notation: `\mathsf{E}\xi`, `\mathsf{D}\xi` (дисперсия) of a random variable named ξ;
# `\text{Var}[X]`
@pytest.mark.parametrize(("text", "read"), [
    (r"\mathsf{E}\xi", "E(xi)"),
    (r"\mathsf{E}\xi^2", "E(xi**2)"),
    (r"\mathbf{E}\eta", "E(eta)"),
    (r"\mathsf{D}\xi", "Var(xi)"),
    (r"\mathbb{D}\xi", "Var(xi)"),
    (r"\mathsf{D}(3\xi)", "Var(3*xi)"),
    (r"\mathcal{D}^2X", "Var(X)"),
    (r"\mathsf{E}\xi_1", "E(xi_1)"),
    # an operator in upright text before a square bracket (was a parse error)
    (r"\text{Var}[X]", "Var(X)"),
    (r"\text{E}[X^2] - \text{E}[X]^2", "-E(X)**2 + E(X**2)"),
    (r"\text{Cov}[X, Y]", "Cov(X, Y)"),
    (r"\mathbb{V}[X]", "Var(X)"),
    (r"\text{Var}\left[X\right]", "!unexpected character"),  # not read yet: refused, never V·a·r
])
def test_russian_moment_notation_reads(text, read):
    assert_reading(text, read)


@pytest.mark.parametrize(("variance", "verdict"), [("0{,}25", "ok"), ("0{,}5", "error")])
def test_moments_of_a_greek_random_variable(variance, verdict):
    text = (r"Для $\xi \sim \mathrm{Exp}(2)$: $\mathsf{E}\xi = 0{,}5$, "
            rf"$\mathsf{{D}}\xi = {variance}$.")
    assert_verdicts(text, [("unchecked", "ξ has the law Exp(2)"), ("ok", "rules of expectation"),
                           (verdict, None)])


# Anki's older `[$]…[/$]` tags in an export: the math between is read
@pytest.mark.parametrize(("value", "verdict"), [("3.5", "ok"), ("3", "error")])
def test_anki_latex_tags(value, verdict):
    text = f"#separator:tab\nBasic\tDeck\tMean of a die?\t[$]\\frac{{21}}{{6}} = {value}[/$]\tdie\n"
    assert [v for v, _ in _verdicts(text, "txt")] == [verdict]


# a fair die described in other languages is a law of its variable; two dice or a sum, said
# in those languages, describe nothing (never the law of one die for a sum)
@pytest.mark.parametrize(("text", "verdict"), [
    (r"$W$ sei die Augenzahl eines fairen Würfels. $\mathbb{E}[W] = 3{,}5$", "ok"),
    (r"$W$ sei die Augenzahl eines fairen Würfels. $\mathbb{E}[W] = 3$", "error"),
    (r"$S$ sei die Augensumme zweier fairer Würfel. $\mathbb{E}[S] = 7$", "unchecked"),
    (r"Soit $X$ le résultat d'un dé équilibré : $E(X) = 3{,}5$", "ok"),
    (r"Soit $S$ la somme de deux dés équilibrés : $E(S) = 7$", "unchecked"),
    (r"Sea $X$ el resultado de un dado equilibrado: $E[X] = 3.5$", "ok"),
    (r"Sea $X$ la suma de dos dados equilibrados: $E[X] = 7$", "unchecked"),
    (r"$X$ è il punteggio di un dado equo: $E[X] = 3.5$", "ok"),
    (r"Niech $X$ to liczba oczek na uczciwej kostce: $\mathcal{E}X = 3{,}5$", "ok"),
    (r"Niech $X$ to suma oczek na dwóch uczciwych kostkach: $\mathcal{E}X = 7$", "unchecked"),
])
def test_a_fair_die_described_in_other_languages(text, verdict):
    assert [v for v, _ in _verdicts(text, "md")][-1] == verdict


# a description holds on over the `\[…\]` display below it, as over a `$$…$$` one
@pytest.mark.parametrize(("value", "verdict"), [("3.5", "ok"), ("3", "error")])
def test_a_description_reaches_the_bracket_display_below(value, verdict):
    text = (f"$X$ is the score of a fair die.\n\n\\[\nE[X] = \\frac{{1 + 2 + 3 + 4 + 5 + 6}}{{6}} "
            f"= {value}\n\\]\n")
    assert [v for v, _ in _verdicts(text, "md")] == ["ok", verdict]


# two equations in the same unknowns, one display under the other: maybe a system stated, so the
# second is not called wrong for not following; a solving step (one unknown, a line solved for
# a name, a step after a checked one) is still judged
@pytest.mark.parametrize(("rows", "verdicts"), [
    (["x + y = 10", "x - y = 2", "2x + 3y = 24"],
     ["unchecked", "unchecked", "unchecked"]),
    (["x + y = 10", "2x + 2y = 20"], ["unchecked", "ok"]),
    (["x + y = 10", "2x + 2y = 20", "2x + 2y = 10"], ["unchecked", "ok", "error"]),
    (["x + y = 10", "x = 10 + y"], ["unchecked", "error"]),
    (["2x + 4 = 10", "2x = 4"], ["unchecked", "error"]),
])
def test_equations_of_a_system_one_under_the_other(rows, verdicts):
    text = "\n\n".join(f"$${row}$$" for row in rows)
    assert [v for v, _ in _verdicts(text, "md")] == verdicts


# a moment restated for another X on the next card, or after the next problem's label, is a new
# example, never a claim against the one before ("Var(X) is 35/12 above, not this" was an error);
# the die's own variance is confirmed by the die the card names
@pytest.mark.parametrize(("text", "kind"), [
    ("#separator:tab\nBasic\tDeck\tVar of a die\t\\(\\operatorname{Var}(X) = \\frac{35}{12}\\)\tt\n"
     "Basic\tDeck\tVar of a coin\t\\(\\operatorname{Var}(X) = \\frac{1}{4}\\)\tt\n", "txt"),
    ("**Q1.** Var of a die: $\\operatorname{Var}(X) = \\frac{35}{12}$\n\n"
     "**Q2.** Var of a coin: $\\operatorname{Var}(X) = \\frac{1}{4}$\n", "md"),
])
def test_a_moment_restated_on_the_next_card_is_no_claim(text, kind):
    assert [v for v, _ in _verdicts(text, kind)] == ["ok", "unchecked"]


# numbers listed with semicolons (as decimal-comma writers list them) are a tuple, like one with
# commas: no claim, no parse error (a bare decimal comma `0,5; 0,25` too, since points such as
# `(3; 4)` are tuples: nothing is claimed either way)
@pytest.mark.parametrize(("text", "verdicts"), [
    (r"Для $p = (0{,}5;\ 0{,}25;\ 0{,}25)$:", []),
    (r"For $p = (0.5; 0.25; 0.25)$:", []),
    (r"For $p = (0,5; 0,25)$:", []),
])
def test_a_tuple_with_semicolons(text, verdicts):
    assert [v for v, _ in _verdicts(text, "md")] == verdicts


# a cheat sheet as a list: each item's law holds for that item only, and the moment an item
# states for X is a new example, not a claim against the item above (both were errors)
@pytest.mark.parametrize(("items", "verdicts"), [
    (["fair die: $\\operatorname{Var}(X) = \\frac{35}{12}$",
      "fair coin (0/1): $\\operatorname{Var}(X) = \\frac{1}{4}$",
      "Poisson(3): $\\operatorname{Var}(X) = 3$"], ["ok", "unchecked", "ok"]),
    (["Bin(10, 0.5): $E[X] = 5$", "Poisson(3): $E[X] = 3$", "Geom(0.2): $E[X] = 5$"],
     ["unchecked", "ok", "unchecked"]),
    (["Poisson(3): $E[X] = 4$"], ["error"]),
])
def test_a_list_of_laws_item_by_item(items, verdicts):
    text = "Facts to remember:\n\n" + "\n".join(f"- {item}" for item in items) + "\n"
    assert [v for v, _ in _verdicts(text, "md")] == verdicts


# a law described on one Anki card is no law of the X on the next card
def test_a_described_law_stops_at_the_next_card():
    text = ("#separator:tab\nBasic\tD\tPoisson(3): mean?\t\\(E[X] = 3\\)\tt\n"
            "Basic\tD\tBin(10, 0.5): mean?\t\\(E[X] = 5\\)\tt\n")
    assert [v for v, _ in _verdicts(text, "txt")] == ["ok", "unchecked"]
