"""The fourteenth round of real-notes habits (probability, MLE/MAP, information theory): a
study-group chat's bare arithmetic, a likelihood of the next model under a new heading, a value
of 0 said of another case, a posterior law declared."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.document_steps import assert_steps, assert_verdicts
from tutor.notes.bare_formulas import _is_bare_formula, bare_formula_regions


# a bare line is a formula by what it holds, `2) ` inside it is no list number to cut away
@pytest.mark.parametrize(("line", "formula"), [
    ("P(X=2) = C(10,2) * 0.3^2 * 0.7^8", True),
    ("Var(N) = (1-p)/p^2 = (5/6)/(1/36) = 30", True),
    ("45 * 0.09 = 4.05", True),  # numbers and signs only: a worked product
    ("1.5 + 2 ≈ 3.5", True),
    ("2) x = 3^2", True),  # a list number at the start is still cut away
    ("2026-11-24 = release day", False),
    ("see 45 * 0.09 = 4.05 above", False),
    ("[11/24/2026 8:00 PM] devon_r", False),
])
def test_bare_formula_lines(line, formula):
    assert _is_bare_formula(line) is formula


# a chat's lines: a label or a word before the formula, a word leading on after it, `e^{-1.5}`
@pytest.mark.parametrize(("line", "formula"), [
    ("C(10,2) = 45 so", "C(10,2) = 45"),
    ("P(T > 3) = e^{-0.5*3} = e^{-1.5} ≈ 0.223", "P(T > 3) = e^{-0.5*3} = e^{-1.5} ≈ 0.223"),
    ("memoryless: P(T > 5 | T > 2) = P(T > 3) ≈ 0.223", "P(T > 5 | T > 2) = P(T > 3) ≈ 0.223"),
    ("and sd(Y) = sqrt(8.4) ≈ 2.898", "sd(Y) = sqrt(8.4) ≈ 2.898"),
    ("see: x = 3", None),
    ("x = {a: 1}", None),
    ("hmm (5/6)*36 = 30 no?", None),
])
def test_bare_formula_in_a_chat_line(line, formula):
    regions = bare_formula_regions(line, [])
    assert [line[a:b] for a, b in regions] == ([formula] if formula else [])


# a chat's bare arithmetic is checked: a wrong product is found, a right one is ok
@pytest.mark.parametrize(("value", "verdict"), [("4.05", "ok"), ("4.5", "error")])
def test_bare_arithmetic_in_a_note(value, verdict):
    assert_verdicts(f"C(10,2) is 45, so\n\n45 * 0.09 = {value}\n", [(verdict, None)])


LOG_LIKELIHOODS = r"""## 2) Poisson

$$\ln L(\lambda) = \sum_{{i=1}}^{{n}} x_i \ln\lambda - n\lambda - \sum_{{i=1}}^{{n}} \ln(x_i!)$$
{heading}
$$\ln L(\lambda) = n \ln \lambda - \lambda \sum_{{i=1}}^{{n}} t_i$$
"""


# log L(λ) under the next heading with another body: the next model's likelihood (a definition);
# in the same section it is still a claim about the one above
@pytest.mark.parametrize(("heading", "second"), [
    ("\n## 3) Exponential\n", ("unchecked", "definition of ln(L(λ))")),
    ("", ("error", None)),
])
def test_log_likelihood_of_the_next_model(heading, second):
    assert_verdicts(LOG_LIKELIHOODS.format(heading=heading), [
        ("unchecked", "definition of ln(L(λ))"), second])


MUTUAL_INFORMATION = r"""$$I(X;Y) = H(X) + H(Y) - H(X,Y) = 1 + 1 - 1.971 = 0.029$$

