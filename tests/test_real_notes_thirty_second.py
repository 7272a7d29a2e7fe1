"""Habits of the thirty-second round of held-out notes: a spaced closing `$` at a line's end, …"""

from __future__ import annotations

import pytest

from tests.document_steps import assert_verdicts


# `$… \approx 0.17 $` then a bullet: the spaced `$` ending the line closes the math (it ran on
# into the next bullet and read `0.17 - P(M|D)`); a `$` in prose after it is not math
@pytest.mark.parametrize(("text", "expected"), [
    ("- $x = 1/6 \\approx 0.17 $\n- $y = 30/44 \\approx 0.68$\n",
     [("unchecked", "definition of x"), ("ok", None), ("unchecked", "definition of y"),
      ("ok", None)]),
    ("- $x = 1/6 \\approx 0.19 $\n- $y = 2$\n",
     [("unchecked", "definition of x"), ("error", None), ("unchecked", "definition of y")]),
])
def test_a_spaced_dollar_at_the_end_of_a_line_closes_the_math(text, expected):
    assert_verdicts(text, expected)


# `x = ±1` (or `x = 2 ± √3`) in the display after an equation solves it, as after ⇒: its ±
# is no new name (it was "a substitution: values were put in for ±"), and an equation after
# it starts anew, as after `x = 1`
@pytest.mark.parametrize(("text", "expected"), [
    ("$$x^2 - 4 = 0$$\n$$x = \\pm 2$$\n", [("unchecked", "premise"), ("ok", "equivalent")]),
    ("$$x^2 - 4 = 0$$\n$$x = \\pm 4$$\n", [("unchecked", "premise"), ("error", "does not follow")]),
    ("$$x^2 - 4x + 1 = 0$$\n$$x = 2 \\pm \\sqrt{3}$$\n",
     [("unchecked", "premise"), ("ok", "equivalent")]),
    ("$$x^2 - 4x + 1 = 0$$\n$$x = 2 \\pm \\sqrt{5}$$\n",
     [("unchecked", "premise"), ("error", "does not follow")]),
    ("$3(x^2 - 1) = 0$\n$x = \\pm 1$\n\nNext.\n\n$$x^2 - 9 = 0$$\n$$x = \\pm 3$$\n",
     [("unchecked", "premise"), ("ok", "equivalent"), ("unchecked", "premise"),
      ("ok", "equivalent")]),
])
def test_roots_with_plus_minus_solve_the_equation_above(text, expected):
    assert_verdicts(text, expected)


# `P[T] = $0.99*0.05 + 0.95*0.03$ = 0.078`: the value written in prose after a span of
# arithmetic is its value (checked); more math after the number, or `%`, leaves it alone
@pytest.mark.parametrize(("text", "expected"), [
    ("P[T] = $0.99*0.05 + 0.95*0.03$ = 0.078\n", [("ok", None)]),
    ("P[S|T] = $0.99 *0.05/0.078$ = 0.73 here.\n", [("error", None)]),
    ("The cost is $3 + 4$ = 7, and $\\frac{1}{2}$ = 0.5.\n", [("ok", None), ("ok", None)]),
    ("A $0.5 + 0.2$ = 0.7 + 0.1 here, $1/2$ = 50%, $2+3$ = 6 $x$.\n", []),
    ("$$0.5 + 0.2$$ = 0.9\n", []),
])
def test_a_value_in_prose_after_a_span_of_arithmetic(text, expected):
    assert_verdicts(text, expected)


# `y = …` then `f(0) = …`, `f'(x) = …` in the same display, f never given: f is y's formula
# (tangent-line exercises); the next display's y is the next exercise's f. Never when y is a
# straight line (a tangent), holds a valued name, or stands in another block
Y_THEN_F = "$$\\displaylines{{y = {y} \\\\\n{claims}\n}}$$\n"


@pytest.mark.parametrize(("y", "claims", "expected"), [
    ("x^3 + 1", "f(2) = 8 + 1 = 9 \\\\\nf'(x) = 3x^2 \\\\\nf'(2) = 12",
     ["unchecked", "ok", "ok", "ok", "ok"]),
    ("x^3 + 1", "f(2) = 8 + 1 = 10", ["unchecked", "ok", "error"]),
    ("x^3 + 1", "f'(x) = 3x", ["unchecked", "error"]),
    ("x^3 + 1", "f'(2) = 3 \\cdot 4 = 13", ["unchecked", "ok", "error"]),
    ("3x - 2", "f(2) = 8", ["unchecked", "unchecked"]),   # a tangent line, not f
])
def test_f_read_as_the_y_of_its_display(y, claims, expected):
    text = Y_THEN_F.format(y=y, claims=claims)
    assert_verdicts(text, [(v, None) for v in expected])


