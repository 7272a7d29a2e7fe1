"""Habits met in real public notes read in the ninth round (measured only, never copied): a
named law's mass or density written as a function of its value (`\\mathrm{Poiss}(y_i;
\\lambda) = …`), LaTeX lines in a plain step file, TeX's infix `{n \\choose k}` in a function's
argument, sums over a written-out set {0, 1}, a label before a declaration."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_reading, assert_verdicts
from tutor.batch import check_document
from tutor.errors import ParseError
from tutor.read.parser import parse


# a law's mass or density at a value is a claim about a known formula, not a new definition
@pytest.mark.parametrize(("text", "verdict"), [
    (r"$$\mathrm{Pois}(k; \lambda) = \frac{\lambda^k e^{-\lambda}}{k!}$$", "ok"),
    (r"$$\mathrm{Poiss}(y_i; \lambda) = \frac{\lambda^{y_i} \cdot \exp(-\lambda)}{y_i !}$$", "ok"),
    (r"$$\mathrm{Poisson}(k \mid \lambda) = \frac{\lambda^k e^{\lambda}}{k!}$$", "error"),
    (r"$$\mathrm{Bin}(k; n, p) = \binom{n}{k} p^k (1-p)^{n-k}$$", "ok"),
    (r"$$\text{Binomial}(k; n, p) = \binom{n}{k} p^{n-k} (1-p)^{k}$$", "error"),
    (r"$$\mathcal{N}(x; \mu, \sigma^2) = \frac{1}{\sqrt{2\pi\sigma^2}}"
     r" e^{-\frac{(x-\mu)^2}{2\sigma^2}}$$", "ok"),
    (r"$$\mathcal{N}(x \mid 0, 1) = \frac{1}{\sqrt{2\pi}} e^{-x^2/2}$$", "ok"),
    # σ of N(μ, σ²) is a deviation, positive: 1/(σ√(2π)) is 1/√(2πσ²)
    (r"$$\mathcal{N}(x|\mu,\sigma^2) = \frac{1}{\sigma\sqrt{2\pi}}"
     r" e^{-\frac{(x-\mu)^2}{2\sigma^2}}$$", "ok"),
    (r"$$\mathcal{N}(x|\mu,\sigma^2) = \frac{1}{\sigma\sqrt{2\pi}}"
     r" e^{-\frac{(x-\mu)^2}{\sigma^2}}$$", "error"),
    (r"$$\mathcal{N}(x \mid 0, 1) = \frac{1}{2\pi} e^{-x^2/2}$$", "error"),
])
def test_a_law_written_as_a_function_of_its_value(text, verdict):
    assert_verdicts(text, [(verdict, None)])


# laws whose parameters are written in more than one way stay definitions (never an error)
@pytest.mark.parametrize("text", [
    r"$$\mathcal{N}(x; \mu, \sigma) = \frac{1}{\sigma\sqrt{2\pi}}"
    r" e^{-\frac{(x-\mu)^2}{2\sigma^2}}$$",
    r"$$\mathrm{Bern}(x; p) = p x + (1-p)(1-x)$$",
    r"$$\mathrm{Exp}(x; \beta) = \frac{1}{\beta} e^{-x/\beta}$$",
    r"$$B(k; n, p) = n + k + p$$",
])
def test_a_law_with_more_than_one_convention_is_not_judged(text):
    assert_verdicts(text, [("unchecked", "definition")])


# a law used inside a chain: the mass written after p(y|λ) is checked against the law
def test_a_law_used_after_a_conditional_mass():
    text = (r"$$p(y_i|\lambda) = \mathrm{Poiss}(y_i; \lambda) = "
            r"\frac{\lambda^{y_i} e^{-\lambda}}{y_i !}$$")
    assert [s.verdict for s in check_document(text, kind="md").steps] == ["unchecked", "ok"]


# a plain step file (a line each) whose lines are written in LaTeX reads them as LaTeX and
# still chains them line to line
@pytest.mark.parametrize(("second", "verdict"), [("= x^{-1}", "ok"), ("= x^{-2}", "error"),
                                                 ("\\frac{1}{x} = x^{-1}", "ok")])
def test_latex_lines_in_a_plain_step_file(tmp_path, second, verdict):
    path = tmp_path / "steps.txt"
    path.write_text("f(x) = \\frac{1}{x}\n" + second + "\n", encoding="utf-8")
    steps = check_document(str(path)).steps
    assert [s.verdict for s in steps][-1] == verdict
    assert all(s.verdict != "parse_error" for s in steps)


# TeX's infix binomial and fraction inside a function's braced argument
@pytest.mark.parametrize(("text", "read"), [
    (r"\log {n \choose y} + y \log p", "y*log(p) + log(binomial(n, y))"),
    (r"\ln{n \choose k}", "log(binomial(n, k))"),
    (r"\log {a \over b}", "log(a/b)"),
    (r"{{n+1} \choose {k}}", "binomial(n + 1, k)"),
    (r"{1\over2}", "1/2"),
])
def test_infix_choose_and_over(text, read):
    assert_reading(text, read)


# a sum or product over a written-out run of whole numbers has those bounds
@pytest.mark.parametrize(("text", "read"), [
    (r"\sum_{x \in \{0,1\}} x^2", "Sum(x**2, (x, 0, 1))"),
    (r"\sum_{x \in \left\lbrace 0,1 \right\rbrace} p(x)", "Sum(p(x), (x, 0, 1))"),
    (r"\sum_{k \in \{1, 2, \dots, 6\}} k", "Sum(k, (k, 1, 6))"),
    (r"\sum_{k \in \{1, \ldots, 6\}} k", "Sum(k, (k, 1, 6))"),
    (r"\prod_{i\in\{1,2,3\}} i", "Product(i, (i, 1, 3))"),
    (r"\sum_{x \in \{1,3\}} x", "!a set"),          # not one apart: not a range
    (r"\sum_{x \in \{2, 1\}} x", "!a set"),
    (r"\sum_{x \in \{1, \dots, n\}} x", "!a set"),  # n: not a number here
])
def test_a_sum_over_listed_whole_numbers(text, read):
    got = reading(text)
    assert got == read or (read.startswith("!") and read[1:] in got), got


def reading(text: str) -> str:
    try:
        return str(parse(text, "latex"))
    except ParseError as exc:
        return "!" + exc.message


# a label before a declaration (`P: X \sim Bern(p_1)`) is taken off
def test_a_label_before_a_declaration():
    assert_verdicts(r"$$P: \; X \sim \mathrm{Bern}(p_1)$$", [("unchecked", "declaration")])


# KL of two Bernoulli laws over {0, 1}, with a slip in the last term
@pytest.mark.parametrize(("last", "verdict"), [
    (r"p_1 \ln \frac{p_1}{p_2}", "ok"), (r"p_1 \ln \frac{p_2}{p_1}", "error")])
def test_a_sum_over_zero_and_one_written_out(last, verdict):
    text = (r"$$\sum_{x \in \{0,1\}} p_1^x (1-p_1)^{1-x} \ln \frac{p_1^x (1-p_1)^{1-x}}"
            r"{p_2^x (1-p_2)^{1-x}} = (1-p_1)\ln\frac{1-p_1}{1-p_2} + " + last + "$$")
    assert_verdicts(text, [(verdict, None)])


# `\log` before a product with bracketed factors is the log of the whole product, as
# `\log x (1+x)` already was (the Bernoulli log-likelihood was a false error)
@pytest.mark.parametrize(("text", "read"), [
    (r"\log p^{y}(1-p)^{1-y}", "log(p**y*(1 - p)**(1 - y))"),
    (r"\log \sigma(z)^{y}(1-\sigma(z))^{1-y}", "log((1 - sigmoid(z))**(1 - y)*sigmoid(z)**y)"),
    (r"\log x^2 (1-x)^3 y", "log(x**2*y*(1 - x)**3)"),
    (r"\log(x)(1+x)", "(x + 1)*log(x)"),            # its own brackets close the argument
    (r"\log p^{y}\cdot(1-p)^{1-y}", "(1 - p)**(1 - y)*log(p**y)"),  # a written product sign
])
def test_log_of_a_product_with_bracketed_factors(text, read):
    assert_reading(text, read)


@pytest.mark.parametrize(("sign", "verdict"), [("+", "ok"), ("-", "error")])
def test_bernoulli_log_likelihood_of_a_product(sign, verdict):
    text = rf"$$\log p^{{y}}(1-p)^{{1-y}} = y\log p {sign} (1-y)\log(1-p)$$"
    assert_verdicts(text, [(verdict, None)])


IMAGE_MATH = """Sigmoid:

<img src="https://latex.codecogs.com/svg.latex?%5Csigma(z)%20=%20%5Cfrac{1}{1+e%5E{-z}}" />

Its derivative:

![d](https://latex.codecogs.com/gif.latex?%5Cfrac%7Bd%5Csigma%7D%7Bdz%7D%20=%20%5Csigma(z)(1-%5Csigma(z)))

Wrong:

<img src="https://render.githubusercontent.com/render/math?math=%5Csigma(0)%20=%20SLIP" />
"""


# math kept in an image's address (codecogs, GitHub's old renderer) is read, where it stands
@pytest.mark.parametrize(("slip", "verdict"), [("0.5", "ok"), ("0.6", "error")])
def test_math_in_an_image_address(slip, verdict):
    steps = check_document(IMAGE_MATH.replace("SLIP", slip), kind="md").steps
    assert [s.verdict for s in steps] == ["ok", "ok", verdict]
    assert [s.line for s in steps] == [3, 7, 11]


# a derivative in an entry of a family that has a value (dp_i/dz_i with z_i = w x_i + b) is
# taken in that entry; with a vector wᵀx_i it is left unchecked (was an internal error)
@pytest.mark.parametrize(("inside", "right", "verdict"), [
    ("w x_i", "p_i(1-p_i)", "ok"), ("w x_i", "p_i(1+p_i)", "error"),
    ("w^T x_i", "p_i(1-p_i)", "unchecked")])
def test_derivative_in_an_entry_with_a_value(inside, right, verdict):
    text = (rf"$$z_i = {inside} + b, \quad p_i = \sigma(z_i)$$" "\n\n"
            rf"$$\frac{{dp_i}}{{dz_i}} = {right}$$")
    steps = check_document(text, kind="md").steps
    assert steps[-1].verdict == verdict
    assert "internal error" not in (steps[-1].message or "")


CALLOUT = """```ad-example
A fair coin:
- $-(0.5 \\log_2 0.5 + 0.5 \\log_2 0.5) =$
- $-(-0.5 - 0.5) = VALUE$
```

```python
x = 2 + 2 = 5
```
"""


# an Obsidian callout written as a ```ad-… fence is Markdown (its math is read); a row that
# ends with `=` goes on in the next row; a code fence stays code
@pytest.mark.parametrize(("value", "verdict"), [("1", "ok"), ("2", "error")])
def test_callout_fence_and_a_trailing_equals(value, verdict):
    steps = check_document(CALLOUT.replace("VALUE", value), kind="md").steps
    assert [(s.line, s.verdict) for s in steps] == [(4, "ok"), (4, verdict)]


@pytest.mark.parametrize(("text", "verdicts"), [
    ("- $2 + 3 =$\n- $5$\n", ["ok"]),
    ("- $2 + 3 =$\n- $6$\n", ["error"]),
    ("- $2 + 3 =$\n- $= 5$\n", ["ok"]),  # its own `=`: not carried, the trailing one blanked
    ("- $2 + 3 =$\n- $= 6$\n", ["error"]),
    ("Then $f(2) =$ the value we want, and $g = 5$.\n", ["unchecked"]),  # a question's `=`
])
def test_a_trailing_equals_is_carried_only_to_the_next_row(text, verdicts):
    assert [s.verdict for s in check_document(text, kind="md").steps] == verdicts


# an unbracketed d/dx before a sum: a step that holds only with the operator over the whole
# sum is right (as its writer means it); brackets written keep TeX's reach
@pytest.mark.parametrize(("text", "verdict"), [
    (r"\frac{d}{dx} x^2 + 3x = 2x + 3", "ok"),
    (r"\frac{d}{dx} x^2 + 3x + 1 = 2x + 3", "ok"),
    (r"\frac{d}{dx} x^2 + 3x = 2x + 3x", "ok"),        # as TeX reads it
    (r"2x + 3 = \frac{d}{dx} x^2 + 3x", "ok"),
    (r"\frac{d}{dx} x^2 + 3x = 2x + 4", "error"),
    (r"\frac{d}{dx}(x^2) + 3x = 2x + 3", "error"),      # its reach is bracketed
    (r"\frac{d}{dx}\left(x^2\right) + 3x = 2x + 3", "error"),
    (r"\frac{d}{dx} x^2 + 3y = 2x", "unchecked"),       # 3y names no x: not reached over
])
def test_the_reach_of_an_unbracketed_derivative(text, verdict):
    assert_verdicts(f"$${text}$$", [(verdict, None)])


# an antiderivative between bounds is shown as written, never as sympy's Subs
@pytest.mark.parametrize(("text", "shown"), [
    (r"$$\int_0^1 x e^{x} dx = [xe^x - e^x]_0^1 = 1$$", "[x·e^x - e^x]_(x=0)^(1)"),
    (r"$$\int_1^2 2x dx = x^2 \Big|_1^2 = 3$$", "[x^2]_(x=1)^(2)"),
])
def test_evaluated_between_bounds_is_shown_as_written(text, shown):
    steps = check_document(text, kind="md").steps
    assert steps[0].read_as == shown
    assert all(s.verdict == "ok" for s in steps)


# a variable between two numbers: the law's distribution at the upper bound less the lower
@pytest.mark.parametrize(("law", "event", "value", "verdict"), [
    (r"Z \sim N(0, 1)", r"-1 < Z < 1", "0.6827", "ok"),
    (r"Z \sim N(0, 1)", r"-1 < Z < 1", "0.6527", "error"),
    (r"Z \sim N(0, 1)", r"-1.96 \le Z \le 1.96", "0.95", "ok"),
    (r"X \sim \text{Bin}(10, 0.3)", r"2 \le X \le 4", "0.7004", "ok"),   # 0.70036…
    (r"X \sim \text{Bin}(10, 0.3)", r"2 < X \le 4", "0.7004", "error"),  # 0.45103…
    (r"U \sim \text{Uniform}(0, 6)", r"1 < U < 4", r"\frac{1}{2}", "ok"),
])
def test_a_variable_between_two_numbers(law, event, value, verdict):
    text = f"Let ${law}$.\n\n$$P({event}) \\approx {value}$$\n"
    assert [s.verdict for s in check_document(text, kind="md").steps][-1] == verdict


FENCES = """```
P(D|+) = 0.99*0.01/(0.99*0.01 + 0.05*0.99) = VALUE
```

```python
p = 0.99*0.01/(0.99*0.01 + 0.05*0.99) + 1
```

```
x = x + 1
y = 2
```
"""


# a fence with no language whose every line is a plain formula is read as an indented block
# is; code (a language named, an update x = x + 1) stays code
@pytest.mark.parametrize(("value", "verdict"), [("0.1667", "ok"), ("0.2667", "error")])
def test_plain_formulas_in_a_fence_with_no_language(value, verdict):
    steps = check_document(FENCES.replace("VALUE", value), kind="md").steps
    assert [(s.line, s.verdict) for s in steps] == [(2, "unchecked"), (2, verdict)]


# a slash before a number and a letter written together: a step that holds only with the
# product as the divisor (1/2x as 1/(2x)) is right, and the method says how it was read
@pytest.mark.parametrize(("text", "verdict"), [
    (r"1/2x = \frac{1}{2x}", "ok"),
    (r"1/2x = \frac{x}{2}", "ok"),                      # as precedence reads it
    (r"1/2 mv^2 = \frac{mv^2}{2}", "ok"),
    (r"\frac{d}{dx}\ln 2x = 1/2x", "error"),            # 1/x: neither reading
    (r"1/(2)x = \frac{1}{2x}", "error"),                # brackets written: x/2
])
def test_a_slash_before_a_product(text, verdict):
    assert_verdicts(f"$${text}$$", [(verdict, None)])


# `\ln e`: e is Euler's number (the argument of ln is never a name given a value); lg in
# base 2 is the other base's warning, never an error
@pytest.mark.parametrize(("text", "verdict"), [
    (r"$$\ln e = 1$$", "ok"), (r"$$\ln e = 2$$", "error"),
    (r"$$e = y - \hat{y}$$" "\n\n" r"$$e^2 = (y - \hat y)^2$$", "ok"),  # e named: a residual
    (r"$$\lg 100 = 2$$", "ok"), (r"$$\lg 8 = 3$$", "warning"), (r"$$\lg 8 = 4$$", "error"),
])
def test_euler_number_and_the_base_of_lg(text, verdict):
    assert check_document(text, kind="md").steps[-1].verdict == verdict


# the binomial coefficient with its n written as a superscript before the C
@pytest.mark.parametrize(("text", "read"), [
    (r"{}^5C_2", "binomial(5, 2)"), (r"{}^{10}C_{3}", "binomial(10, 3)"),
    (r"{}_5C_2", "binomial(5, 2)"),
])
def test_a_binomial_with_its_n_before_the_c(text, read):
    assert_reading(text, read)


# ML names above a partial's bar: an acronym or a capitalised word (MSE, Loss), and a layer
# written as a bracketed superscript below it (w^{(L)} as w^{[L]})
@pytest.mark.parametrize(("text", "read"), [
    (r"\frac{\partial MSE}{\partial \theta}", "Derivative(MSE(theta), theta)"),
    (r"\frac{\partial Loss}{\partial w}", "Derivative(Loss(w), w)"),
    (r"\frac{\partial C}{\partial w^{(L)}}", "Derivative(C(w_L), w_L)"),
    (r"\frac{\partial C}{\partial a^{[l]}}", "Derivative(C(a_l), a_l)"),
    (r"\frac{\partial L}{\partial w}", "Derivative(L(w), w)"),
    (r"\frac{\partial Lw}{\partial w}", "Subs(Derivative(_u*L, _u), _u, w)"),  # L·w, as before
    (r"\text{rise} / \text{time}", "rise/time"),
])
def test_ml_names_in_a_partial_derivative(text, read):
    assert_reading(text, read)


# a name with a layer and an index inside a sum is shown as written, never by its inner name
def test_layer_and_index_shown_in_learner_notation():
    from tutor.derive.notation import notation
    expr = parse(r"\sum_{j=0}^{n}(a_j^{(L)} - y_j)^2", "latex")
    assert notation(expr) == "sum(j=0..n, (a_{L,j} - y_j)^2)"


# plain text: a prime on a known function's name before its bracket
@pytest.mark.parametrize(("text", "read"), [
    ("sigmoid'(x)", "Derivative(sigmoid(x), x)"), ("tanh'(x)", "Derivative(tanh(x), x)"),
    ("relu'(x)", "Derivative(Max(0, x), x)"),
])
def test_a_prime_on_a_function_in_plain_text(text, read):
    assert str(parse(text, "plain")) == read


# full-width punctuation typed with a CJK keyboard, ÷, and TeX's thin space between groups of
# three digits (1\,000 was 1·000 = 0: a right step called wrong)
@pytest.mark.parametrize(("text", "read"), [
    (r"1\,000 \times 0.05", "1000*0.05"),
    (r"12\,345\,678", "12345678"),
    (r"3.141\,592\,65", "3.14159265000000"),
    (r"2\,x", "2*x"),                      # a thin space between a number and a letter
    (r"1\ 000 + 1\;000", "1000 + 1000"),    # a control space, a medium space
    ("2 ÷ 4", "2/4"),
    ("（1 + 2）", "1 + 2"),
])
def test_typing_marks(text, read):
    assert_reading(text, read)


@pytest.mark.parametrize(("text", "verdict"), [
    (r"$$1\,000 \times 0.05 = 50$$", "ok"), (r"$$1\,000 \times 0.05 = 5$$", "error"),
    ("计算：$P(A)=0.3，P(B|A)=0.8$，所以 $P(A\\cap B)=0.3\\times0.8=0.24$。", "ok"),
])
def test_thin_spaces_and_wide_commas_in_notes(text, verdict):
    assert check_document(text, kind="md").steps[-1].verdict == verdict


# a letter before a bracket: a step that holds only with the letter a function called there
# (a(x)(1 - a(x)) = a(x) - a(x)^2, with a(x) read as a·x it was a premise) is right
@pytest.mark.parametrize(("text", "verdict"), [
    (r"a(x)(1 - a(x)) = a(x) - a(x)^2", "ok"),
    (r"h(z)(1 + h(z)) = h(z) + h(z)^2", "ok"),
    (r"a(x)(1 - a(x)) = a(x) + a(x)^2", "error"),       # wrong read either way
    (r"x(x+1) = x^2 + x", "ok"),                        # a product, as before
])
def test_a_letter_before_a_bracket(text, verdict):
    assert_verdicts(f"$${text}$$", [(verdict, None)])


# names of losses are one name each (CE = -ln 0.8 was C·E: a substitution), also after ∇
@pytest.mark.parametrize(("text", "syntax", "read"), [
    ("CE = -ln(0.8)", "plain", "CE"), ("KL = 0.5*ln(0.5/0.9)", "plain", "KL"),
    ("BCE = -ln(0.7)", "plain", "BCE"), ("KL(p||q) = 0.51", "plain", "KL(p, q)"),
    (r"\nabla_z \text{CE} = p - y", "latex", "∇_z (CE)"),
])
def test_loss_names(text, syntax, read):
    assert str(parse(text, syntax).parts[0].expr) == read


# the indicator of a condition is 1 where it holds; the derivative of max(0, z) at 0 is a
# convention (sympy's H(0) = 1/2), so a difference there is no witness
@pytest.mark.parametrize(("text", "verdict"), [
    (r"\text{ReLU}'(z) = \mathbb{1}(z > 0)", "ok"),
    (r"\text{ReLU}'(z) = \mathbb{I}[z > 0]", "ok"),
    (r"\text{ReLU}'(z) = \mathbb{1}(z < 0)", "error"),
    (r"\mathbb{I}[x > 0] + \mathbb{I}[x \le 0] = 1", "ok"),
])
def test_indicators_and_the_step_of_relu(text, verdict):
    assert_verdicts(f"$${text}$$", [(verdict, None)])


def test_a_difference_at_a_step_is_no_witness_but_elsewhere_it_is():
    import sympy as sp

    from tutor.judge.equivalence import compare
    from tutor.model import Assumptions
    z = sp.Symbol("z")
    assert compare(sp.Heaviside(z), sp.Piecewise((1, z > 0), (0, True)), Assumptions()).equal
    assert compare(sp.Heaviside(z), sp.Piecewise((1, z < 0), (0, True)),
                   Assumptions()).status == "not_equal"
    assert compare(sp.floor(z), sp.ceiling(z) - 1, Assumptions()).status == "not_equal"


# a solving step that keeps only some of the solutions says which one it lost
def test_a_lost_solution_is_named(tmp_path):
    path = tmp_path / "solve.txt"
    path.write_text("x^2 - 4 = 0\nx = 2\n", encoding="utf-8")
    step = check_document(str(path)).steps[-1]
    assert (step.verdict, step.code) == ("error", "solve-step")
    assert "x = -2 solves the first equation" in (step.diagnosis or "")
