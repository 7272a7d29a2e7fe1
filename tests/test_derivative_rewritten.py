"""A function study (`f: y = …`, then `y' = …` rewritten on the next displays, then `y' = 0
\\quad 7x^2 - 2x - 7 = 0`): the label `f:` is the function's name, each new `y' = …` is claimed
equal to the formula above (a sign slipped in the numerator is an error), `y' = 0` sets it to
zero (no error), and a wide space before an equation of its own parts two statements."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.read.parser import parse

STUDY = ("$$\nf:y=\\frac{{x^2+1}}{{(2x-1)(x-3)}}\n$$\n\n"
         "$$\ny'=\\frac{{2x(2x^2-7x+3)-(4x-7)(x^2+1)}}{{(2x^2-7x+3)^2}}\n$$\n\n"
         "$$\ny'=\\frac{{{numerator}}}{{(2x^2-7x+3)^2}}\n$$\n\n$$\ny'=0\\quad 7x^2-2x-7=0\n$$\n")


@pytest.mark.parametrize(("numerator", "verdicts"), [
    ("-7x^2+2x+7", ["unchecked", "ok", "ok", "unchecked", "unchecked"]),
    ("7x^2+2x+7", ["unchecked", "ok", "error", "unchecked", "unchecked"]),
])
def test_a_derivative_rewritten_display_by_display(numerator, verdicts):
    assert_verdicts(STUDY.format(numerator=numerator), [(v, None) for v in verdicts])


@pytest.mark.parametrize(("text", "read"), [
    (r"y'=0\quad 7x^2-2x-7=0", [["yʹ", "0"], ["7*x**2 - 2*x - 7", "0"]]),
    (r"a = 2 \quad (b + 1) = 3", [["a", "2"], ["b + 1", "3"]]),
    (r"f:y = x^2", [["y", "x**2"]]),
])
def test_statements_apart(text, read):
    chains = parse(text, "latex")
    chains = chains if isinstance(chains, list) else [chains]
    assert [[str(p.expr) for p in c.parts] for c in chains] == read
