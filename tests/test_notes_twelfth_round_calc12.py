"""The twelfth round of real-notes habits (calculus and ML calculus): an Anki plain-text export,
an ox-hugo export, a Russian LaTeX seminar summary."""

from __future__ import annotations

import pytest

import tutor
from tests.document_steps import assert_reading

ANKI_HEADER = "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\n"


def _anki(*cards: str) -> str:
    return ANKI_HEADER + "".join("\t".join(card.split(" | ")) + "\n" for card in cards)


def _steps(text: str, kind: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in tutor.check_document(text, kind=kind).steps]


# An Anki export (`#separator:tab`, `#html:true`): each note a line of fields holding HTML and
# MathJax; its math is read (it was a parse error per line), HTML blanked in place
@pytest.mark.parametrize(("card", "expected"), [
    (r"Basic | Calc | \(\sin 3x\)' | \(\frac{d}{dx}\sin(3x) = 3\cos(3x)\) | calc",
     [(6, "ok")]),
    (r"Basic | Calc | \(\sin 3x\)' | \(\frac{d}{dx}\sin(3x) = 3\cos(x)\) | calc",
     [(6, "error")]),
    (r"Basic | Calc | lim | L'H:<br>\(\lim_{x \to 0}\frac{e^{x} - 1}{2x}\)<br>"
     r"\(= \frac{1}{2}\) | c",
     [(6, "ok")]),
    (r"Basic | Calc | geometric | \(\frac{1}{1 - x} = 1 + x + x^2 + \dots\) for \(|x| &lt; 1\) | c",
     [(6, "ok"), (6, "unchecked")]),
    (r"Cloze | Calc | \(\frac{d}{dx}\tan x = {{c1::\sec^2 x}}\) |  | calc", [(6, "ok")]),
    (r"Cloze | Calc | \(\frac{d}{dx}\tan x = {{c1::\sec^2 x::a square}}\) |  | calc",
     [(6, "ok")]),
    (r"Cloze | Calc | \(\frac{d}{dx}\tan x = {{c1::\sec x}}\) |  | calc", [(6, "error")]),
    (r"Basic | ML | LS | \[\begin{aligned}\nabla_w \lVert Xw - y\rVert^2 &amp;= 2X^\top(Xw - y)"
     r"\end{aligned}\] | ml", [(6, "ok")]),
    (r"Basic | Calc | <b>parts</b> | <div>\(\int \ln x\,dx = x\ln x - x + C\)</div> | c",
     [(6, "ok")]),
])
def test_an_anki_export_is_read_card_by_card(card, expected):
    assert _steps(_anki(card), "txt") == expected


# a value one card gives is not the next card's (each card stands under a heading of its own)
def test_an_anki_card_does_not_take_the_values_of_the_card_above():
    text = _anki(r"Basic | ML | logistic loss | \(z = 0\), \(\hat{y} = \sigma(0) = 0.5\) | ml",
                 r"Basic | ML | BCE | \(\hat{y} = 0.8\), \(y = 1\): \(\frac{\partial L}{\partial z}"
                 r" = 0.8 - 1 = -0.2\) | ml")
    assert "error" not in [verdict for _, verdict in _steps(text, "txt")]


# a plain step file that merely starts with a comment is still a plain step file
def test_a_step_file_with_a_comment_on_top_stays_plain():
    text = "# drills: separator lines below\nx^2 - 1 = (x - 1)(x + 1)\n"
    assert _steps(text, "txt") == [(2, "ok")]


# Markdown's escaped underscore `\_` (Hugo and ox-hugo exports) is a subscript mark (it was
# "unexpected character '\'")
@pytest.mark.parametrize(("text", "read"), [
    (r"w\_1 + w\_2", "w_1 + w_2"),
    (r"\sum\_k e^{z\_k}", "Sum(exp(z[k]), (k, 1, n_max))"),
    (r"s\_i (\delta\_{ij} - s\_j)", "s_i*(-s_j + KroneckerDelta(i, j))"),
    (r"\hat{y}\_i - y\_i", "y_hat_i - y_i"),
    (r"x\_{10}", "x_10"),
    (r"x\_\alpha", "x_alpha"),
])
def test_an_escaped_underscore_is_a_subscript(text, read):
    assert_reading(text, read)


OX_HUGO = r"""+++
title = "Gradients"
+++

## Logistic regression {#logistic-regression}

-   \\(z = 0.1\\), \\(p = 0.525\\), \\(y = 1\\)
-   \\(\partial L / \partial w\_2 = -0.475 \cdot 2 = {}\\)
"""


