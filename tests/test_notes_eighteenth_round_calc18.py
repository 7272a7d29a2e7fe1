"""The eighteenth round of real-notes habits (calculus): a chat assistant's answer pasted into
Obsidian, amsthm scribe notes, Thai words in `\\text{}` before the math."""

from __future__ import annotations

import re

import pytest

import tutor
import tutor.read.parser
from tests.document_steps import assert_verdicts
from tutor.notes.step_headings import section_starts
from tutor.read.infix_fractions import integrand_differentials, leibniz_spellings

# ---------------------------------------------------------------- two formulas in one display

MSE_PAIR = (r"The loss is $L = \frac{1}{2}(\hat{y} - y)^2$ where $\hat{y} = wx + b$." "\n\n"
            r"$$\frac{\partial L}{\partial w} = (\hat{y} - y)\,x \qquad "
            r"\frac{\partial L}{\partial b} = {}$$")


# a derivative after a wide space starts a statement of its own (it was multiplied in)
@pytest.mark.parametrize(("second", "verdict"), [
    (r"\hat{y} - y", "ok"),
    (r"2(\hat{y} - y)", "error"),
    (r"(\hat{y} - y)\,x", "error"),
])
def test_a_derivative_after_a_wide_space_is_a_statement(second, verdict):
    assert_verdicts(MSE_PAIR.replace("{}", second), [
        ("unchecked", "definition of L"), ("unchecked", None), ("ok", None), (verdict, None)])


# ---------------------------------------------------------------- amsthm: `\qedhere`

QED_ROWS = (r"\begin{{proof}}" "\n" r"\begin{{align*}}" "\n"
            r"f'(x) &= \lim_{{h \to 0}} \frac{{2xh + h^2}}{{h}} \\" "\n"
            r"      &= \lim_{{h \to 0}} (2x + h) = {}. \qedhere" "\n"
            r"\end{{align*}}" "\n" r"\end{{proof}}" "\n")


# `\qedhere` ends a proof's last row: no mark of the math (it was a parse error)
@pytest.mark.parametrize(("value", "verdict"), [("2x", "ok"), ("2", "error")])
def test_qedhere_in_the_last_row(value, verdict):
    report = tutor.check_document(QED_ROWS.format(value), kind="tex")
    assert [s.verdict for s in report.steps][-1] == verdict
    assert "parse_error" not in [s.verdict for s in report.steps]


# ---------------------------------------------------------------- Thai words in `\text{}`

SIGMOID = r"Let $\sigma(z) = \frac{1}{1 + e^{-z}}$." "\n\n$$@ROW@$$\n"


# a word in another script opening a row, then a space command: prose (it was a parse error);
# the formula after it is checked; a foreign word as a name (`\text{ราคา} = 5`) stays a name
@pytest.mark.parametrize(("row", "verdicts"), [
    (r"\text{ดังนั้น}\quad \sigma'(z) = \sigma(z)(1 - \sigma(z))", ["ok"]),
    (r"\text{ดังนั้น}\quad \sigma'(z) = \sigma(z)(1 + \sigma(z))", ["error"]),
    (r"\text{ดังนั้น}\ \frac{d}{dz}\log\sigma(z) = 1 - \sigma(z)", ["ok"]),
    (r"\text{ดังนั้น}\ \frac{d}{dz}\log\sigma(z) = \sigma(z)", ["error"]),
    (r"\text{поэтому}\quad \sigma'(z) = \sigma(z)(1 - \sigma(z))", ["ok"]),
    (r"\text{ราคา} = 5", ["unchecked"]),
])
def test_a_foreign_word_opening_a_row(row, verdicts):
    got = [s.verdict for s in tutor.check_document(SIGMOID.replace("@ROW@", row), kind="md").steps]
    assert got[1:] == verdicts


