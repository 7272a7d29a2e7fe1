"""u' under `u = x³` (the product rule written with u and v): the derivative of u's formula in
its one variable; y' under `y = uv` is the derivative of y's formula with u and v put in. A
right side with the derivatives worked out that differs is an error; a formula in two names
(u = ax²) or a u valued at a point gives u' no meaning."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

GIVEN = "Let $u = x^3$ and $v = x^2 + 4$, so $y = uv$.\n\n"
DEFINED = ["unchecked"] * 3


@pytest.mark.parametrize(("steps", "verdicts"), [
    ("$$y' = u'v + uv' = 3x^2(x^2+4) + 2x \\cdot x^3 = 5x^4 + 12x^2$$", ["ok", "ok", "ok"]),
    ("$$y' = uv' + vu' = x^3 \\cdot 2x + (x^2 + 4) \\cdot 3x^2$$", ["ok", "ok"]),
    # u' taken as 2x: the derivatives were worked out and put in, wrongly
    ("$$y' = u'v + uv' = 2x(x^2+4) + 2x \\cdot x^3$$", ["ok", "error"]),
    ("$$y' = u'v + uv' = 3x^2(x^2+4) + 2x \\cdot x^3 = 5x^4 + 12x$$", ["ok", "ok", "error"]),
    # the product of the derivatives: not the derivative of y, and no claim is read
    ("$$y' = u'v'$$", ["unchecked"]),
    ("$$u' = 3x^2$$\n\n$$v' = 2x$$\n\n$$y' = u'v + uv' = 3x^2(x^2 + 4) + 2x^4$$",
     ["ok", "ok", "ok", "ok"]),
])
def test_primes_of_formulas_given_above(steps, verdicts):
    assert_verdicts(GIVEN + steps + "\n", [(v, None) for v in DEFINED + verdicts])


@pytest.mark.parametrize(("given", "steps", "verdicts"), [
    # u in two names: which one varies is not said
    ("Let $u = ax^2$ and $v = x$.", "$$u'v = 2ax^2$$", ["unchecked", "unchecked", "unchecked"]),
    # x has a value: u is a number here
    ("Let $x = 2$ and $u = x^3$.", "$$u' v = 12v$$", ["unchecked", "unchecked", "unchecked"]),
])
def test_primes_without_one_variable(given, steps, verdicts):
    assert_verdicts(given + "\n\n" + steps + "\n", [(v, None) for v in verdicts])
