"""The tenth round of real-notes habits (calculus, ML calculus): integrals typed in a plain
step file (`int x e^x dx`, `int_0^1 x^2 dx`), `f(x) = … \\Rightarrow f'(x) = …` in one formula,
a rounding residue said to be about 0, an index condition after the second claim of a line,
∂L/∂z_1 of a loss summed over the family z_k."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_reading, assert_verdicts
from tutor.batch import check_document


def plain_verdicts(text: str) -> list:
    """(verdict, message) of each step of a plain step file."""
    return [(s.verdict, s.message) for s in check_document(text, kind="txt").steps]


# `int … dx` in a typed step file is an integral (it was i·n·t·…·d·x: a false alarm)
@pytest.mark.parametrize(("text", "verdicts"), [
    ("int x e^x dx = x e^x - int e^x dx\n= x e^x - e^x + C", ["ok", "ok"]),
    ("int 2x cos(x^2) dx = sin(x^2) + C", ["ok"]),
    ("int x^2 dx = x^3/3 + C", ["ok"]),
    ("int 1/x dx = ln|x| + C", ["ok"]),
    ("∫ 2x dx = x^2 + C", ["ok"]),
    ("int dx = x + C", ["ok"]),
    ("int_0^1 x^2 dx = 1/3", ["ok"]),
    ("int_0^pi sin(x) dx = 2", ["ok"]),
    ("int_{-1}^{1} x^2 dx = 2/3", ["ok"]),
    ("int_1^e ln(x) dx = 1", ["ok"]),
    ("int_0^oo e^(-x) dx = 1", ["ok"]),
    ("int_0^2 t^2 dt = 8/3", ["ok"]),
    ("int_0^2 x^3 dx = 2^4/4\n= 8", ["ok", "error"]),     # the planted slip is still found
    ("int_0^1 x^2 dx = 1/2", ["error"]),
    ("int x^2 dx = x^3 + C", ["error"]),
])
def test_integrals_in_a_plain_step_file(text, verdicts):
    assert [v for v, _ in plain_verdicts(text)] == verdicts


# `print x`, `into`: the letters int inside a word are no integral
@pytest.mark.parametrize("text", ["x = 2\nprint = 3", "into = 4"])
def test_int_inside_a_word_is_no_integral(text):
    assert all(v != "parse_error" for v, _ in plain_verdicts(text))


# `f(x) = … \Rightarrow f'(x) = …`: the derivative is a claim of its own about f (never a step
# from the value x e^{-x} before ⇒, nor an equation solved after the one above)
@pytest.mark.parametrize(("text", "expected"), [
    (r"$f(x) = x e^{-x} \Rightarrow f'(x) = e^{-x} - x e^{-x} = (1-x)e^{-x}$",
     [("unchecked", "definition"), ("ok", None), ("ok", None)]),
    (r"$f(x) = x e^{-x} \Rightarrow f'(x) = e^{-x} + x e^{-x}$",
     [("unchecked", "definition"), ("error", None)]),
    (r"$f(x) = x^3 \Rightarrow f'(x) = 3x^2$", [("unchecked", "definition"), ("ok", None)]),
    (r"$f(x) = x^3 \implies f'(x) = 3x$", [("unchecked", "definition"), ("error", None)]),
])
def test_a_derivative_claimed_after_rightarrow(text, expected):
    assert_verdicts(text, expected)


# a list of such rows, f redefined on each: `\ln 2` in a denominator is no condition to
# assume (it made an internal error, 'BooleanTrue' object has no attribute 'lhs')
def test_a_constant_factor_of_a_denominator_is_no_condition():
    text = ("- $f(x) = \\sqrt{x} \\Rightarrow f'(x) = \\dfrac{1}{2\\sqrt{x}}$\n"
            "- $f(x) = 2^x \\Rightarrow f'(x) = 2^x \\ln 2$\n"
            "- $f(x) = \\log_2 x \\Rightarrow f'(x) = \\dfrac{1}{x \\ln 2}$\n")
    steps = check_document(text, kind="md").steps
    assert not any("internal error" in s.message for s in steps)
    assert not any(s.verdict in ("error", "warning") for s in steps)


# `= -0.0001 \approx 0 (rounding)`: a residue said to be about 0 is not checked (no relative
# tolerance can hold 0); `=` is still exact, and a number far from 0 is still wrong
@pytest.mark.parametrize(("text", "expected"), [
    (r"$-0.4239 + 0.2119 + 0.2119 = -0.0001 \approx 0$", [("ok", None), ("unchecked", "0")]),
    (r"$0.9999 + 0.0002 \approx 1$", [("ok", None)]),
    (r"$-0.4239 + 0.2119 + 0.2119 = -0.0001 = 0$", [("ok", None), ("error", None)]),
    (r"$0.2 + 0.3 = 0.5 \approx 0$", [("ok", None), ("error", None)]),
])
def test_a_rounding_residue_about_zero(text, expected):
    assert_verdicts(text, expected)


SOFTMAX = (r"$p_k = \frac{{e^{{z_k}}}}{{\sum_j e^{{z_j}}}}$, $L = -\sum_k y_k \ln p_k$." "\n\n"
           r"$$\frac{{\partial p_k}}{{\partial z_k}} = p_k(1-p_k), \qquad "
           r"\frac{{\partial p_k}}{{\partial z_j}} = {} \quad (j \neq k)$$")


# `(j ≠ k)` after the second claim of a line is its condition (it was read only for the first
# claim, so the second was called wrong at j = k)
@pytest.mark.parametrize(("right_side", "verdict"), [("-p_k p_j", "ok"), ("p_k p_j", "error")])
def test_an_index_condition_after_the_second_claim(right_side, verdict):
    assert_verdicts(SOFTMAX.format(right_side), [
        ("unchecked", "definition"), ("unchecked", "definition"), ("ok", None), (verdict, None)])


ENTRY = r"""$p_k = \frac{{e^{{z_k}}}}{{\sum_j e^{{z_j}}}}$, $L = -\sum_k y_k \ln p_k$.