# `\text{when}\ z = 0:\quad …`: the value the formula after it is worked at; blanked only when
# that formula has no z (else it stays unread: never checked without its value)
@pytest.mark.parametrize(("row", "verdicts"), [
    (r"\text{เมื่อ}\ z = 0:\quad \sigma'(0) = 0.5 \cdot 0.5 = 0.25", ["ok", "ok"]),
    (r"\text{เมื่อ}\ z = 0:\quad \sigma'(0) = 0.5 \cdot 0.5 = 0.5", ["ok", "error"]),
    (r"\text{when}\ z = 0:\quad \sigma'(0) = 0.5 \cdot 0.5 = 0.25", ["ok", "ok"]),
    (r"\text{when}\ z = 0:\quad \sigma'(0) = 0.5 \cdot 0.5 = 0.4", ["ok", "error"]),
])
def test_a_value_held_at_opening_a_row(row, verdicts):
    got = [s.verdict for s in tutor.check_document(SIGMOID.replace("@ROW@", row), kind="md").steps]
    assert got[1:] == verdicts


@pytest.mark.parametrize("row", [r"\text{when}\ z = 1:\quad \sigma'(z) = 0.25",
                                 r"\text{เมื่อ}\ z = 1:\quad \sigma'(z) = 0.25"])
def test_a_value_held_at_is_kept_when_the_formula_uses_it(row):
    got = [s.verdict for s in tutor.check_document(SIGMOID.replace("@ROW@", row), kind="md").steps]
    assert not {"ok", "error", "warning"} & set(got[1:])


# ---------------------------------------------------------------- Taylor's theorem, then an f

TAYLOR_THEN_F = ("If $f$ is smooth near $0$, then $@THEOREM@$.\n\n"
                 r"For $f(x) = \ln(1 + x)$ we have $f(0) = 0$, $f'(0) = 1$, $f''(0) = @VALUE@$.")


# a formula for any f by its own derivatives defines no f: the example's f is checked (the
# values were unchecked: "f_k is not defined here")
@pytest.mark.parametrize("theorem", [
    r"f(x) = \sum_{k=0}^{n} \frac{f^{(k)}(0)}{k!} x^k + o(x^n)",
    r"f(x) = f(0) + f'(0) x + \frac{f''(0)}{2} x^2 + O(x^3)",
])
@pytest.mark.parametrize(("value", "verdict"), [("-1", "ok"), ("1", "error")])
def test_a_formula_for_any_function_defines_none(theorem, value, verdict):
    text = TAYLOR_THEN_F.replace("@THEOREM@", theorem).replace("@VALUE@", value)
    got = [(s.verdict, s.message) for s in tutor.check_document(text, kind="md").steps]
    assert "a formula for any f" in got[0][1]
    assert [v for v, _ in got[1:]] == ["unchecked", "ok", "ok", verdict]


# a function by two others (f_1 + f_2, no sum over their index) is a definition as before
def test_a_function_of_named_parts_is_a_definition():
    got = tutor.check_document(r"Let $f(x) = f_1(x) + f_2(x)$.", kind="md").steps
    assert got[0].message.startswith("definition of f(x)")


# ---------------------------------------------------------------- a chat answer copied rendered

# a chat answer copied out of the window loses its backslashes: `\;` is `;` after a comma, and
# `\( … \)` around a whole formula in a list item is `( … )`
@pytest.mark.parametrize(("lost", "kept"), [
    (r"\nabla_z L = [-0.335,;0.245,;0.090]", r"\nabla_z L = [-0.335,\;0.245,\;0.090]"),
    (r"\nabla_w L = [2x,;-1]", r"\nabla_w L = [2x,\;-1]"),
    (r"I(X;Y) = 0.5", r"I(X;Y) = 0.5"),   # a semicolon alone is as it was
])
def test_a_comma_and_a_lost_space(lost, kept):
    assert _read(lost) == _read(kept)


def _read(row: str) -> list:
    return [part.expr for part in tutor.read.parser.parse(row, "latex").parts]


@pytest.mark.parametrize(("item", "verdict"), [
    ("(e^2=7.389)", "ok"),
    ("(e^2=7.39)", "ok"),
    ("(e^2=7.489)", "error"),
])
def test_a_formula_whole_in_lost_parentheses(item, verdict):
    text = f"Compute the exponents:\n\n* {item}\n* (e^0=1)\n"
    assert [s.verdict for s in tutor.check_document(text, kind="md").steps] == [verdict, "ok"]