@pytest.mark.parametrize(("text", "expected"), [
    # the next exercise's y: f is read anew (it was held to the first y: 3 errors)
    (Y_THEN_F.format(y="x^2", claims="f'(x) = 2x") + "\n" +
     Y_THEN_F.format(y="x^3", claims="f'(x) = 3x^2 \\\\\nf(1) = 1"),
     [("unchecked", None), ("ok", None), ("unchecked", "new definition"), ("ok", None),
      ("ok", None)]),
    # y in another block, with prose between: f stays unknown
    ("$$y = x^3$$\n\nNow another function.\n\n$$f(2) = 5$$\n",
     [("unchecked", None), ("unchecked", None)]),
    # f given its own formula: y does not replace it
    ("$$\\displaylines{f(x) = x + 1 \\\\\ny = x^3 \\\\\nf(2) = 3}$$\n",
     [("unchecked", None), ("unchecked", None), ("ok", None)]),
])
def test_f_read_as_y_only_in_its_own_block(text, expected):
    assert_verdicts(text, expected)


# a sum or product written with … over names with subscripts (x_1 + x_2 + … + x_n, a_1 a_2 ⋯
# a_n) is the run of its terms, as 1 + 2 + … + n is: its subscripts step as numbers do; with
# one or two terms before … the reading only confirms
@pytest.mark.parametrize(("a", "b", "expected"), [
    ("x_1 + x_2 + \\dots + x_n", "\\sum_{i=1}^n x_i", "equal"),
    ("(x_1 - m)^2 + \\cdots + (x_n - m)^2", "\\sum_{i=1}^n (x_i - m)^2", "equal"),
    ("a_1 a_2 \\cdots a_n", "\\prod_{i=1}^n a_i", "equal"),
    ("\\ln a_1 + \\ln a_2 + \\dots + \\ln a_n", "\\ln(a_1 a_2 \\dots a_n)", "equal"),
    ("x_1 + x_2 + x_3 + \\dots + x_n", "\\sum_{i=1}^n x_i^2", "not_equal"),
    ("x_1 + \\dots + x_n", "\\sum_{i=1}^n x_i^2", "unknown"),
    ("x_1 + x_2 + \\dots + x_n", "\\sum_{i=1}^n x_i^2", "unknown"),
])
def test_runs_of_subscripted_names_with_dots(a, b, expected):
    from tutor.api import compare
    assert compare(a, b).status == expected


@pytest.mark.parametrize(("point", "expected"), [("x = 2", "ok"), ("u = x^2", "unchecked")])
def test_f_read_as_y_with_the_point_given_beside_it(point, expected):
    """`y = x³ + 1, x = 2` (the point of a tangent) keeps x a variable of y; y in a name that
    stands for a formula (`y = u³` with u = x²) is no function of its own letter."""
    letter = "x" if point.startswith("x") else "u"
    text = (f"$$\\displaylines{{y = {letter}^3 + 1, \\ {point} \\\\\n"
            f"f'({letter}) = 3{letter}^2}}$$\n")
    assert check_steps(text)[-1][0] == expected


def check_steps(text: str) -> list:
    from tutor.batch import check_document
    return [(s.verdict, s.message) for s in check_document(text, kind="md").steps]


# plain lines of a computation graph (`d = e + c`, `L = d * f`): `*` or `+` between two letters
# marks a formula as `×` does; words still make a line prose
@pytest.mark.parametrize(("text", "expected"), [
    ("e = a*b\nd = e + c\nL = d * f\n\nso\n\ndL/dd = f\n",
     ["unchecked", "unchecked", "unchecked", "ok"]),
    ("L = d * f\n\nso\n\ndL/df = 2d\n", ["unchecked", "error"]),
    ("Revenue = price * count\n", []),
    ("Team = Alice + Bob\n", []),
])
def test_plain_lines_with_star_or_plus_between_letters(text, expected):
    assert [v for v, _ in check_steps(text)] == expected


def test_a_long_inline_span_opened_with_a_space():
    """`$ {4 \\choose 2}p^2(1-p)^2 + … = …$`: a `$` then a space opens math closed by a `$`
    after a non-space, however long the span (it stopped at 80 characters)."""
    terms = " + ".join(["{4 \\choose 2}p^2(1-p)^2"] * 5)
    steps = check_steps(f"$ {terms} = 30p^2(1-p)^2$\n")
    assert [v for v, _ in steps] == ["ok"]


# `\approx 0.928819...`: a decimal cut short after ≈, as after = (it read 0.928819·…)
@pytest.mark.parametrize(("value", "expected"), [
    ("\\approx 0.928819...", "ok"), ("\\approx 0.938819...", "error"), ("≈ 0.928819…", "ok"),
    ("= 0.928819...", "ok"),
])
def test_a_decimal_cut_short_after_approx(value, expected):
    steps = check_steps(f"$$x = \\frac{{535}}{{576}} {value}$$\n")
    assert [v for v, _ in steps] == ["unchecked", expected]


