"""Habits of the forty-second round: a worksheet's y(x) defined anew under each heading, u named
for a chain rule's inner function, a name defined in words the notes do not give as math, a
wrong number carried forward, and divisions run together without brackets."""

from __future__ import annotations

import pytest

from tutor.api import compare
from tutor.batch import check_document
from tutor.errors import ParseError


def _steps(text: str, kind: str = "md") -> list[tuple[int, str, str]]:
    return [(s.line, s.verdict, s.message) for s in check_document(text, kind=kind).steps]


def _verdicts_on(text: str, line: int) -> list[str]:
    return [verdict for n, verdict, _ in _steps(text) if n == line]


# A Polish worksheet: `### Example 3` with `$y(x) = 4 + \sin(2)$` (a constant), then each next
# heading `$y(x) = …$` and `$\frac{dy}{dx} = …$`. The constant was kept as one value of the call
# y(x), and every later y(x) = … was read as a claim about it ("holds when sin(2) + 4 = …").
# A call valued under an earlier heading, given a body in its own argument, is defined anew.
@pytest.mark.parametrize(("body", "derivative", "verdict"), [
    ("2x^3 - 3x^2", "6x^2 - 6x", "ok"),
    ("2x^3 - 3x^2", "6x^2 - 5x", "error"),
    ("\\sin(x^2)", "2x\\cos(x^2)", "ok"),
])
def test_a_function_defined_anew_after_a_constant_one(body, derivative, verdict):
    text = ("### Example 3\n$y(x) = 4 + \\sin(2)$\n\n$$ \\frac{dy}{dx} = 0 $$\n\n"
            f"### Example 4\n$y(x) = {body}$\n\n$$ \\frac{{dy}}{{dx}} = {derivative} $$\n")
    assert _verdicts_on(text, 7) == ["unchecked"]  # the definition
    assert _verdicts_on(text, 9) == [verdict]


# The same worksheet: `Let $u = x^2$, then $\frac{du}{dx} = 2x$` after the rule
# `\frac{d}{dx}[\sin(u)] = \cos(u) \cdot \frac{du}{dx}`, with u given another formula under an
# earlier heading: u = x² was held as an equation solved from the rule ("does not follow").
# Naming a chain rule's inner function is a definition.
def test_the_inner_function_named_after_a_chain_rule():
    text = ("### Example 12\nLet $u = x+1$.\n\n### Example 13\n$y(x) = \\sin(x^2)$\n\n"
            "$$ \\frac{d}{dx}[\\sin(u)] = \\cos(u) \\cdot \\frac{du}{dx} $$\n\n"
            "Let $u = x^2$, then $\\frac{du}{dx} = 2x$:\n"
            "$$ \\frac{dy}{dx} = \\cos(x^2) \\cdot 2x $$\n")
    steps = _steps(text)
    assert all(verdict != "error" for _, verdict, _ in steps)
    assert [v for n, v, _ in steps if n == 10] == ["ok"]


DEPENDENT = ("$$\n\\begin{{aligned}}\n{left}\n    &= \\frac{{\\partial }}{{ \\partial a_{{0}} }} "
             "\\frac{{ \\exp (a_{{{i}}}) }}{{u}} \\\\\n    &= {right}\n\\end{{aligned}}\n$$\n")


# Japanese backprop notes: `u=exp(a<sub>0</sub>)+…` in prose (HTML, not math), then the quotient
# rule on exp(a₀)/u. u read as a constant made the step wrong; it holds once u depends on a₀
# with derivative e^{a₀}: unsure, saying so. A slip stays an error: its u-derivative would have
# to depend on u, or the claim has the constant reading's shape.
@pytest.mark.parametrize(("right", "verdict"), [
    ("\\frac{ \\exp (a_{0}) u - \\exp (a_{0}) \\exp (a_{0}) }{ u^2 }", "unchecked"),
    ("\\frac{ 2\\exp (a_{0}) }{ u^2 }", "error"),
    ("\\frac{ \\exp (a_{0}) }{ u } + 1", "error"),
])
def test_a_name_defined_in_words_that_depends_on_the_variable(right, verdict):
    text = "Let u be the sum of the exponentials.\n\n" + DEPENDENT.format(
        left="\\frac{\\partial y_{0}}{\\partial a_{0}}", i="0", right=right)
    assert _verdicts_on(text, 7) == [verdict]
    if verdict == "unchecked":
        assert "depends on a_0" in _steps(text)[-1][2]