# brackets that close inside, or no relation: the region as it was
@pytest.mark.parametrize("item", ["(a + b)(a - b) = a^2 - b^2", "(x + 1)^2 = x^2 + 2x + 1"])
def test_brackets_that_are_the_formulas_own(item):
    text = f"Expand:\n\n* {item}\n"
    assert [s.verdict for s in tutor.check_document(text, kind="md").steps] == ["ok"]


# ---------------------------------------------------------------- `### Step 2:` headings

STEPS = r"""## Q1. Differentiate \(f(x) = x^3\)

\[ f'(x) = 3x^2 \]

## Q2. Differentiate \(g(x) = \ln(1 + x^2)\)

@FIRST@

\[ g'(x) = \frac{1}{1 + x^2} \cdot 2x \]

@HEADING@

\[ g'(x) = @VALUE@ \]
"""


# a step's heading opens no new section: g of the answer's own title is still g (a wrong step
# was unchecked: "g was defined under an earlier heading"); a heading of another kind keeps
# that caution
@pytest.mark.parametrize(("first", "heading", "value", "verdict"), [
    ("### Step 1: Chain rule", "### Step 2: Simplify", r"\frac{2x}{1 + x^2}", "ok"),
    ("### Step 1: Chain rule", "### Step 2: Simplify", r"\frac{x}{1 + x^2}", "error"),
    ("### Step 1", "### **Step 2 — simplify**", r"\frac{x}{1 + x^2}", "error"),
    ("#### ขั้นตอนที่ 1", "#### ขั้นตอนที่ 2", r"\frac{x}{1 + x^2}", "error"),
    ("### Chain rule", "### Simplify", r"\frac{x}{1 + x^2}", "unchecked"),
    ("### Step 1: Chain rule", "## Q3. Another function", r"\frac{x}{1 + x^2}", "error"),
    ("### Chain rule", "## Q3. Another function", r"\frac{x}{1 + x^2}", "unchecked"),
])
def test_a_step_heading_opens_no_section(first, heading, value, verdict):
    text = STEPS.replace("@FIRST@", first).replace("@HEADING@", heading).replace("@VALUE@", value)
    assert [s.verdict for s in tutor.check_document(text, kind="md").steps][-1] == verdict


@pytest.mark.parametrize(("title", "step"), [
    ("### Step 2: Simplify", True), ("### **Step 12**", True), ("- ## Step 3", True),
    ("### 🔹 Step 2: Simplify", True), ("### ✅ **Step 3**", True),
    (r"\subsection*{Step 1}", True), ("### Stepwise refinement", False),
    ("### Steps 1 and 2", False), ("### Problem 2", False), ("Step 2: prose", False),
])
def test_step_headings_told(title, step):
    assert (section_starts(title, [0], re.compile("(?!)")) == []) is step


# ---------------------------------------------------------------- a square root's branch

# `√(1 − sin²θ) = cos θ` in a trigonometric substitution: right where cos θ ≥ 0, the branch the
# writer means (θ in [−π/2, π/2]); with no range given it is unchecked, not an error. A side
# whose square is not the radicand, one never positive, a number, a derivative: still errors
@pytest.mark.parametrize(("row", "verdict", "words"), [
    (r"\sqrt{1 - \sin^2 \theta} = \cos \theta", "unchecked", "branch of the square root"),
    (r"\sqrt{9 \sec^2 \theta - 9} = 3 \tan \theta", "unchecked", "branch of the square root"),
    (r"\sqrt{x^2} = x", "unchecked", "holds where x ≥ 0"),
    (r"\sqrt{1 - \sin^2 \theta} = \sin \theta", "error", None),
    (r"\sqrt{4 \cos^2 \theta} = 4 \cos \theta", "error", None),
    (r"\sqrt{x^2 + 1} = -\sqrt{x^2 + 1}", "error", None),
    (r"\sqrt{9} = -3", "error", None),
    (r"\frac{d}{dx} \arcsin x = -\frac{1}{\sqrt{1 - x^2}}", "error", None),
    (r"\sqrt{x^2} = x \quad (x < 0)", "error", None),
    (r"\sqrt{x^2} = x \quad (x \geq 0)", "ok", None),
])
def test_a_square_root_on_its_branch(row, verdict, words):
    step = tutor.check_document(f"$${row}$$", kind="md").steps[0]
    assert step.verdict == verdict
    assert words is None or words in step.message


