"""A domain worked out with ≠ (`2x + 1 \\neq 0 \\quad x \\neq -\\frac12`): the wide space parts
the two conditions (it was read 0·x ≠ 1/2), and the second is checked against the first as
conditions are (x ≠ 1/2 there is an error: x = 1/2 keeps 2x + 1 ≠ 0)."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.read.parser import parse


@pytest.mark.parametrize(("text", "statements"), [
    (r"2x+1\neq 0\quad x\neq \frac12", 2),
    (r"x^2 - 1 = 0 \quad x = 1", 2),
    (r"x \neq 0 \quad y = 2", 2),
])
def test_a_wide_space_after_an_unequal_statement(text, statements):
    read = parse(text, "latex")
    assert (len(read) if isinstance(read, list) else 1) == statements


@pytest.mark.parametrize(("text", "verdicts"), [
    (r"$D$   $2x+1\neq 0\quad x\neq -\frac12$", ["unchecked", "ok"]),
    (r"$D$   $2x+1\neq 0\quad x\neq \frac12$", ["unchecked", "error"]),
    ("$$x > 0$$\n$$x \\neq 1$$", ["unchecked", "unchecked"]),  # two conditions of a domain
])
def test_unequal_conditions_worked_out(text, verdicts):
    assert_verdicts(text + "\n", [(v, None) for v in verdicts])