$$\frac{{\partial L}}{{\partial z_1}} = {}$$
"""


# ∂L/∂z_1 of a loss summed over z_k is taken in the entry z_1 (in a name z_1 it was 0: a
# number claimed for it was called wrong at random z, y)
@pytest.mark.parametrize(("right_side", "expected"), [
    ("p_1 - y_1", ("ok", "Σ_k y_k = 1: the targets of a cross-entropy")),  # one-hot labels
    ("p_1 + y_1", ("error", None)),
    ("0.5761 - 1", ("unchecked", "substitution")),          # at the example's z, y: not wrong
    ("0.2119 - 0", ("unchecked", "substitution")),
])
def test_a_derivative_in_an_entry_of_a_family(right_side, expected):
    assert_verdicts(ENTRY.format(right_side), [
        ("unchecked", "definition"), ("unchecked", "definition"), expected])


BACKWARD = r"""$h = 0.4621$, $w_2 = -1$.

$\frac{{\partial L}}{{\partial z}} = -0.4905$
{}
$\frac{{\partial L}}{{\partial w_2}} = \frac{{\partial L}}{{\partial z}} \cdot h = {}$
"""


# a backward pass at an example's numbers: ∂L/∂z given a number above is that number where it
# is used again in its section (L itself is not defined: the steps were all unchecked)
@pytest.mark.parametrize(("between", "right_side", "expected"), [
    ("", "-0.4905 \\times 0.4621", ("ok", "given above")),
    ("", "-0.4905 \\times 0.4621 = -0.2267", ("ok", "given above")),
    ("", "-0.4905 \\times 0.4621 = -0.2667", ("ok", "given above")),  # then the slip: error
    ("", "-0.4905 \\times 0.5", ("unchecked", None)),          # another h: never an error
    ("", "0.4905 \\times 0.4621", ("unchecked", None)),
    ("\n## Next example\n", "-0.4905 \\times 0.4621", ("unchecked", None)),  # another section
    ("\n$\\frac{\\partial L}{\\partial z} = \\hat y - y$\n", "-0.4905 \\times 0.4621",
     ("unchecked", None)),                                      # given anew, without a number
])
def test_a_derivative_given_a_number_above(between, right_side, expected):
    steps = check_document(BACKWARD.format(between, right_side), kind="md").steps
    got = [(s.verdict, s.message) for s in steps if s.line == max(t.line for t in steps)]
    assert got[1][0] == expected[0], got
    assert expected[1] is None or expected[1] in got[1][1], got
    if right_side.endswith("-0.2667"):
        assert got[2][0] == "error", got


SLIDES = r"""\documentclass{{beamer}}
\begin{{document}}
\begin{{frame}}{{Slowly}}
\begin{{align*}}
\sigma'(z) &= \frac{{e^{{-z}}}}{{(1+e^{{-z}})^2}} \\
{}
\end{{align*}}
\end{{frame}}
\end{{document}}
"""


# Beamer overlays around math or a row of an align are blanked (what they wrap stays): the
# row was a parse error ("unknown command \onslide")
@pytest.mark.parametrize(("row", "verdict"), [
    (r"\onslide<2->{&= \frac{1}{1+e^{-z}}\cdot\frac{e^{-z}}{1+e^{-z}} \\}", "ok"),
    (r"\only<2>{&= \frac{1}{1+e^{-z}}\cdot\frac{e^{-z}}{1+e^{-z}}}", "ok"),
    (r"\pause &= \frac{1}{1+e^{-z}}\cdot\frac{e^{-z}}{1+e^{-z}}", "ok"),
    (r"\uncover<3->{&= \alert{\sigma(z)\,(1-\sigma(z))}}", "ok"),
    (r"\onslide<2->{&= \frac{1}{1+e^{-z}}\cdot\frac{e^{z}}{1+e^{-z}} \\}", "error"),
])
def test_beamer_overlays_around_rows(row, verdict):
    steps = check_document(SLIDES.format(row), kind="tex").steps
    assert [s.verdict for s in steps] == ["ok", verdict], [(s.verdict, s.message) for s in steps]


# a prime on a bracket in x with parameters beside it (`(a^x)'`, `(\log_a x)'`, a linear
# combination of functions): the derivative in x (it was a parse error: one variable only)
@pytest.mark.parametrize(("text", "verdict"), [
    (r"$({a^x})' = a^x * \ln{a}$", "ok"),
    (r"$(a^x)' = x a^{x-1}$", "error"),
    (r"$(\log_a x)' = \frac{1}{x \ln a}$", "ok"),
    (r"$(k x^n)' = k n x^{n-1}$", "ok"),
    (r"$(a \cdot f(x) + b \cdot g(x))' = a \cdot f'(x) + b \cdot g'(x)$", "ok"),
    (r"$(x^2 y)' = 2xy$", "parse_error"),                  # in x or in y: not read
])
def test_a_prime_on_a_bracket_with_parameters(text, verdict):
    assert [s.verdict for s in check_document(text, kind="md").steps] == [verdict]


# an inline partial derivative with a slash names the loss as in \frac (a calligraphic L, ℓ,
# a bold vector): it was a parse error ("∂ is never a symbol")
@pytest.mark.parametrize(("text", "read"), [
    (r"\partial L/\partial z", "Derivative(L(z), z)"),
    (r"\partial \mathcal{L}/\partial z", "Derivative(L(z), z)"),
    (r"\partial \mathcal{L}/\partial z_k", "Derivative(L(z_k), z_k)"),
    (r"\partial \ell/\partial \theta", "Derivative(l(theta), theta)"),
    (r"\partial J/\partial \mathbf{w}", "Derivative(J(w), w)"),
])
def test_a_slash_partial_of_a_named_loss(text, read):
    assert_reading(text, read)


def test_a_slash_partial_in_a_claim_is_read():
    text = r"For logistic regression, $\partial \mathcal{L}/\partial z = p - y$."
    assert [s.verdict for s in check_document(text, kind="md").steps] == ["unchecked"]


# a display that opens with \rightarrow (or \longrightarrow) goes on from the one above as
# \to does (it was a parse error: unexpected '\rightarrow')
@pytest.mark.parametrize(("lead", "claim", "verdict"), [
    (r"\rightarrow", r"\frac{d\sigma(x)}{dx} = (1-\sigma(x))\sigma(x)", "ok"),
    (r"\longrightarrow", r"\frac{d\sigma(x)}{dx} = (1-\sigma(x))\sigma(x)", "ok"),
    (r"\rightarrow", r"\frac{d\sigma(x)}{dx} = (1+\sigma(x))\sigma(x)", "error"),
])
def test_a_display_opening_with_rightarrow(lead, claim, verdict):
    text = f"$$\n\\sigma(x) = \\frac{{1}}{{1+e^{{-x}}}}\n$$\n$$\n{lead} {claim}\n$$\n"
    assert [s.verdict for s in check_document(text, kind="md").steps] == ["ok", verdict]


# a limit written as MathType or Typora export it: `\underset{x\to 0}{\lim}`, `\mathop{\lim}`
@pytest.mark.parametrize(("text", "verdict"), [
    (r"$$\underset{x\to 0}{\lim}\frac{e^x-1}{x} = 1$$", "ok"),
    (r"$$\underset{x \rightarrow \infty}{\lim} \frac{1}{x} = 1$$", "error"),
    (r"$$\mathop{\lim}\limits_{x \to 0} \frac{\sin 2x}{x} = 2$$", "ok"),
])
def test_an_underset_limit(text, verdict):
    assert [s.verdict for s in check_document(text, kind="md").steps] == [verdict]


# the gradient typed in a step file: ∇_w, grad_w, nabla_{w} before an operand (it was a name
# grad_w times the norm, or an unexpected ∇); `grad_w = …` (a name, as in code) stays a name
@pytest.mark.parametrize(("text", "verdicts"), [
    ("∇_w ||Xw - y||^2 = 2 X^T (Xw - y)", ["ok"]),
    ("grad_w ||Xw - y||^2 = 2 X^T (Xw - y)", ["ok"]),
    ("grad_w ||Xw - y||^2 = X^T (Xw - y)", ["error"]),
    ("grad_w (w^T x) = x", ["ok"]),
    ("nabla_{w} ||w||^2 = 2w", ["ok"]),
    ("grad_w = 2", ["unchecked"]),
    ("gradient = 4", ["unchecked"]),
])
def test_a_gradient_typed_in_a_step_file(text, verdicts):
    assert [v for v, _ in plain_verdicts(text)] == verdicts


# a step file's lines numbered `1)`, `(2)`, `b)`: the number is no math (it was a parse error)
@pytest.mark.parametrize(("text", "verdicts"), [
    ("1) lim x->0 tan(x)/x = 1", ["ok"]),
    ("(2) d/dx e^(3x) = 3e^(3x)", ["ok"]),
    ("b) int_0^1 x dx = 1/2", ["ok"]),
    ("12) d/dx x^2 = 3x", ["error"]),
])
def test_a_numbered_line_of_a_step_file(text, verdicts):
    assert [v for v, _ in plain_verdicts(text)] == verdicts


# `\xrightarrow{\text{L'H}}`: a step with its justification over the arrow (it was a parse
# error: unknown command \xrightarrow)
@pytest.mark.parametrize(("text", "verdicts"), [
    (r"$$\lim_{x\to 0}\frac{e^{2x}-1}{x} \xrightarrow{\text{L'H}} \lim_{x\to 0} 2e^{2x} = 2$$",
     ["ok", "ok"]),
    (r"$$\lim_{x\to 0}\frac{e^{2x}-1}{x} \xrightarrow{\text{L'H}} \lim_{x\to 0} e^{2x} = 1$$",
     ["error", "warning"]),                        # the slip, then its result (a warning)
])
def test_a_labeled_arrow_between_steps(text, verdicts):
    assert [s.verdict for s in check_document(text, kind="md").steps][:2] == verdicts


# a remark in brackets of \text words at the end of a row (`\qquad (\text{by parts})`) is
# blanked: it was read as a name multiplying the row (`4x·chain_rule`) or a parse error; a
# condition in \text words (`(\text{for positive x})`) is never blanked
@pytest.mark.parametrize(("text", "read"), [
    (r"2x + 2x = 4x \qquad (\text{by parts})", "['2*x + 2*x', '4*x']"),
    (r"2x + 2x = 4x \quad (\text{chain rule})", "['2*x + 2*x', '4*x']"),
    (r"2x + 2x = 4x \quad (\text{L'H})", "['2*x + 2*x', '4*x']"),
    (r"2x + 2x = 4x \quad (\textit{product rule}).", "['2*x + 2*x', '4*x']"),
    (r"\sqrt{x^2} = x \quad (\text{for positive x})", "['sqrt(x**2)', 'for_positive_x*x']"),
])
def test_a_text_remark_in_brackets_at_the_end(text, read):
    from tutor.read.parser import parse
    assert str([str(p.expr) for p in parse(text, "latex").parts]) == read


# a power of a function named in upright letters is the power of the function (it was a
# parse error: unexpected character '^')
@pytest.mark.parametrize(("text", "read"), [
    (r"\text{sech}^2(x)", "sech(x)**2"),
    (r"\operatorname{tanh}^2(x)", "tanh(x)**2"),
    (r"\mathrm{sech}^2 x", "sech(x)**2"),
    (r"\text{tanh}^{2}(x)", "tanh(x)**2"),
    (r"\tanh'(x) = 1 - \tanh^2(x) = \text{sech}^2(x)", None),
])
def test_a_power_of_an_upright_function_name(text, read):
    if read is None:
        assert [s.verdict for s in check_document(f"$${text}$$", kind="md").steps] == ["ok", "ok"]
    else:
        assert_reading(text, read)


# names typed as in code: `y_hat`, `x_bar`, `w_tilde` are ŷ, x̄, w̃ (as \hat{y} is); the
# derivative `dL/dw1`, `dz_1/dw_1`, `dL/dy_hat` is in that one name (dL/dw1 was dL/dw times 1,
# dz_1/dw_1 the product d·z_1·w_1/d, dL/dy_hat a parse error)
@pytest.mark.parametrize(("text", "read"), [
    ("y_hat + p_hat", "['p_hat', 'y_hat']"),
    ("x_bar - w_tilde", "['w_tilde', 'x_bar']"),
    ("dL/dw1", "Derivative(L(w_1), w_1)"),
    ("dL/dw_1", "Derivative(L(w_1), w_1)"),
    ("dz_1/dw_1", "Derivative(z_1(w_1), w_1)"),
    ("dL/dy_hat", "Derivative(L(y_hat), y_hat)"),
    ("dy/dx", "Derivative(y(x), x)"),
])
def test_names_and_derivatives_typed_as_in_code(text, read):
    from tutor.read.parser import parse
    value = parse(text, "plain")
    got = str(sorted(s.name for s in value.free_symbols)) if "+" in text or "-" in text \
        else str(value)
    assert got == read


@pytest.mark.parametrize(("text", "verdicts"), [
    ("L = (y_hat - y)^2\ndL/dy_hat = 2(y_hat - y)", ["unchecked", "ok"]),
    ("L = (y_hat - y)^2\ndL/dy_hat = 2(y - y_hat)", ["unchecked", "error"]),
    ("z1 = w1*x1 + b\ndz1/dw1 = x1", ["unchecked", "ok"]),
    ("z1 = w1*x1 + b\ndz1/dw1 = w1", ["unchecked", "unchecked"]),  # x_1 gone: a substitution
])
def test_backprop_typed_with_code_names(text, verdicts):
    assert [v for v, _ in plain_verdicts(text)] == verdicts


# Italian notes: the derivative operator D in prose around two inline formulas,
# `D($x^{-2}$) = $-2x^{-1}$`, is one claim about the derivative (it was two lone formulas, and a
# planted power slip went unseen); `ID($x$)` or a D inside math is left alone
@pytest.mark.parametrize(("text", "verdicts"), [
    ("- D($x^{-2}$) = $-2x^{-3}$", ["ok"]),
    ("- D($x^{-2}$) = $-2x^{-1}$", ["error"]),
    ("- D($sin(x)$) = $cos(x)$", ["ok"]),
    ("- D($\\ln(x^2+1)$) = $\\frac{2x}{x^2+1}$", ["ok"]),
    ("- D($e^{-2x}$)=$2e^{-2x}$", ["error"]),
    ("- ID($x$) = $1$", []),
])
def test_the_derivative_operator_d_in_prose(text, verdicts):
    steps = check_document(text, kind="md").steps
    assert [s.verdict for s in steps] == verdicts
    assert all(s.line == 1 and s.column > 4 for s in steps)


# a hat, bar or tilde typed as Unicode (ŷ, x̄, θ̂, w̃; precomposed or combining) is the name
# \hat{y}, \bar{x} … have (it was a parse error: unexpected character)
@pytest.mark.parametrize(("text", "names"), [
    ("ŷ - y", ["y", "y_hat"]),
    ("x̄ + ȳ", ["x_bar", "y_bar"]),
    ("θ̂ + w̃", ["theta_hat", "w_tilde"]),
])
@pytest.mark.parametrize("syntax", ["latex", "plain"])
def test_a_unicode_accent_over_a_letter(text, names, syntax):
    from tutor.read.parser import parse
    assert sorted(s.name for s in parse(text, syntax).free_symbols) == names


@pytest.mark.parametrize(("text", "verdicts"), [
    ("$ŷ = \\sigma(z)$, so $\\frac{d\\hat{y}}{dz} = ŷ(1 - ŷ)$", ["unchecked", "ok"]),
    ("$ŷ = \\sigma(z)$, so $\\frac{d\\hat{y}}{dz} = ŷ(1 + ŷ)$", ["unchecked", "error"]),
])
def test_a_unicode_hat_is_the_same_name_as_hat(text, verdicts):
    assert [s.verdict for s in check_document(text, kind="md").steps] == verdicts
