"""Every spelling of a partial derivative reads as the same sympy Derivative (property tests).

The spellings: \\frac{\\partial}{\\partial v}, \\partial_v, \\partial_{v}, \\partial/\\partial v,
∂/∂v, ∂_v and diff(…, v); an evaluation bar |_{v=k} is the value at v = k; ∂_v of a bare name
is an unknown function of v, never a constant (0).
"""

from __future__ import annotations

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.errors import ParseError
from tutor.read.parser import parse

VARIABLES = ["x", "y", "t", "w_1", "z_i"]
SPELLINGS = [
    "\\frac{{\\partial}}{{\\partial {v}}}({body})", "\\partial_{{{v}}} ({body})",
    "\\partial/\\partial {v} ({body})", "∂/∂{v} ({body})", "diff({body}, {v})",
]
POLYNOMIAL = st.lists(st.tuples(st.integers(-5, 5), st.integers(0, 3), st.integers(0, 3)),
                      min_size=1, max_size=4)


def _body(terms, v: str, other: str) -> str:
    return " + ".join(f"({c}) {v}^{p} {other}^{q}" for c, p, q in terms)


@settings(max_examples=40, deadline=None)
@given(terms=POLYNOMIAL, v=st.sampled_from(VARIABLES), spelling=st.sampled_from(SPELLINGS))
def test_every_spelling_is_the_same_derivative(terms, v, spelling):
    other = "b" if v != "b" else "c"
    body = _body(terms, v, other)
    if "_" in v and spelling.startswith("∂/∂"):
        v_plain = v.replace("_", "")  # plain ∂/∂w1 is w_1; ∂/∂z_i keeps its underscore
        text = spelling.format(v=v_plain if v_plain[-1].isdigit() else v, body=body)
    else:
        text = spelling.format(v=v, body=body)
    reference = parse(f"\\frac{{\\partial}}{{\\partial {v}}}({body})")
    assert sp.expand(parse(text).doit() - reference.doit()) == 0


@settings(max_examples=30, deadline=None)
@given(terms=POLYNOMIAL, k=st.integers(-4, 4), bar=st.sampled_from(
    ["\\Big|_{{x={k}}}", "\\bigg|_{{x={k}}}", "\\right|_{{x={k}}}"]))
def test_an_evaluation_bar_is_the_value_there(terms, k, bar):
    body = _body(terms, "x", "y")
    opening = "\\left." if bar.startswith("\\right") else ""
    text = f"{opening}\\frac{{\\partial}}{{\\partial x}}({body}){bar.format(k=k)}"
    x = sp.Symbol("x")
    expected = parse(f"\\frac{{\\partial}}{{\\partial x}}({body})").doit().subs(x, k)
    assert sp.expand(_value(parse(text)) - expected) == 0


def _value(expr):
    """The derivatives done first, then the substitution (sympy's Subs.doit fails on a
    derivative that is already 0)."""
    return expr.replace(lambda e: isinstance(e, sp.Derivative), lambda e: e.doit()).doit()


@pytest.mark.parametrize("text", ["\\partial_x f", "∂_x f", "\\partial/\\partial x f"])
def test_a_bare_name_is_an_unknown_function(text):
    expr = parse(text)
    assert expr.doit() != 0 and expr.atoms(sp.Derivative)


REFUSED = [
    "\\frac{\\partial}{\\partial x_i} \\sum_j x_{ij}",          # is x_i one of the x_{ij}?
    "(∂x/∂y)(∂y/∂z)(∂z/∂x) = -1",                             # what is held constant?
    "diff(x^2, 2)",                                             # a number is no variable
    "\\partial x",                                              # ∂ is never a symbol
]


@pytest.mark.parametrize("text", REFUSED)
def test_refused(text):
    with pytest.raises(ParseError):
        parse(text)
