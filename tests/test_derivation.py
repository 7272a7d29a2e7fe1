"""Derivation checking: wrong steps get their code, right steps of the same shape stay ok."""

from __future__ import annotations

import pytest

from tutor.derive.derivation import Line
from tutor.derive.incremental import check_derivation

# (previous line, step, expected code)
WRONG = [
    ("(a+b)^2", "a^2 + b^2", "expansion"),
    ("(x+1)^2", "x^2 + 1", "expansion"),
    ("(x-y)^2", "x^2 + y^2", "expansion"),
    ("d/dx sin(x^2)", "cos(x^2)", "chain-rule"),
    ("d/dx e^(x^3)", "e^(x^3)", "chain-rule"),
    ("d/dx ln(3x+1)", "1/(3x+1)", "chain-rule"),
    ("x^2 - 3x", "-(x^2 - 3x)", "sign"),
    ("lim h->0 (1 - (x+h) + 2(x+h)^2 - 1 + x - 2x^2)/h", "lim h->0 (h + 4x h + 2h^2)/h", "sign"),
    ("a - b + c", "a + b + c", "sign"),
    ("3(x + 2)", "6(x + 2)", "factor"),
    ("x^2/2", "x^2", "factor"),
    ("d/dx x^3", "x^2", "factor"),
    ("2^10", "1000", "arithmetic"),
    ("0.95*0.01 + 0.05*0.99", "0.0685", "arithmetic"),
    ("binom(5, 2)", "20", "arithmetic"),
    ("x^2 + 2x", "x^2 + 2x + 1", "term"),
    ("sin(x) + 3", "sin(x) + 4", "term"),
    ("x^3", "x^4", "exponent"),
    ("e^(2x)", "e^(3x)", "exponent"),
    ("lim x->0 sin(3x)/x", "1", "limit-value"),
    ("lim h->0 (6x + 3h + 2)", "6x + 3", "limit-value"),
    ("lim x->1 (x^2+1)/(x+1)", "lim x->1 (2x)/1", "lhopital-not-indeterminate"),
    ("lim x->0 (cos(x) + 1)/(x + 1)", "lim x->0 (-sin(x))/1", "lhopital-not-indeterminate"),
    ("lim x->0 sin(x)/x", "lim x->0 (x cos(x) - sin(x))/x^2", "lhopital-quotient-rule"),
    ("2/(x+1)", "(x+1)/2", "reciprocal"),
    ("log2(8)", "ln(8)", "log-base"),
    ("ln(x y)", "ln(x) ln(y)", "log-rule"),
    ("ln(x + y)", "ln(x) + ln(y)", "log-rule"),
    ("ln(x^3)", "ln(x)^3", "log-rule"),
    ("(x+2)^2", "x^2 + 4", "expansion"),
    ("(2x+1)^2", "4x^2 + 1", "expansion"),
    ("(x+h)^3", "x^3 + h^3", "expansion"),
    ("d/dx cos(3x)", "-sin(3x)", "chain-rule"),
    ("d/dx (2x+1)^5", "5(2x+1)^4", "chain-rule"),
    ("d/dx sqrt(x^2+1)", "1/(2 sqrt(x^2+1))", "chain-rule"),
    ("d/dx e^(-x)", "e^(-x)", "chain-rule"),
    ("d/dx ln(x^2+1)", "1/(x^2+1)", "chain-rule"),
    ("x - y", "y - x", "sign"),
    ("e^(-x)/(1+e^(-x))^2", "-e^(-x)/(1+e^(-x))^2", "sign"),
    ("1 - x + x^2/2 - x^3/6", "1 + x + x^2/2 + x^3/6", "sign"),
    ("d/dx (1/x)", "1/x^2", "sign"),
    ("-(0.5 log2(0.5) + 0.5 log2(0.5))", "0.5 log2(0.5) + 0.5 log2(0.5)", "sign"),
    ("x/(1+x)", "(1+x)/x", "reciprocal"),
    ("p/(1-p)", "(1-p)/p", "reciprocal"),
    ("2 sin(x) cos(x)", "4 sin(x) cos(x)", "factor"),
    ("d/dx x^4", "4x^4", "exponent"),
    ("d/dx x^(1/2)", "(1/2) x^(1/2)", "exponent"),
    ("(x^2)^3", "x^5", "exponent"),
    ("ln(a b)", "ln(a) ln(b)", "log-rule"),
    ("ln(a/b)", "ln(a)/ln(b)", "log-rule"),
    ("log2(x^5)", "log2(x)^5", "log-rule"),
    ("log2(32)", "ln(32)", "log-base"),
    ("3 * 7 + 2", "25", "arithmetic"),
    ("1/7 + 1/9", "2/16", "arithmetic"),
    ("sqrt(16) + 1", "6", "arithmetic"),
    ("x^2 + 3x", "x^2 + 3x + 2", "term"),
    ("e^x + 1", "e^x", "term"),
    ("lim x->2 (x^2 - 4)/(x - 2)", "2", "limit-value"),
    ("lim x->oo (2x+1)/x", "1", "limit-value"),
    ("lim x->0 (e^x - 1)/x", "0", "limit-value"),
    ("lim x->2 (x^2 + 1)/(x + 1)", "lim x->2 (2x)/1", "lhopital-not-indeterminate"),
    ("lim x->0 (1 - cos(x))/x^2", "lim x->0 ((x^2 sin(x) - 2x(1 - cos(x)))/x^4)",
     "lhopital-quotient-rule"),
    ("lim h->0 (2x h + h^2)/h", "2x + h", "limit-dropped"),
    ("lim h->0 (6x + 3h + 2)", "6x + 3h + 2", "limit-dropped"),
]

