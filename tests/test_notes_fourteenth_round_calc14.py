"""The fourteenth round of real-notes habits (calculus and ML calculus): Typst notes (`.typ`),
whose `$…$` math is read as typed math; evaluation brackets `[F]_a^b` in typed math."""

from __future__ import annotations

import json

import pytest

import tutor
from tests.document_steps import assert_reading, assert_steps, assert_verdicts
from tutor.notes.typst import math_regions
from tutor.notes.typst_rewrite import typst_as_plain
from tutor.read.parser import parse


def typst_steps(text: str) -> list[tuple[int, int, str, str]]:
    """(line, column, verdict, source) of each step of a Typst page."""
    report = tutor.check_document(text, kind="typ")
    return [(s.line, s.column, s.verdict, s.source) for s in report.steps]


# Typst spellings rewritten as the plain syntax (only the spelling, never what is read)
@pytest.mark.parametrize(("typst", "plain"), [
    ("frac(a + 1, b)", "((a + 1)/(b))"),
    ("frac(frac(1, 2), x)", "((((1)/(2)))/(x))"),
    ("dif/(dif x) sin(x^2)", "d/dx sin(x^2)"),
    ("integral_0^1 x e^x dif x", "int_0^1 x e^x dx"),
    ("integral (e^(2u) + 4u) d u", "int (e^(2u) + 4u) du"),
    ("1/2 dot 1/2", "1/2 * 1/2"),
    ("3 times 4", "3 * 4"),
    ("e^(0.1) approx 1.105", "e^(0.1) ~= 1.105"),
    ("lim_(x -> 0^+) x ln x", "lim_(x -> 0+) x ln x"),
    ("lim_(x arrow.r infinity) 1/x", "lim_(x -> oo) 1/x"),
    ("x_(i) + hat(y)", "x_i + y\u0302"),
    ('l =& 108 - 4x & "divide by x"', "l =  108 - 4x                "),
    ('30x^4 =& 6x^5 & ": divide by" x^4', "30x^4 =  6x^5" + " " * 20),  # a note
    ('& "since" x > 0', '          x > 0'),  # a quoted word opening the row: prose
    ("partial/(partial x) f", "∂/∂x f"),
    ("dots.h", "..."),
    ("frac(a, b, c)", "frac(a, b, c)"),  # no fraction of three parts: left as written
    ("(diff L)/(diff theta_1) = 2", "∂L/∂θ_1 = 2"),
    ("frac(diff L, diff w)", "(∂L/∂w)"),
    ("(dif y)/(dif x)", "dy/dx"),
    ("diff/(diff x) f", "∂/∂x f"),
    ('"ReLU"(z) = max(0, z)', "ReLU(z) = max(0, z)"),  # never `(z)`: the name kept
    ('op("softmax")(z)', "softmax(z)"),
    ("norm(X w - y)^2", "||X w - y||^2"),
    ("root(3, 8)", "((8)^(1/(3)))"),
    ("10 div 2", "10 / 2"),
    ("plus.minus 2", "± 2"),
    ("y_i - hat(y)_i", "y_i - y\u0302_i"),
    ("f: RR -> RR", "           "),  # a signature: what f maps, no claim
    ("bold(w)^T bold(x)_i", "bold(w)^T x_i"),
    ("cal(L)(w) = upright(L)", "L(w) = L"),
    ("f lr((x plus Delta x)) minus f lr((x))", "f (x + Δx) - f (x)"),  # pandoc's Typst
    ("(upright(d) y)/(upright(d) x) = 3x^2", "dy/dx = 3x^2"),  # never (d·y)/(d·x)
    ('("d" y)/("d" x) = 3x^2', "dy/dx = 3x^2"),  # never y/x: the quoted d kept
    ('"d"/("d" x) sin x', "d/dx sin x"),
    ('integral x "d"x', "int x dx"),
    ("product_(i=1)^3 i", "prod_(i=1)^3 i"),
    ('f(x) = x^2 "for" x > 0', "f(x) = x^2,      x > 0"),  # two statements, never x^2·x > 0
    ("x = 2 quad y = 3", "x = 2,     y = 3"),
    ('V = 11664 " in"^2', "V = 11664      ^2"),  # a unit: blanked
])
def test_typst_spellings_as_plain(typst, plain):
    assert typst_as_plain(typst)[0] == plain


