"""A plain-text limit on a line of its own or in a bullet (`- lim x->4 (2x - 8)/(x^2 - 2x - 8) =
lim x->4 2/(x + 2) = 1/3`, Markdown notes written without `$`): its arrow is a limit's, not a
mark of code, so the line is read as a bare formula (before, no step was found on it)."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.notes.indented_math import plain_formula


@pytest.mark.parametrize(("line", "formula"), [
    ("lim x->4 (2x - 8)/(x^2 - 2x - 8) = lim x->4 2/(x + 2) = 1/3", True),
    ("lim(x->0) sin(x)/x = 1", True),
    ("y = x -> 2", False),  # an arrow of code
    ("f = lambda x: x + 1", False),
])
def test_a_plain_limit_arrow_is_no_code(line, formula):
    assert plain_formula(line) is formula


@pytest.mark.parametrize(("line", "verdicts"), [
    ("- lim x->4 (2x - 8) / (x^2 - 2x - 8) = lim x->4 2 / (x + 2) = 2 / 6 = 1/3",
     ["ok", "ok", "ok"]),
    ("lim x->4 (2x - 8) / (x^2 - 2x - 8) = lim x->4 2 / (x + 2) = 2 / 6 = 1/3",
     ["ok", "ok", "ok"]),
    ("- lim x->4 (2x - 8) / (x^2 - 2x - 8) = lim x->4 2 / (x + 2) = 2 / 6 = 1/2",
     ["ok", "ok", "error"]),
])
def test_a_plain_limit_in_prose_is_checked(line, verdicts):
    assert_verdicts("##### Solution\n\n" + line + "\n", [(v, None) for v in verdicts])
