"""A loss of an inner product wᵀx differentiated in a number (∂/∂b of σ(wᵀx + b)): wᵀx is read
as one number, so the step is proved, or refuted where that number may be any real."""

from __future__ import annotations

import pytest

from tutor import check_document, compare
from tutor.judge.scalar_points import inner_products_as_numbers
from tutor.read.parser import parse

S = r"\sigma(w^T x + b)"


@pytest.mark.parametrize(("a", "b", "status"), [
    (rf"\frac{{d}}{{db}} {S}", rf"{S}(1 - {S})", "equal"),
    (rf"\frac{{d}}{{db}} {S}", rf"{S}^2", "not_equal"),
    (rf"\frac{{d}}{{db}} \ln {S}", rf"1 - {S}", "equal"),
    (rf"\frac{{d}}{{db}} \ln {S}", rf"{S} - 1", "not_equal"),
    (r"\frac{d}{db} (w^T x + b)^2", r"2(w^T x + b)", "equal"),
    (r"\frac{d}{db} (w^T x + b)^2", r"2(w^T x - b)", "not_equal"),
])
def test_inner_product_as_one_number(a, b, status):
    assert compare(a, b).status == status


@pytest.mark.parametrize(("a", "b", "any_value"), [
    (rf"\frac{{d}}{{db}} {S}", rf"{S}^2", True),
    # wᵀx and xᵀw are one number: as two fresh numbers they may differ, but that is no witness
    (r"\frac{d}{db} (w^T x + b)^2", r"2(x^T w + b)", False),
    # wᵀw is never negative: not an inner product of two names
    (r"\frac{d}{db} (w^T w + b)^2", r"2(w^T w + b)", None),
    # an entry of w, or w or x itself, anywhere: wᵀx is no number apart from it
    (r"\frac{\partial}{\partial w_j} (w^T x + b)", "x_j", None),
    (r"\frac{\partial}{\partial x_1} \sigma(w^T x + b)", "0", None),
    (r"\frac{d}{dw} (w^T x + b)", "0", None),
    (r"\frac{d}{db} (w^T x + b)^2 + x", r"2(w^T x + b) + x", None),
])
def test_when_an_inner_product_is_one_number(a, b, any_value):
    read = inner_products_as_numbers(parse(a, "latex"), parse(b, "latex"))
    assert (read[2] if read else None) is any_value


@pytest.mark.parametrize(("a", "b", "status"), [
    # a derivative in an entry: wᵀx written out as Σ_k w_k x_k
    (r"\frac{\partial}{\partial w_j} (w^T x + b)", "x_j", "equal"),
    (r"\frac{\partial}{\partial w_j} (w^T x + b)", "0", "not_equal"),
    (r"\frac{\partial}{\partial w_j} (w^T x + b)", "x_k", "not_equal"),
    (rf"\frac{{\partial}}{{\partial w_2}} \ln {S}", rf"(1 - {S}) x_2", "equal"),
    (rf"\frac{{\partial}}{{\partial w_2}} \ln {S}", rf"(1 - {S}) x_1", "not_equal"),
    (rf"\frac{{\partial}}{{\partial x_1}} {S}", rf"{S}(1 - {S}) w_1", "equal"),
    # xᵀw beside wᵀx, no entry: not decided; w alone beside wᵀx: not written out
    (r"\frac{d}{db} (w^T x + b)^2", r"2(x^T w + b)", "unknown"),
    (r"\frac{\partial}{\partial w_j} (w^T x + b) + w", "x_j + w", "unknown"),
])
def test_a_derivative_in_an_entry(a, b, status):
    assert compare(a, b).status == status


# a worked example under a heading gives w a number: wᵀ is that number (a number is its own
# transpose), so `z = wᵀx + b` holds with the values given (as `z = wx + b` does) and the
# arithmetic along it is checked
WORKED = ("Let $z = w^T x + b$ and $\\hat{{y}} = \\sigma(z)$.\n\n### A number\n\n"
          "Take $w = {w}$, $x = 2$, $b = -1$.\n\n$$z = w^T x + b = {middle} = {end}$$\n")
