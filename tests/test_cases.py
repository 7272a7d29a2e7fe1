"""A function given by cases, `\\begin{cases} … \\end{cases}`, read as a Piecewise: each row's
value and condition by the one grammar; rows that cannot be read leave the line unchecked."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.batch import check_document
from tutor.errors import NotAClaim, Undecidable
from tutor.read.parser import parse

x, k, p = sp.symbols("x k p")


@pytest.mark.parametrize(("text", "expected"), [
    (r"\begin{cases} x & x > 0 \\ 0 & x \le 0 \end{cases}",
     sp.Piecewise((x, x > 0), (0, x <= 0))),
    (r"\begin{cases} x, & \text{if } x \ge 0 \\ -x, & \text{otherwise} \end{cases}",
     sp.Piecewise((x, x >= 0), (-x, True))),
    (r"\left\{ \begin{cases} 1 & x > 0 \\ -1 & x < 0 \end{cases} \right.",
     sp.Piecewise((1, x > 0), (-1, x < 0))),
    (r"\begin{cases} x^2 & 0 \le x < 1 \\ 1 & \text{sonst} \end{cases}",
     sp.Piecewise((x**2, sp.And(0 <= x, x < 1)), (1, True))),
    (r"\begin{dcases} p & k = 1 \\ 1 - p & k = 0 \end{dcases}",
     sp.Piecewise((p, sp.Eq(k, 1)), (1 - p, sp.Eq(k, 0)))),
    # a brace before an array or a matrix: the cases written by hand
    (r"\left\{ \begin{array}{l} x \quad \text{if $x \gt 0$} \\ 0 \quad \text{otherwise}"
     r" \end{array} \right.", sp.Piecewise((x, x > 0), (0, True))),
    (r"\left\{ \begin{matrix} x & if & x > 0 \\ 0 & if & x \leq 0 \end{matrix} \right.",
     sp.Piecewise((x, x > 0), (0, x <= 0))),
    (r"\left\{ \begin{array}{ll} 1, & x \ge 0 \\ -1, & x < 0 \end{array} \right.",
     sp.Piecewise((1, x >= 0), (-1, x < 0))),
])
def test_cases_read_as_a_piecewise(text, expected):
    assert sp.simplify(parse(text) - expected) == 0 or parse(text) == expected


@pytest.mark.parametrize("text", [
    r"f(x) = \begin{cases} x & x \in [0, 1] \\ 0 & \text{otherwise} \end{cases}",   # ∈: not yet
    r"f(x) = \begin{cases} x & \text{for small } x \\ 0 & \text{otherwise} \end{cases}",
    r"f(x) = \begin{cases} x \\ 0 \end{cases}",                                     # no conditions
])
def test_cases_whose_rows_cannot_be_read_are_not_checked(text):
    with pytest.raises(Undecidable):
        parse(text)


def test_the_parts_of_an_integration_by_parts_are_no_claim():
    with pytest.raises(NotAClaim):
        parse(r"\begin{cases} u = x & \Rightarrow du = dx \\ dv = e^x dx & \Rightarrow v = e^x"
              r" \end{cases}")


@pytest.mark.parametrize(("line", "verdict"), [
    (r"$$\text{ReLU}(x) = \begin{cases} x & x > 0 \\ 0 & x \le 0 \end{cases}$$", "ok"),
    (r"$$\text{ReLU}(x) = \begin{cases} x & x < 0 \\ 0 & x \ge 0 \end{cases}$$", "error"),
    (r"$$|x| = \begin{cases} x, & x \ge 0 \\ -x, & \text{otherwise} \end{cases}$$", "ok"),
    (r"$$\frac{d}{dx}|x| = \begin{cases} 1 & x > 0 \\ -1 & x < 0 \end{cases}$$", "ok"),
    (r"$$\frac{d}{dx}|x| = \begin{cases} -1 & x > 0 \\ 1 & x < 0 \end{cases}$$", "error"),
    (r"$$\max(0, x)^2 = \begin{cases} x^2 & x > 0 \\ 0 & \text{otherwise} \end{cases}$$", "ok"),
])
def test_a_claim_about_a_function_given_by_cases(line, verdict):
    steps = check_document(line, kind="md").steps
    assert [s.verdict for s in steps] == [verdict]


def test_a_function_defined_by_cases_then_its_derivative():
    text = ("$$f(x) = \\begin{cases} x^2 & x < 1 \\\\ 2x - 1 & x \\ge 1 \\end{cases}$$\n\n"
            "$$f'(x) = \\begin{cases} 2x & x < 1 \\\\ 2 & x \\ge 1 \\end{cases}$$\n\n"
            "$$f'(x) = \\begin{cases} 2x & x < 1 \\\\ 1 & x \\ge 1 \\end{cases}$$\n")
    assert [(s.line, s.verdict) for s in check_document(text, kind="md").steps] == [
        (1, "unchecked"), (3, "ok"), (5, "error")]


# a function given by cases, equal to the derivative but where it is undefined, is no equation
# to solve: a value given after it is a value, not one of its solutions
def test_a_value_after_a_derivative_given_by_cases():
    text = ("ReLU, $\\operatorname{ReLU}(z) = \\max(0, z)$:\n\n"
            "$$\\operatorname{ReLU}'(z) = \\begin{cases} 1, & z > 0 \\\\ 0, & z < 0 \\end{cases}$$"
            "\n\n(undefined at $0$). With ReLU at $z = 0.1$ the output is $a = 0.1$.\n")
    steps = check_document(text, kind="md").steps
    assert [(s.line, s.verdict, s.message.split(":")[0]) for s in steps[-3:]] == [
        (3, "unchecked", "equal only on part of the domain"),
        (5, "unchecked", "z = 0.1 here (a value given"),
        (5, "unchecked", "definition of a (not a claim")]