Tiny: were they independent, $I(X;Y) = {}$ would hold.
"""


# I(X;Y) = 0 in a sentence after a value worked out: said of another case, not checked; another
# number than the one above is still a slip
@pytest.mark.parametrize(("claim", "verdict", "words"), [
    ("0", "unchecked", "said of another case"),
    ("0.029", "ok", None),
    ("0.3", "error", None),
])
def test_zero_said_of_another_case(claim, verdict, words):
    steps = [("ok", "identities of information"), ("unchecked", None), ("ok", None),
             (verdict, words)]
    assert_verdicts(MUTUAL_INFORMATION.format(claim), steps)


# the law of a name given the data (a posterior) is declared, not a parse error
@pytest.mark.parametrize("text", [
    r"$$p \mid \text{veri} \sim \text{Beta}(\alpha + k, \beta + n - k) = \text{Beta}(9, 5)$$",
    r"$\theta | x \sim \mathcal{N}(0, 1)$",
])
def test_posterior_law_declared(text):
    assert_steps(text, [(1, "unchecked", "a law given the data")])


HTML_PAGE = r"""<!DOCTYPE html>
<html><head>
<script>window.MathJax = {{tex: {{inlineMath: [['$', '$'], ['\\(', '\\)']]}}}};</script>
<style>.math {{ margin: 0 }}</style>
</head><body>
<p>The entropy <script type="math/tex">H = -\sum_i p_i \log_2 p_i</script> in bits.</p>
<script type="math/tex; mode=display">
\frac{{1}}{{2}} \cdot 1 + \frac{{1}}{{4}} \cdot 2 = {}
</script>
<!-- \(1 + 1 = 3\) a draft -->
<pre><code>x = 0.5 * 2 = 1</code></pre>
<p>and \(x &lt; 1\), \(0.5 + 0.5 = 1\).</p>
</body></html>
"""


# a web page saved as .html: MathJax's math scripts are math, its other scripts, styles,
# comments and <pre> code are not
@pytest.mark.parametrize(("value", "verdict"), [("1", "ok"), ("1.5", "error")])
def test_html_page_with_mathjax_scripts(value, verdict):
    from tutor.batch import check_document
    steps = check_document(HTML_PAGE.format(value), kind="html").steps
    assert [(s.line, s.verdict) for s in steps] == [
        (6, "unchecked"), (8, verdict), (12, "unchecked"), (12, "ok")], steps


def test_html_suffix_is_a_web_page():
    from tutor.notes.markup_kinds import markup_kind
    assert [markup_kind(s) for s in (".html", ".HTM", ".xhtml", ".txt")] == [
        "html", "html", "html", None]


PREDICTION = r"""For one example with prediction $\hat{{y}} = \sigma(z)$:

$$L = -\big(y \ln \hat{{y}} + (1 - y) \ln(1 - \hat{{y}})\big)$$