@pytest.mark.parametrize(("value", "verdict"), [("-0.95", "ok"), ("-0.85", "error")])
def test_an_ox_hugo_export_with_escaped_underscores_is_checked(value, verdict):
    steps = tutor.check_document(OX_HUGO.replace("{}", value), kind="md").steps
    assert [s.verdict for s in steps][-1] == verdict


# `\newcommand*\diff{\mathop{}\!\mathrm{d}}` (the usual upright-d macro): its empty \mathop is
# spacing (it was "unknown command \mathop")
@pytest.mark.parametrize(("text", "read"), [
    (r"\int x e^{x} \mathop{}\!\mathrm{d} x", "Integral(x*E**x, x)"),
    (r"\mathop{}\!\mathrm{d} x", "d*x"),
])
def test_an_empty_mathop_is_spacing(text, read):
    assert_reading(text, read)


def test_the_diff_macro_of_a_tex_preamble_is_read():
    text = ("\\newcommand*\\diff{\\mathop{}\\!\\mathrm{d}}\n\\begin{document}\n"
            "$\\int x e^{x} \\diff x = x e^x - \\int e^x \\diff x = x e^x - e^x + C$\n"
            "\\end{document}\n")
    assert [verdict for _, verdict in _steps(text, "tex")] == ["ok", "ok"]


RUSSIAN_EXAMPLES = "\n\n".join([
    r"\textbf{Пример 1.} $y = x^3 \ln x, y' = 3x^2 \ln x + x^2$",
    r"\textbf{Пример 2.} $y = \tg 2x, y' = {}$",
    r"\textbf{Пример 3.} $y = e^{-x^2}, y' = -2x e^{-x^2}$"])


# `\textbf{Пример 2.}` (a LaTeX bold label, Russian "Example") starts a new example: y may be
# given a new formula (its y' was "new here, cannot follow"); y' right after y's formula on its
# line is its derivative: checked (a wrong one was read as a new name)
@pytest.mark.parametrize(("derivative", "verdict"), [
    (r"\frac{2}{\cos^2 2x}", "ok"),
    (r"\frac{1}{\cos^2 2x}", "error"),   # the inner derivative 2 dropped
    (r"-\frac{2}{\cos^2 2x}", "error"),  # the sign
])
def test_each_russian_example_gives_y_anew(derivative, verdict):
    text = "\\begin{document}\n" + RUSSIAN_EXAMPLES.replace("{}", derivative) + "\n\\end{document}"
    verdicts = [v for line, v in _steps(text, "tex") if line == 4 and v != "unchecked"]
    assert verdicts == [verdict]


# y' beside y's formula is checked only when it is in y's variable alone: y' = y - 1 may be
# another quantity, and y' after a formula given lines above is not taken for its derivative
@pytest.mark.parametrize(("text", "expected"), [
    (r"**Example 1.** $y = x^3, y' = 3x^2 + 1$", ["unchecked", "error"]),
    (r"**Example 1.** $y = \sin x, y' = y - 1$", ["unchecked", "unchecked"]),
    (r"$u = x^2$, $u' = 2x$", ["unchecked", "ok"]),
    (r"$u = x^2$ and $v = 3$, then $u' = 3x$", ["unchecked", "unchecked", "unchecked"]),
])
def test_a_prime_beside_its_formula_is_its_derivative(text, expected):
    assert [verdict for _, verdict in _steps(text, "md")] == expected


# a bare `\lim` later in a chain that opened with `\lim\limits_{x \to a}` goes on in the same
# variable (it was "unexpected '\frac' here"); with no limit written before, it stays unread
@pytest.mark.parametrize(("text", "expected"), [
    (r"$\lim\limits_{x \to \infty} \frac{3x^2 - x}{x^2 + 5} = \lim \frac{3 - \frac{1}{x}}"
     r"{1 + \frac{5}{x^2}} = 3$", ["ok", "ok"]),
    (r"$\lim\limits_{x \to 0} \frac{x^2 + 3x}{x} = \lim (x + 3) = 3$", ["ok", "ok"]),
    (r"$\lim\limits_{x \to 0} \frac{x^2 + 3x}{x} = \lim (x + 3) = 4$", ["ok", "error"]),
    (r"$\lim (x + 3) = 3$", ["parse_error"]),
])
def test_a_bare_lim_goes_on_in_the_written_variable(text, expected):
    assert [verdict for _, verdict in _steps(text, "md")] == expected


