"""Right steps of real notes that were called wrong (the twentieth look at other people's notes),
each beside a wrong step of the same shape that must stay an error."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


def _last_verdict(text: str) -> str:
    return check_document(text, kind="md").steps[-1].verdict


# a rewrite under a limit is judged where the limit looks: x > 0 as x → +∞, close to the point
@pytest.mark.parametrize(("left", "right", "verdict"), [
    (r"\lim_{x\to +\infty} \frac{x}{\sqrt{x^2+x}+x}",
     r"\lim_{x\to +\infty} \frac{1}{\sqrt{1+\tfrac{1}{x}}+1}", "ok"),   # equal for x > 0 only
    (r"\lim_{x\to\infty} \frac{|x-1|}{x}", r"\lim_{x\to\infty} \frac{x-1}{x}", "ok"),
    (r"\lim_{x\to 0} \frac{|x-1| \sin x}{x}", r"\lim_{x\to 0} \frac{(1-x)\sin x}{x}", "ok"),
    (r"\lim_{x\to 0^+} \frac{\sqrt{x^2}}{x}", r"\lim_{x\to 0^+} 1", "ok"),
    (r"\lim_{h\to 0} \frac{2xh + h^2}{h}", r"\lim_{h\to 0} (2x + 7h)", "error"),  # by luck
    (r"\lim_{x\to 0} \frac{\sin 2x}{x}", r"\lim_{x\to 0} \frac{\sin 7x}{x}", "error"),
    (r"\lim_{x\to\infty} \frac{|x-1|}{x}", r"\lim_{x\to\infty} \frac{x-3}{2x}", "error"),
])
def test_rewrites_under_a_limit(left, right, verdict):
    assert _last_verdict(f"$${left} = {right}$$\n") == verdict


# a step along an arrow marked with a move is no equality: L'Hôpital's rule is ok, another
# marked move unchecked; an unmarked arrow is a rewrite, judged as one
@pytest.mark.parametrize(("display", "verdicts"), [
    (r"\frac{\sin x - x}{x^3} \xrightarrow{(1)} \frac{\cos x - 1}{3x^2}", ["ok"]),
    (r"\frac{x^3}{e^x} \xrightarrow{(1)} \frac{3x^2}{e^x} \xrightarrow{(2)} \frac{6x}{e^x}",
     ["ok", "ok"]),
    (r"\frac{\sin x - x}{x^3} \xrightarrow{(1)} \frac{\cos x}{3x^2}", ["unchecked"]),
    (r"\frac{\sin x - x}{x^3} \xrightarrow{\text{L'H}} \frac{\cos x - 1}{3x}", ["unchecked"]),
    (r"x^2 - 1 \to (x - 1)(x + 2)", ["error"]),
    (r"\frac{x^2}{e^x} \to \frac{2x}{e^x}", ["ok"]),
])
def test_steps_along_arrows(display, verdicts):
    steps = check_document(f"$${display}$$\n", kind="md").steps
    assert [s.verdict for s in steps] == verdicts, [(s.verdict, s.message) for s in steps]


def test_a_display_opening_with_a_marked_arrow_starts_afresh():
    text = ("Form $0/0$. Differentiate twice:\n\n$$\n\\xrightarrow{(1)} \\frac{e^x - 1}{2x}\n"
            "\\xrightarrow{(2)} \\frac{e^x}{2}\n$$\n")
    steps = check_document(text, kind="md").steps
    assert [s.verdict for s in steps] == ["ok"], [(s.verdict, s.message) for s in steps]


# the chain rule with u named after y was defined in x: y is u^5 through u = 3x + 1
@pytest.mark.parametrize(("heading", "last"), [
    ("### Example 6: Differentiate $y = (3x + 1)^5$", "15u^4"),
    ("### Example 6", "15u^4"),
    ("### Example 6: Differentiate $y = (3x + 1)^5$", "5u^4"),       # a slip stays one
])
def test_chain_rule_through_a_name_defined_after(heading, last):
    text = (f"{heading}\n\nLet $u = 3x + 1$, so $y = u^5$.\n\n"
            f"$$\\frac{{dy}}{{dx}} = \\frac{{dy}}{{du}} \\cdot \\frac{{du}}{{dx}} = {last}$$\n")
    verdicts = [s.verdict for s in check_document(text, kind="md").steps if s.line == 5]
    assert verdicts == (["ok", "ok"] if last == "15u^4" else ["ok", "error"])


# `\sin x(1 + \sin x)` on both sides: read as sin(x)·(1 + sin x) on both, as it is meant
@pytest.mark.parametrize(("right", "verdict"), [
    (r"-\frac{\sin x + \sin^2 x + \cos^2 x}{\cos x(1+\sin x)}", "ok"),
    (r"-\frac{\sin x + 1}{\cos x(1+\sin x)}", "ok"),
    (r"-\frac{\sin x + 2}{\cos x(1+\sin x)}", "error"),
])
def test_function_argument_before_a_bracket_on_both_sides(right, verdict):
    left = r"-\frac{\sin x(1+\sin x) + \cos^2 x}{\cos x(1+\sin x)}"
    assert _last_verdict(f"$${left} = {right}$$\n") == verdict


def test_second_derivatives_under_a_limit_are_no_internal_error():
    steps = check_document(r"$$ \lim_{h \to 0} \frac{f''(c+h) + f''(c-h)}{2} = f''(c) $$" "\n",
                           kind="md").steps
    assert steps and all("internal error" not in s.message for s in steps)


# an equation after one whose solutions are not known (a function not defined here, taken at
# the unknown), or after one that holds for every value as read: nothing follows, no error
@pytest.mark.parametrize(("first", "second", "verdict"), [
    (r"\frac{\mathrm{d}\mathrm{Var}(p_M)}{\mathrm{d}p} &= 0", r"0 &= -2 \, p_M + 1", "unchecked"),
    (r"2x &= x + x", r"x &= 3", "unchecked"),
    (r"2x - 6 &= 0", r"x &= 4", "error"),                      # a wrong solution stays one
])
def test_equations_after_an_equation_that_says_nothing(first, second, verdict):
    text = f"$$\\begin{{aligned}}\n{first} \\\\\n{second}\n\\end{{aligned}}$$\n"
    steps = check_document(text, kind="md").steps
    assert steps[-1].verdict == verdict, [(s.line, s.verdict, s.message) for s in steps]


# a function whose definition calls one defined under an earlier heading (f(x) = u(g(x)), u of
# the example two headings up): the u meant here may be another, so no error through it
CHAIN = ("## Sums\n\n### Example\n\nLet $u(x) = 16x^4$ and $v(x) = 8x^2 + 1$.\n\n"
         "## Chain rule\n\n### Proof\n\nBy the limit of the quotient.\n\n### Example\n\n"
         "Let $f(x) = u(g(x)) = (g(x))^2$ and $g(x) = 4x^2 + 1$.\n\n$$f'(x) = {}$$\n")


@pytest.mark.parametrize(("answer", "verdict"), [
    ("64x^3 + 16x", "unchecked"),
    ("64x^3", "unchecked"),
])
def test_a_function_through_one_defined_under_an_earlier_heading(answer, verdict):
    assert _last_verdict(CHAIN.replace("{}", answer)) == verdict


def test_a_function_defined_under_this_heading_is_checked():
    text = CHAIN.replace("{}", "64x^3").replace("### Example\n\nLet $f", "### Example\n\n"
                                                "Let $u(x) = x^2$. Let $f")
    assert _last_verdict(text) == "error"


# MathJax's `\unicode{…}` is the character it names; 𝟙 (U+1D7D9) is the indicator, not a one
@pytest.mark.parametrize(("text", "read"), [
    (r"q_i - \unicode{x1D7D9}(y=i)", "q_i - I(Eq(y, i))"),
    (r"q_i - 𝟙[y=i]", "q_i - I(Eq(y, i))"),
    (r"2 \unicode{8722} 1", "-1 + 2"),
    (r"𝟙_{i=k}", "KroneckerDelta(i, k)"),
    (r"𝐸[𝑋] + 𝟏", "E(X) + 1"),            # a bold one is a one
    (r"\unicode{x0} + 1", "!unknown command \\unicode"),
])
def test_unicode_characters(text, read):
    from tests.document_steps import assert_reading

    assert_reading(text, read)


# a limit of functions not defined here is a general statement: said so, not "in time"
@pytest.mark.parametrize(("display", "words"), [
    (r"\lim_{x\to a} \frac{f(x)}{g(x)} = \lim_{x\to a} \frac{f'(x)}{g'(x)}", "a limit of f, g"),
    (r"\lim_{h \to 0} \frac{g(c+h) + g(c-h)}{2} = g(c)", "a limit of g"),
])
def test_limits_of_functions_not_defined_here(display, words):
    steps = check_document(f"$${display}$$\n", kind="md").steps
    assert steps[-1].verdict == "unchecked" and words in steps[-1].message, steps[-1].message


# `\text{, find }` after a definition is an instruction: the definition stands (it was a parse
# error, and every f'(x) below it unchecked: f not defined)
@pytest.mark.parametrize(("word", "last"), [
    ("find", "ok"), ("compute", "ok"), ("evaluate", "ok"), ("and", "ok"),
])
def test_an_instruction_after_a_definition(word, last):
    text = (f"\\(f(x) = x^2 \\space \\text{{, {word} }} f\\prime(x)\\)\n\n"
            "\\(f\\prime(x) = \\lim\\limits_{h \\to 0} \\cfrac{(x+h)^2 - x^2}{h} = 2x\\)\n")
    steps = check_document(text, kind="md").steps
    assert steps[0].message.startswith("definition of f") and steps[-1].verdict == last, [
        (s.verdict, s.message) for s in steps]


def test_a_wrong_derivative_after_an_instruction_is_an_error():
    text = ("\\(f(x) = x^2 \\space \\text{, find } f\\prime(x)\\)\n\n"
            "\\(f\\prime(x) = \\lim\\limits_{h \\to 0} \\cfrac{(x+h)^2 - x^2}{h} = 2\\)\n")
    assert _last_verdict(text) == "error"
