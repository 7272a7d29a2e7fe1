"""A vector given by its components, `\\mathbf{w} = (w_1, w_2)`: a definition through w^T x
holds the components, so ∂L/∂w_1 of L = ½(ŷ − y)², ŷ = w^T x, is checked (it was "L does not
hold w_1"); ∇_w L stays a vector claim in w."""

from __future__ import annotations

import pytest

from tutor.batch import check_document
from tutor.derive.vector_components import components_listed, dot_products
from tutor.read.parser import parse

SETUP = ("With $\\mathbf{w} = (w_1, w_2)$ and $\\mathbf{x} = (x_1, x_2)$:\n\n"
         "$$\\hat y = \\mathbf{w}^T\\mathbf{x}$$\n\n$$L = \\frac{1}{2}(\\hat y - y)^2$$\n\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    (r"\frac{\partial L}{\partial w_1} = (\hat y - y)\, x_1", "ok"),
    (r"\frac{\partial L}{\partial w_2} = (\hat y - y)\, x_2", "ok"),
    (r"\frac{\partial L}{\partial w_2} = (\hat y - y)\, x_1", "error"),
    (r"\frac{\partial L}{\partial w_1} = (y - \hat y)\, x_1", "error"),
    (r"\nabla_{\mathbf{w}} L = (\hat y - y)\,\mathbf{x}", "ok"),
])
def test_a_derivative_in_a_component(claim, verdict):
    steps = [s for s in check_document(SETUP + f"$${claim}$$\n", kind="md").steps
             if s.line == 7]
    assert [s.verdict for s in steps] == [verdict], [(s.verdict, s.message) for s in steps]


@pytest.mark.parametrize(("name", "items", "listed"), [
    ("w", ["w_1", "w_2"], True),
    ("w", ["w_1", "w_2", "w_3"], True),
    ("w", ["a", "b"], False),          # other names say nothing of w's entries
    ("w", ["w_1", "w_1"], False),
    ("x", ["w_1", "w_2"], False),
])
def test_components_listed(name, items, listed):
    import sympy as sp

    found = components_listed(sp.Symbol(name), [sp.Symbol(i) for i in items])
    assert (found is not None) == listed


def test_a_dot_product_is_written_out_only_where_a_component_is_named():
    import sympy as sp

    w, x = sp.Symbol("w", commutative=False), sp.Symbol("x", commutative=False)
    tables = {"w": tuple(sp.symbols("w_1 w_2")), "x": tuple(sp.symbols("x_1 x_2"))}
    product = parse(r"\mathbf{w}^T\mathbf{x}")
    assert dot_products(product, tables) == product  # alone: a vector expression
    assert dot_products(product, tables, claim=sp.Symbol("w_1")) == parse("w_1 x_1 + w_2 x_2")
    assert dot_products(w * x, {"w": tables["w"], "x": (sp.Symbol("x_1"),)},
                        claim=sp.Symbol("w_1")) == w * x  # lengths differ: left as it is