MULTLINE = r"""Пусть $f(x) = x^2 + 5x$.
\begin{{multline*}}
f'(x) = \lim\limits_{{h \to 0}} \frac{{(x + h)^2 + 5(x + h) - x^2 - 5x}}{{h}} = \\
= \lim\limits_{{h \to 0}} (2x + h + 5) = {}
\end{{multline*}}
"""


# `… = \\` then `= …` in a multline (the sign repeated at the break) is one `=` (it was
# "unexpected character '='")
@pytest.mark.parametrize(("value", "verdict"), [("2x + 5", "ok"), ("2x + 6", "error")])
def test_an_equals_sign_repeated_across_a_break_is_one(value, verdict):
    steps = _steps("\\begin{document}\n" + MULTLINE.format(value) + "\\end{document}", "tex")
    assert [v for _, v in steps] == ["unchecked", "ok", "ok", verdict]


# a quotient under a limit replaced by equivalents c·x^k with a constant moved across the bar
# ((1 - cos 4x)/x² → (4x)²/(2x²)) keeps the limit for a reason (it was "agree only by luck");
# a slip in a sum of several terms is still one
@pytest.mark.parametrize(("text", "verdict"), [
    (r"$\lim_{x \to 0} \frac{1 - \cos 4x}{x^2} = \lim_{x \to 0} \frac{(4x)^2}{2x^2}$", "ok"),
    (r"$\lim_{x \to 0} \frac{\tan 2x}{x^2 + x} = \lim_{x \to 0} \frac{4x}{2x}$", "ok"),
    (r"$\lim_{h \to 0} \frac{4xh + 2h^2}{h} = \lim_{h \to 0} \frac{4xh - 2h^2}{h}$", "error"),
    (r"$\lim_{x \to 0} \frac{1 - \cos 4x}{x^2} = \lim_{x \to 0} \frac{(4x)^2}{x^2}$", "error"),
])
def test_equivalents_with_a_constant_moved_across_the_bar(text, verdict):
    assert [v for _, v in _steps(text, "md")] == [verdict]


# the header lines Anki and the tools that write its format use (`#notetype column: 1`,
# `#deck:Calc`, `#columns:front back tags`, `#separator:Tab`); `#html:false`: no HTML to blank
@pytest.mark.parametrize(("header", "card", "expected"), [
    ("#separator:Tab\n#html:true\n#deck:Calc\n#notetype:Basic\n#columns:front back tags\n",
     r"d/dx | \(\frac{d}{dx} x^3 = 3x^2\) | calc", [(6, "ok")]),
    ("#separator:tab\n#html:true\n#notetype column: 1\n#tags column:2\n\n",
     r"Basic | calc | \(\frac{d}{dx} x^3 = 3x\)", [(6, "error")]),
    ("#separator:tab\n#html:false\n#tags column:3\n\n\n",
     r"order | \(\frac{1}{1 - x} = 1 + x + x^2 + \dots\) for \(|x| < 1\) | calc",
     [(6, "ok"), (6, "unchecked")]),
])
def test_anki_headers_as_written(header, card, expected):
    text = header + "\t".join(card.split(" | ")) + "\n"
    assert _steps(text, "txt") == expected


# the first equation of implicit differentiation right below the curve it differentiates, in
# separate spans, is checked as the one in a chain is (tutor.derive.implicit): both solved for
# the slope (y' or dy/dx) and compared (it was a premise "taken as given"); a wrong y' stays
# unchecked (y' may name another variable), a wrong dy/dx is an error at a point of the curve
@pytest.mark.parametrize(("text", "expected"), [
    (r"$x^2 + y^2 = 25$, so $2x + 2y y' = 0$ and $y' = -\frac{x}{y}$.",
     ["unchecked", "ok", "ok"]),
    (r"$x^2 + y^2 = 25$, so $2x + y y' = 0$ and $y' = -\frac{2x}{y}$.",
     ["unchecked", "unchecked", "ok"]),
    (r"$xy = 6$ then $y + x y' = 0$ and $y' = -\frac{y}{x}$.", ["unchecked", "ok", "ok"]),
    (r"$x^3 + y^3 = 6xy$. Differentiating: $3x^2 + 3y^2 \frac{dy}{dx} = 6y + 6x \frac{dy}{dx}$",
     ["unchecked", "ok"]),
    (r"$x^3 + y^3 = 6xy$. Differentiating: $3x^2 + 3y^2 \frac{dy}{dx} = 6y + 6 \frac{dy}{dx}$",
     ["unchecked", "error"]),
])
def test_implicit_differentiation_of_the_curve_above(text, expected):
    assert [verdict for _, verdict in _steps(text, "md")] == expected