# (previous line, step) that must stay ok
RIGHT = [
    ("(a+b)^2", "a^2 + 2a b + b^2"),
    ("d/dx sin(x^2)", "2x cos(x^2)"),
    ("d/dx e^(x^3)", "3x^2 e^(x^3)"),
    ("x^2 - 3x", "x(x - 3)"),
    ("lim h->0 (1 - (x+h) + 2(x+h)^2 - 1 + x - 2x^2)/h", "lim h->0 (-h + 4x h + 2h^2)/h"),
    ("lim h->0 (-h + 4x h + 2h^2)/h", "lim h->0 (4x - 1 + 2h)"),
    ("lim h->0 (4x - 1 + 2h)", "4x - 1"),
    ("lim x->0 sin(3x)/x", "lim x->0 3cos(3x)/1"),
    ("lim x->0 sin(3x)/x", "3"),
    ("lim x->3 (e^(x^3) - e^27)/(3x - 9)", "lim x->3 (3x^2 e^(x^3))/3"),
    ("lim x->0 (e^(x^2) - x - 1)/(3cos(x) - x - 3)", "lim x->0 (2x e^(x^2) - 1)/(-3sin(x) - 1)"),
    ("lim x->oo (x - ln(x))/(x^(1/100) + 4)", "lim x->oo (1 - 1/x)/((1/100) x^(-99/100))"),
    ("sigma(x)(1 - sigma(x))", "e^(-x)/(1 + e^(-x))^2"),
    ("d/dx sigma(x)", "sigma(x)(1 - sigma(x))"),
    ("tanh(z)", "2 sigma(2z) - 1"),
    ("P(B|A) P(A)/P(B)", "P(A|B)"),
    ("-sum(i=1..8, (1/8) log2(1/8))", "3"),
    ("binom(5, 2)", "10"),
    ("0.95*0.01 + 0.05*0.99", "0.059"),
    ("log2(8)", "3"),
    ("x^2/2", "0.5x^2"),
    ("2/(x+1)", "2(x+1)^(-1)"),
    ("(x^2 - 1)/(x - 1)", "x + 1"),
    ("e^(2x)", "(e^x)^2"),
    ("d/dx (ln(x)/x)", "(1 - ln(x))/x^2"),
    ("(x+2)^2", "x^2 + 4x + 4"),
    ("d/dx cos(3x)", "-3 sin(3x)"),
    ("d/dx (2x+1)^5", "10(2x+1)^4"),
    ("d/dx sqrt(x^2+1)", "x/sqrt(x^2+1)"),
    ("d/dx e^(-x)", "-e^(-x)"),
    ("x/(1+x)", "1 - 1/(1+x)"),
    ("p/(1-p)", "1/(1/p - 1)"),
    ("d/dx x^4", "4x^3"),
    ("(x^2)^3", "x^6"),
    ("log2(32)", "5"),
    ("ln(e^2)", "2"),
    ("lim x->2 (x^2 - 4)/(x - 2)", "4"),
    ("lim x->oo (2x+1)/x", "2"),
    ("lim x->0 (e^x - 1)/x", "1"),
    ("lim x->0 (1 - cos(x))/x^2", "lim x->0 sin(x)/(2x)"),
    ("lim h->0 (2x h + h^2)/h", "lim h->0 (2x + h)"),
    ("softplus(x)", "ln(1 + e^x)"),
    ("max(0, x) + max(0, -x)", "abs(x)"),
    ("logit(sigma(z))", "z"),
]