WORKED_ROWS = [
    ("0.5", "0.5 \\cdot 2 - 1", "0", ["ok", "ok", "ok"]),
    ("0.5", "0.5 \\cdot 2 - 1", "1", ["ok", "ok", "error"]),
    ("0.5", "0.5 \\cdot 2 + 1", "2", ["ok", "error", "ok"]),
    ("3", "3 \\cdot 2 - 1", "5", ["ok", "ok", "ok"]),
    ("3", "3 \\cdot 2 - 1", "6", ["ok", "ok", "error"]),
]


@pytest.mark.parametrize("w,middle,end,verdicts", WORKED_ROWS)
def test_transpose_of_a_name_given_a_number(w, middle, end, verdicts):
    report = check_document(WORKED.format(w=w, middle=middle, end=end), kind="md")
    claims = [s.verdict for s in report.steps if s.line == 7 and s.method != "definition"]
    assert claims == verdicts


# a derivative keeps wᵀ as it is (w may be the variable; values by name are not put in it)
IN_W_ROWS = [
    ("\\frac{\\partial z}{\\partial w} = 0", {"unchecked"}),
    ("\\frac{\\partial z}{\\partial b} = 1", {"unchecked"}),
    ("w^T w = 0.25", {"ok"}),
    ("w^T w = 0.5", {"unchecked"}),
]


@pytest.mark.parametrize("line,verdicts", IN_W_ROWS)
def test_a_number_transposed_beside_calculus(line, verdicts):
    text = WORKED.format(w="0.5", middle="", end="").split("$$")[0] + f"$${line}$$\n"
    report = check_document(text, kind="md")
    assert {s.verdict for s in report.steps if s.line == 7} == verdicts


# w given a number above, then a derivative in the vector w: the derivative is not taken in
# the plain w (sympy's 0) nor at w's number; a wrong claim of 0 was called right on the way
GIVEN_W = ["$$w = 0.8$$\n\n$$x = 2$$\n\n", "## A\n\n$$w = 0.8$$\n\n## B\n\n"]
DERIVATIVE_IN_W = [
    ("\\frac{\\partial}{\\partial \\mathbf{w}} \\mathbf{w}^T\\mathbf{x} = 0", "unchecked"),
    ("\\frac{\\partial}{\\partial \\mathbf{w}} \\mathbf{w}^TA\\mathbf{w} = 0", "unchecked"),
    ("\\frac{\\partial}{\\partial w} w^T x = 4", "unchecked"),
    ("\\nabla_w w^T x = 0", "unchecked"),
    ("\\frac{\\partial}{\\partial \\mathbf{w}} \\mathbf{w}^T\\mathbf{x} = \\mathbf{x}", "ok"),
    ("\\frac{\\partial}{\\partial \\mathbf{w}} \\mathbf{w}^TA\\mathbf{w} = (A + A^T)\\mathbf{w}",
     "ok"),
]


@pytest.mark.parametrize("given", GIVEN_W)
@pytest.mark.parametrize("line,verdict", DERIVATIVE_IN_W)
def test_a_derivative_in_a_vector_named_as_a_number(given, line, verdict):
    assert check_document(given + f"$${line}$$\n", kind="md").steps[-1].verdict == verdict


def test_a_gradient_below_a_vector_given_a_number_says_why():
    text = ("Let $z = w^T x + b$ and $\\hat{y} = \\sigma(z)$, "
            "$L = -y \\log \\hat{y} - (1 - y)\\log(1 - \\hat{y})$.\n\n### A number\n\n"
            "Take $w = 0.5$, $x = 2$, $b = -1$, $y = 1$.\n\n"
            "$$\\frac{\\partial L}{\\partial b} = \\hat{y} - y$$\n")
    step = check_document(text, kind="md").steps[-1]
    assert (step.verdict, "given a number above" in step.message) == ("unchecked", True)