# A product-rule slip with a second letter is no dependence: x would need the slope -1/y², which
# nothing written holds (a dependence is believed only with a slope written in the step).
@pytest.mark.parametrize(("step", "verdict"), [
    ("2y + x y e^(x y)", "error"), ("2y + e^(x y) + x y e^(x y)", "ok")])
def test_a_slip_with_a_second_letter_stays_a_slip(step, verdict):
    steps = check_document(f"d/dy (y^2 + y e^(x y))\n{step}\n", kind="txt").steps
    assert [s.verdict for s in steps] == [verdict]


# The same notes, `i≠0の時は` (for i ≠ 0): ∂/∂a₀ exp(a_i)/u = -exp(a_i)exp(a₀)/u². Right only
# for i ≠ 0 and u depending on a₀: unsure when the prose sets i apart, an error when it does not
# (forgetting the i = 0 case of the softmax derivative is a classic slip).
@pytest.mark.parametrize(("prose", "verdict"), [
    ("また、i≠0の時は", "unchecked"), ("When $i \\neq 0$:", "unchecked"),
    ("Now for any i:", "error")])
def test_an_index_set_apart_and_a_dependent_name(prose, verdict):
    text = prose + "\n\n" + DEPENDENT.format(
        left="\\frac{\\partial y_{i}}{\\partial a_{0}}", i="i",
        right="\\frac{ 0* u - \\exp (a_{i}) \\exp (a_{0}) }{ u^2 }")
    assert _verdicts_on(text, 7) == [verdict]


# A tutorial's backward pass: `\frac{dL}{da_2} = a_2 - y = 0.562` is wrong (found so), then
# `\frac{dL}{dz_2} = \frac{dL}{da_2} \cdot \frac{da_2}{dz_2} = 0.562 \cdot 0.246` goes on with
# the wrong number, and every later gradient with the one before. Those steps are right from
# what was said; the error is reported once, where it was made.
BACKWARD = """$x = 1$, $w_1 = 0.5$, $w_2 = 0.5$, $y = 0$

$$z_1 = w_1 x$$
$$a_1 = z_1$$
$$z_2 = w_2 a_1$$
$$a_2 = \\sigma(z_2)$$
$$L = -\\log(1 - a_2)$$

$$\\frac{{dL}}{{da_2}} = a_2 - y = 0.562 - 0 = 0.562$$

$$\\frac{{da_2}}{{dz_2}} = a_2 (1 - a_2) = 0.562 \\cdot 0.438 \\approx 0.246$$

$$\\frac{{dL}}{{dz_2}} = \\frac{{dL}}{{da_2}} \\cdot \\frac{{da_2}}{{dz_2}} = {product}$$
"""


@pytest.mark.parametrize(("product", "verdict"), [
    ("0.562 \\cdot 0.246 \\approx 0.138", "ok"),
    ("0.562 \\cdot 0.5 = 0.281", "error"),
])
def test_a_wrong_number_carried_forward(product, verdict):
    steps = _steps(BACKWARD.format(product=product))
    assert any(n == 9 and v == "error" for n, v, _ in steps)  # the slip, where it was made
    at = [v for n, v, m in steps if n == 13 and "carried" in m or n == 13 and v == "error"]
    assert verdict in at


# Brazilian notes: `P (O / S) = 4 / 15 / 3 / 5`, then `P (O / S) = 4 / 9`. Read left to right
# the first is 4/225, and 4/9 was called wrong; the writer means (4/15)/(3/5). Three divisions
# in a row between numbers are read neither way: the line asks for the brackets.
@pytest.mark.parametrize(("text", "status"), [
    ("4 / 15 / 3 / 5", None), ("0.2/0.5/2/4", None),
    ("(4/15)/(3/5)", "equal"), ("1/2/3", "not_equal"), ("x/2/3/4", "not_equal")])
def test_divisions_run_together(text, status):
    if status is None:
        with pytest.raises(ParseError, match="write the brackets you mean"):
            compare(text, "4/9")
    else:
        assert compare(text, "4/9").status == status


