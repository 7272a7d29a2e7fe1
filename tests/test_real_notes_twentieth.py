"""Real notes read for the twentieth held-out round (helper real20): what they made plain, as
tables of a small note and the verdicts it must get, wrong steps of the same shape kept wrong."""

from __future__ import annotations

import pytest

from tests.cpu_time import least_cpu_seconds
from tutor.batch import check_document


def _verdicts(text: str, kind: str = "md") -> list[str]:
    return [s.verdict for s in check_document(text, kind=kind).steps]


def _messages(text: str, kind: str = "md") -> list[str]:
    return [s.message for s in check_document(text, kind=kind).steps]


# an evaluation bracket under a limit after an integral with its bounds: no internal error;
# the bounds kept through u = ln x are the writer's slip, and a wrong body stays wrong
@pytest.mark.parametrize(("after", "verdict"), [
    (r"\lim_{b \to \infty} \big[ \tfrac{1}{2} (\ln x)^2 \big]_3^b", "error"),   # bounds kept
    (r"\lim_{b \to \infty} \big[ \tfrac{1}{2} u^2 \big]_3^b", "ok"),
    (r"\lim_{b \to \infty} \big[ u^2 \big]_3^b", "error"),
])
def test_a_bracket_under_a_limit_after_an_integral(after, verdict):
    text = f"$$\\lim_{{b \\to \\infty}} \\int_3^b u\\, du = {after}$$\n"
    messages = _messages(text)
    assert not any("internal error" in m for m in messages), messages
    assert _verdicts(text)[-1] == verdict, messages


# Taylor's formula about a, then its case a = 0: a formula for any f, no definition of f; a
# function defined by a body stays defined (a wrong value of it stays wrong)
@pytest.mark.parametrize(("lines", "verdicts"), [
    ([r"f(x) = f(a) + \sum_{k=1}^n \frac{f^{(k)}(a)}{k!}(x-a)^k",
      r"f(x) = f(0) + \sum_{k=1}^n \frac{f^{(k)}(0)}{k!}x^k"], ["unchecked", "unchecked"]),
    ([r"g(x) = g(1) + 2(x - 1)", r"g(x) = g(0) + 2x"], ["unchecked", "unchecked"]),
    ([r"f(x) = x^2 + 1", r"f(2) = 6"], ["unchecked", "error"]),
    ([r"g(x, y) = g(x) + 2y", r"g(1, 1) = g(1) + 3"], ["unchecked", "error"]),  # another g
])
def test_a_function_given_by_its_own_values_is_no_definition(lines, verdicts):
    text = "".join(f"$${line}$$\n\n" for line in lines)
    assert _verdicts(text) == verdicts, _messages(text)


# s^1 = …, s^2 = …: rows counted by a superscript, not powers of one another to solve for;
# numbers (x^2 = 4, then x = 3) are still solved on
@pytest.mark.parametrize(("lines", "last"), [
    ([r"s^1 = \frac{e^{a}}{e^a + e^b}", r"s^2 = \frac{e^{b}}{e^a + e^b}"], "unchecked"),
    ([r"y^1 = \frac{1}{1 + e^{-z}}", r"y^2 = \frac{e^{-z}}{1 + e^{-z}}"], "unchecked"),
    ([r"x^2 = 4", r"x = 3"], "error"),
    ([r"3x = 6", r"x = 3"], "error"),
    ([r"x^2 + 1 = 5", r"x^2 = 4"], "ok"),
])
def test_superscripts_that_count_rows(lines, last):
    text = "".join(f"$${line}$$\n\n" for line in lines)
    assert _verdicts(text)[-1] == last, _messages(text)