With $y = 0$ and $\hat y = 0.3$ the loss is $L = {} \approx 0.357$.
"""


# a number for a prediction named by an activation (ŷ = σ(z), z given nowhere): the example's
# value, so the loss with it is checked (a wrong one is no identity: never called ok)
@pytest.mark.parametrize(("loss", "verdicts"), [
    (r"-\ln(0.7)", [("ok", "with the values defined above"), ("ok", None)]),
    (r"-\ln(0.3)", [("unchecked", None), ("error", None)]),
])
def test_prediction_given_a_value(loss, verdicts):
    assert_verdicts(PREDICTION.format(loss), [
        ("unchecked", "definition of ŷ"), ("unchecked", "definition of L"),
        ("unchecked", "y = 0 here"), ("unchecked", "ŷ = 0.3 here"), *verdicts])


# a name solved as a formula (x = 2λ) and then said to be a number is still a claim
def test_solved_name_said_to_be_a_number_is_a_claim():
    text = (r"So $y = \lambda$ and $x = 2\lambda$. The constraint gives $2\lambda + 2\lambda = 8$, "
            r"hence $\lambda = 2$, $x = 4$, $y = 2$.")
    verdicts = [(s.verdict, s.message) for s in __import__("tutor").check_document(
        text, kind="md").steps]
    assert not any("x = 4 here" in m for _, m in verdicts), verdicts


KATEX_PAGE = (
    '<!DOCTYPE html><html><body>\n<p class="katex-display"><span class="katex"><span '
    'class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block">'
    '<semantics><mrow></mrow><annotation encoding="application/x-tex">0.95 \\times 0.02 + 0.1 '
    '\\times 0.98 = {}</annotation></semantics></math></span><span class="katex-html" '
    'aria-hidden="true">0.95×0.02+0.1×0.98={}</span></span></p>\n</body></html>\n')


# a page saved after KaTeX typeset it: the TeX of its annotation is the math, the glyphs are not
@pytest.mark.parametrize(("value", "verdict"), [("0.117", "ok"), ("0.127", "error")])
def test_katex_rendered_page(value, verdict):
    from tutor.batch import check_document
    steps = check_document(KATEX_PAGE.format(value, value), kind="html").steps
    assert [(s.line, s.verdict) for s in steps] == [(2, verdict)], steps


# a decimal comma inside an exponent worked out (Turkish, German notes) is a decimal point; a
# subscript's comma and a bare exponent pair keep theirs
@pytest.mark.parametrize(("text", "read"), [
    (r"e^{-0,5 \cdot 2}", r"e^{-0.5 \cdot 2}"),
    (r"e^{-0,5} \cdot 2 = 1,21", r"e^{-0.5} \cdot 2 = 1.21"),
    (r"w_{1,2} + 0,5", r"w_{1,2} + 0.5"),
    (r"x^{1,2} = 3", r"x^{1,2} = 3"),
])
def test_decimal_comma_in_an_exponent(text, read):
    from tutor.read.decimal_commas import decimal_commas
    assert decimal_commas(text) == read


def test_decimal_comma_exponent_in_a_note():
    assert_verdicts(r"Üstel: $P(T > 2) = e^{-0,5 \cdot 2} = e^{-1} \approx 0,368$", [
        ("unchecked", "given"), ("ok", None), ("ok", None)])


# an event named by a word of three letters inside P(…) is one event (not the product w·i·n)
@pytest.mark.parametrize(("text", "syntax", "read"), [
    ("P(win) = 0.6 * 0.5", "plain", ["P(win)", "0.6*0.5"]),
    ("P(win | red) = 0.5", "plain", ["P(red, win)/P(red)", "0.500000000000000"]),
    (r"P(odd) = \frac{1}{2}", "latex", ["P(odd)", "1/2"]),
    (r"P(win \mid red) = 0.5", "latex", ["P(red, win)/P(red)", "0.500000000000000"]),
    (r"P(A \mid B) = 0.5", "latex", ["P(A, B)/P(B)", "0.500000000000000"]),
])
def test_three_letter_event_words(text, syntax, read):
    import tutor
    assert [str(p.expr) for p in tutor.parse(text, syntax).parts] == read


def test_three_letter_events_are_checked():
    assert_verdicts("$P(win) = 0.3$ and $P(win) + P(tie) = 0.5$ so $P(tie) = {}$".format("0.2"), [
        ("unchecked", None), ("unchecked", None), ("ok", None)])


# a chat's emoji shortcode after a step in a plain-text file is no math
@pytest.mark.parametrize(("line", "verdicts"), [
    ("P(X >= 1) = 1 - 0.5 = 0.5 :white_check_mark:", ["unchecked", "ok"]),
    ("0.6 * 0.5 = 0.3 :+1:", ["ok"]),
    ("0.6 * 0.5 = 0.4 :thinking:", ["error"]),
])
def test_emoji_shortcodes_in_a_plain_file(line, verdicts):
    from tutor.batch import check_document
    assert [s.verdict for s in check_document(line + "\n", kind="txt").steps] == verdicts


DISCORD_EXPORT = """==============================================================
Guild: Stats study group
Channel: #exam-prep
==============================================================