# A French course on mdBook: every formula inside ```admonish ex … ``` boxes, read as code.
# mdBook-admonish's fences hold Markdown, as Obsidian's ```ad-example does.
def test_an_admonish_box_holds_markdown():
    text = "```admonish ex\nSoit $f(x)=x^2$.\n\n$$f'(x) = 3x$$\n```\n"
    assert _verdicts_on(text, 4) == ["error"]
    assert _verdicts_on(text.replace("3x", "2x"), 4) == ["ok"]


# German exercises as AsciiMath in backticks in a .txt file, a label before them and spans run
# together: A021-L `f(x) = 5x * (x+1)^-1` then `f´(x) = …``= …` (´ typed for the prime).
ASCIIMATH = ("A021   Leiten Sie mit der Produktregel ab:\n`f(x) = (5x)/(x+1)`\n"
             "A021-L   `f(x) = 5x * (x+1)^-1`\n`f´(x) = {first}``= {second}`\n")


@pytest.mark.parametrize(("first", "second", "verdicts"), [
    ("5*(x+1)^-1-5x*(x+1)^-2", "5/(x+1)-(5x)/(x+1)^2", ["ok", "ok"]),
    ("5*(x+1)^-1+5x*(x+1)^-2", "5/(x+1)+(5x)/(x+1)^2", ["error", "warning"]),
])
def test_asciimath_in_backticks_of_a_text_file(first, second, verdicts):
    steps = check_document(ASCIIMATH.format(first=first, second=second), kind="txt").steps
    assert [s.verdict for s in steps if s.line == 4] == verdicts


@pytest.mark.parametrize("mark", ["´", "’"])
def test_a_prime_typed_as_an_accent_or_a_quote(mark):
    assert compare(f"f{mark}(x) = 2x", "f'(x) = 2x").status == "equal"
    assert compare(f"(x^2){mark}·3", "6x").status == "equal"  # on a bracket, before ·
    assert compare(f"[ ( 4*x + 3 )^2 ] {mark} = 2 * ( 4*x + 3 )^1 * 4",  # a space before it
                   "8(4x + 3) = 8(4x + 3)").status == "equal"


# A reStructuredText page saved as .txt (`:math:` roles, `.. math::` blocks whose rows are
# indented by one tab), rows opening with `\\ \Leftrightarrow` between expansions: read as rst,
# each row a step from the one above; a series whose terms go past its rest (x⁸ beside O(x⁵)).
RST = """1. :math:`f_2(x) = \\sqrt{1 + x + x^2}`
-----------------------------------------

.. math::

\t1+\\frac{(x+x^2)^1}{2}-\\frac{(x+x^2)^2}{8}+\\frac{(x+x^2)^3}{16}-\\frac{5(x+x^2)^4}{128}+ O(x^5)
\t\\\\ \\Leftrightarrow
\t1+\\frac{1}{2}x+\\frac{3}{8}x^2-\\frac{3}{16}x^3+\\frac{3}{128}x^4 + O(x^5)
"""


@pytest.mark.parametrize(("coefficient", "verdict"), [("3}{128", "ok"), ("5}{128", "error")])
def test_restructured_text_saved_as_text(coefficient, verdict):
    steps = check_document(RST.replace("3}{128", coefficient), kind="txt").steps
    assert [s.verdict for s in steps if s.line == 8] == [verdict]


@pytest.mark.parametrize("arrow", ["\\Leftrightarrow", "\\Longleftrightarrow", "⇔", "<=>"])
def test_a_row_opening_with_an_equivalence_arrow(arrow):
    text = f"$$\nx^2 + 2x\n\\\\ {arrow} x(x+2)\n\\\\ {arrow} x(x+3)\n$$\n"
    assert [v for _, v, _ in _steps(text)] == ["ok", "error"]


# Indonesian answers in plain text: `1). Jika f(x) = k, maka f'(x) = 0` (if …, then …), the item
# numbered `1).`: the number, the words before a call and the word between were read as math.
@pytest.mark.parametrize(("line", "verdicts"), [
    ("1). Jika f(x) = x^2, maka f'(x) = 2x", ["unchecked", "ok"]),
    ("2). Jika f(x) = x^2, maka f'(x) = 3x", ["unchecked", "error"]),
    ("Then g(t) = t^3, so g'(t) = 3t^2", ["unchecked", "ok"]),
])
def test_if_and_then_words_around_plain_statements(line, verdicts):
    assert [s.verdict for s in check_document(line + "\n", kind="txt").steps] == verdicts