# logarithmic differentiation: an equation in y' below y's formula (`y'/y = ln x + 1` under
# y = x^x) holds with y' the derivative of that formula: ok (it was a premise "taken as
# given"); one that does not hold stays unchecked
@pytest.mark.parametrize(("text", "expected"), [
    (r"$y = x^x$, $\ln y = x \ln x$, $\frac{y'}{y} = \ln x + 1$, $y' = x^x (\ln x + 1)$.",
     ["unchecked", "ok", "ok", "ok"]),
    (r"$y = x^x$, $\ln y = x \ln x$, $\frac{y'}{y} = \ln x$, $y' = x^x \ln x$.",
     ["unchecked", "ok", "unchecked", "unchecked"]),
    (r"$y = x^2 + 1$, so $\frac{y'}{x} = 2$", ["unchecked", "ok"]),
])
def test_an_equation_in_y_prime_below_y_formula(text, expected):
    assert [verdict for _, verdict in _steps(text, "md")] == expected


# a point or interval with its coordinates split by `;` (where `,` is the decimal mark: `(3; 4)`,
# `M_0(x_0; y_0)`) reads as the tuple (it was "unexpected character ';'")
@pytest.mark.parametrize(("text", "read"), [
    (r"(3; 4)", "!a tuple or interval (3; 4)"),
    (r"\left(3; 4\right)", "!a tuple or interval"),
    (r"f(1; 2)", "f(1, 2)"),
])
def test_a_point_with_semicolons(text, read):
    assert_reading(text, read)


def test_a_point_with_semicolons_in_a_document_is_no_parse_error():
    text = r"В точке $(3; 4)$: $y' = -\frac{3}{4}$."
    assert "parse_error" not in [verdict for _, verdict in _steps(text, "md")]


# prose read around the math (a one-hot label, independence, a described law) finds the math
# in double-escaped `\\(y\\)` too (Hugo, ox-hugo): the one-hot y of a softmax gradient counts
def test_a_one_hot_label_in_double_escaped_math():
    text = ("\\\\(s\\_i = \\frac{e^{z\\_i}}{\\sum\\_k e^{z\\_k}}\\\\) and "
            "\\\\(L = -\\sum\\_i y\\_i \\log s\\_i\\\\) with a one-hot \\\\(y\\\\):\n\n"
            "$$\n\\frac{\\partial L}{\\partial z\\_j} = s\\_j - y\\_j\n$$\n")
    assert [verdict for _, verdict in _steps(text, "md")][-1] == "ok"


# real notes: Unicode superscripts typed inside TeX math (`x²`, `4y³`: a phone or an Obsidian
# note) are powers (they were "unexpected character '²'")
@pytest.mark.parametrize(("text", "read"), [
    (r"x² + 3xy - 4y³", "x**2 + 3*x*y - 4*y**3"),
    (r"\frac{5-x²}{2x}", "(5 - x**2)/((2*x))"),
    (r"e^{x²}", "E**(x**2)"),
    (r"\ln x²", "log(x**2)"),
])
def test_unicode_superscripts_in_tex_math(text, read):
    assert_reading(text, read)


# Wikipedia's `{\displaystyle …}` copied with the math, and KaTeX's `\displaylines{ a \\ b }`,
# wrap the math: blanked (they were "unexpected character '='" and "unknown command")
@pytest.mark.parametrize(("text", "expected"), [
    (r"Пусть ${\displaystyle y = x^2 + 1}$, тогда ${\displaystyle y' = 2x}$.",
     ["unchecked", "ok"]),
    ("$$\\displaylines{\n(x + 1)^2 = x^2 + 2x + 1 \\\\\n(x - 1)^2 = x^2 - 2x + 1\n}$$",
     ["ok", "ok"]),
    ("$$\\displaylines{\n(x + 1)^2 = x^2 + x + 1\n}$$", ["error"]),
])
def test_display_wrappers_are_blanked(text, expected):
    assert [verdict for _, verdict in _steps(text, "md")] == expected


# connective words in \text as other languages write them (`\text{ где } x = g(y)`: Russian
# "where") part two statements, as `\text{ where }` does
def test_a_russian_where_parts_two_statements():
    assert_reading(r"\text{ где }", "!the line ends too early")
    text = r"$$g(y) = \frac{1}{2}, \quad \text { где } y = 1$$"
    assert "parse_error" not in [verdict for _, verdict in _steps(text, "md")]


