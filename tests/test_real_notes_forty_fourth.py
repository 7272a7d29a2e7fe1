"""Habits of the forty-fourth round: functions glued to their variable (`sinx`, `xlnx`), σ(X)
as a standard deviation with no law declared, an inequality multiplied by its denominator,
`(f/g)'(x)` in plain text, arccot's two conventions, products of matrices of rounded numbers,
and inline code written with three backticks."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.api import compare, read_object
from tutor.batch import check_document
from tutor.errors import ParseError


def _steps(text: str, kind: str = "md") -> list[tuple[int, str, str]]:
    return [(s.line, s.verdict, s.message) for s in check_document(text, kind=kind).steps]


def _verdicts_on(text: str, line: int, kind: str = "md") -> list[str]:
    return [verdict for n, verdict, _ in _steps(text, kind) if n == line]


def _reads_as(text: str, meaning: str) -> bool:
    """`text` is read as `meaning` (sympy's spelling, with the names the reading holds)."""
    read, _ = read_object(text)
    names = {s.name: s for s in read.free_symbols}
    return sp.simplify(read - sp.sympify(meaning, locals={**names, "E": sp.Function("E")})) == 0


# Plain notes glue a function's name to its variable. `arccotx` was one name, so
# `lim_{x→+∞} arccotx = 0` was "wrong value of the limit"; `lnx` was l·n·x.
@pytest.mark.parametrize(("text", "meaning"), [
    ("sinx", "sin(x)"),
    ("lnx", "log(x)"),
    ("cos2x", "cos(2*x)"),
    ("tgx", "tan(x)"),
    ("arctgx", "atan(x)"),
    ("arccotx", "acot(x)"),
    ("xlnx", "x*log(x)"),
    ("xsinx", "x*sin(x)"),
    ("sinxcosx", "sin(x)*cos(x)"),
    ("e^{sinx}", "exp(sin(x))"),
    ("coshx", "cosh(x)"),
    ("lny", "log(y)"),
    ("cosx/x", "cos(x)/x"),
    # words that only begin like a function stay words
    ("costs", "costs"),
    ("since", "since"),
    ("cosine", "cosine"),
])
def test_a_function_glued_to_its_variable(text, meaning):
    assert _reads_as(text, meaning)


# before a power or a prime it stays one name (sin x² or (sin x)²?): its step is not checked,
# the others of its line are (`\\frac{1}{cos^{2}x} = secx^{2}`); log2x is log₂ x or log(2x)
@pytest.mark.parametrize("text", ["sinx^2", "cosx^{2}", "sinx'"])
def test_a_glued_function_before_a_power_stays_a_name(text):
    read, _ = read_object(text)
    assert not read.has(sp.sin, sp.cos)


def test_a_glued_log_with_digits_is_a_parse_error():
    with pytest.raises(ParseError, match="unclear"):
        read_object("log2x")


@pytest.mark.parametrize(("row", "verdict"), [
    ("\\lim\\limits_{x\\to+\\infty}arccotx=0", "ok"),
    ("\\lim\\limits_{x\\to+\\infty}arctanx=\\frac{\\pi}{2}", "ok"),
    ("\\lim\\limits_{x\\to 0}xsinx=0", "ok"),
    ("\\lim\\limits_{x\\to 0}\\frac{sinx}{x}=1", "ok"),
    ("\\lim\\limits_{x\\to 0}\\frac{sinx}{x}=2", "error"),
    # arccot in (0, π), as many courses take it: π at -∞ (sympy's arccot gives 0)
    ("\\lim\\limits_{x\\to-\\infty}arccotx=\\pi", "unchecked"),
    ("\\lim\\limits_{x\\to-\\infty}arccotx=2", "error"),
])
def test_limits_of_glued_functions(row, verdict):
    assert _verdicts_on(f"* ${row}$\n", 1) == [verdict]


# A Vietnamese page: `σ(X) = √Var(X)`, then `σ(cX) = |c|σ(X)`. No law is declared, so σ was the
# sigmoid and the rule an error; read as a standard deviation it holds.
@pytest.mark.parametrize(("claim", "verdict"), [
    ("\\sigma(cX)=|c|\\sigma(X)", "unchecked"),
    ("\\sigma(2X)=2\\sigma(X)", "unchecked"),
    ("\\sigma(X+3)=\\sigma(X)+3", "error"),       # wrong either way
    ("\\sigma(0)=\\frac{1}{2}", "ok"),             # no random variable: the sigmoid
    ("\\sigma(z)=\\frac{1}{1+e^{-z}}", "ok"),
])
def test_sigma_of_a_capital_letter_may_be_a_deviation(claim, verdict):
    text = "Take $X$.\n\n* $" + claim + "$\n"
    assert _verdicts_on(text, 3) == [verdict]


# A Japanese note on the Poisson mode: `λ/(x+1) ≤ 1`, then `⇒ x ≥ λ - 1` (x a count). Said after
# ⇒ (read as an arrow) it was a claim for all x; it holds where x + 1 > 0.
@pytest.mark.parametrize(("rows", "verdict"), [
    (("\\frac{\\lambda}{x+1} \\leq 1", "\\Rightarrow x \\geq \\lambda - 1"), "unchecked"),
    (("\\frac{1}{x} < 2", "\\Rightarrow 1 < 2x"), "unchecked"),
    (("\\frac{1}{x} < 2", "\\Rightarrow 1 < 3x"), "error"),       # wrong for x > 0 too
    (("-2x < 4", "\\Rightarrow x < -2"), "error"),
    (("-2x < 4", "\\Rightarrow x > -2"), "ok"),
])
def test_an_inequality_multiplied_by_its_denominator(rows, verdict):
    text = "$$\n\\begin{align*}\n&" + rows[0] + "\\\\\n&" + rows[1] + "\n\\end{align*}\n$$\n"
    assert _verdicts_on(text, 4) == [verdict]


# A Turkish list of rules in plain text: `(f / g)'(x) = (f'(x)g(x) - f(x)g'(x)) / g(x)2`. The
# primed bracket called at x was read as (f/g)'·x, and `g(x)2` (a square that lost its
# superscript) as g(x)·2.
@pytest.mark.parametrize(("rule", "verdict"), [
    ("(f / g)'(x) = (f'(x)g(x) - f(x)g'(x)) / g(x)^2", "ok"),
    ("(f / g)'(x) = (f'(x)g(x) + f(x)g'(x)) / g(x)^2", "error"),
    ("(f / g)'(x) = (f'(x)g(x) - f(x)g'(x)) / g(x)2", "unchecked"),
])
def test_rules_in_plain_text(rule, verdict):
    text = f"(f × g)'(x) = f'(x)g(x) + f(x)g'(x)\n\n{rule}\n"
    assert _verdicts_on(text, 1, "txt") == ["ok"]
    assert _verdicts_on(text, 3, "txt") == [verdict]


# A Spanish backprop notebook: δ·xᵀ with δ's entries rounded to 4 places gives -0.16116, written
# -0.1611 (the writer kept more digits of δ). Each entry of the product is a number whose
# decimals may be rounded.
@pytest.mark.parametrize(("entry", "status"), [
    ("-0.1611", "unknown"), ("-0.1612", "equal"), ("-0.1621", "not_equal")])
def test_a_product_of_matrices_of_rounded_numbers(entry, status):
    left = ("\\begin{pmatrix} 0.0474 \\\\ -0.0099 \\end{pmatrix} \\cdot "
            "\\begin{pmatrix} 1.8 & -3.4 \\end{pmatrix}")
    right = f"\\begin{{pmatrix}} 0.0853 & {entry} \\\\ -0.0178 & 0.0337 \\end{{pmatrix}}"
    assert compare(left, right).status == status


@pytest.mark.parametrize(("right", "status"), [
    ("\\begin{bmatrix} 3 \\\\ 7 \\end{bmatrix}", "equal"),
    ("\\begin{bmatrix} 3 \\\\ 8 \\end{bmatrix}", "not_equal"),
])
def test_a_product_of_matrices_of_whole_numbers(right, status):
    left = ("\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} "
            "\\begin{bmatrix} 1 \\\\ 1 \\end{bmatrix}")
    assert compare(left, right).status == status


# A Chinese blog writes its toy corpus as ```AAABB``` inside a paragraph: inline code, not a
# fence; the whole rest of the file was read as code.
def test_three_backticks_closed_on_their_line_are_inline_code():
    text = ("The corpus is ```AAABB```.\n\n$$p = \\frac{3}{5}$$\n\n"
            "$$-\\log_2 \\frac{3}{5} \\approx 0.737$$\n")
    assert _steps(text)
    assert _verdicts_on(text, 5) == ["ok"]


# A softmax derivation writes the indicator as `1\{k = i\}` (CS231n's habit): read as 𝟙[k = i].
@pytest.mark.parametrize(("text", "meaning"), [
    ("1\\{k = i\\}", "KroneckerDelta(i, k)"),
    ("y_k(1\\{k = i\\} - y_i)", "y_k*(KroneckerDelta(i, k) - y_i)"),
    ("\\mathbb{1}\\{k=i\\}", "KroneckerDelta(i, k)"),
])
def test_an_indicator_in_escaped_braces(text, meaning):
    assert _reads_as(text, meaning)


@pytest.mark.parametrize(("text", "verdict"), [("3 \\not= 4", "ok"), ("3 \\not = 3", "error")])
def test_not_equals_written_with_not(text, verdict):
    assert _verdicts_on(f"$${text}$$\n", 1) == [verdict]


# A Hugo blog escapes Markdown inside math: `\&` for the alignment & before a relation and
# `\\cr` for the end of a row.
@pytest.mark.parametrize(("value", "verdict"), [("0.384", "ok"), ("0.348", "error")])
def test_hugo_escaped_rows(value, verdict):
    text = ("$$\n\\begin{aligned}\nP &= \\int\\_{50}^{150}\\frac{1}{100}e^{{-x}/{100}}dx\n"
            "\\\\cr\n\\& = e^{{-1}/{2}} -e^{{-3}/{2}}\n\\\\cr\n\\& \\approx " + value
            + "\n\\end{aligned}\n$$\n")
    assert _verdicts_on(text, 5) == ["ok"]
    assert _verdicts_on(text, 7) == [verdict]


# `\downarrow` alone between the rows of a display: the next row follows from the one above.
def test_a_down_arrow_between_rows_is_no_parse_error():
    text = "$$\na = 2\\\\\n\\downarrow\\\\\n2a = 4\n$$\n"
    assert "parse_error" not in [v for _, v, _ in _steps(text)]


# A Chinese page of Maclaurin series as a table with an empty header: `| $\sin x$ | $x -
# \frac{1}{3!}x^3 + …$ | $\sum_{n=0}^\infty …$ |`. Each row claims its function is about its
# polynomial and equal to its sum (the page's arcsin and tan rows are wrong).
SERIES_TABLE = "\n".join([
    "|  |  |  |", "|---|---|---|",
    "| $\\sin x$ | $x-\\frac{1}{3!}x^3+\\frac{1}{5!}x^5$ "
    "| $\\sum_{n=0}^\\infty\\frac{(-1)^n}{(2n+1)!}x^{2n+1}$ |",
    "| $\\arcsin x$ | $x+\\frac{1}{3!}x^3+\\frac{1}{5!}x^5$ "
    "| $\\sum_{n=0}^\\infty\\frac{1}{(2n+1)!}x^{2n+1}$ |",
    "| $e^x$ | $1+x+\\frac{1}{2}x^2+\\frac{1}{3!}x^3$ | $\\sum_{n=0}^\\infty\\frac{1}{n!}x^n$ |",
    "| $\\tan x$ | $x+\\frac{1}{3}x^3+\\frac{1}{5}x^5$ "
    "| $\\sum_{n=0}^\\infty\\frac{1}{2n+1}x^{2n+1}$ |", ""])


@pytest.mark.parametrize(("line", "verdicts"), [
    (3, ["ok", "ok"]), (4, ["error", "error"]), (5, ["ok", "ok"])])
def test_a_table_of_series(line, verdicts):
    assert _verdicts_on(SERIES_TABLE, line) == verdicts


def test_a_table_of_series_wrong_in_its_polynomial():
    assert _verdicts_on(SERIES_TABLE, 6)[0] == "error"


def test_a_table_with_a_sum_in_one_row_only_is_no_series_table():
    text = "| a | b |\n|---|---|\n| $x$ | $\\sum_{n=0}^\\infty x^n$ |\n| $y$ | $2$ |\n"
    assert _steps(text) == [] or all(v != "error" for _, v, _ in _steps(text))


# An English page on logistic regression: `∂J/∂w = Σ_i dJ_i/dz_i ∂z_i/∂w = Σ_i (p_i - y_i) x_i`
# with z_i = w x_i + b above. Putting z_i's value into d/dz_i failed inside sympy, and the
# whole display got one "derivative in something that is no variable"; each step is its own.
def test_a_derivative_in_a_defined_entry_inside_a_sum():
    text = ("Let $z_i = w x_i + b$, $p_i = \\sigma(z_i)$ and $J_i = -(y_i \\log p_i + "
            "(1-y_i)\\log(1-p_i))$.\n\n$$\n\\frac{\\partial J}{\\partial w}\n"
            "= \\sum_{i=1}^n \\frac{d J_i}{d z_i} \\frac{\\partial z_i}{\\partial w}\n"
            "= \\sum_{i=1}^n (p_i - y_i) x_i.\n$$\n")
    steps = [(n, v, m) for n, v, m in _steps(text) if n >= 3]
    assert [n for n, _, _ in steps] == [5, 6]
    assert not any("no variable" in m or v == "error" for _, v, m in steps)


# A Japanese note on the Poisson MGF drops the index of its sum on the second row:
# `&= e^{-λ} \sum \frac{(e^t λ)^x}{x!}` under `\sum_{x=0}^\infty …`. The sum of the row above in
# its block gives the index and bounds (a sum whose summand holds no such index stays unsure).
@pytest.mark.parametrize(("second", "third", "verdicts"), [
    ("\\sum \\frac{(\\exp(t)\\lambda)^x}{x!}", "\\exp(\\exp(t)\\lambda)", ["ok", "ok"]),
    ("\\sum \\frac{(\\exp(t)\\lambda)^x}{x!}", "\\exp(2\\exp(t)\\lambda)", ["ok", "error"]),
    ("\\sum \\frac{(\\exp(t)\\lambda)^k}{k!}", "\\exp(\\exp(t)\\lambda)", ["unchecked"]),
])
def test_a_sum_without_its_index_under_one_with_it(second, third, verdicts):
    text = ("\\begin{align*}\nM_X(t) &= \\sum_{x=0}^\\infty \\exp(tx)\\exp(-\\lambda)"
            "\\frac{\\lambda^x}{x!}\\\\\n&= \\exp(-\\lambda) " + second + "\\\\\n"
            "&= \\exp(-\\lambda)" + third + "\n\\end{align*}\n")
    found = [v for n, v, _ in _steps(text) if n in (3, 4)]
    assert found[:len(verdicts)] == verdicts


# A French logistic-regression page: `x_{1} . dz` (a spaced dot for times), `w_{1} := w_{1} -
# \alpha dw_{1}` (Ng's gradient names, lowercase and subscripted); a Hugo page escapes the
# brackets inside math, `$E\(c) = c$`.
@pytest.mark.parametrize(("text", "meaning"), [
    ("x_{1} . dz_1", "dz_1*x_1"),
    ("\\frac{1}{2} . \\frac{4}{3}", "2/3"),
    ("3 . 4", "12"),
    ("2.5", "2.5"),
    ("\\alpha dw_{1}", "alpha*dw_1"),
    ("0.1 dW1", "0.1*dW_1"),
    ("E\\(c)", "E(c)"),
])
def test_spaced_dots_gradient_names_and_escaped_brackets(text, meaning):
    assert _reads_as(text, meaning)


@pytest.mark.parametrize(("text", "meaning"), [
    ("d/dw_1 (w_1^2 + w_2)", "Derivative(w_1**2 + w_2, w_1)"),
    ("\\frac{d}{dw_1} w_1^2", "Derivative(w_1**2, w_1)"),
])
def test_a_derivative_in_a_subscripted_name_is_still_one(text, meaning):
    read, _ = read_object(text)
    assert str(read) == meaning


def test_an_escaped_bracket_on_a_hugo_page():
    text = "* $E\\(c) = c$ với $c$ là hằng số\n"
    assert "parse_error" not in _verdicts_on(text, 1)


# A Chinese blog breaks a display's long row with a lone `\` at the end of the source line
# (TeX's control space), and writes the wrong base's value: found once the row is read.
def test_a_backslash_ending_a_source_line_is_a_space():
    text = ("$$\\frac{3}{5}\\times-\\log_2\\{\\frac{3}{5}\\} + \\frac{2}{5}\\times"
            "-\\log_2\\{\\frac{2}{5}\\} \\\n= 0.6730116670092565$$\n")
    assert _verdicts_on(text, 2) in (["warning"], ["error"])


@pytest.mark.parametrize(("text", "meaning"), [("x_ {i}", "x_i"), ("x_ i + y_ {j}", "x_i + y_j")])
def test_blanks_after_an_underscore(text, meaning):
    assert _reads_as(text, meaning)


# A German Anki card: `\(\sigma(a)=\frac{1}{1+\exp (-a)} \in(0,1)\)`: the range said after the
# formula is an aside; the formula is still a claim (the line gave no step at all).
@pytest.mark.parametrize(("formula", "verdicts"), [
    ("\\sigma(a)=\\frac{1}{1+\\exp (-a)} \\in(0,1)", ["ok"]),
    ("\\sigma(a)=\\frac{1}{1-\\exp (-a)} \\in(0,1)", ["error"]),
    ("p = \\frac{1}{4} + \\frac{1}{4} = \\frac{1}{2} \\in [0, 1]", ["unchecked", "ok"]),
])
def test_a_range_said_after_a_formula(formula, verdicts):
    assert _verdicts_on(f"$${formula}$$\n", 1) == verdicts


# A Japanese note sums a Poisson mass whose parameter is subscripted by the index's letter
# (λ_x inside Σ_x): unsure, and its reason names no empty point ("at  the second …").
def test_an_unsure_domain_reason_names_a_point():
    text = ("$$\n\\begin{align*}\n\\sum_{x=0}^\\infty p_x(x) & = \\sum_{x=0}^\\infty "
            "\\exp(-\\lambda_x)\\frac{\\lambda_x^x}{x!}\\\\\n&= 1\n\\end{align*}\n$$\n")
    found = _steps(text)
    assert found and all("at  " not in m for _, _, m in found)
    assert all(v != "error" for _, v, _ in found)


# The English NLL page: `z_i = w^\top x_i + b, p_i = σ(z_i) = 1/(1 + e^{-z_i})`, a heading, then
# `dJ_i/dp_i = -(y_i/p_i - (1 - y_i)/(1 - p_i))`. Taken at p_i = σ(z_i), the left side kept z_i
# while the right one had it written out: the value at the point is written out alike.
@pytest.mark.parametrize(("sign", "verdicts"), [("-", ["ok"]), ("+", ["unchecked", "error"])])
def test_a_derivative_in_a_defined_name_under_a_vector_definition(sign, verdicts):
    text = ("$$\n z_i = w^\\top x_i + b, \\qquad\n p_i = \\sigma(z_i) = \\frac{1}{1 + e^{-z_i}}.\n"
            "$$\n\n## Loss\n\n$$\nJ_i = -\\Big[y_i \\log p_i + (1 - y_i) \\log(1 - p_i)\\Big].\n"
            "$$\n\n$$\n\\frac{d J_i}{d p_i}\n= -\\left( \\frac{y_i}{p_i} " + sign
            + " \\frac{1 - y_i}{1 - p_i} \\right).\n$$\n")
    assert _verdicts_on(text, 14)[0] in verdicts


# An Italian sheet names the operators with their argument left open: `$\mathbb{E}[\bullet]$ e
# $Var(\bullet)$` (two parse errors "unknown command \bullet"): notation, no claim.
@pytest.mark.parametrize("math", ["\\mathbb{E}[\\bullet]", "Var(\\bullet)", "\\mathbb{E}[\\cdot]"])
def test_an_operator_with_its_argument_left_open(math):
    assert _steps(f"Le proprietà di ${math}$ sono queste.\n") == []
