"""Homework problems numbered at the margin whose parts are numbered too (`12.` then an indented
`1.`, `2.`) are problems, as those with lettered parts are: problem 12's f, never written, may be
another than problem 6's `f(x) = -2`, so its first-principles steps are not held to the f
above: its f is read from its difference quotient (6 false alarms on held-out slips29 once
f(x) = -2 was read as a function)."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

HOMEWORK = """6. $f(x) = -2; c = 3$
$f'(x) = lim_{{h->0}} (f(x+h)-f(x))/h$
$f'(x) = 0$
7. $g(x) = 3x$, so $g'(x) = 3$
12.
\t1. $f'(x) = lim_{{h->0}} (f(x+h)-f(x))/h$
\t\t$f'(x) = lim_{{h->0}} (\\sqrt{{x+h}}-\\sqrt{{x}})/h$
\t\t$f'(x) = \\frac{{1}}{{{last}}}$
"""


@pytest.mark.parametrize(("last", "verdicts"), [
    # problem 12's steps are not held to problem 6's f: its f is read from its quotient
    ("2\\sqrt{x}", ["unchecked", "unchecked", "ok", "ok", "unchecked", "ok", "ok", "ok", "ok"]),
    ("3\\sqrt{x}", ["unchecked", "unchecked", "ok", "ok", "unchecked", "ok", "ok", "ok",
                    "error"]),
])
def test_numbered_parts_make_their_item_a_problem(last, verdicts):
    assert_verdicts(HOMEWORK.format(last=last), [(v, None) for v in verdicts])