# A Spanish homework in plain text: `E(X^2) = ∫0^1 x^2 * 2(1-x) dx`, then `E(X^2) = [-2/3x^3 +
# 1/3x^4] desde 0 a 1` (a wrong antiderivative). The bounds were read as ∫ 0¹·x²… = 0 and the
# words as desde·0·a·1 = 0, so the wrong line "agreed" (a false ok). Bounds without their marks
# are read as bounds; `∫x^2 dx` stays x² integrated.
@pytest.mark.parametrize(("a", "b", "status"), [
    ("∫0^1 x^2 * 2(1-x) dx", "1/6", "equal"),
    ("∫ 0^1 x^2 dx", "1/3", "equal"),
    ("[-2/3x^3 + 1/3x^4] desde 0 a 1", "-1/3", "equal"),
    ("[x^2 - x] from 0 to 2", "2", "equal"),
    ("∫x^2 dx", "∫ x^2 dx", "equal"),
    ("∫x^2 dx", "∫_x^2 dx", "not_equal"),
])
def test_bounds_written_without_their_marks(a, b, status):
    assert compare(a, b).status == status


def test_a_wrong_antiderivative_between_worded_bounds_is_found():
    text = ("E(X^2) = ∫0^1 x^2 * 2(1-x) dx\nE(X^2) = [-2/3x^3 + 1/3x^4] desde 0 a 1\n")
    assert [s.verdict for s in check_document(text, kind="txt").steps if s.line == 2] == ["error"]


# An English softmax note, its derivation in a fence with no language: `= (-y_i / p_i) ×
# p_i(1 - p_i)  +  Σ_{j≠i} (-y_j / p_j) × (-p_j × p_i)`. The braces of Σ_{j≠i} made the lines
# code (no step); read as plain math, `Σ_{j≠i}` was one index named j≠i (a false alarm). It is
# the sum over every j but i, as `\sum_{j \neq i}` is.
@pytest.mark.parametrize(("a", "b", "status"), [
    ("Σ_{j≠i} y_j", "Σ_j y_j - y_i", "equal"), ("Σ_{j!=i} y_j", "Σ_j y_j - y_i", "equal"),
    ("Σ_{j≠i} y_j", "Σ_j y_j", "not_equal")])
def test_a_plain_sum_over_every_index_but_one(a, b, status):
    assert compare(a, b).status == status


SOFTMAX_FENCE = """```
dL/dz_i = Σ_j (-y_j / p_j) × (dp_j/dz_i)
```

When `j ≠ i`:

```
= (-y_i / p_i) × p_i(1 - p_i)  +  Σ_{j≠i} (-y_j / p_j) × (-p_j × p_i)
= -y_i(1 - p_i)                 +  Σ_{j≠i} y_j × p_i
```
"""


def test_scripts_in_braces_are_no_mark_of_code():
    steps = _steps(SOFTMAX_FENCE)
    assert [v for n, v, _ in steps if n in (8, 9)] == ["unchecked", "ok"]  # p_j: no formula
    assert all(v != "error" for _, v, _ in steps)


# The Japanese notes give u in prose with HTML subscripts: `u=exp(a<sub>0</sub>)+…とおいて`.
# Read as u = exp(a_0) + …, the quotient rule on exp(a_0)/u is checked (ok), no longer unsure.
def test_html_subscripts_in_a_formula_of_prose():
    text = ("u=exp(a<sub>0</sub>)+exp(a<sub>1</sub>)+exp(a<sub>2</sub>)とおいて計算すると\n\n$$\n"
            "\\frac{\\partial }{ \\partial a_{0} } \\frac{ \\exp (a_{0}) }{u} = \\frac{ \\exp "
            "(a_{0}) u - \\exp (a_{0}) \\exp (a_{0}) }{ u^2 }\n$$\n")
    assert [v for _, v, _ in _steps(text)] == ["unchecked", "ok"]