def _last(lines, **kw):
    return check_derivation(lines, **kw)[-1]


@pytest.mark.parametrize("previous, step, code", WRONG)
def test_wrong_step_gets_its_code(previous, step, code):
    # naming the slip runs in what is left of the step's time: a generous budget, so a loaded
    # machine does not leave it too little (the code, not the speed, is what is tested here)
    result = _last([previous, step], budget=10.0)
    warned = code in ("limit-dropped", "log-base")  # the step holds, in another reading
    assert result.verdict == ("warning" if warned else "error"), result
    assert result.code == code, result


@pytest.mark.parametrize("previous, step", RIGHT)
def test_right_step_is_ok(previous, step):
    result = _last([previous, step], budget=10.0)  # a loaded machine: time is not tested here
    assert result.verdict == "ok", result


def test_first_principles_sign_slip_then_final_answer():
    lines = ["g(x) = 1 - x + 2x^2", "lim h->0 (g(x+h) - g(x))/h",
             "lim h->0 (1 - (x+h) + 2(x+h)^2 - 1 + x - 2x^2)/h",
             "lim h->0 (h + 4x h + 2h^2)/h", "lim h->0 (1 + 4x + 2h)", "4x + 1"]
    results = check_derivation(lines)
    by_line = {r.line: r for r in results}
    assert by_line[4].code == "sign"
    assert by_line[5].verdict == "ok"          # consistent with its predecessor
    assert by_line[6].code == "final-answer"   # but the result is not g'(x) = 4x - 1


def test_solving_for_x1_forgetting_the_coefficient():
    lines = [Line(t, k + 1, block=1, continues=False) for k, t in enumerate(
        ["ln(p/(1-p)) = -6 + 0.05 x_1 + x_2", "0 = -6 + 0.05 x_1 + 3.5", "0.05 x_1 = 2.5",
         "x_1 = 2.5"])]
    result = check_derivation(lines)[-1]
    assert result.verdict == "error" and result.code == "solve-step"


def test_entropy_with_the_minus_sign_lost():
    result = _last(["-sum(i=1..4, (1/4) log2(1/4))", "sum(i=1..4, (1/4) log2(1/4))"])
    assert result.verdict == "error" and result.code in ("sign", "arithmetic")


def test_bayes_rule_written_with_conditionals_is_accepted():
    assert _last(["P(A|B)", "P(B|A) P(A) / P(B)"]).verdict == "ok"


def test_unknown_function_claim_is_unchecked_not_error():
    result = _last(["var(A - B)", "var(A) + var(B)"])
    assert result.verdict == "unchecked"


def test_definition_then_use():
    results = check_derivation(["f(x) = 3x^2 + 2x", "f'(x)", "6x + 2"])
    assert results[-1].verdict == "ok"


LOG_LIKELIHOOD = (r"\ell(\mu, \sigma^2) = -\frac{n}{2}\log(2\pi\sigma^2) "
                  r"- \frac{1}{2\sigma^2}\sum_{i=1}^n (x_i - \mu)^2")