# Hugo writes an align row's end as `\\\` (a Markdown-escaped `\\`): each row is read, and a
# wrong row stays wrong
@pytest.mark.parametrize(("rows", "verdicts"), [
    ([r"(x+1)^2 &= x^2 + 2x + 1", r"&= (x + 2)x + 1"], ["ok", "ok"]),
    ([r"(x+1)^2 &= x^2 + 2x + 1", r"&= x^2 + 1"], ["ok", "error"]),
])
def test_hugo_row_ends(rows, verdicts):
    text = "$$\n\\begin{align*}\n" + " \\\\\\\n".join(rows) + "\n\\end{align*}\n$$\n"
    assert _verdicts(text) == verdicts, _messages(text)


# `\ln c \exp(u)` in a log-likelihood means the log of the whole product; a wrong exponent
# inside it stays wrong
@pytest.mark.parametrize(("right", "verdict"), [
    (r"\ln \frac{1}{\sqrt{2\pi}} \exp\left(-\frac{x^2}{2}\right)", "ok"),
    (r"\ln \frac{1}{\sqrt{2\pi}} e^{-x^2/2}", "ok"),
    (r"\ln \frac{1}{\sqrt{2\pi}} \exp\left(-\frac{x^2}{3}\right)", "error"),
    (r"\ln \frac{1}{\sqrt{2\pi}} + \exp\left(-\frac{x^2}{2}\right)", "error"),
])
def test_a_bare_log_over_a_product(right, verdict):
    text = f"$$\\ln \\left(\\frac{{1}}{{\\sqrt{{2\\pi}}}} e^{{-x^2/2}}\\right) = {right}$$\n"
    assert _verdicts(text)[-1] == verdict, _messages(text)


# a step through a name a premise above gave a value (μ̂ = Σx_i/n, taken as given) may rest
# on that value: not called wrong; a slip in another name stays wrong
@pytest.mark.parametrize(("step", "verdict"), [
    (r"E(\frac{1}{n}\sum_{i=1}^n x_i^2 - 2\hat{\mu}\frac{1}{n}\sum_{i=1}^n x_i) = "
     r"E(\frac{1}{n}\sum_{i=1}^n x_i^2 - 2\hat{\mu}^2)", "unchecked"),
    (r"E(2a + 3a) = E(6a)", "error"),
])
def test_a_name_a_premise_valued(step, verdict):
    text = (r"$$\hat{\mu}^1 = \frac{1}{n}\sum_{i=1}^{n} x_i$$" "\n\nThen\n\n"
            f"$${step}$$\n")
    assert _verdicts(text)[-1] == verdict, _messages(text)


@pytest.mark.parametrize("text", ["\\ln" + "a" * 5000, "\\ln " * 3000, "\\\\\\" * 3000])
def test_new_patterns_are_linear(text):
    from tutor.derive.log_reach import _BARE_LOG
    from tutor.notes.fragments import _ROW_TOKEN
    spent = least_cpu_seconds(lambda: (_BARE_LOG.findall(text), list(_ROW_TOKEN.finditer(text))))
    assert spent < 0.5


# `$ -\log(0.9) \approx 0.10$`: a space after the opening `$` only (MathJax reads it) is math,
# and the prose after it stays prose; money stays money
@pytest.mark.parametrize(("text", "sources"), [
    (r"say 90%, the loss is $ -\log(0.9) \approx 0.10$. With $ p = 0.1 $ it is big.",
     ["0.10", "p"]),
    (r"with $ 1 - 0.25 = 0.75$. Then the rest.", ["0.75"]),
    ("It costs $ 5 and $10 more.", []),
])
def test_a_dollar_spaced_on_one_side(text, sources):
    steps = check_document(text + "\n", kind="md").steps
    assert [s.source for s in steps] == sources, [(s.source, s.verdict) for s in steps]