# A Portuguese Q&A page saved as text, its math between hashes (Socratic's AsciiMath): `#S=
# (1+2+3+4+5+6)/6 = 3.5 #`, a sum going on to the next line with `# + 6 * 5/36 + … #`, and
# `#7#` or `#X#` mentioned in a sentence. Once `#` comments: now the spans are the steps, a
# row opening with + goes on from the row above, and a mention in prose is no step.
SOCRATIC = """Responda:
#7#
Intuitivamente, a soma de um dado:
#S= (1+2+3+4+5+6)/6 = {mean} #
E assim, preveriamos o valor esperado #7#
# E = 2 * 1/36 + 3 * 2/36 + 4 * 3/36 + 5 * 4/36 #
# + 6 * 5/36 + 7 * 6/36 + 8 * 5/36 + 9 * 4/36 #
# + 10 * 3/36 + 11 * 2/36 + 12 * 1/36 ## = (2+6+12+20+30+42+40+36+30+22+12)/36 #
# = (252)/36 #
"""


@pytest.mark.parametrize(("mean", "verdict"), [("3.5", "ok"), ("4.5", "error")])
def test_math_between_hashes(mean, verdict):
    steps = check_document(SOCRATIC.format(mean=mean), kind="txt").steps
    assert [s.verdict for s in steps if s.line == 4][-1] == verdict
    assert not any(s.line == 5 for s in steps)  # `#7#` in a sentence: a mention
    assert [s.verdict for s in steps if s.line in (8, 9)] == ["ok", "ok"]


# `Responda:` then `7` on the next line: the label was read as a name held equal to 7.
@pytest.mark.parametrize("label", ["Responda:", "Explicação:", "Answer:"])
def test_a_word_and_a_colon_alone_is_a_label(label):
    steps = check_document(f"{label}\n7\n", kind="txt").steps
    assert not any("holds when" in s.message for s in steps)


# The same line with u read from the prose (u = e^{a_0} + e^{a_1} + e^{a_2}): ∂/∂a_0 e^{a_i}/u =
# -e^{a_i}e^{a_0}/u² is right for i ≠ 0 and wrong at i = 0, an entry written (a_0). Wrong only
# where the index meets the entry: unsure when the prose sets i apart, else the slip of the
# missing Kronecker term.
@pytest.mark.parametrize(("prose", "verdict", "said"), [
    ("また、i≠0の時は", "unchecked", "right for i ≠ 0"),
    ("Now for any i:", "error", "Kronecker")])
def test_an_index_meeting_an_entry_written(prose, verdict, said):
    text = ("u=exp(a<sub>0</sub>)+exp(a<sub>1</sub>)+exp(a<sub>2</sub>)とおいて\n\n" + prose
            + "\n\n$$\n\\frac{\\partial }{ \\partial a_{0} } \\frac{ \\exp (a_{i}) }{u} = "
            "\\frac{ 0* u - \\exp (a_{i}) \\exp (a_{0}) }{ u^2 }\n$$\n")
    step = check_document(text, kind="md").steps[-1]
    assert step.verdict == verdict and said in (step.message + (step.diagnosis or ""))


# A German forum answer: `f’(x) = 0 ! :wink:` (f does not depend on x). Once ’ is a prime the
# line is read, and `0 !` was 0 factorial (1): an exclamation set apart at the end is none.
@pytest.mark.parametrize(("a", "b", "status"), [
    ("0 !", "0", "equal"), ("0!", "1", "equal"), ("3 !!", "3", "equal"), ("n! ", "n!", "equal")])
def test_an_exclamation_set_apart(a, b, status):
    assert compare(a, b).status == status


# A homework's variance of a Beta law: a row stopped by its time budget, the next `&= …` row
# "continues a line that could not be read or checked", and the row after it, not equal to that
# one, was an error (seen when the machine was busy). A row continuing an unread or unchecked row
# is not confirmed: a step from it that fails may fail on it.
@pytest.mark.parametrize(("third", "verdict"), [("3x + 2", "unchecked"), ("3x + 1", "ok")])
def test_a_row_after_an_unread_row_is_not_confirmed(third, verdict):
    text = ("$$\n\\begin{aligned}\ny &= \\frac{1}{2} \\qog x \\\\\n&= 3x + 1 \\\\\n"
            f"&= {third}\n\\end{{aligned}}\n$$\n")
    assert _verdicts_on(text, 5) == [verdict]


@pytest.mark.parametrize("line", ["vorhandenen Übungsaufgaben.", "Ébauche générale", "für später"])
def test_words_with_accents_are_prose(line):
    assert check_document(line + "\n", kind="txt").steps == []


