"""Habits of the thirty-fifth round: a gradient step worked with the rounded gradient above."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_reading, assert_verdicts, assert_verdicts_on_line
from tutor import compare
from tutor.derive.notation import notation
from tutor.read.cjk_words import cjk_words_blanked
from tutor.read.parser import parse
from tutor.read.plain_letters import plain_letters

GRADIENT_STEP = (
    "$L = -[y\\log\\hat y + (1-y)\\log(1-\\hat y)]$\n\n"
    "$\\hat y = \\sigma(w x + b)$.\n\n"
    "With $x = 2$, $y = 1$, $w = 0.5$, $b = 0$: $\\hat y = \\sigma(1) \\approx 0.731$, so\n"
    "$\\frac{{\\partial L}}{{\\partial w}} = (0.731 - 1)\\cdot 2 = -0.538$.\n\n"
    "Update with $\\eta = 0.1$: $w_{{new}} = w - \\eta \\frac{{\\partial L}}{{\\partial w}} "
    "= {worked}$.\n")


# ∂L/∂w worked exactly from the definitions above is -0.53788…; the update written with the
# rounded -0.538 (`0.5 + 0.0538`) was "not equal with the values defined above": the gap to
# the exact value was computed on an unevaluated derivative at a point (Subs), so the rounding
# of 0.0538 was never weighed. A digit slip or a wrong sign is still an error.
@pytest.mark.parametrize(("worked", "expected"), [
    ("0.5 + 0.0538 = 0.5538", ["unchecked", "unchecked", "ok", "ok"]),
    ("0.5 + 0.0583 = 0.5583", ["unchecked", "unchecked", "error", "warning"]),
    ("0.5 - 0.0538 = 0.4462", ["unchecked", "unchecked", "error", "warning"]),
    # 0.054: 0.0538 rounded to three places (two digits of a small value), no slip
    ("0.5 + 0.054 = 0.554", ["unchecked", "unchecked", "ok", "ok"]),
    ("0.5 + 0.045 = 0.545", ["unchecked", "unchecked", "error", "warning"]),
])
def test_an_update_with_the_rounded_gradient(worked, expected):
    assert_verdicts_on_line(GRADIENT_STEP.format(worked=worked), 8, expected)


# `σ(x) = 1 + e^{-x}` (a garbled sigmoid) was a premise taken as given, because an equation
# followed; a function we know, written out in exponentials of its variable, is a claim of what
# it is. An equation in x that is no definition (`σ(x) = x^2`, `tanh x = 0.5`) stays a premise.
@pytest.mark.parametrize(("definition", "expected"), [
    ("\\sigma(x)=\\frac{1}{1+e^{-x}}", "ok"),
    ("\\sigma(x)=1+e^{-x}", "error"),
    ("\\sigma(x)=\\frac{1}{1+e^{x}}", "error"),
    ("\\sigma(z)=\\frac{e^z}{1+e^{z}}", "ok"),
    ("\\tanh(x)=\\frac{e^x-e^{-x}}{e^x+e^{-x}}", "ok"),
    ("\\tanh(x)=\\frac{e^x+e^{-x}}{e^x-e^{-x}}", "error"),
    ("\\sinh x = \\frac{e^x + e^{-x}}{2}", "error"),
    ("\\sigma(x) = x^2", "unchecked"),
    ("\\tanh(x) = 0.5", "unchecked"),
])
def test_a_known_function_written_out(definition, expected):
    assert_verdicts_on_line(f"${definition}$\n\n$\\sigma'(x)=\\sigma(x)(1-\\sigma(x))$\n", 1,
                            [expected])


# `\sim χ^2(n)`, `\sim t(n-1)`: the laws of sampling statistics (a Chinese set of notes); they
# were "an approximation in X, n, μ, σ, χ: it holds near some point" (∼ read as ≈)
@pytest.mark.parametrize(("text", "law"), [
    ("\\sum_{i=1}^n (X_i-\\mu)^2/\\sigma^2 \\sim \\chi^2(n)", "χ²(n)"),
    ("\\frac{(n-1)S^2}{\\sigma^2} \\sim \\chi^{2}(n-1)", "χ²(n - 1)"),
    ("\\frac{\\sqrt{n}(\\bar X-\\mu)}{S} \\sim t(n-1)", "t(n - 1)"),
    ("T \\sim t(5)", "t(5)"),
])
def test_a_law_of_sampling_declared(text, law):
    assert_verdicts(f"${text}$\n", [("unchecked", f"has the law {law} (a declaration")])


# ∗ (U+2217), ∙ (U+2219), ✕ and the full-width ＊ between numbers are times signs, as \ast is
# (a parse error "unexpected character '∗'" in a hand-worked backprop)
@pytest.mark.parametrize(("sign", "value", "expected"), [
    ("∗", "6", "ok"), ("∙", "6", "ok"), ("✕", "6", "ok"), ("＊", "6", "ok"), ("∗", "5", "error"),
])
def test_other_times_signs(sign, value, expected):
    assert_verdicts(f"$z = 2 {sign} 3 = {value}$\n", [("unchecked", None), (expected, None)])


# Lists in brackets worked by hand in a backprop (a Chinese set of notes): a number times a
# list and a worked list set equal to another are vectors, checked entry by entry with each
# entry's rounding, and `≈` between them read entry-wise (the lines had no step at all)
@pytest.mark.parametrize(("line", "expected"), [
    ("v = 0.0478 \\times [0.8808, 0.9084] \\approx [0.0421, 0.0434]", ["unchecked", "ok"]),
    ("v = 0.0478 \\times [0.8808, 0.9084] = [0.0421, 0.0434]", ["unchecked", "ok"]),
    ("v = 0.0478 \\times [0.8808, 0.9084] = [0.0421, 0.0443]", ["unchecked", "error"]),
    ("u = [0.8808 \\times 0.1192, \\, 0.9084 \\times 0.0916] \\approx [0.1051, 0.0833]",
     ["unchecked", "ok"]),
    ("u = [0.8808 \\times 0.1192, \\, 0.9084 \\times 0.0916] \\approx [0.1051, 0.0883]",
     ["unchecked", "error"]),
    ("a = \\left[\\frac{1}{1+e^{-2.0}}, \\frac{1}{1+e^{-2.4}}\\right] \\approx [0.8808, 0.9084]",
     ["unchecked", "error"]),                     # σ(2.4) is 0.9168
    ("a = \\left[\\frac{1}{1+e^{-2.0}}, \\frac{1}{1+e^{-2.4}}\\right] \\approx [0.8808, 0.9168]",
     ["unchecked", "ok"]),
    ("(x, y) = (1, 2)", ["unchecked", "unchecked"]),  # names given values, as before
])
def test_lists_worked_by_hand(line, expected):
    assert_verdicts_on_line(f"${line}$\n", 1, expected)


# `[1, 2] · W + b`: a list before a matrix is a row (the ML convention, X·W); read as a column
# the sum did not fit, and the next part was an error against it ("shape"). Now unchecked.
def test_a_list_before_a_matrix_is_no_error():
    line = ("z = [1, 2] \\cdot \\begin{bmatrix}0.5 & 0.6 \\\\ 0.7 & 0.8\\end{bmatrix} + [0.1, 0.2]"
            " = [1 \\times 0.5 + 2 \\times 0.7 + 0.1, \\, 1 \\times 0.6 + 2 \\times 0.8 + 0.2]"
            " = [2.0, 2.4]")
    assert_verdicts_on_line(f"${line}$\n", 1, ["unchecked", "unchecked", "ok"])


FORWARD_TABLE = (
    "**Given:** $x = 2$, $w = 0.5$, $b = -0.5$, $y = 1$.\n\n"
    "| Step | Computation | Value |\n"
    "|------|-------------|-------|\n"
    "| 1 | $z = wx + b = 0.5 \\times 2 - 0.5$ | $0.5$ |\n"
    "| 2 | $\\hat{{y}} = \\sigma(0.5) = \\frac{{1}}{{1+e^{{-0.5}}}}$ | $\\approx 0.6225$ |\n"
    "| 3 | $e = \\hat{{y}} - y = 0.6225 - 1$ | $\\approx {e}$ |\n"
    "| 4 | $L = e^2 = (-0.3775)^2$ | $\\approx 0.1425$ |\n\n"
    "$\\frac{{\\partial L}}{{\\partial e}} = 2e = 2 \\times (-0.3775) = {gradient}$\n")


# A table of worked steps (Step | Computation | Value, an English backprop by hand): rows whose
# left side is a lone name were taken for a table of values and had no step; the residual e
# beside Euler's e^{-0.5} in the same section was Euler's number (2e = 5.44: an error); and
# ∂L/∂e = 2e through e's formula against 2e with e's rounded value was an error
@pytest.mark.parametrize(("e", "gradient", "line", "expected"), [
    ("-0.3775", "-0.755", 5, ["unchecked", "ok"]),
    ("-0.3775", "-0.755", 6, ["unchecked", "ok", "ok"]),
    ("-0.3775", "-0.755", 7, ["unchecked", "ok", "ok"]),
    ("-0.3775", "-0.755", 8, ["unchecked", "ok", "ok"]),
    ("-0.3775", "-0.755", 10, ["ok", "ok", "ok"]),
    ("-0.3757", "-0.755", 7, ["unchecked", "ok", "warning"]),  # ≈ with its digits swapped
    ("-0.3775", "-0.775", 10, ["ok", "ok", "error"]),
])
def test_a_table_of_worked_steps(e, gradient, line, expected):
    assert_verdicts_on_line(FORWARD_TABLE.format(e=e, gradient=gradient), line, expected)


# A table of values keeps its rows out of the walk (a name set to a number is no claim)
def test_a_table_of_values_stays_a_table():
    assert_verdicts("| $x$ | $P(X = x)$ |\n|---|---|\n| $x = 0$ | $0.4$ |\n| $x = 1$ | $0.6$ |\n",
                    [])


# `-0.1903 × [row]`: a negative number times a matrix is read -1·(0.1903·M); entry by entry
@pytest.mark.parametrize(("result", "expected"), [
    ("-0.1229 & -0.0810", "ok"), ("-0.1229 & -0.0801", "error"),
])
def test_a_negative_number_times_a_row(result, expected):
    assert_verdicts_on_line(
        "$$v = -0.1903 \\times \\begin{bmatrix} 0.6457 & 0.4256 \\end{bmatrix} = "
        f"\\begin{{bmatrix}} {result} \\end{{bmatrix}}$$\n", 1, ["unchecked", expected])


# Rounded products inside a fraction and a product (a Romanian Bayes exam key): each rounding
# checked where it was made, through denominators and nested products; a slip in a digit stays
@pytest.mark.parametrize(("a", "b", "expected"), [
    ("\\frac{0.18 \\cdot 0.55}{0.18 \\cdot 0.55 + 0.051 \\cdot 0.45}",
     "\\frac{0.099}{0.099 + 0.023}", "equal"),
    ("\\frac{0.18 \\cdot 0.55}{0.18 \\cdot 0.55 + 0.051 \\cdot 0.45}",
     "\\frac{0.099}{0.099 + 0.032}", "not_equal"),
    ("\\frac{0.18 \\cdot 0.55}{0.18 \\cdot 0.55 + 0.051 \\cdot 0.45}",
     "\\frac{0.099}{0.099 + 0.024}", "not_equal"),
    ("\\frac{7^3 e^{-7}}{3!}", "\\frac{343 \\cdot 0.0009}{6}", "equal"),
    ("\\frac{7^3 e^{-7}}{3!}", "\\frac{343 \\cdot 0.0008}{6}", "not_equal"),
    ("\\frac{7^3 e^{-7}}{3!}", "\\frac{334 \\cdot 0.0009}{6}", "not_equal"),
])
def test_roundings_inside_fractions(a, b, expected):
    assert compare(a, b).status == expected


BAYES_ROUNDED = (
    "$P(E) = 0.55$, $P(\\bar{{E}}) = 0.45$.\n\n"
    "$P(S|E) = \\frac{{2^3 e^{{-2}}}}{{3!}} \\approx 0.18$.\n\n"
    "$P(S|\\bar{{E}}) = \\frac{{7^3 e^{{-7}}}}{{3!}} \\approx 0.052$.\n\n"
    "$$P(E|S) = \\frac{{{num}}}{{{num} + 0.052 \\cdot 0.45}}$$\n")


# Stated probabilities rounded (≈ 0.18) and put into Bayes' rule: the gap their rounding
# explains is no error (one rounding: ok; several: unchecked); a wrong number stays an error
@pytest.mark.parametrize(("num", "expected"), [
    ("0.18 \\cdot 0.55", ["ok"]),
    ("0.81 \\cdot 0.55", ["error"]),
])
def test_stated_probabilities_rounded_in_bayes(num, expected):
    assert_verdicts_on_line(BAYES_ROUNDED.format(num=num), 7, expected)


# Italian notes write a derivative out row by row: `D[…] =` ends a row, the rows below have no
# relation of their own; D before square brackets is the operator even on x or a number.
# (Each row had no step: the trailing = was blanked, the bare rows were lone expressions.)
ITALIAN_ROWS = ("$$\nf(x)=(3x-2)(5x^2+7)\\\\\nD[(3x-2)(5x^2+7)]=\\\\\n"
                "(3\\cdot D[x]+D[-2])(5x^2+7)+(3x-2)\\left(5\\cdot D\\left[x^2\\right]+D[7]\\right)"
                "\\\\\n3(5x^2+7)+(3x-2)(5\\cdot2x)\\\\\n3(5x^2+7)+10x(3x-2)\\\\\n{last}\n$$\n")


@pytest.mark.parametrize(("last", "line", "expected"), [
    ("45x^2-20x+21", 4, ["ok"]), ("45x^2-20x+21", 5, ["ok"]), ("45x^2-20x+21", 7, ["ok"]),
    ("45x^2-20x+12", 7, ["error"]),
])
def test_rows_written_out_without_equals(last, line, expected):
    assert_verdicts_on_line(ITALIAN_ROWS.format(last=last), line, expected)


@pytest.mark.parametrize(("text", "read"), [
    ("D[x^2]", "Derivative(x**2, x)"), ("D[x]", "Derivative(x, x)"),
    ("D[-2]", "Derivative(-2, x)"), ("D[3x-2]", "Derivative(3*x - 2, x)"),
    ("D[X]", "D(X)"),                 # a capital: a variance in Russian notes
    ("D(x)", "D(x)"),                 # round brackets on a name: a function D at x
])
def test_d_before_square_brackets(text, read):
    assert_reading(text, read)


# A decision tree worked in plain text (Vietnamese notes): `p+ = 1/2`, `log2(p-)` (shares of
# positive and negative examples), `Entropy(S_Có) = …` (a quantity named in a word, of a branch
# named in Vietnamese); each line was a parse error or not read at all
@pytest.mark.parametrize(("line", "expected"), [
    ("- p+ = 1/2 = 0.5, p- = 0.5.", ["unchecked", "ok", "unchecked"]),
    ("- Entropy(S_Có) = -0.5 * log2(0.5) - 0.5 * log2(0.5) = 1.", ["unchecked", "ok"]),
    ("- Entropy(S_Có) = -0.5 * log2(0.5) - 0.5 * log2(0.5) = 0.5.", ["unchecked", "error"]),
    ("Gain(S, Hài) = 1 - 0.9183 = 0.0817", ["unchecked", "ok"]),
])
def test_a_decision_tree_in_plain_text(line, expected):
    assert_verdicts_on_line(f"{line}\n", 1, expected)


@pytest.mark.parametrize(("text", "read"), [
    ("-p+ * log2(p+) - p- * log2(p-)", "-p_+*log(p_+)/log(2) - p_-*log(p_-)/log(2)"),
    ("p + q", "p + q"), ("n - 1", "n - 1"), ("1 - p", "1 - p"),
])
def test_signs_after_p_and_n(text, read):
    got = parse(text, "plain")
    assert str(got).replace("p__2b_", "p_+").replace("p__2d_", "p_-") == read, notation(got)


# `≈` between vectors is read entry by entry with the loose tolerance of ≈, so a slip in the last
# digits of an entry (0.7 - 0.00004 written 0.6996) is a warning, as for a number; a weight
# written with one decimal (0.7) is exact, it carries no rounding that would excuse the digits
@pytest.mark.parametrize(("entries", "expected"), [
    ("0.4995 & 0.6996", "warning"), ("0.4995 & 0.7000", "ok"), ("0.4995 & 0.69996", "ok"),
])
def test_last_digits_of_a_vector_entry(entries, expected):
    assert_verdicts_on_line(
        "$$W = \\begin{bmatrix}0.5-0.0005 & 0.7-0.00004\\end{bmatrix} \\approx "
        f"\\begin{{bmatrix}}{entries}\\end{{bmatrix}}$$\n", 1, ["unchecked", expected])


@pytest.mark.parametrize(("line", "expected"), [
    ("$x = 0.7 - 0.00004 \\approx 0.6996$", "warning"),
    ("$x = 0.7 - 0.00004 \\approx 0.7000$", "ok"),
])
def test_last_digits_beside_an_exact_weight(line, expected):
    assert_verdicts_on_line(line + "\n", 1, ["unchecked", expected])


# `Usando $(x + h)^3 = x^3 + …$:` between a display and the display that goes on with `= …`: an
# identity the next row uses, not a step of the chain (the row was "a substitution: holds when
# x^3 + 3x^2h + … = lim …"); the identity itself is still checked
@pytest.mark.parametrize(("word", "last", "expected"), [
    ("Usando", "3x^2", ["ok", "ok"]), ("Using", "3x^2", ["ok", "ok"]),
    ("Using", "3x", ["ok", "error"]),
])
def test_an_identity_used_between_displays(word, last, expected):
    text = ("$$f'(x) = \\lim_{h \\to 0} \\frac{(x + h)^3 - x^3}{h}$$\n\n"
            f"{word} $(x + h)^3 = x^3 + 3x^2h + 3xh^2 + h^3$:\n\n"
            "$$= \\lim_{h \\to 0} \\frac{3x^2h + 3xh^2 + h^3}{h}$$\n\n"
            f"$$= \\lim_{{h \\to 0}} (3x^2 + 3xh + h^2) = {last}$$\n")
    assert_verdicts_on_line(text, 3, expected[:1])
    assert_verdicts_on_line(text, 7, [expected[0], expected[1]])


# `D[f(x)] = D[x^2]\ln x + x^2 D[\ln x]` and then bare rows: a row that works a derivative out
# is gone on by the rows below it that have no relation; D[f(x)] of an f defined above is f'
@pytest.mark.parametrize(("last", "line", "expected"), [
    ("x(2\\ln(x)+1)", 3, ["ok"]), ("x(2\\ln(x)+1)", 4, ["ok"]), ("x(2\\ln(x)+1)", 6, ["ok"]),
    ("x(2\\ln(x)-1)", 6, ["error"]),
])
def test_bare_rows_after_a_derivative_worked_out(last, line, expected):
    text = ("$$\nf(x)=x^2\\ln x\\\\\nD[f(x)]=D[x^2]\\ln x+x^2D[\\ln x]\\\\\n"
            f"2x\\ln(x)+x^2\\frac{{1}}{{x}}\\\\\n2x\\ln(x)+x\\\\\n{last}\n$$\n")
    assert_verdicts_on_line(text, line, expected)


def test_bare_rows_after_a_plain_equation_stay_alone():
    assert_verdicts("$$\ny = 2x + 1\\\\\n3x^2\n$$\n", [("unchecked", None)])


@pytest.mark.parametrize(("text", "plain"), [
    ("Entropy(S_Không)", "Entropy(S_Khong)"), ("Gain(S, Hài)", "Gain(S, Hai)"),
    ("Đúng", "Dung"), ("Tổng", "Tong"),
    ("dŷ/dz", "dŷ/dz"), ("∂ŷᵢ", "∂ŷᵢ"), ("ŷ(1-ŷ)", "ŷ(1-ŷ)"), ("x̄ + ā", "x̄ + ā"),  # math's
    ("\\text{cioè } 60", "\\text{cioè } 60"),  # prose in \text stays as written
    ("𝐸[𝑋] − 1", "E[X] - 1"),
])
def test_plain_letters(text, plain):
    assert plain_letters(text) == plain


# A fence with no language holding a derivation (Swedish notes): `= [a(x₀ + h) + b] / h` is
# math's bracket, not a list of code (that has commas), and one line of words (`→ 1/2 då h → 0.`)
# no longer hides the formulas beside it
@pytest.mark.parametrize(("fence", "line", "expected"), [
    ("[a(x + h) + b - (ax + b)] / h = ah/h = a", 2, ["ok", "ok"]),
    ("[√(1+h) − 1] / h = [(1+h) − 1] / [h(√(1+h) + 1)]\n    = 1 / [√(1+h) + 1]\n"
     "    → 1/2     då h → 0.", 3, ["ok"]),
    ("[√(1+h) − 1] / h = [(1+h) − 1] / [h(√(1+h) + 1)]\n    = 1 / [√(1+h) - 1]\n"
     "    → 1/2     då h → 0.", 3, ["error"]),
    ("x = [1, 2, 3]\nprint(x)", 2, []),   # code: a list, and a call of print
])
def test_formulas_in_a_plain_fence(fence, line, expected):
    assert_verdicts_on_line(f"```\n{fence}\n```\n", line, expected)


# Naive Bayes with events named in short words (P(No|X), P(Hot|Yes)): a capitalised word of two
# or three letters inside P(…) is an event's name, never N·o or e·Y·s (Euler's e!)
@pytest.mark.parametrize(("text", "read"), [
    ("P(No|X)", "P(No, X)/P(X)"), ("P(Hot|Yes)", "P(Hot, Yes)/P(Yes)"), ("P(Yes)", "P(Yes)"),
    ("P(A|B)", "P(A, B)/P(B)"),
])
def test_short_words_as_events(text, read):
    assert_reading(text, read)


@pytest.mark.parametrize(("value", "expected"), [("0.0183", "ok"), ("0.0411", "error")])
def test_a_naive_bayes_product_restated(value, expected):
    text = ("\\[\nP(No|X) = \\frac{5}{14} \\times \\frac{2}{5} \\times \\frac{2}{5} \\times "
            "\\frac{4}{5} \\times \\frac{2}{5}\n\\]\n\n"
            f"\\[\nP(No|X) \\approx {value}\n\\]\n")
    assert_verdicts_on_line(text, 6, [expected])


# The operator D of Swedish notes reads all that follows it: `D(√(x² + 1) + x)⁴` is D of the
# fourth power (it was (D u)⁴, and the chain rule after it an error); brackets around the
# call, `(D(x^2+1))^3`, still power the derivative
@pytest.mark.parametrize(("text", "read"), [
    ("D(x^2+1)^3", "Derivative((x**2 + 1)**3, x)"),
    ("(D(x^2+1))^3", "Derivative(x**2 + 1, x)**3"),
    ("x(x+1)^2", "x*(x + 1)**2"),
])
def test_d_of_a_power(text, read):
    assert_reading(text, read)


def test_the_chain_rule_after_d_of_a_power():
    assert_verdicts("```\nD(√(x² + 1) + x)⁴ = 4(√(x² + 1) + x)³ · D(√(x² + 1) + x)\n```\n",
                    [("ok", None)])


# On a line that writes D[…], D(x) with round brackets is the same operator (D(x) = 1); alone,
# D(x) stays a function D at x
@pytest.mark.parametrize(("text", "read"), [
    ("D(x) \\cdot (x^2-1) - x \\cdot D[x^2-1]",
     "-x*Derivative(x**2 - 1, x) + (x**2 - 1)*Derivative(x, x)"),
    ("D(x) + 1", "D(x) + 1"),
])
def test_round_d_beside_square_d(text, read):
    assert_reading(text, read)


# A bracket with Korean words closing a row was blanked as an aside in words, even when it was
# a call's argument: `P(\text{건강}) \cdot P(\text{양성}|\text{건강})` was read P·P(건강) (a
# wrong reading); an aside after a space, `(X, Y가 독립일 때)`, is still prose
@pytest.mark.parametrize(("text", "read"), [
    ("P(\\text{건강}) \\cdot P(\\text{양성}|\\text{건강})", "P(건강)*P(건강, 양성)/P(건강)"),
    ("P(\\text{양성}|\\text{건강})", "P(건강, 양성)/P(건강)"),
    ("E(X)E(Y) (X, Y가 독립일 때)", "E(X)*E(Y)"),
])
def test_korean_events_closing_a_row(text, read):
    assert str(parse(text, "latex")).replace("(P(건강, 양성)/P(건강))*P(건강)",
                                             "P(건강)*P(건강, 양성)/P(건강)") == read


# A law said at the end of a chain: the links before it are claims, the law is said of the last
# expression (it was "an approximation in X, n, σ, χ")
@pytest.mark.parametrize(("chain", "expected"), [
    ("\\frac{(n-1)S^2}{\\sigma^2} = \\frac{\\sum_{i=1}^n (X_i-\\bar X)^2}{\\sigma^2} "
     "\\sim \\chi^2(n-1)", [("unchecked", "a substitution"), ("unchecked", "has the law χ²")]),
    ("Z = \\frac{6 - 5}{2} = 0.5 \\sim N(0, 1)", [("unchecked", None), ("ok", None),
                                                  ("unchecked", None)]),
    ("Z = \\frac{6 - 5}{2} = 0.7 \\sim N(0, 1)", [("unchecked", None), ("error", None),
                                                  ("unchecked", None)]),
])
def test_a_law_at_the_end_of_a_chain(chain, expected):
    assert_verdicts(f"$${chain}$$\n", expected)


# max of one argument is the largest entry of it (softmax's e^{z_i - max(z)}), never the
# argument itself (sympy's Max(z) is z: a wrong reading, e^{Z_i - max(Z_i)} was e^0)
@pytest.mark.parametrize(("a", "b", "expected"), [
    ("\\frac{e^{z_1}}{e^{z_1}+e^{z_2}}",
     "\\frac{e^{z_1-\\max(z)}}{e^{z_1-\\max(z)}+e^{z_2-\\max(z)}}", "equal"),
    ("e^{z_1 - \\max(z)}", "1", "unknown"),
    ("\\max(2, 5)", "5", "equal"), ("\\min(2, 5)", "5", "not_equal"),
])
def test_max_of_one_argument(a, b, expected):
    assert compare(a, b).status == expected


# `x_2 = g_3(x_3) = x_3 + c_2` (令 … in Chinese notes): g_3 is defined too, with a constant
# beside its variable; ∂g_3(x_3)/∂x_3 below was "g_3 is not defined here"
@pytest.mark.parametrize(("claim", "expected"), [("1", "ok"), ("0", "error")])
def test_a_function_named_in_a_chain_with_a_constant(claim, expected):
    text = (f"Let $x_2=g_3(x_3)=x_3+c_2$\n\nthen $\\frac{{\\partial g_3(x_3)}}{{\\partial x_3}}"
            f"={claim}$\n")
    assert_verdicts_on_line(text, 3, [expected])


# The same name worked out twice from numbers, each carried on to a value (a second example
# right below the first, no heading between): no error for the name alone; a value restated
# plainly (`H = 1.5`) is still compared, and the new computation's own arithmetic is checked
@pytest.mark.parametrize(("second", "expected"), [
    ("H = -(0.5 \\log_2 0.5 + 0.5 \\log_2 0.5) = 1", ["unchecked", "ok"]),
    ("H = -(0.5 \\log_2 0.5 + 0.5 \\log_2 0.5) = 0.5", ["unchecked", "error"]),
    ("H = 1.5", ["error"]),
    ("H = -4 \\cdot 0.25 \\log_2 0.25 = 2", ["ok", "ok"]),
])
def test_a_name_worked_out_anew(second, expected):
    assert_verdicts_on_line(f"$H = -0.25 \\log_2 0.25 \\cdot 4 = 2$\n\n${second}$\n", 3, expected)


# A name with a rule in other names (`x_new = x - α f'(x)`, x and α given) worked out twice to
# two values: the second is a slip, never another example
def test_a_name_with_a_rule_worked_out_twice():
    text = ("$$f(x) = x^2$$\n\n$$x_{new} = x - \\alpha \\cdot f'(x)$$\n\n"
            "Let $x = 4$ and $\\alpha = 0.1$.\n\n$$x_{new} = 4 - 0.1 \\cdot 8 = 3.2$$\n\n"
            "$$x_{new} = 4 + 0.1 \\cdot 8 = 4.8$$\n")
    assert_verdicts_on_line(text, 9, ["error", "ok"])


# `\nsim` (is not distributed as): a statement about laws, not a claim (it was "unknown command")
def test_not_distributed_as():
    assert_verdicts("$$\\frac{\\bar X - \\mu}{\\sigma/\\sqrt n} \\nsim t(n)$$\n", [])


# Only a number is scaled out of a product with a matrix: (A + Aᵀ)·b keeps its matrix product
# (sympy's own pair, read the same again)
def test_a_matrix_sum_times_a_vector_is_no_number_times_it():
    a = ("(\\begin{pmatrix}1 & 2 \\\\3 & 4\\end{pmatrix}+\\begin{pmatrix}1 & 2 \\\\3 & 4"
         "\\end{pmatrix}^T)\\begin{bmatrix}1\\\\0\\end{bmatrix}")
    assert compare(a, "\\begin{bmatrix}2\\\\5\\end{bmatrix}").status == "equal"
    assert compare(a, "\\begin{bmatrix}2\\\\6\\end{bmatrix}").status == "not_equal"


# A unit is read only where a side ends: `2km - k^2 D(1/x)` is 2·k·m (an Italian derivative of
# k m^2), never 2 kilometres followed by a stray minus (a parse error); `5 km`, `553.43 MB` keep
# their units
@pytest.mark.parametrize(("text", "read"), [
    ("2km - k", "2*k*m - k"), ("2kg + 1", "2*g*k + 1"),
])
def test_letters_after_a_number_before_an_operator(text, read):
    assert_reading(text, read)


@pytest.mark.parametrize(("text", "unit"), [("5 km", "km"), ("553.43 MB", "MB"), ("2ms", "ms")])
def test_units_where_a_side_ends(text, unit):
    assert parse(text, "latex").parts[0].unit == unit


# Unicode-typed likelihoods (French notes): `pᵏᵢ` is p^{k_i} (a subscript after a superscript
# letter is that letter's; after a digit, `x²ᵢ`, it is still no exponent's), and the Greek
# capital Π before what it multiplies is the product sign (it was a name Π times the factors)
@pytest.mark.parametrize(("text", "read"), [
    ("pᵏᵢ", "p**k_i"), ("(1 - p)¹⁰⁻ᵏᵢ", "(1 - p)**(10 - k_i)"),
    ("Σ kᵢ pᵏᵢ", "Sum(p**k[i]*k[i], (i, 1, n_max))"),
    ("Π xᵢ", "Product(x[i], (i, 1, n_max))"), ("Π_{i=1}^n x_i", "Product(x[i], (i, 1, n))"),
    ("2Π", "2*Pi"),
])
def test_unicode_likelihoods(text, read):
    assert str(parse(text)) == read


# An arrow, then words to the row's end (`\ln(p) &=> 當y為1，但p為0.1時`, Traditional Chinese): the
# conclusion said in words is prose, the arrow with it (they were "the line ends too early");
# `=> 所以 y = 3`, with math at its end, is still read
@pytest.mark.parametrize(("text", "blanked"), [
    ("\\ln(p) &=> 當y為1，但p為0.1時 \\\\", "\\ln(p) &                \\\\"),
    ("x = 2 => 所以 y = 3", "x = 2 => 所以 y = 3"),
])
def test_words_after_an_arrow(text, blanked):
    assert cjk_words_blanked(text) == blanked


def test_rows_ending_in_words_after_an_arrow_are_prose():
    assert_verdicts("$$\n\\begin{align*}\n\\ln(p) &=> 當y為1，但p為0.1時 \\\\\n"
                    "\\ln(1 - p) &=> 當y=0，但p為1時\\\\\n\\end{align*}\n$$\n", [])