# a sum over `\text{all } x` is a sum over x; units in upright letters with a slash are units
@pytest.mark.parametrize(("display", "verdicts"), [
    (r"\sum_{\text{all } x} x \, p(x) = \sum_{x} x \, p(x)", ["ok"]),
    (r"\sum_{\text{all } x} x \, p(x) = \sum_{x} 2x \, p(x)", ["error"]),
    (r"v = \frac{0.8 - 0.95}{0.1} = -1.5 \, \mathrm{m/s}", ["unchecked", "ok"]),
    (r"v = \frac{0.8 - 0.95}{0.1} = -1.6 \, \mathrm{m/s}", ["unchecked", "error"]),
])
def test_sums_over_all_and_upright_units(display, verdicts):
    assert _verdicts(f"$${display}$$\n") == verdicts, _messages(f"$${display}$$\n")


# Typst's `dot.basic` is a product and `prime` a prime
@pytest.mark.parametrize(("typst", "verdicts"), [
    ("$ f(x) = 2 dot.basic x $\n\n$ f prime (x) = 2 $\n", ["unchecked", "ok"]),
    ("$ f(x) = 2 dot.basic x $\n\n$ f prime (x) = 3 $\n", ["unchecked", "error"]),
])
def test_typst_products_and_primes(typst, verdicts):
    assert _verdicts(typst, kind="typ") == verdicts, _messages(typst, kind="typ")


# ∂E_total/∂w5 as a chain-rule factor: a quantity not written in the variable, unchecked (no
# parse error); a derivative of a formula that does not hold the variable stays unreadable
@pytest.mark.parametrize(("display", "verdict"), [
    (r"\frac{\partial E_{total}}{\partial w5} = \frac{\partial E_{total}}{\partial y}"
     r"\frac{\partial y}{\partial w5}", "unchecked"),
    (r"\frac{\partial \hat{y1}}{\partial h1} = \hat{y1}(1 - \hat{y1})", "unchecked"),
    (r"\frac{\partial \log(\sigma(B))}{\partial A_i} = 0", "parse_error"),
])
def test_a_partial_of_a_quantity(display, verdict):
    assert _verdicts(f"$${display}$$\n")[0] == verdict, _messages(f"$${display}$$\n")


# a law laid on its side (a row of values, a row of probabilities) gives E[X]; a wrong weight
# or sum stays wrong
_SIDEWAYS = ("| $x$ | 1 | 2 | 5 | 10 |\n|---|---|---|---|---|\n"
             "| $p_X(x)$ | 0.2 | 0.3 | 0.4 | 0.1 |\n\n")


@pytest.mark.parametrize(("display", "verdicts"), [
    (r"E[X] = 1(0.2) + 2(0.3) + 5(0.4) + 10(0.1) = 3.8", ["ok", "ok"]),
    (r"E[X] = 1(0.2) + 2(0.3) + 5(0.4) + 10(0.2) = 4.8", ["error", "ok"]),
    (r"E[X] = 1(0.2) + 2(0.3) + 5(0.4) + 10(0.1) = 3.9", ["ok", "error"]),
])
def test_a_law_table_laid_on_its_side(display, verdicts):
    text = _SIDEWAYS + f"$${display}$$\n"
    assert _verdicts(text) == verdicts, _messages(text)


# a constant of integration written with a minus (`- c`) is a constant all the same
@pytest.mark.parametrize(("display", "verdict"), [
    (r"x^3 - \int 2x\, dx = x^3 - x^2 - c", "ok"),
    (r"x^3 - \int 2x\, dx = x^3 - 2x^2 - c", "error"),
    (r"\int \cos x \, dx = \sin x - C", "ok"),
])
def test_a_constant_of_integration_with_a_minus(display, verdict):
    assert _verdicts(f"$${display}$$\n")[-1] == verdict, _messages(f"$${display}$$\n")