# an inequality in one letter on both sides with ⇒ after it (`p^2 ≥ p ⇒ p ≥ 1`) is posed, not
# a claim for all p; a witness at which a factor of both its sides is 0 (p = 0: the writer
# divided by p) leaves the step unchecked; another witness refutes it
@pytest.mark.parametrize(("text", "expected"), [
    ("$p^2 \\geq p \\implies p \\geq 1$", ["unchecked", "unchecked"]),
    ("$6p^2(1-p)^2 \\geq 2p(1-p) \\implies p \\geq 1/3$", ["unchecked", "unchecked"]),
    ("$x^2 > x \\implies x > 2$", ["unchecked", "error"]),
])
def test_an_inequality_before_an_arrow_is_posed(text, expected):
    assert [v for v, _ in check_steps(text + "\n")] == expected


def test_a_power_one_of_a_sum_keeps_its_brackets_when_shown():
    import sympy as sp

    from tutor.derive.notation import notation
    p = sp.Symbol("p")
    assert notation(sp.Mul(p**3, sp.Pow(1 - p, 1, evaluate=False), evaluate=False)) == \
        "p^3·(1 - p)"


def test_a_value_at_a_point_said_again_agrees_with_the_first():
    """`y'(2) = …` three times under a y of an earlier item: the last agrees with the first (a
    guard against one name valued like another, H(Y|b) after H(Y|a), took it away). Since the
    thirty-sixth round each is y' at 2, of the y' said last (item 2's), and the last is ok."""
    text = ("1. $y = \\frac{e^x}{4+x^2}$\n    $y' = \\frac{e^x(4+x^2) - e^x(2x)}{(4+x^2)^2}$\n\n"
            "2. $y' = 3 + \\frac{e^x(x^2+1) - e^x(2x)}{(x^2 + 1)^2}$\n"
            "\t$y'(2) = 3 + \\frac{e^2(5) - e^2(4)}{25}$\n\t$y'(2) = 3 + \\frac{e^2}{25}$\n"
            "\t$y'(2) = 3 + 0.04e^2$\n")
    assert check_steps(text)[-3:] == [("ok", "follows from the previous expression")] * 3


def test_a_value_of_a_call_said_again_wrongly_is_an_error():
    """`h(1) = 1/e + e`, then `h(1) = 2e`: one left side said again with a slip (the guard for
    two calls of one function with one value, H(Y|a) and H(Y|b), must not take it away)."""
    steps = check_steps("$h(1) = 1/e + e/1$\n$h(1) = 1/e + e$\n$h(1) = 2e$\n")
    assert [v for v, _ in steps] == ["unchecked", "ok", "error"]


# the chain rule written on the outer function: `a'(b(c(x))) = y' = …` under y = a(b(c(x)))
# with a, b, c defined is the derivative of the composition (not checked as written: it was
# 'internal error (ValueError): Can't calculate derivative wrt exp(-x/2)'); y' itself is checked
CHAIN_PARTS = ("2. $y = 4\\cos(e^{-2x})$\n\t$y = a(b(c(x)))$\n\t$a(x) = 4\\cos(x)$\n"
               "\t$b(x) = e^x$\n\t$c(x) = -2x$\n\t$a'(b(c(x))) = y' = {}$\n")


@pytest.mark.parametrize(("value", "last"), [
    ("-4\\sin(e^{-2x}) \\cdot -2e^{-2x}", "ok"), ("-4\\sin(e^{-2x}) \\cdot 2e^{-2x}", "error"),
])
def test_the_chain_rule_written_on_the_outer_function(value, last):
    steps = check_steps(CHAIN_PARTS.replace("{}", value))
    assert not any("internal error" in m for _, m in steps)
    assert steps[-2][0] == "unchecked" and "composition" in steps[-2][1]
    assert steps[-1][0] == ("ok" if last == "ok" else "unchecked")


def test_a_derivative_by_an_entry_of_a_family_is_left_to_the_sum():
    """∂/∂θ_k of log Σ_j e^{θ_j} − θ_k: θ_k is an entry of the θ_j (a Kronecker delta in the
    sum), never a call to take the derivative at (that reading was a false alarm)."""
    text = ("$$\\frac{\\partial}{\\partial \\theta_k}\\left(\\log\\left(\\sum_{j=1}^n "
            "e^{\\theta_j}\\right) - \\theta_k\\right) = \\frac{e^{\\theta_k}}{\\sum_{j=1}^n "
            "e^{\\theta_j}} - 1$$\n")
    assert [v for v, _ in check_steps(text)] == ["ok"]
