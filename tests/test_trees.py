"""The nodes of an expression (tutor.trees.nodes_of): sympy's atoms, from one remembered walk."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.compat import AppliedUndef
from tutor.trees import nodes_of

x, y = sp.symbols("x y")
f = sp.Function("f")

# (expression, types asked, the nodes)
CASES = [
    (sp.sin(x) + f(x) * y, (sp.Function,), {sp.sin(x), f(x)}),
    (sp.sin(x) + f(x) * y, (AppliedUndef,), {f(x)}),
    (sp.sin(x) + f(x) * y, (sp.Symbol,), {x, y}),
    (sp.sin(x) + f(x) * y, (sp.Mul, sp.Add), {f(x) * y, sp.sin(x) + f(x) * y}),
    (sp.Integer(3), (sp.Symbol,), set()),
    (sp.Sum(x**2, (x, 1, y)), (sp.Pow, sp.Sum), {x**2, sp.Sum(x**2, (x, 1, y))}),
]


@pytest.mark.parametrize(("expr", "types", "nodes"), CASES)
def test_nodes_are_sympys_atoms(expr, types, nodes):
    assert nodes_of(expr, *types) == nodes == expr.atoms(*types)
    assert nodes_of(expr, *types) == nodes  # asked again: from the remembered walk


def test_a_new_set_each_time():
    expr = sp.sin(x) + y
    nodes_of(expr, sp.Symbol).add(sp.Symbol("z"))
    assert nodes_of(expr, sp.Symbol) == {x, y}


def test_an_equal_expression_gives_its_own_nodes():
    """f'(2x) as a Subs is equal whatever its bound variable is called: each expression
    answers with its own bound variable (replacing it must find it)."""
    u, v = sp.Dummy("u"), sp.Dummy("u")
    first = sp.Subs(sp.Derivative(f(u), u), u, 2 * x)
    second = sp.Subs(sp.Derivative(f(v), v), v, 2 * x)
    assert first == second
    assert nodes_of(first, sp.Dummy) == {u}
    assert nodes_of(second, sp.Dummy) == {v}