# an example's X = D₁ + D₂ under an earlier heading gives way to the law a table here gives
# X; values in a law's table may be negative
@pytest.mark.parametrize(("table", "display", "verdicts"), [
    ("| $x$ | 1 | 2 | 3 |\n|---|---|---|---|\n| $p_X(x)$ | 0.5 | 0.3 | 0.2 |\n",
     r"E[X] = 1(0.5) + 2(0.3) + 3(0.2) = 1.7", ["ok", "ok"]),
    ("| $x$ | -2 | 0 | 3 |\n|---|---|---|---|\n| $p_X(x)$ | 0.3 | 0.5 | 0.2 |\n",
     r"E[X] = (-2)(0.3) + 0(0.5) + 3(0.2) = 0", ["ok", "ok"]),
    ("| $x$ | -2 | 0 | 3 |\n|---|---|---|---|\n| $p_X(x)$ | 0.3 | 0.5 | 0.2 |\n",
     r"E[X] = (2)(0.3) + 0(0.5) + 3(0.2) = 1.2", ["error", "ok"]),
])
def test_a_table_law_under_a_later_heading(table, display, verdicts):
    text = ("### Example 4\n\nIf $X = D_1 + D_2$ where $D_1$ and $D_2$ are two dice:\n"
            "$$E[X] = E[D_1] + E[D_2] = 7$$\n\n### Example 5\n\n" + table
            + f"\n$${display}$$\n")
    assert _verdicts(text)[-len(verdicts):] == verdicts, _messages(text)


# degrees Fahrenheit and Celsius written on the number are units
@pytest.mark.parametrize(("display", "verdicts"), [
    (r"\frac{9}{5}(20) + 32 = 36 + 32 = 68°F", ["ok", "ok"]),
    (r"\frac{9}{5}(20) + 32 = 36 + 32 = 69°F", ["ok", "error"]),
    (r"\frac{9}{5}(5) = 9°C", ["ok"]),
])
def test_degrees_as_units(display, verdicts):
    assert _verdicts(f"$${display}$$\n") == verdicts, _messages(f"$${display}$$\n")


# a plain name a premise gave (x = 3λ/2 of a Lagrange problem) excuses no slip further on
def test_a_plain_premised_name_excuses_no_slip():
    text = ("$$\\frac{9\\lambda}{2} + 8\\lambda = 25 \\Rightarrow \\lambda = 2$$\n\n"
            "Hence $x = \\frac{3\\lambda}{2}$, so $(x, y) = (3, 4)$.\n\n"
            "For $f(x) = \\sqrt{1+x}$:\n\n$$f'(x) = \\frac{1}{2}(1+x)^{-1/2}, \\quad "
            "f''(x) = -\\frac{1}{4}(1+x)^{-1/2}$$\n")
    assert "error" in _verdicts(text), _messages(text)


# a differential written tight (`du = 2dx`) and the parts set out in a list are no claims (no
# parse error, no step); a wrong equation in such a list still does not pass as read
@pytest.mark.parametrize(("display", "verdicts"), [
    (r"du = 2dx", []),
    (r"u = \sin(x), dv = e^x dx \implies du = \cos(x) dx, v = e^x", []),
    (r"u = 2x + 1, v = 3", ["unchecked", "unchecked"]),
])
def test_differentials_and_parts_lists(display, verdicts):
    assert _verdicts(f"$${display}$$\n") == verdicts, _messages(f"$${display}$$\n")


# `y \cancel{- y h}`: the cancelled term keeps its sign, a term of the sum (TeX shows y - yh),
# not a factor of y; a wrong line after it stays wrong
@pytest.mark.parametrize(("rows", "verdicts"), [
    ([r"A &= y - y h - h + y h", r"&= y \cancel{- y h} - h \cancel{+ y h}", r"&= y - h"],
     ["unchecked", "ok", "ok"]),
    ([r"A &= y - y h - h + y h", r"&= y \cancel{- y h} - h \cancel{+ y h}", r"&= y + h"],
     ["unchecked", "ok", "error"]),
    ([r"A &= 2 - x + 1", r"&= 2 {- x} + 1"], ["unchecked", "ok"]),
])
def test_a_cancelled_term_keeps_its_sign(rows, verdicts):
    text = "$$\\begin{align}\n" + " \\\\\n".join(rows) + "\n\\end{align}$$\n"
    assert _verdicts(text) == verdicts, _messages(text)