# each character of the rewrite points into the row as written
def test_rewrite_keeps_where_each_character_came_from():
    written = "dif/(dif x) e^(-x^2) = 2x"
    plain, origins = typst_as_plain(written)
    assert len(origins) == len(plain)
    assert written[origins[plain.index("e^")]:].startswith("e^(-x^2)")
    assert written[origins[plain.index("2x")]:] == "2x"


# math regions: `\$` is a dollar, comments, raw text and strings in math hold none
@pytest.mark.parametrize(("page", "regions"), [
    ("a $x = 1$ b $ y = 2 $", ["x = 1", " y = 2 "]),
    ("costs \\$5, then $x$", ["x"]),
    ("// a comment with $x$\n$y$", ["y"]),
    ("/* $x$ */ $y$", ["y"]),
    ("`$x$` and $y$", ["y"]),
    ('$x = 1 "dollars $" + 2$', ['x = 1 "dollars $" + 2']),
])
def test_math_regions(page, regions):
    assert [page[start:end] for start, end in math_regions(page)] == regions


TYPST_PAGE = """#set page(paper: "a4")
= Limits
Top and bottom go to $0$, so:
$
  lim_(x -> 0) (1 - cos x)/x^2 &= lim_(x -> 0) (sin x)/(2x) & "L'H" \\
  &= 1/2
$

= Derivatives
+ $dif/(dif x) e^(-x^2) = -2x e^(-x^2)$
+ $dif/(dif x) e^(-x^2) = 2x e^(-x^2)$

$ integral_1^e ln x dif x = [x ln x - x]_1^e = 1 $
"""


# a Typst page: rows split at ` \\`, `&=` continues the chain, steps at their place as written
# (`$0$` alone in prose is no step)
def test_a_typst_page_is_read_row_by_row():
    assert typst_steps(TYPST_PAGE) == [
        (5, 35, "ok", "lim_(x -> 0) (sin x)/(2x)"),
        (6, 6, "ok", "1/2"),
        (10, 27, "ok", "-2x e^(-x^2)"),
        (11, 27, "error", "2x e^(-x^2)"),
        (13, 29, "ok", "[x ln x - x]_1^e"),
        (13, 48, "ok", "1"),
    ]


# a file named .typ is read as Typst (and a folder's .typ files are notes)
def test_typ_suffix_is_typst(tmp_path):
    page = tmp_path / "notes.typ"
    page.write_text("= Heading\n$ 2 + 2 = 5 $\n", encoding="utf-8")
    report = tutor.check_document(str(page))
    assert [(s.line, s.verdict) for s in report.steps] == [(2, "error")]


# evaluation brackets in typed math: [F]_a^b is F(b) - F(a)
@pytest.mark.parametrize(("text", "value"), [
    ("[x^3 + x]_0^2", "10"),
    ("[x ln x - x]_1^e", "1"),
    ("[t^(3/2)]_0^1", "1"),
    ("[x]_(0)^(pi)", "pi"),
])
def test_evaluation_brackets_in_typed_math(text, value):
    assert str(parse(text, "plain").doit()) == value


# `sum $≈ 11.107$` after a run of values: the value of the sum, never a step on from `e^0 = 1`
@pytest.mark.parametrize(("relation", "value"), [(r"\approx", "11.107"), ("=", "11.107"),
                                                 (r"\approx", "12")])
def test_a_word_names_an_approximate_value(relation, value):
    text = rf"$e^2 \approx 7.389$, $e^1 \approx 2.718$, $e^0 = 1$, sum ${relation} {value}$"
    assert_verdicts(text, [("ok", None), ("ok", None), ("ok", None),
                           ("unchecked", "the value of 'sum'")])


