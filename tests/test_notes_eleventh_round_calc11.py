"""The eleventh round of real-notes habits (calculus, ML calculus): equivalent infinitesimals and
o(…) rests under a limit, an index condition in its own math after a claim, Polish function
names (`\\operatorname{ctg}`), a prime on a bare function name (`\\tan' x`)."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_reading, assert_verdicts

SOFTMAX = r"$p_i = \frac{{e^{{z_i}}}}{{\sum_j e^{{z_j}}}}$" + "\n\n{}\n"


# a factor replaced by an equivalent (ln(1+2x) ~ 2x) in a 0/0 form: ok; a body that is no
# indeterminate form changed into another still agrees only by luck; a wrong value stays wrong
@pytest.mark.parametrize(("text", "expected"), [
    (r"$$\lim_{x \to 0} \frac{\ln(1 + 2x)}{\sin 3x} = \lim_{x \to 0} \frac{2x}{3x} = "
     r"\frac{2}{3}$$", [("ok", "equivalent"), ("ok", None)]),
    (r"$$\lim_{x \to 0} \frac{(e^{x} - 1)\tan x}{1 - \cos x} = \lim_{x \to 0} \frac{x \cdot x}"
     r"{\frac{1}{2}x^2} = 2$$", [("ok", "equivalent"), ("ok", None)]),
    (r"$$\lim_{x \to 0} \frac{\ln(1 + 2x)}{\sin 3x} = \lim_{x \to 0} \frac{3x}{2x} = "
     r"\frac{3}{2}$$", [("error", None), ("warning", "carried forward")]),
    (r"$$\lim_{h \to 0}(2x + h) = \lim_{h\to0}(2x + h^2) = 2x$$",
     [("error", "by luck"), ("ok", None)]),
    # only the denominator's factor replaced (x² sin x ~ x³), the numerator kept as written
    (r"$\lim\limits_{x\to0}\frac{\tan x - x}{x^2\sin x} = \lim\limits_{x\to0}\frac{\tan x -x}"
     r"{x^3} = \frac{1}{3}$", [("ok", "equivalent"), ("ok", None)]),
    # inside a difference the equivalents cancel: tan x - sin x is not x - x
    (r"$$\lim_{x\to 0}\frac{\tan x - \sin x}{x^3} = \lim_{x\to 0}\frac{x - x}{x^3} = 0$$",
     [("error", None), ("warning", "carried forward")]),
    # a slip in expanding (x+h)³ keeps the leading 3x²h: no simple equivalent, still an error
    (r"$$\lim_{h\to 0}\frac{(x+h)^3 - x^3}{h} = \lim_{h\to 0}\frac{3x^2h + 2xh^2 + h^3}{h} = "
     r"3x^2$$", [("error", "by luck"), ("ok", None)]),
])
def test_equivalent_infinitesimals_under_a_limit(text, expected):
    assert_verdicts(text, expected)


# o(x²) under a limit: the rest tends to nothing when its weight times x² stays finite; the
# body written as a Taylor polynomial and an o(…) rest is checked against the old body
@pytest.mark.parametrize(("text", "expected"), [
    (r"$$\lim_{x \to 0} \frac{\frac{x^2}{2} + o(x^2)}{x^2} = \frac{1}{2}$$", [("ok", None)]),
    (r"$$\lim_{x \to 0} \frac{\frac{x^2}{2} + o(x^2)}{x^2} = 1$$", [("error", None)]),
    (r"$$\lim_{x \to 0} \frac{x^2 + o(x)}{x^2} = 1$$", [("unchecked", None)]),
    (r"$$\lim_{x \to 0} \frac{x^2 + O(x^3)}{x^2} = 1$$", [("ok", None)]),
    (r"$$\lim_{x \to 0} \frac{e^x - 1 - x}{x^2} = \lim_{x \to 0} \frac{\frac{x^2}{2} + "
     r"o(x^2)}{x^2} = \frac{1}{2}$$", [("ok", "Taylor polynomial"), ("ok", None)]),
    (r"$$\lim_{x \to 0} \frac{e^x - 1 - x}{x^2} = \lim_{x \to 0} \frac{x^2 + o(x^2)}{x^2} = 1$$",
     [("error", None), ("warning", "carried forward")]),
    (r"$$\lim_{x \to 0} \frac{e^x - 1}{x^2} = \lim_{x \to 0} \frac{x + o(x^2)}{x^2} = 1$$",
     [("unchecked", None), ("unchecked", None)]),
])
def test_little_o_rests_under_a_limit(text, expected):
    assert_verdicts(text, expected)


# `$claim$ for $i \ne j$`: the condition in its own math after the claim holds for the claim
@pytest.mark.parametrize(("line", "expected"), [
    (r"$\frac{\partial p_i}{\partial z_j} = -p_i p_j$ for $i \ne j$", [("ok", None)]),
    (r"$\frac{\partial p_i}{\partial z_j} = p_i p_j$ for $i \ne j$", [("error", None)]),
    (r"$\frac{\partial p_i}{\partial z_i} = p_i(1 - p_i)$, $\frac{\partial p_i}{\partial z_j} "
     r"= -p_i p_j$ for $i \ne j$", [("ok", None), ("ok", None)]),
])
def test_an_index_condition_after_the_claim(line, expected):
    assert_verdicts(SOFTMAX.format(line), [("unchecked", "definition"), *expected,
                                           ("unchecked", "a condition")])


# Polish names: ctg is cot; a prime on a bare function name applies to the argument after it
@pytest.mark.parametrize(("text", "read"), [
    (r"(\operatorname{ctg} x)'", "Derivative(cot(x), x)"),
    (r"\operatorname{ctg} 2x", "cot(2*x)"),
    (r"\tan' x", "Derivative(tan(x), x)"),
    (r"\operatorname{tg}' x", "Derivative(tan(x), x)"),
    (r"\sin' 2x", "Subs(Derivative(sin(t_), t_), t_, 2*x)"),
])
def test_polish_names_and_a_prime_on_a_bare_function(text, read):
    assert_reading(text, read)


@pytest.mark.parametrize(("text", "verdict"), [
    (r"$(\operatorname{ctg} x)' = -\frac{1}{\sin^2 x}$", "ok"),
    (r"$(\operatorname{ctg} x)' = \frac{1}{\sin^2 x}$", "error"),
    (r"$\operatorname{tg}' x = 1 + \operatorname{tg}^2 x$", "ok"),
    (r"$\sin' x = -\cos x$", "error"),
])
def test_polish_derivative_table_lines(text, verdict):
    assert_verdicts(text, [(verdict, None)])


GRAPH = (r"$f = (x + y) \cdot z$ with $x = -2$, $y = 5$, $z = -4$." + "\n\n"
         r"Forward: $q = x + y = 3$, $f = q z = -12$" + "\n\n{}\n")


# a node of the computational graph: ∂f/∂q of f = (x + y)z with q = x + y is z
@pytest.mark.parametrize(("line", "expected"), [
    (r"$\frac{\partial f}{\partial q} = z = -4$", [("ok", None), ("ok", None)]),
    (r"$\frac{\partial f}{\partial q} = x = -2$", [("error", None), ("warning", None)]),
    (r"$\frac{\partial f}{\partial x} = \frac{\partial f}{\partial q} \cdot \frac{\partial q}"
     r"{\partial x} = -4 \cdot 1 = -4$", [("ok", None), ("ok", None), ("ok", None)]),
])
def test_a_node_of_the_computational_graph(line, expected):
    assert_verdicts(GRAPH.format(line), [
        ("unchecked", "definition of f"), ("unchecked", None), ("unchecked", None),
        ("unchecked", None), ("unchecked", "definition of q"), ("ok", None), ("ok", None),
        ("ok", None), *expected])


LOGISTIC = (r"$L = -\left[y \log p + (1-y)\log(1-p)\right]$ with $p = \sigma(z)$, "
            r"$z = w^\top x + b$." + "\n\n{}\n")


# z = wᵀx + b makes w a vector: ∂L/∂w is not taken as a derivative in a number (it was 0: a
# false alarm on a right number)
@pytest.mark.parametrize(("line", "expected"), [
    (r"Numbers: $p = 0.8$, $y = 1$, $x = 2$: $\frac{\partial L}{\partial w} = -0.2 \cdot 2 = "
     r"-0.4$", [("unchecked", None), ("unchecked", None), ("unchecked", None),
                ("unchecked", "is a vector"), ("ok", None)]),
])
def test_scalar_steps_beside_a_transposed_weight(line, expected):
    assert_verdicts(LOGISTIC.format(line), [
        ("unchecked", "definition of L"), ("unchecked", None), ("unchecked", "definition of z"),
        *expected])


# `$claim$ for $x > 0$`: a bound in its own math after the claim holds for the claim
@pytest.mark.parametrize(("text", "expected"), [
    (r"$\operatorname{ReLU}'(x) = 1$ for $x > 0$ and $0$ for $x < 0$",
     [("ok", None), ("unchecked", "a condition on x"), ("unchecked", "a condition on x")]),
    (r"$(x^2)' = 2x$ for $x > 0$", [("ok", None), ("unchecked", "a condition on x")]),
    (r"$(x^2)' = 3x$ for $x > 0$", [("error", None), ("unchecked", "a condition on x")]),
])
def test_a_bound_after_the_claim(text, expected):
    assert_verdicts(text, expected)


# f = (x + y)z + x with q = x + y: x stays beside q, so ∂f/∂q depends on how f is written
def test_a_node_that_leaves_its_inputs_beside_it_is_not_taken():
    text = (r"$f = (x + y) z + x$ and $q = x + y$." + "\n\n"
            r"$\frac{\partial f}{\partial q} = z$")
    assert_verdicts(text, [("unchecked", "definition of f"), ("unchecked", "definition of q"),
                           ("unchecked", "does not hold q")])


# z = wᵀx + b: ∂L/∂p is a derivative at a point made of vectors; behind one number it is
# proved equal; a wrong one is an error (σ' worked out at wᵀx + b, entries sampled: it was
# left unchecked while the derivative stayed unworked)
@pytest.mark.parametrize(("line", "verdict"), [
    (r"$\frac{\partial L}{\partial p} = -\frac{y}{p} + \frac{1-y}{1-p}$", "ok"),
    (r"$\frac{\partial L}{\partial p} = -\frac{y}{p} - \frac{1-y}{1-p}$", "error"),
])
def test_a_derivative_at_a_point_made_of_vectors(line, verdict):
    assert_verdicts(LOGISTIC.format(line), [
        ("unchecked", "definition of L"), ("unchecked", None), ("unchecked", "definition of z"),
        (verdict, None)])