# `sin x`, `cos x`, `ln x` written bare in TeX math (HTML and Markdown notes, `\(\frac{d}{dx} sin
# x = cos x\)`) are the functions, as `sin(x)` and `sin^2 x` already were (they were the letters
# s·i·n·x: "holds when d/dx (insx) = cosx")
@pytest.mark.parametrize(("text", "read"), [
    (r"sin x", "sin(x)"),
    (r"2 sin x cos x", "2*sin(x)*cos(x)"),
    (r"ln x", "log(x)"),
    (r"e^x sin x", "E**x*sin(x)"),
    (r"sinh x", "sinh(x)"),
    (r"x sin", "i*n*s*x"),  # no argument after it: the letters stay letters
])
def test_bare_function_names_before_their_argument(text, read):
    assert_reading(text, read)


def test_bare_sine_in_an_html_note_is_checked():
    text = ("<p> <br><br>\n\\(\\frac{d}{dx} sin x = cos x\\) <br><br>\n"
            "\\(\\frac{d}{dx} cos x = sin x\\)")
    assert [verdict for _, verdict in _steps(text, "md")] == ["ok", "error"]


# Anki's own LaTeX tags `[$]…[/$]` and `[$$]…[/$$]` in a card are math delimiters
@pytest.mark.parametrize(("card", "expected"), [
    (r"d/dx | [$]\frac{d}{dx} x^3 = 3x^2[/$] | calc", [(3, "ok")]),
    (r"int | [$$]\int_0^1 x\,dx = 1[/$$] | calc", [(3, "error")]),
])
def test_anki_latex_tags(card, expected):
    text = "#separator:tab\n#html:true\n" + "\t".join(card.split(" | ")) + "\n"
    assert _steps(text, "txt") == expected


# a substitution noted in brackets inside a chain (`= \left[ t = 1 + x^2,\ dt = 2x\,dx \right] =`,
# a Russian habit) is no part of it: the chain reads across (it was "unexpected character '='");
# the integral in t is then unchecked (the link t = 1 + x² is not read), never a parse error
def test_a_substitution_note_inside_a_chain():
    text = (r"$\int \frac{2x}{1 + x^2} dx = \left[ t = 1 + x^2,\ dt = 2x\,dx \right] = "
            r"\int \frac{dt}{t} = \ln(1 + x^2) + C$")
    assert [verdict for _, verdict in _steps(text, "md")] == ["unchecked", "unchecked"]


# the \diff macro's `\mathop{}\!` before the d of a differential in a numerator (\frac{\diff t}{t})
def test_the_diff_macro_in_a_numerator():
    assert_reading(r"\int \frac{\mathop{}\!\mathrm{d} t}{t}", "Integral(1/t, t)")


# a function defined anew in more variables (f(x) in one card or section, f(x, y) in the next)
# reads the lines after it in its new variables: ∇f is its gradient (it was "say which variable
# the gradient is taken in", read with the old f(x))
@pytest.mark.parametrize(("gradient", "verdict"), [("(2xy, x^2 + 3)", "ok"),
                                                   ("(2xy, x^2)", "error")])
def test_a_function_redefined_in_more_variables(gradient, verdict):
    text = ("## A\n\n$f(x) = (3x + 1)^2$\n\n## B\n\n"
            f"Gradient of $f(x, y) = x^2 y + 3y$: $\\nabla f = {gradient}$\n")
    assert [v for _, v in _steps(text, "md")] == ["unchecked", "unchecked", verdict]


# q(x_1, y_1) = … (the value at the new point, in as many variables) keeps q's own variables:
# ∇q(1.6, 0.4) below is the gradient of q(x, y) there (read in x_1, y_1 it was a false error)
def test_a_value_at_a_point_keeps_the_function_variables():
    text = ("Gradient descent on $q(x, y) = x^2 + 3y^2$.\n\n"
            "$q(x_1, y_1) = 1.6^2 + 3 \\cdot 0.4^2 = 3.04$\n\n"
            "$\\nabla q(1.6, 0.4) = \\langle 3.2, 2.4 \\rangle$\n")
    assert _steps(text, "md")[-1] == (5, "ok")


# a sum with no index written (`E_{total} = \sum \frac{1}{2}(target - output)^2`, a real
# backprop note) is read but adds what it does not say: unchecked with the reason (it was a
# parse error)
def test_a_sum_with_no_index_is_unchecked():
    text = "$$\nE_{total} = \\sum \\frac{1}{2}(target - output)^2\n$$\n"
    steps = tutor.check_document(text, kind="md").steps
    assert [(s.verdict, "needs an index" in s.message) for s in steps] == [("unchecked", True)]