# KaTeX's arrows spelled short (`\Rarr`, `\rArr`, `\lrArr`) in a French course.
@pytest.mark.parametrize(("a", "b"), [("x = 2 \\Rarr x^2 = 4", "x = 2 \\Rightarrow x^2 = 4"),
                                      ("x = 2 \\lrArr 2x = 4", "x = 2 \\iff 2x = 4")])
def test_katex_short_arrows(a, b):
    assert compare(a, b).reason == compare(b, b).reason


# Italian course notes: `- **Variabile Aleatoria di Bernoulli:**` with its mean and variance in
# the items under it, then `- **Distribuzione Binomiale:**` (its items speak of "prove
# bernoulliane"), then `- **Distribuzione Geometrica:**`. One list is one paragraph, so the
# families named were all "together" and none was in force. A bold label opening a list item
# names the law of the items under it.
FAMILIES = """- **Variabile Aleatoria di Bernoulli:**
  - Esperimento con parametro $p \\in [0, 1]$.
  - Media: $E[X] = {bern}$.
- **Distribuzione Binomiale:**
  - Conteggio dei successi in $n$ prove (prove bernoulliane ripetute).
  - Varianza: $\\operatorname{{Var}}(X) = n p (1 - p)$.
- **Distribuzione Geometrica:**
  - Valore atteso: $E[X] = \\frac{{1}}{{p}}$.
"""


@pytest.mark.parametrize(("bern", "verdict"), [("p", "ok"), ("2p", "unchecked")])
def test_families_named_by_the_labels_of_list_items(bern, verdict):
    steps = _steps(FAMILIES.format(bern=bern))
    assert [v for n, v, _ in steps if n == 3] == [verdict]  # a name confirms, never refutes
    assert [v for n, v, _ in steps if n in (6, 8)] == ["ok", "ok"]


# German entropy notes: `\sum_{v \in \mathop{\text{Values}}(A)}`, `= 0.87 \mathop{\text{Bit}}`:
# TeX's operator class around a name is no mark (was "unknown command \mathop").
@pytest.mark.parametrize(("a", "b"), [("2 \\mathop{\\text{Bit}}", "2"), ("\\mathop{x}^2", "x^2")])
def test_an_operator_class_around_a_name(a, b):
    assert compare(a, b).status == "equal"


# The French course's table of derivatives sits in an ```admonish prop box: a table in a box of
# Markdown is a table (each row a claim), as in the page itself; in a code fence it stays code.
DERIVATIVE_BOX = """```{fence}
| $f$ | $\\Df$ | $f'$ | $\\mathcal{{D}}_{{f'}}$ |
| :---- | :----: | :---- | :----: |
| $f(x)=x^2$ | $\\R$ | $f'(x)=2x$ | $\\R$ |
| $f(x)=x^3$ | $\\R$ | $f'(x)=2x^2$ | $\\R$ |
```
"""


@pytest.mark.parametrize(("fence", "verdicts"), [("admonish prop", ["ok", "error"]),
                                                 ("python", [])])
def test_a_table_of_derivatives_in_a_box(fence, verdicts):
    assert [v for _, v, _ in _steps(DERIVATIVE_BOX.format(fence=fence))] == verdicts


# Turkish notes state the product rule as `(u(x) \cdot v(x))' = u'(x) \cdot v(x) + u(x) \cdot
# v'(x)`: u(x) was u·x, and the prime on the bracket had three letters in it. A u (v, w) written
# primed on the line is a function, so u(x) is its call; alone, u(x) stays u·x.
@pytest.mark.parametrize(("line", "verdict"), [
    ("$(u(x) \\cdot v(x))' = u'(x) \\cdot v(x) + u(x) \\cdot v'(x)$", "ok"),
    ("$(u(x) \\cdot v(x))' = u'(x) \\cdot v(x) - u(x) \\cdot v'(x)$", "error")])
def test_the_product_rule_with_u_and_v_called(line, verdict):
    assert [v for _, v, _ in _steps(line + "\n")] == [verdict]


def test_u_of_x_alone_is_a_product():
    assert compare("u(x)", "u x").status == "equal"