# Thai connective words in `\text{}` between formulas read as the English ones (were parse
# errors): และ (and), หรือ (or), เมื่อ (when), ดังนั้น (so), เพราะ (because)
@pytest.mark.parametrize(("thai", "english", "row"), [
    ("และ", "and", r"$$\cos \theta = \sqrt{1 - x^2} \quad \text{@} \quad \tan \theta = 2$$"),
    ("เมื่อ ", "when ", r"$$\int x^n \, dx = \frac{x^{n+1}}{n+1} + C \quad \text{@} n \neq -1$$"),
    ("เมื่อ ", "when ", r"$$\int x^n \, dx = \frac{x^{n+1}}{n+2} + C \quad \text{@} n \neq -1$$"),
    ("ดังนั้น", "so", r"$$x^2 - 3x + 2 = 0 \quad \text{@} \quad x = 1 \quad \text{or} \quad x = 2$$"),
    ("หรือ", "or", r"$$x^2 - 3x + 2 = 0 \quad \text{so} \quad x = 1 \quad \text{@} \quad x = 2$$"),
    ("เพราะ", "because", r"$$\lim_{x \to 0} \frac{\sin 5x}{x} = 5 \quad \text{@} \quad "
                          r"\lim_{u \to 0} \frac{\sin u}{u} = 1$$"),
])
def test_thai_connectives_read_as_english(thai, english, row):
    def verdicts(word):
        text = "Let $x = \\sin \\theta$.\n\n" + row.replace("@", word)
        return [s.verdict for s in tutor.check_document(text, kind="md").steps]
    assert verdicts(thai) == verdicts(english)
    assert "parse_error" not in verdicts(thai)


# ---------------------------------------------------------------- exam solutions with options

CHOICES = r"""# 3. Find the tangent to $2xy - y^2 = 1$ at $(2, 1)$. Select the correct answer.

a. $y = x - 1$

b. $y = -x + 1$

c. $y = 1$

d. $x = 1$

**Solution:**

$$(2x - 2y) \frac{dy}{dx} = -2y$$

$$\frac{dy}{dx} = \frac{-y}{x - y}$$

$$y - 1 = -1(x - 2)$$

$$y = @LINE@$$
"""


# the options of a multiple-choice question are candidates: no values given, no claims (the
# x = 1 of option d was a value the solution's lines were checked with: false alarms)
@pytest.mark.parametrize(("line", "verdict"), [("-x + 3", "ok"), ("-x + 1", "error")])
def test_the_options_of_a_question_are_no_math(line, verdict):
    steps = tutor.check_document(CHOICES.replace("@LINE@", line), kind="md").steps
    assert not [s for s in steps if 1 < s.line < 11]
    assert "error" not in [s.verdict for s in steps[:-1]]
    assert steps[-1].verdict == verdict


# two lettered formulas, letters out of order, a formula with words, lettered short answers
# (each claims something of a derivative, a limit, a number): no list of options
@pytest.mark.parametrize("items", [
    ["a. $x = 1$", "b. $y = 2$"],
    ["a. $x = 1$", "c. $y = 2$", "d. $z = 3$"],
    ["b. $x = 1$", "c. $y = 2$", "d. $z = 3$"],
    ["a. $x = 1$ so", "b. $y = 2$", "c. $z = 3$"],
    [r"(a) $\frac{d}{dx} x^2 = 2x$", r"(b) $\frac{d}{dx} x^3 = 3x^2$", r"(c) $(e^x)' = e^x$"],
    [r"a) $\lim_{x \to 0} \frac{\sin x}{x} = 1$", "b) $2 + 2 = 4$", "c) $f(2) = 5$"],
])
def test_lettered_formulas_that_are_no_options(items):
    text = "Given:\n\n" + "\n\n".join(items) + "\n"
    assert len(tutor.check_document(text, kind="md").steps) == len(items)


# ---------------------------------------------------------------- d/dx (y) beside dy/dx

