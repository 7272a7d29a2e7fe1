"""A subscripted name defined as a function (`T_2(x) = 1 + x + x²/2`, a Taylor polynomial; `x_1(t)`)
is called where it stands with brackets after it: `T_2(0.1) = 1.105` is the polynomial at 0.1,
never T_2 times 0.1."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.derive.function_heads import defined_function_names


@pytest.mark.parametrize(("text", "name"), [
    ("T_2(x) = 1 + x", "T_2"),
    ("T_{2}(x) = 1 + x", "T_2"),
    ("P_n(x) := x^n", "P_n"),
    ("v(t) = 3t", "v"),
    ("x_1(t) = e^t", "x_1"),
    ("P_B(A) = 0.5", None),  # P(A | B) in French notes
    ("T_2(x)", None),  # no definition
    ("x(x) = 2", None),  # a name of its own argument
    ("T_{2,f}(x) = 1", None),  # a subscript of two labels: not read as a name here
    ("g(u) = \\sqrt{u} \\quad \\text{og} \\quad u(x) = x^2 + 1", "g u"),
    ("x = 1, y(t) = 3t", "y"),
    ("a(b + c) = ab + ac", None),
])
def test_the_name_a_line_defines_as_a_function(text, name):
    assert " ".join(defined_function_names(text)) == (name or "")


@pytest.mark.parametrize(("value", "verdicts"), [
    ("$$T_2(0.1) = 1 + 0.1 + 0.005 = 1.105$$", ["ok", "ok"]),
    ("$$T_2(0.1) = 1 + 0.1 + 0.01 = 1.11$$", ["error", "ok"]),
    ("$$T_{2}(0.2) = 1.22$$", ["ok"]),
])
def test_a_taylor_polynomial_at_a_point(value, verdicts):
    text = "$$T_2(x) = 1 + x + \\frac{x^2}{2}$$\n\n" + value + "\n"
    assert_verdicts(text, [(v, None) for v in ["unchecked", *verdicts]])