# Korean MLE notes: `$f(x;p) = p^x(1-p)^{1-x}$ $(x=0,1)$`: a condition set apart in its own
# math, in brackets (was "unexpected character '='"). Brackets around a whole statement are
# dropped; brackets that are part of it stay.
@pytest.mark.parametrize(("a", "b", "status"), [
    ("(a = b)", "a = b", "equal"), ("(x+1)(x-1) = 0", "x^2 - 1 = 0", "equal"),
    ("(x > 2)", "x > 2", "equal")])
def test_brackets_around_a_whole_statement(a, b, status):
    assert compare(a, b).status == status


# Korean notes: `pdf(x;\theta)=\frac{1}{\theta}e^{-x/\theta}`: in LaTeX the word was p·df (a
# differential). pdf, cdf, pmf are names of a law's functions.
@pytest.mark.parametrize("word", ["pdf", "cdf", "pmf"])
def test_a_law_function_named_in_letters(word):
    assert compare(f"{word}(x;\\theta) + 1", f"1 + {word}(x;\\theta)").status == "equal"


# `$\lambda \to 0^+$에서 극대값을 가진다` (Korean): where a Greek variable goes, said in prose, is
# no claim, as `$x \to 0^+$` is (was "unexpected '^+'").
@pytest.mark.parametrize("text", ["$\\lambda \\to 0^+$", "$\\theta \\to \\infty$", "$x \\to 0^+$"])
def test_where_a_variable_goes_is_no_claim(text):
    assert check_document(f"Then {text} here.\n", kind="md").steps == []


# Chinese notes set their derivation in ```python fences: `h(x) = 1 / (1 + e^(-z))`, `L(W) = Π
# [h(x_i)]^(y_i) * …`. A fence of a language whose every line is a plain formula and one
# writes what only math writes (a caret as a power, Σ, Π) is math; code stays code.
@pytest.mark.parametrize(("body", "steps"), [
    ("f(x) = x^2 + 1\n     = (x^2) + 1", 2),
    ("f(x) = x^2 + 1\n     = x^2 + 2", 2),
    ("x = np.exp(2)\ny = x ** 2", 0),
    ("loss = -y * log(p)\nw = w - lr * grad", 0),
])
def test_math_set_as_code(body, steps):
    found = _steps(f"```python\n{body}\n```\n")
    assert len(found) == steps
    if steps:
        assert found[-1][1] == ("ok" if "(x^2) + 1" in body else "error")


# German entropy notes: `H(S) &=& -(4/6 \cdot \log_2 4/6 + 2/6 \cdot \log_2 2/6)`, then
# `&=& -(-0.39 -0.53) = 0.92`. By the rules `\log_2 4/6` is (log₂ 4)/6; the writer means
# log₂(4/6). An error on a step written so is unsure, naming both; written with brackets, a
# wrong value stays an error.
@pytest.mark.parametrize(("log", "verdict"), [("\\log_2 4/6", "unchecked"),
                                              ("\\log_2 (4/6)", "error")])
def test_a_log_of_a_fraction_without_brackets(log, verdict):
    text = (f"$$\n\\begin{{aligned}}\nH &= -(4/6 \\cdot {log}) \\\\\n"
            "&= 0.25\n\\end{aligned}\n$$\n")
    assert _verdicts_on(text, 4) == [verdict]


# An English softmax note writes its vectors `\mathbb{\theta}`, `\mathbb{w}`: blackboard bold
# has no Greek letters; a Greek letter in it is the bold vector, as `\mathbb{w}` already was.
def test_a_greek_letter_in_blackboard_bold():
    assert compare("\\mathbb{\\theta}^T x", "\\bm{\\theta}^T x").status == "equal"


# Lecture notes give `$(X \sim Geo(p), p = 1/2)$` in a quoted example (now read), and under a
# later heading `- $X \sim Bernoulli(p)$, then $Var(X) = p - p^2$`. The p of the example, two
# headings up, made the moment unsure; a claim that holds in the letters holds whatever it was.
STALE_P = """> Let $X$ be the waiting time $(X \\sim Geo(p), p = 1/2)$.

#### Variance

- $X \\sim Bernoulli(p)$, then $Var(X) = {value}$
"""


@pytest.mark.parametrize(("value", "verdict"), [("p - p^2", "ok"), ("p + p^2", "error")])
def test_a_moment_in_letters_after_a_value_two_headings_up(value, verdict):
    steps = _steps(STALE_P.format(value=value))
    assert verdict in [v for n, v, _ in steps if n == 5]