# an equation the prose supposes (`If $x^3 + y^3 = 6xy$, find …`, Hindi `यदि`) is a premise,
# never a claimed identity; a false one said plainly is still an error
@pytest.mark.parametrize(("text", "expected"), [
    (r"If $x^3 + y^3 = 6xy$, find $\frac{dy}{dx}$.", ("unchecked", "premise")),
    (r"Suppose $x^2 + xy = 3y$.", ("unchecked", "premise")),
    (r"**प्रश्न ८.** यदि $x^3 + y^3 = 6xy$ तो $\frac{dy}{dx}$ ज्ञात कीजिए।", ("unchecked", "premise")),
    (r"We know $(a+b)^2 = a^2 + b^2$.", ("error", None)),
    (r"अतः $(a+b)^2 = a^2 + b^2$ ।", ("error", None)),
])
def test_a_supposed_equation_is_a_premise(text, expected):
    assert_verdicts(text, [expected])


CHAIN_RULE_LIST = r"""## Chain rule

1. $y = \ln(\sin x) \Rightarrow \frac{dy}{dx} = \cot x$
2. $y = (2x + 1)^5 \Rightarrow \frac{dy}{dx} = {}$
3. $y = e^{\sin x} \Rightarrow \frac{dy}{dx} = \cos x \, e^{\sin x}$
"""


# a list of exercises reusing y: each `y = …` defines y anew (never a premise that leaves the
# first formula in force and calls a right derivative wrong)
@pytest.mark.parametrize(("derivative", "verdict"), [
    ("10(2x + 1)^4", "ok"), ("5(2x + 1)^4", "error")])
def test_a_name_defined_anew_in_a_list(derivative, verdict):
    assert_steps(CHAIN_RULE_LIST.replace("{}", derivative), [
        (3, "unchecked", "definition of y"), (3, "ok", None),
        (4, "unchecked", "a new definition of y"), (4, verdict, None),
        (5, "unchecked", "a new definition of y"), (5, "ok", None)])


# a restatement equal to the formula stays a claim about y; another formula (unchecked before
# too: "holds when y = …") is a new definition; values plugged in stay a substitution
@pytest.mark.parametrize(("restated", "expected"), [
    ("x(x + 2)", ("ok", None)),
    ("x(x + 3)", ("unchecked", "a new definition of y")),
    ("2x + 1", ("unchecked", None)),
])
def test_a_restated_name_is_a_claim(restated, expected):
    assert_verdicts(rf"$y = x^2 + 2x$, and so $y = {restated}$", [
        ("unchecked", "definition of y"), expected])


# a thin space ends a trigonometric function's one-letter argument: `\cos x \, e^{\sin x}`
@pytest.mark.parametrize(("text", "read"), [
    (r"\cos x \, e^{\sin x}", "E**sin(x)*cos(x)"),
    (r"\cos x\, e^{x}", "E**x*cos(x)"),
    (r"\sin\theta\;\cos\theta", "sin(theta)*cos(theta)"),
    (r"\int \sin x\,dx", "Integral(sin(x), x)"),
    (r"\cos x (1 + x)", "(x + 1)*cos(x)"),
])
def test_a_thin_space_ends_a_trig_argument(text, read):
    assert_reading(text, read)


# an equation reference in the prose (`अब $\eqref{3}$ से`, `by $\ref{2}$`) is no step
@pytest.mark.parametrize("text", [r"अब $\eqref{3}$ से:", r"by $\ref{eq:parts}$ and $\cref{x}$"])
def test_an_equation_reference_is_no_step(text):
    assert tutor.check_document(text, kind="md").steps == []


NEW_LOSS_UNDER_A_HEADING = r"""## Softmax

$$s_i = \frac{e^{z_i}}{\sum_j e^{z_j}}, \qquad \frac{\partial L}{\partial z_i} = s_i - y_i$$

Logits $z = (2, 1, 0)$; $e^2 \approx 7.389$, $e^1 \approx 2.718$, $e^0 = 1$, sum $\approx 11.107$

$$s_1 \approx \frac{7.389}{11.107} \approx 0.665$$

$$L = -\log s_1 \approx -\log 0.665 \approx 0.408$$

## Backprop

$z_1 = w_1 x + b_1$, $h = \mathrm{ReLU}(z_1)$, $\hat y = w_2 h + b_2$,
$L = \frac{1}{2}(\hat y - y)^2$

Values: $x = 2$, $w_1 = 1$, $b_1 = -0.5$, $w_2 = 3$, $b_2 = 0.5$, $y = 4$.

$z_1 = 1 \cdot 2 - 0.5 = 1.5$, $h = \max(0, 1.5) = 1.5$, $\hat y = 3 \cdot 1.5 + 0.5 = 5$

$\frac{\partial L}{\partial z_1} = 3 \cdot 1 = VALUE$ (ReLU slope is 1 since $z_1 > 0$)
"""