@pytest.mark.parametrize("lines, verdict", [
    # a parameter written as a power (ℓ(μ, σ^2) = …) defines ℓ; ∂ℓ/∂μ uses the definition
    ([LOG_LIKELIHOOD, r"\frac{\partial \ell}{\partial \mu} = "
                      r"\frac{1}{\sigma^2}\sum_{i=1}^n (x_i - \mu)"], "ok"),
    ([LOG_LIKELIHOOD, r"\frac{\partial \ell}{\partial \mu} = "
                      r"-\frac{1}{\sigma^2}\sum_{i=1}^n (x_i - \mu)"], "error"),
    ([r"g(\mu, \sigma^2) = \mu\sigma^2", r"g(1, 4) = 4"], "ok"),
    ([r"g(\mu, \sigma^2) = \mu\sigma^2", r"g(1, 4) = 16"], "error"),
    # σ alone in the body: only that call is defined, never σ^2 read as σ
    ([r"g(\mu, \sigma^2) = \log\sigma + \mu", r"\frac{\partial g}{\partial \mu} = 1"], "ok"),
    ([r"f(x^2) = x", r"f(4) = 2"], "unchecked"),
    # ∂ℓ/∂σ^2: a derivative in σ² itself, (∂ℓ/∂σ)/(2σ)
    ([LOG_LIKELIHOOD, r"\frac{\partial \ell}{\partial \sigma^2} = -\frac{n}{2\sigma^2} + "
                      r"\frac{1}{2\sigma^4}\sum_{i=1}^n (x_i - \mu)^2"], "ok"),
    ([LOG_LIKELIHOOD, r"\frac{\partial \ell}{\partial \sigma^2} = -\frac{n}{\sigma} + "
                      r"\frac{1}{\sigma^3}\sum_{i=1}^n (x_i - \mu)^2"], "error"),  # ∂/∂σ
])
def test_definition_with_a_power_parameter(lines, verdict):
    assert check_derivation(lines)[-1].verdict == verdict


@pytest.mark.parametrize("lines, allowed", [
    # ∂L/∂w = … after an equation is a claim about a derivative, not an equation to solve
    (["L = (a - y)^2", "a = wx + b", r"\frac{\partial L}{\partial w} = 2(a-y)x"],
     {"ok", "unchecked"}),
    # a given by a premise after L: never ok, wrong only when that premise is a definition
    (["L = (a - y)^2", "a = wx + b", r"\frac{\partial L}{\partial w} = 2(a-y)"],
     {"error", "unchecked"}),
    (["x + 1 = 3", r"\frac{d}{dx} x^2 = 2x"], {"ok"}),
    # a gradient on the left is a claim of an identity, never a premise or a substitution
    ([r"\nabla_{\mathbf{w}} \|X\mathbf{w} - \mathbf{y}\|^2 = -2X^\top(X\mathbf{w} - \mathbf{y})"],
     {"error"}),
    ([r"\nabla_{\mathbf{w}} \|X\mathbf{w} - \mathbf{y}\|^2 = 2X^\top(X\mathbf{w} - \mathbf{y})"],
     {"ok"}),
])
def test_a_derivative_after_an_equation_is_a_claim(lines, allowed):
    assert check_derivation(lines)[-1].verdict in allowed


def _first_principles_problem():
    from tutor.model import Problem

    return Problem(id="fp", title="", topic="calculus", statement="", target="4x - 1",
                   hints=["a", "b", "c"], solution=[], given={"g(x)": "1 - x + 2x^2"},
                   start="lim h->0 (g(x+h) - g(x))/h", method="first-principles")


@pytest.mark.parametrize("steps, code", [
    (["lim h->0 (-h + 4x h + 2h^2)/h", "4x - 1"], "method"),       # limit taken before cancelling
    (["d/dx (1 - x + 2x^2)"], "method"),                            # rules instead of the limit
])
def test_first_principles_contract(steps, code):
    results = check_derivation(steps, problem=_first_principles_problem())
    assert any(r.code == code for r in results), results


def test_first_principles_done_right_has_no_error():
    steps = ["lim h->0 (-h + 4x h + 2h^2)/h", "lim h->0 (4x - 1 + 2h)", "4x - 1"]
    results = check_derivation(steps, problem=_first_principles_problem())
    assert all(r.verdict == "ok" for r in results), results


@pytest.mark.parametrize("limit, value", [
    ("lim x->oo ((x+1)^(x+1)/x^x - e x)", "e/2"),   # sympy 1.14 answers oo here
])
def test_a_limit_sympy_gets_wrong_is_never_an_error(limit, value):
    assert _last([limit, value]).verdict != "error"


@pytest.mark.parametrize("limit, value", [
    ("lim x->oo (x^(1/100) + 4)", "oo"),
    ("lim x->0 sin(3x)/x", "3"),
    ("lim x->0+ x ln(x)", "0"),
])
def test_limits_confirmed_numerically_are_ok(limit, value):
    assert _last([limit, value]).verdict == "ok"