IMPLICIT = (r"Differentiate $2xy - y^2 = 1$ in $x$:" "\n\n"
            r"$2y + 2x\frac{d}{dx}(y) - 2y \frac{dy}{dx} = 0$" "\n\n" "$@LINE@ = 0$\n")


# `\frac{d}{dx}(y)` in a line of implicit differentiation is dy/dx of y(x), as `\frac{dy}{dx}`
# beside it (it was read as the derivative of a constant, 0: a false alarm)
@pytest.mark.parametrize(("line", "verdict"), [
    (r"2y + 2x \frac{dy}{dx} - 2y \frac{dy}{dx}", "ok"),
    (r"2y + (2x - 2y) \frac{dy}{dx}", "ok"),
    (r"2y - 2x \frac{dy}{dx} - 2y \frac{dy}{dx}", "error"),
])
def test_a_name_differentiated_beside_its_derivative(line, verdict):
    steps = tutor.check_document(IMPLICIT.replace("@LINE@", line), kind="md").steps
    assert steps[-1].verdict == verdict


# ---------------------------------------------------------------- a question's `=` and blank

# `Then $h'(x) =$`, `= \underline{\hspace{2cm}}`, `= \_\_\_`, `= ?`: a question's blank to fill
# in, no claim (they were parse errors); the expression asked for is read, the answer after it
# is checked
@pytest.mark.parametrize("question", [
    r"Then $h'(x) =$",
    r"Find $\int_0^1 2x \, dx = \underline{\hspace{2cm}}$",
    r"Find $\int_0^1 2x \, dx = \_\_\_\_$",
    r"Find $\int_0^1 2x \, dx = ?$",
    r"Find $\int_0^1 2x \, dx = \boxed{\phantom{00}}$",
])
def test_a_blank_to_fill_in_is_no_claim(question):
    verdicts = [s.verdict for s in tutor.check_document(question + "\n", kind="md").steps]
    assert "parse_error" not in verdicts and "error" not in verdicts


@pytest.mark.parametrize(("answer", "verdict"), [("1", "ok"), ("2", "error")])
def test_the_answer_below_a_question(answer, verdict):
    text = f"Find $\\int_0^1 2x \\, dx =$\n\n$$= {answer}$$\n"
    assert [s.verdict for s in tutor.check_document(text, kind="md").steps] == [verdict]


# ---------------------------------------------------------------- the differential on top

# `\int \frac{x\,dx}{1 + x^2}`: the differential in the numerator of the integrand (a parse
# error) reads as `\int \frac{x}{1 + x^2} dx`; the same length, so the text keeps its columns
@pytest.mark.parametrize(("text", "read"), [
    (r"\int \frac{x\,dx}{1+x^2}", "Integral(x/(x**2 + 1), x)"),
    (r"\int_0^1 \frac{2x \, dx}{x^2 + 1}", "Integral((2*x)/(x**2 + 1), (x, 0, 1))"),
    (r"\int \frac{e^x dx}{1 + e^x}", "Integral(E**x/(E**x + 1), x)"),
    (r"\int \frac{4 \sec^2 \theta d\theta}{4 \sec \theta}",
     "Integral((4*sec(theta)**2)/((4*sec(theta))), theta)"),
    (r"\int \frac{dx}{x}", "Integral(1/x, x)"),                 # as it was read before
    (r"\int \frac{3\,dz}{z}", "Integral(3/z, z)"),
])
def test_a_differential_in_the_numerator(text, read):
    assert str(tutor.read.parser.parse(text, "latex")) == read


@pytest.mark.parametrize(("text", "moved"), [
    (r"\int \frac{x\,dx}{1+x^2} = 1", r"\int \frac{x}{1+x^2}\,dx = 1"),
    (r"\int \frac{d}{dx} f \, dx", r"\int \frac{d}{dx} f \, dx"),   # a derivative: as it is
    (r"\int \frac{xdx}{2}", r"\int \frac{xdx}{2}"),                 # xdx: no differential told
    (r"\int \frac{\mathop{}\!\mathrm{d} t}{t}", r"\int \frac{\mathop{}\!\mathrm{d} t}{t}"),  # \dd t
])
def test_the_differential_moved_at_the_same_length(text, moved):
    assert integrand_differentials(text) == moved and len(moved) == len(text)


