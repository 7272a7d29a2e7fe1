"""`(fg)'(x)` (a rule's bracket primed, then its argument) is the derivative of f(x)g(x), never
(fg)' times x; `(x²)'(x + 1)` stays a derivative times a bracket. The difference quotient of a
formula in functions nothing is known of (`f(x+h)g(x+h) − f(x)g(x)`, over h) is its derivative."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.read.parser import parse


@pytest.mark.parametrize(("text", "read"), [
    ("(fg)'(x)", "f(x)*Derivative(g(x), x) + g(x)*Derivative(f(x), x)"),
    ("(f+g)'(t)", "Derivative(f(t), t) + Derivative(g(t), t)"),
    ("(fg)'(2)", "Subs(f(t_)*Derivative(g(t_), t_) + g(t_)*Derivative(f(t_), t_), t_, 2)"),
    ("(fg)'", "f*gʹ + fʹ*g"),
    ("(x^2)'(x+1)", "(x + 1)*Derivative(x**2, x)"),  # as before
])
def test_a_primed_bracket_before_an_argument(text, read):
    assert str(parse(text, "latex")) == read


@pytest.mark.parametrize(("text", "verdicts"), [
    ("$$(fg)'(x) = f'(x)g(x) + f(x)g'(x)$$", ["ok"]),
    ("$$(fg)'(x) = f'(x)g(x) + f(x) + g'(x)$$", ["error"]),  # a + for a product
    ("$$(f/g)'(x) = \\frac{f'(x)g(x) - f(x)g'(x)}{g(x)^2}$$", ["ok"]),
    ("$$(f/g)'(x) = \\frac{f'(x)g(x) + f(x)g'(x)}{g(x)^2}$$", ["error"]),
    ("$$(fg)'(x) = \\lim_{h \\to 0} \\frac{f(x+h)g(x+h) - f(x)g(x)}{h}$$", ["ok"]),
    ("$$\\frac{d}{dx}(f(x)g(x)) = \\lim_{h \\to 0} \\frac{f(x+h)g(x+h) - f(x)g(x)}{h}$$", ["ok"]),
    ("$$(fg)'(x) = \\lim_{h \\to 0} \\frac{f(x+h)g(x+h) - f(x)g(x+h)}{h}$$", ["unchecked"]),
])
def test_rules_stated_with_primed_brackets(text, verdicts):
    assert_verdicts(text + "\n", [(v, None) for v in verdicts])