@pytest.mark.parametrize("previous, step", [
    ("int(x^x, x)", "x"),           # an operator we do not know: never refuted
    ("var(X)", "1"),
])
def test_named_unknown_function_on_one_side_is_unchecked(previous, step):
    assert _last([previous, step]).verdict == "unchecked"


def test_values_defined_inline_reach_indexed_names_in_sums():
    lines = [Line("p_i = 0.5", 1, syntax="latex", continues=False),
             Line(r"H = -\sum_{i=1}^{2} p_i \log_2 p_i = -2 \cdot 0.5 \cdot (-1) = 1", 2,
                  syntax="latex", continues=False)]
    results = check_derivation(lines)  # the definitions of p_i and H are not claims
    assert [r.verdict for r in results] == ["unchecked", "unchecked", "ok", "ok"]
    assert [r.method for r in results[:2]] == ["definition", "definition"]


@pytest.mark.parametrize("text, verdicts", [
    # `⇒ 2 = x` on its own line is the next equation, never the claim 0 = 2 (a false error)
    ("$$x - 2 = 0$$\n$$\\Rightarrow 2 = x$$\n", ["unchecked", "ok"]),
    # an equation after a solution `x = 2` in the block before starts a new problem
    ("$$2x - 4 = 0$$\n$$x = 2$$\n\nNext:\n\n$$2x + 6 = 0$$\n",
     ["unchecked", "ok", "unchecked"]),
    # after `A ⇒ B` on one line the next `⇒` line goes on from B, in its own block too
    ("$$3x - 6 = 0 \\Rightarrow 3x = 6$$\n$$\\Rightarrow x = 2$$\n",
     ["unchecked", "ok", "ok"]),
    ("$$3x - 6 = 0 \\Rightarrow 3x = 6$$\n$$\\Rightarrow x = 3$$\n",
     ["unchecked", "ok", "error"]),
])
def test_an_implication_on_its_own_line_is_the_next_equation(text, verdicts):
    from tutor.batch import check_document

    assert [s.verdict for s in check_document(text, kind="md").steps] == verdicts


@pytest.mark.parametrize(("text", "verdict"), [
    # ŷ = σ(z) defined, z never: by the definitions L does not hold w, so ∂L/∂w would come
    # out 0: no verdict, never an error
    ("$\\hat y = \\sigma(z)$.\n\n$$L = -y\\log\\hat y - (1-y)\\log(1-\\hat y)$$"
     "\n\n$$\\frac{\\partial L}{\\partial w} = (\\hat y - y)x$$\n", "unchecked"),
    # z = wx + b said after ŷ used z defines z from there: L reaches w through it
    ("$\\hat y = \\sigma(z)$ with $z = wx + b$.\n\n$$L = -y\\log\\hat y - (1-y)\\log(1-\\hat y)$$"
     "\n\n$$\\frac{\\partial L}{\\partial w} = (\\hat y - y)x$$\n", "ok"),
    ("$\\hat y = \\sigma(z)$ with $z = wx + b$.\n\n$$L = -y\\log\\hat y - (1-y)\\log(1-\\hat y)$$"
     "\n\n$$\\frac{\\partial L}{\\partial w} = (\\hat y - y)$$\n", "error"),
])
def test_a_derivative_through_definitions_said_late(text, verdict):
    from tutor.batch import check_document

    assert check_document(text, kind="md").steps[-1].verdict == verdict


@pytest.mark.parametrize("text, verdicts", [
    # names declared vectors in front matter are vectors without bold or a transpose
    ("---\ntutor: {vectors: [w, x]}\n---\n$$\\nabla_w (x^T w) = x$$\n", ["ok"]),
    ("---\ntutor: {vectors: [w, x]}\n---\n$$\\nabla_w (x^T w) = x^T$$\n", ["error"]),
    ("---\ntutor: {vectors: [w]}\n---\n$$\\nabla_w (w^T w) = 2w$$\n", ["ok"]),
])
def test_vectors_declared_in_front_matter(text, verdicts):
    from tutor.batch import check_document

    assert [s.verdict for s in check_document(text, kind="md").steps] == verdicts