@pytest.mark.parametrize(("value", "verdict"), [(r"\frac{1}{2}\ln 2", "ok"), (r"\ln 2", "error")])
def test_an_integral_with_the_differential_on_top_is_checked(value, verdict):
    text = f"$$\\int_0^1 \\frac{{x\\,dx}}{{1 + x^2}} = {value}$$\n"
    assert [s.verdict for s in tutor.check_document(text, kind="md").steps] == [verdict]


# ---------------------------------------------------------------- d/dx of a bracket, times more

# `\frac{d}{dx}\left(x^2\right) \cdot e^x`: the product rule written out, d/dx of the bracket
# times e^x (it was read as d/dx of the whole product: a right line called wrong); with no
# `\cdot` or after a `+`, as before
@pytest.mark.parametrize(("text", "read"), [
    (r"\frac{d}{dx}\left(x^2\right) \cdot e^{x}", "E**x*Derivative(x**2, x)"),
    (r"\frac{d}{dx}(x^2) \cdot e^{x}", "E**x*Derivative(x**2, x)"),
    (r"\frac{d}{dx}(x^2)\cdot e^{x}", "E**x*Derivative(x**2, x)"),
    (r"\frac{d}{dx}\left[x^2\right] \times e^{x}", "E**x*Derivative(x**2, x)"),
    (r"\frac{d}{dx}\big(x^2\big) \cdot e^{x}", "E**x*Derivative(x**2, x)"),
    (r"\frac{\partial}{\partial w}(w x) \cdot y", "y*Derivative(w*x, w)"),
    (r"\frac{d}{dx}(x^2) e^{x}", "Derivative(x**2*E**x, x)"),
    (r"\frac{d}{dx}(x^2) + 3x", "3*x + Derivative(x**2, x)"),
])
def test_a_derivative_of_a_bracket_times_more(text, read):
    assert str(tutor.read.parser.parse(text, "latex")) == read
    assert len(leibniz_spellings(text)) == len(text)


PRODUCT_RULE = (r"\[ \frac{d}{dx}\left[ x^2 e^{x} \right] = \frac{d}{dx}\left(x^2\right) \cdot "
                r"e^{x} + x^2 \cdot \frac{d}{dx}\left(e^{x}\right) = @VALUE@ \]")


@pytest.mark.parametrize(("value", "verdicts"), [
    ("2x e^x + x^2 e^x", ["ok", "ok"]),
    ("2x e^x - x^2 e^x", ["ok", "error"]),
])
def test_the_product_rule_written_out(value, verdicts):
    steps = tutor.check_document(PRODUCT_RULE.replace("@VALUE@", value), kind="md").steps
    assert [s.verdict for s in steps] == verdicts


# ---------------------------------------------------------------- math shown as a mistake

# a formula shown as what not to write (a callout titled "Common mistake", `Wrong: $…$`,
# `❌ $…$`) is no claim of the writer's (it was called an error: a false alarm); math on a line
# that only mentions a mistake in passing is read as before
@pytest.mark.parametrize(("text", "verdicts"), [
    ("> [!warning] Common mistake\n> $\\frac{d}{dx}\\sin(x^2) = \\cos(x^2)$ forgets a factor.\n",
     []),
    ("Wrong: $\\frac{d}{dx}\\sin(x^2) = \\cos(x^2)$\n", []),
    ("**Incorrect:** $\\frac{d}{dx}\\sin(x^2) = \\cos(x^2)$\n", []),
    ("❌ $\\frac{d}{dx}\\sin(x^2) = \\cos(x^2)$\n", []),
    ("Right: $\\frac{d}{dx}\\sin(x^2) = 2x\\cos(x^2)$\n", ["ok"]),
    ("I got $\\frac{d}{dx}\\sin(x^2) = \\cos(x^2)$ wrong twice.\n", ["error"]),
    ("> [!note] Chain rule\n> $\\frac{d}{dx}\\sin(x^2) = \\cos(x^2)$\n", ["error"]),
])
def test_math_shown_as_a_mistake(text, verdicts):
    assert [s.verdict for s in tutor.check_document(text, kind="md").steps] == verdicts
