"""Values known from the text: an example's numbers (`with $x = 2$`), a defined name inside a
derivative (∂L/∂ŷ with L defined above), and ≠ claims (a table of documents → verdicts)."""

from __future__ import annotations

import pytest
from document_steps import assert_steps

NEURON = "$z = wx + b$, $\\hat{y} = \\sigma(z)$\n\n"
LOSS = "$$L = -y\\log\\hat y - (1-y)\\log(1-\\hat y)$$\n\n"
DEFINED = [(1, "unchecked", "definition")] * 2
VALUES = "With $w = 0.5$, $b = -1$, $x = 2$:\n\n"
GIVEN = [(3, "unchecked", "a value given")] * 3
ERROR_TERM = ("$$e_i = wX_i + b - y_i$$\n\n$$\\frac{\\partial L}{\\partial w} = \\frac{1}{n} "
              "\\sum_{i=1}^n \\frac{\\partial}{\\partial w} (e_i^2)$$\n")
FAIR_COIN = "If $X$ is a fair coin, $H(X) = -2 \\cdot \\frac{1}{2} \\log_2 \\frac{1}{2} = 1$."
SOFTMAX = "$$a_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}$$\n\n"

CASES = [
    # an example's numbers: the line that puts them in is checked with them
    pytest.param(NEURON + VALUES + "$$z = wx + b = 0.5\\cdot 2 - 1 = 0$$",
                 [*DEFINED, *GIVEN, (5, "ok", None), (5, "ok", "values defined above"),
                  (5, "ok", None)], id="example-values"),
    pytest.param(NEURON + VALUES + "$$z = 0.5\\cdot 2 + 1$$",
                 [*DEFINED, *GIVEN, (5, "unchecked", "substitution")],
                 id="example-values-wrong-is-never-ok"),
    pytest.param(NEURON + VALUES + "$$\\hat y = \\sigma(0) = 0.5$$",
                 [*DEFINED, *GIVEN, (5, "ok", "values defined above"), (5, "ok", None)],
                 id="through-two-definitions"),
    # a new example: the name gets its new number
    pytest.param("$z = wx$\n\nWith $w = 2$, $x = 3$:\n\n$$z = 6$$\n\nNow with $w = 1$:\n\n"
                 "$$z = 3$$",
                 [(1, "unchecked", "definition"), (3, "unchecked", "a value given"),
                  (3, "unchecked", "a value given"), (5, "ok", "values defined above"),
                  (7, "unchecked", "a value given"), (9, "ok", "values defined above")],
                 id="new-example"),
    # a name with a formula is not given a number: that is a claim about it
    pytest.param("$z = wx$\n\n$z = 2$", [(1, "unchecked", "definition"),
                                         (3, "unchecked", "holds when")], id="formula-kept"),
    # a defined name differentiated: its definition is used
    pytest.param(NEURON + LOSS + "$$\\frac{\\partial L}{\\partial \\hat y} = "
                 "-\\frac{y}{\\hat y} + \\frac{1-y}{1-\\hat y}$$",
                 [*DEFINED, (3, "unchecked", "definition"), (5, "ok", None)],
                 id="derivative-of-defined-loss"),
    pytest.param(NEURON + LOSS + "$$\\frac{\\partial L}{\\partial \\hat y} = "
                 "-\\frac{y}{\\hat y} - \\frac{1-y}{1-\\hat y}$$",
                 [*DEFINED, (3, "unchecked", "definition"), (5, "error", None)],
                 id="derivative-of-defined-loss-wrong-sign"),
    pytest.param(NEURON + LOSS + "$$\\frac{\\partial L}{\\partial z} = \\hat y - y$$",
                 [*DEFINED, (3, "unchecked", "definition"), (5, "ok", "values defined above")],
                 id="derivative-through-the-sigmoid"),
    # L in ŷ and z, differentiated in ŷ (ŷ = σ(z)): the local partial of backprop, z held
    pytest.param(NEURON + "$$L = \\hat y z$$\n\n$$\\frac{\\partial L}{\\partial \\hat y} = z$$",
                 [*DEFINED, (3, "unchecked", "definition"), (5, "ok", "values defined above")],
                 id="local-partial"),
    pytest.param(NEURON + "$$L = \\hat y z$$\n\n$$\\frac{\\partial L}{\\partial \\hat y} = 2z$$",
                 [*DEFINED, (3, "unchecked", "definition"), (5, "error", None)],
                 id="local-partial-wrong"),
    # a point given, then a function or derivative said to have a value there
    pytest.param("$f(x) = x^3$. At $x = 2$, $f'(x) = 12$.",
                 [(1, "unchecked", "definition"), (1, "unchecked", "a value given"),
                  (1, "ok", "values defined above")], id="derivative-at-a-point"),
    pytest.param("$f(x) = x^3$. At $x = 2$, $f'(x) = 10$.",
                 [(1, "unchecked", "definition"), (1, "unchecked", "a value given"),
                  (1, "error", "values defined above")], id="derivative-at-a-point-wrong"),
    pytest.param("$L(w) = (wx - y)^2/2$\n\nWith $x = 2$, $y = 1$, $w = 2$ we get "
                 "$\\frac{\\partial L}{\\partial w} = 5$.",
                 [(1, "unchecked", "definition"), *GIVEN, (3, "error", "values defined above")],
                 id="gradient-at-a-point-wrong"),
    pytest.param("$f(x) = x^3 - 12x$. At $x = 1$, $f(x) = -11$.",
                 [(1, "unchecked", "definition"), (1, "unchecked", "a value given"),
                  (1, "ok", "definition of f(x)")], id="value-at-a-point"),
    # a derivative set to 0 after a point was given is an equation to solve, not a value
    pytest.param("$f(x) = x^3 - 12x$. At $x = 1$, $f(x) = -11$.\n\nWe set $f'(x) = 0$.",
                 [(1, "unchecked", "definition"), (1, "unchecked", "a value given"),
                  (1, "ok", None), (3, "unchecked", "set to 0")], id="set-to-zero-after-a-point"),
    # a list of numbers said after a number for the same name: the list from there on
    pytest.param("$y = 1$ gives $y^2 = 1$.\n\n## Cross-entropy\n\nWith $y = (0, 1, 0)$ and "
                 "$q = (0.2, 0.7, 0.1)$:\n$$-\\sum_k y_k \\log q_k = -\\log 0.7$$",
                 [(1, "unchecked", "definition"), (1, "ok", None), (6, "ok", None)],
                 id="list-after-a-number"),
    pytest.param("$y = 1$ gives $y^2 = 1$.\n\n## Cross-entropy\n\nWith $y = (0, 1, 0)$ and "
                 "$q = (0.2, 0.7, 0.1)$:\n$$-\\sum_k y_k \\log q_k = -\\log 0.2$$",
                 [(1, "unchecked", "definition"), (1, "ok", None), (6, "error", None)],
                 id="list-after-a-number-wrong"),
    # the same left side said to be a number again, in the next block: the numbers compared
    pytest.param("$$\\frac{p}{1-p} = e^{-1}$$\n\n$$\\frac{p}{1-p} = 0.3679$$",
                 [(1, "unchecked", "premise"), (3, "ok", "agrees with")], id="same-left-number"),
    pytest.param("$\\beta_1 = 0.0258$\n\n$$\\exp{\\beta_1} = \\exp{0.0258}$$\n"
                 "$$\\exp{\\beta_1} = 189.116$$",
                 [(1, "unchecked", "definition"), (3, "ok", None), (4, "error", "above, not this")],
                 id="same-left-number-wrong"),
    pytest.param("$$e^a = e^{0.5}$$\n$$e^a = 1.6487$$\n$$e^a = 1.7$$",
                 [(1, "unchecked", "premise"), (2, "ok", "agrees with"),
                  (3, "error", "above, not this")], id="same-left-number-against-the-exact"),
    # a decimal cut off rather than rounded (0.36787… written 0.3678) is never an error
    pytest.param("$$\\frac{p}{1-p} = e^{-1}$$\n\n$$\\frac{p}{1-p} = 0.3678$$",
                 [(1, "unchecked", "premise"), (3, "unchecked", "cut off")],
                 id="same-left-number-cut-off"),
    # a vector expression said to be a number is a condition (a decision boundary), not a
    # wrong identity; a capital after a transpose may be a vector of features (θ^T X)
    pytest.param("$$\\theta_0 + \\theta^Tx = \\log{\\frac{0.5}{1 - 0.5}} = \\log{1} = 0$$",
                 [(1, "unchecked", "substitution"), (1, "ok", None), (1, "ok", None)],
                 id="decision-boundary"),
    pytest.param("$$\\theta_0 + \\theta^TX = \\log{\\frac{0.5}{1 - 0.5}} = \\log{1} = 0$$",
                 [(1, "unchecked", "substitution"), (1, "ok", None), (1, "ok", None)],
                 id="decision-boundary-capital"),
    # a point given, then a formula in f'(a) written with the value of a put in
    pytest.param("Let $f(x) = x^2$ and $a = 3$.\n\n$L(x) = f(a) + f'(a)(x-a)$\n\n"
                 "$L(x) = 9 + 6(x - 3)$", [(1, "unchecked", "definition"),
                                           (1, "unchecked", "definition"),
                                           (3, "unchecked", "definition"), (5, "ok", None)],
                 id="tangent-line-at-a-point"),
    pytest.param("Let $f(x) = x^2$ and $a = 3$.\n\n$L(x) = f(a) + f'(a)(x-a)$\n\n"
                 "$L(x) = 9 + 3(x - 3)$", [(1, "unchecked", "definition"),
                                           (1, "unchecked", "definition"),
                                           (3, "unchecked", "definition"),
                                           (5, "unchecked", None)],
                 id="tangent-line-at-a-point-wrong-is-never-ok"),
    # a row that ends with = goes on in the row below (`… =\\` then `&= …`)
    pytest.param("$$\\begin{align*} y &= (x+1)^2 = \\\\ &= x^2 + 2x + 1 \\end{align*}$$",
                 [(1, "unchecked", "definition"), (1, "ok", None)], id="row-ending-with-equals"),
    pytest.param("$$\\begin{align*} y &= (x+1)^2 = \\\\ &= x^2 + x + 1 \\end{align*}$$",
                 [(1, "unchecked", "definition"), (1, "error", None)],
                 id="row-ending-with-equals-wrong"),
    # GitHub ```math blocks one after another: their fences do not part them
    pytest.param("```math\n\\sigma = \\sqrt{1.47}\n```\n\n```math\n\\sigma = 1.2124\n```\n",
                 [(2, "unchecked", None), (6, "ok", None)], id="math-fences-in-a-row"),
    pytest.param("```math\n\\sigma = \\sqrt{1.47}\n```\n\n```math\n\\sigma = 1.3124\n```\n",
                 [(2, "unchecked", None), (6, "error", "above, not this")],
                 id="math-fences-in-a-row-wrong"),
    # `…, \quad i = j` and `…, \quad i \neq j` beside a claim: the claim holds in that case
    pytest.param(SOFTMAX + "$$\\frac{\\partial a_j}{\\partial z_i} = a_i(1 - a_i), \\quad i = j$$",
                 [(1, "unchecked", "definition"), (3, "ok", None)], id="index-case-equal"),
    pytest.param(SOFTMAX + "$$\\frac{\\partial a_j}{\\partial z_i} = a_i(1 + a_i), \\quad i = j$$",
                 [(1, "unchecked", "definition"), (3, "error", None)],
                 id="index-case-equal-wrong"),
    pytest.param(SOFTMAX + "$$\\frac{\\partial a_j}{\\partial z_i} = -a_i a_j,\\quad i \\neq j$$",
                 [(1, "unchecked", "definition"), (3, "ok", None)], id="index-case-apart"),
    pytest.param(SOFTMAX + "$$\\frac{\\partial a_j}{\\partial z_i} = -a_i a_j$$",
                 [(1, "unchecked", "definition"), (3, "error", None)],
                 id="index-case-without-its-condition"),
    # a name defined with a subscript (e_i = wX_i + b - y_i), used inside Σ_i: at the index
    pytest.param(ERROR_TERM + "$$= \\frac{1}{n} \\sum_{i=1}^n 2e_i \\cdot "
                 "\\frac{\\partial e_i}{\\partial w}$$",
                 [(1, "unchecked", "definition"), (3, "unchecked", None), (4, "ok", None)],
                 id="defined-entry-in-a-sum"),
    pytest.param(ERROR_TERM + "$$= \\frac{1}{n} \\sum_{i=1}^n 2e_i$$",
                 [(1, "unchecked", "definition"), (3, "unchecked", None), (4, "error", None)],
                 id="defined-entry-in-a-sum-wrong"),
    # Markdown's `50\\%` inside $…$ is one row (a percentage), not a line break then `%`
    pytest.param("For a $50\\\\%$ chance, $p = 0.5$.", [(1, "unchecked", "definition of p")],
                 id="escaped-percent-is-no-row-break"),
    # a value said in an earlier problem never makes an error in this one
    pytest.param("## Q7\n\nLet $a = 4$ and $f(x) = x^2$.\n\n$$L(x) = f(a) + f'(a)(x - a)$$\n\n"
                 "## Q8\n\n$$f(x) = (1+x)^4$$\n\n$$L(0.01) = 1 + 4(0.01)$$",
                 [(3, "unchecked", "definition"), (3, "unchecked", "definition"),
                  (5, "unchecked", "definition"), (9, "unchecked", "definition"),
                  (11, "unchecked", None)], id="stale-value-no-error"),
    # a call valued above, later worked out anew from other numbers: a new example
    pytest.param(FAIR_COIN + "\n\nA biased coin has P(heads) = 0.8.\n\n"
                 "$$H(X) = -0.8 \\log_2 0.8 - 0.2 \\log_2 0.2 = 0.7219$$",
                 [(1, "unchecked", "definition"), (1, "ok", None),
                  (5, "unchecked", "a new value"), (5, "ok", None)], id="call-worked-out-anew"),
    pytest.param(FAIR_COIN + "\n\nA biased coin has P(heads) = 0.8.\n\n"
                 "$$H(X) = -0.8 \\log_2 0.8 - 0.2 \\log_2 0.2 = 0.8219$$",
                 [(1, "unchecked", "definition"), (1, "ok", None),
                  (5, "unchecked", "a new value"), (5, "error", None)],
                 id="call-worked-out-anew-wrong"),
    # a numbered exercise prompt starts a new problem: its f is a new function
    pytest.param("$$f(x, y) = xy^2$$\n\n14. Find the partial derivatives of:\n\n"
                 "$$f(x, y) = 3\\sin^2(x - y)$$",
                 [(1, "unchecked", "definition"), (5, "unchecked", "definition")],
                 id="numbered-exercise-prompt"),
    # ≠ between numbers, expressions; a name against something is a condition
    pytest.param("$0.1438 \\neq 0.1308$", [(1, "ok", "differ")], id="numbers-differ"),
    pytest.param("$\\frac{1}{2} \\neq 0.5$", [(1, "error", "equal")], id="numbers-equal"),
    pytest.param("$(a+b)^2 \\neq a^2 + b^2$", [(1, "ok", "differ")], id="expressions-differ"),
    pytest.param("$(a+b)^2 \\neq a^2 + 2ab + b^2$", [(1, "error", "equal")],
                 id="expressions-equal"),
    pytest.param("for $k \\neq i$", [(1, "unchecked", "condition")], id="condition"),
    pytest.param("$x^2 \\neq 4$", [(1, "unchecked", "condition")], id="condition-number"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_known_values(text: str, expected: list) -> None:
    assert_steps(text, expected)