# L of an earlier section given a new formula: its derivatives are taken of the new one, never
# of the old formula kept beside it (∂L/∂z_1 = 3 was an error against -log s_1)
@pytest.mark.parametrize(("value", "verdict"), [("3", "ok"), ("4", "error")])
def test_a_name_defined_again_drops_its_old_formula(value, verdict):
    steps = tutor.check_document(NEW_LOSS_UNDER_A_HEADING.replace("VALUE", value),
                                 kind="md").steps
    assert [s.verdict for s in steps if s.line == 20][:2] == ["ok", verdict]


def _notebook(*cells: str) -> str:
    """A notebook of markdown cells."""
    return json.dumps({"cells": [{"cell_type": "markdown", "metadata": {}, "source": c}
                                 for c in cells], "metadata": {}, "nbformat": 4,
                       "nbformat_minor": 5})


# a notebook's headings count across cells, as in one Markdown page: L of the softmax cell is
# another section's name below the next heading, so `L = ½(ŷ - y)²` defines it there and its
# derivative in the cell below is checked (it was "L is a number here")
def test_notebook_sections_go_on_across_cells():
    text = _notebook(
        "## 3. Softmax\n\n$$L = -\\log s_1 \\approx -\\log 0.665 \\approx 0.408$$",
        "## 4. Backprop\n\n$\\hat y = w_2 h + b_2$, $L = \\frac{1}{2}(\\hat y - y)^2$\n\n"
        "Values: $h = 1.5$, $w_2 = 3$, $b_2 = 0.5$, $y = 4$.",
        "$\\hat y = 3 \\cdot 1.5 + 0.5 = 5$\n\n$L = \\frac{1}{2}(5 - 4)^2 = 0.5$",
        "$\\frac{\\partial L}{\\partial w_2} = (\\hat y - y) h = 1.5$")
    steps = tutor.check_document(text, kind="ipynb").steps
    assert "from here" in steps[4].message
    assert [(s.cell, s.verdict) for s in steps[9:]] == [(3, "ok")] * 4 + [(4, "ok")] * 2


# `Check at $z = 0$`: the point a formula of z is worked out at (z = wx + b is no number here),
# so p = σ(0) = 0.5 is checked; with the values that make z a number, `z = 3` stays a claim
def test_a_value_at_a_point_for_a_formula():
    text = (r"With $p = \sigma(z)$ and $z = w x + b$:" "\n\n"
            r"Check at $z = 0$: $p = \sigma(0) = 0.5$ and $\sigma'(0) = 0.5 \cdot 0.5 = 0.5$.")
    assert_verdicts(text, [
        ("unchecked", "definition of p"), ("unchecked", "from here"), ("unchecked", "z = 0 here"),
        ("ok", None), ("ok", None), ("ok", None), ("error", None)])


def test_a_value_for_a_formula_worked_out_is_a_claim():
    text = (r"With $w = 1$, $x = 2$, $b = 0$ and $z = w x + b$." "\n\n"
            r"Check at $z = 3$: $\sigma(z) = 0.95$.")
    steps = tutor.check_document(text, kind="md").steps
    assert not any("z = 3 here" in s.message for s in steps)


STALE_POINT = r"""## 1. Substitution

Bounds: $x = 1$ gives $t = 0$.

## 2. Chain rule

1. $y = (2x + 1)^5 \Rightarrow \frac{dy}{dx} = {}$
"""


# x valued under an earlier heading is the variable of a later `dy/dx`: the derivative is
# taken in x (it was worked out at x = 1 and called a substitution, right or wrong)
@pytest.mark.parametrize(("derivative", "verdict"), [
    ("10(2x + 1)^4", "ok"), ("5(2x + 1)^4", "error")])
def test_a_value_of_an_earlier_section_is_no_point_of_a_derivative(derivative, verdict):
    steps = tutor.check_document(STALE_POINT.replace("{}", derivative), kind="md").steps
    assert [s.verdict for s in steps if s.line == 7] == ["unchecked", verdict]