[11/24/2026 7:58 PM] maya.k
E[X] = 10*0.3 = 3
{Reactions}
😅 (1)

[11/24/2026 8:06 PM] sam
Var(N) = (5/6)/(1/36) = 30 (edited)
"""


# a chat export in plain text: its rules, header, message headers and reactions are no steps
def test_discord_export_in_plain_text():
    from tutor.batch import check_document
    steps = check_document(DISCORD_EXPORT, kind="txt").steps
    assert [s.verdict for s in steps if s.verdict == "parse_error"] == []
    assert {s.line for s in steps} == {7, 12}, steps
    assert steps[-1].verdict == "ok"


# WhatsApp's and IRC's header on the message's line: blanked, each message a block of its own
def test_inline_message_headers():
    from tutor.batch import check_document
    text = ("11/24/26, 8:02 PM - Sam Lee: 0.6 * 0.5 = 0.3\n"
            "11/24/26, 8:03 PM - Maya Kaur: 0.3 + 0.2 = 0.6\n"
            "[20:04] <devon> 1 - 0.25 = 0.75\n")
    steps = check_document(text, kind="txt").steps
    assert [(s.line, s.column, s.verdict) for s in steps] == [
        (1, 42, "ok"), (2, 44, "error"), (3, 28, "ok")], steps


# a line alone like a header is no chat: nothing is skipped
def test_one_header_like_line_is_no_chat():
    from tutor.notes.chat_exports import chat_lines
    assert chat_lines(["Maya Kaur  7:58 PM", "x = 2", "x + 1 = 3"]) == set()


# numbers on both sides of each line: each is arithmetic on its own (a wrong sum is an error,
# the right one after it is no "equation that does not follow")
@pytest.mark.parametrize(("first", "verdicts"), [
    ("0.3 + 0.2 = 0.5", ["ok", "ok"]),
    ("0.3 + 0.2 = 0.6", ["error", "ok"]),
])
def test_numeric_equations_in_a_row(first, verdicts):
    from tutor.batch import check_document
    steps = check_document(f"{first}\n1 - 0.25 = 0.75\n", kind="txt").steps
    assert [s.verdict for s in steps] == verdicts


# every HTML entity is its character (a web page's, an Anki card's): `0.5 &times; 0.4 = 0.2` is
# right, never "0.5 & times; 0.4" read as something else and called wrong
@pytest.mark.parametrize(("text", "verdicts"), [
    (r"<p>\(0.5 &times; 0.4 = 0.2\)</p>", ["ok"]),
    (r"<p>\(1 &middot; 0.5 + 2 &middot; 0.5 = 1.5\)</p>", ["ok"]),
    (r"<p>\(1 &middot; 0.5 + 2 &middot; 0.5 = 2.5\)</p>", ["error"]),
    (r"<p>\(&#960; \cdot 2 = 2&#x3C0;\)</p>", ["ok"]),
    (r"<p>\(3&nbsp;&minus;&nbsp;1 = 2\)</p>", ["ok"]),
])
def test_html_entities_in_math(text, verdicts):
    assert [s.verdict for s in __import__("tutor").check_document(text, kind="md").steps] == \
        verdicts


@pytest.mark.parametrize(("entity", "character"), [
    ("&times;", "×      "), ("&#960;", "π     "), ("&#x3C0;", "π      "), ("&nbsp;", "      "),
    ("&InvisibleTimes;", " " * 16), ("&notanentity;", "&notanentity;"), ("&#0;", "&#0;"),
])
def test_entity_characters(entity, character):
    from tutor.notes.markup_math import markup_math_blanked
    assert markup_math_blanked(entity) == character


# a bracketed decimal comma to a power is a number ((0,3)^2), a pair to a power stays a pair; a
# three-digit decimal after a clear decimal comma in the same formula is a decimal, not thousands
@pytest.mark.parametrize(("text", "read"), [
    (r"\binom{10}{2}(0,3)^2(0,7)^8 \approx 0,2335", r"\binom{10}{2}(0.3)^2(0.7)^8 \approx 0.2335"),
    (r"(0,5)^{2} = 0,25", r"(0.5)^{2} = 0.25"),
    (r"x \in (0,1)^2", r"x \in (0,1)^2"),
    (r"(1,2)^T", r"(1,2)^T"),
    (r"\sigma = \sqrt{2,1} \approx 1,449", r"\sigma = \sqrt{2.1} \approx 1.449"),
    (r"1,000 + 2,000 = 3,000", r"1,000 + 2,000 = 3,000"),
])
def test_decimal_commas_powered_and_three_digits(text, read):
    from tutor.read.decimal_commas import decimal_commas
    assert decimal_commas(text) == read


@pytest.mark.parametrize(("value", "verdict"), [("1,449", "ok"), ("1,549", "error")])
def test_three_digit_decimal_comma_checked(value, verdict):
    assert_verdicts(rf"Varyans: $\sigma = \sqrt{{2,1}} \approx {value}$", [
        ("unchecked", "definition of σ"), (verdict, None)])


BLOGGER_PAGE = """<!DOCTYPE html><html><body>
<p>\\begin{{align}}<br />
P(+) &amp;= 0.95 \\times 0.02 + 0.1 \\times 0.98 \\\\<br />
&amp;= {}<br />
\\end{{align}}</p>
</body></html>
"""


# a blog engine's `<br />` at every line end inside the math of a web page is no math
@pytest.mark.parametrize(("value", "verdict"), [("0.117", "ok"), ("0.127", "error")])
def test_line_break_tags_inside_math(value, verdict):
    from tutor.batch import check_document
    steps = check_document(BLOGGER_PAGE.format(value), kind="html").steps
    assert [(s.line, s.verdict) for s in steps] == [(3, "unchecked"), (4, verdict)], steps


# WordPress's math: `$latex …$` (the word is no factor) and `[latex]…[/latex]`
@pytest.mark.parametrize(("text", "verdicts"), [
    (r"The posterior is $latex P(D|+) = \frac{0.019}{0.117} \approx 0.162$ here.",
     [("unchecked", "given"), ("ok", None)]),
    (r"[latex]0.2 + 1.6 = 1.8[/latex]", [("ok", None)]),
    (r"[latex]0.2 + 1.6 = 1.9[/latex]", [("error", None)]),
    (r"$$latex 0.5 + 0.5 = 1$$", [("ok", None)]),
])
def test_wordpress_latex(text, verdicts):
    assert_verdicts(text, verdicts)


# a list of probabilities with decimal commas is a table (p_i of it are known)
@pytest.mark.parametrize(("text", "table"), [
    (r"p = (0{,}5;\ 0{,}5)", {"p": (sp.Rational(1, 2), sp.Rational(1, 2))}),
    (r"q = (0{,}9, 0{,}1)", {"q": (sp.Rational(9, 10), sp.Rational(1, 10))}),
    (r"p = (0,5; 0,25; 0,25)", {"p": (sp.Rational(1, 2), sp.Rational(1, 4), sp.Rational(1, 4))}),
    (r"n = (1{,}000, 2{,}000)", {}),
])
def test_tables_with_decimal_commas(text, table):
    from tutor.derive.tables import read_table
    assert read_table(text) == table


@pytest.mark.parametrize(("value", "verdict"), [("0{,}511", "ok"), ("0{,}611", "error")])
def test_kl_of_tables_with_decimal_commas(value, verdict):
    text = (r"$p = (0{,}5;\ 0{,}5)$, $q = (0{,}9;\ 0{,}1)$ olsun." "\n\n"
            r"$$D_{KL}(p \| q) = \sum_i p_i \ln \frac{p_i}{q_i} \approx " + value + "$$\n")
    assert [s.verdict for s in __import__("tutor").check_document(text, kind="md").steps][-1] \
        == verdict
