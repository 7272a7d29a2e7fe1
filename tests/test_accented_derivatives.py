"""A derivative written with a slash in a name with a Unicode accent (`dL/dŷ`, `∂L/∂ŷ`,
`∂L/∂θ̂`, and `\\partial L/\\partial \\hat{y}` in TeX) is the derivative in y_hat. `dL/dŷ` was read
as the product d·L/d·ŷ (a false reading: d cancelled), the others were parse errors."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.names import function, symbol
from tutor.read.parser import parse

L, y_hat, theta_hat, x_bar, z = (symbol(n) for n in ("L", "y_hat", "theta_hat", "x_bar", "z"))


def d(f: str, var: sp.Symbol) -> sp.Derivative:
    return sp.Derivative(function(f)(var), var)


@pytest.mark.parametrize(("text", "expected"), [
    ("dL/dŷ", d("L", y_hat)),
    ("∂L/∂ŷ", d("L", y_hat)),
    ("∂L / ∂ŷ", d("L", y_hat)),
    ("∂L/∂θ̂", d("L", theta_hat)),
    ("dL/dx̄", d("L", x_bar)),
    ("dŷ/dz", d("y_hat", z)),
    ("$∂L/∂ŷ$", d("L", y_hat)),
    ("\\partial L/\\partial \\hat{y}", d("L", y_hat)),
    ("\\partial L / \\partial \\hat{\\theta}", d("L", theta_hat)),
])
def test_a_slash_derivative_in_an_accented_name(text, expected):
    assert parse(text) == expected



@pytest.mark.parametrize(("unicode", "tex"), [
    # ∂ typed as the Unicode sign inside \frac: as \partial (12 parse errors in held-out slips30)
    ("\\frac{∂L}{∂s}", "\\frac{\\partial L}{\\partial s}"),
    ("\\frac{∂ L}{∂ s}", "\\frac{\\partial L}{\\partial s}"),
    ("\\frac{∂}{∂x} x^2", "\\frac{\\partial}{\\partial x} x^2"),
    ("\\frac{∂^2 f}{∂x ∂y}", "\\frac{\\partial^2 f}{\\partial x \\partial y}"),
    ("\\dfrac{∂}{x} x^2", "\\dfrac{\\partial}{x} x^2"),
])
def test_the_unicode_partial_sign_in_a_fraction(unicode, tex):
    assert parse(unicode) == parse(tex)
    assert "Derivative" in sp.srepr(parse(unicode))
