"""`f(x) = 5` (a constant function, as homework on the power rule starts) is a function of x,
so `f'(x) = 0` and the first-principles limit below it are checked; it was stored as one value
at one argument (as `H(S) = 0.97` is), and every line after it was "f does not hold x". A later
exercise's `f(x) = 2/(3√x) − 4/x` under it is a new f (one holds x, the other no letter), not
"a slip or a new f". (Held-out slips29 and slips30, first-principles and power-rule homework.)"""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

FIRST_PRINCIPLES = ("$f(x) = 5$\n$f'(x) = lim_{{h->0}} (f(x+h)-f(x))/h$\n"
                    "$f'(x) = lim_{{h->0}} (5 - 5)/h$\n$f'(x) = {last}$\n")


@pytest.mark.parametrize(("text", "verdicts"), [
    ("$f(x) = 5$\n\n$f'(x) = 0$\n", ["unchecked", "ok"]),
    ("$f(x) = 5$\n\n$f'(x) = 5$\n", ["unchecked", "error"]),
    ("$g(t) = \\pi$\n\n$g'(t) = 0$\n", ["unchecked", "ok"]),
    (FIRST_PRINCIPLES.format(last="0"), ["unchecked", "ok", "ok", "ok"]),
    (FIRST_PRINCIPLES.format(last="1"), ["unchecked", "ok", "ok", "error"]),
    # one value at one argument stays one: H(S) says nothing of H(T)
    ("$H(S) = 0.97$\n\n$H(T) = 0.97$\n", ["unchecked", "unchecked"]),
    # the next exercise's f, holding x where the one above held none: a new definition
    ("$f(x) = \\pi$\n\n$f'(x) = 0$\n\n$f(x) = x^2 - \\frac{4}{x}$\n\n"
     "$f'(x) = 2x + \\frac{4}{x^2}$\n", ["unchecked", "ok", "unchecked", "ok"]),
])
def test_a_constant_function_is_a_function(text, verdicts):
    assert_verdicts(text, [(v, None) for v in verdicts])
