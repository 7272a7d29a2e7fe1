"""An equation followed, past a name alone in the prose (`Divide by $x$:`, `Solve for $x$.`),
by equations in its unknowns opens them: a premise, as it is with no name between. It was
judged alone as an identity and called wrong (`12x^2 = 216x`: "a factor x is missing")."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


def verdicts(text: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in check_document(text, kind="md").steps]


@pytest.mark.parametrize(("text", "expected"), [
    ("$$12x^2 = 216x$$\n\nDivide by $x$:\n\n$$12x = 216$$\n\n$$x = 18$$\n",
     [(1, "unchecked"), (5, "unchecked"), (7, "ok")]),
    ("$$3x + 1 = 7$$\n\nSolve for $x$.\n\n$$3x = 6$$\n\n$$x = 2$$\n",
     [(1, "unchecked"), (5, "ok"), (7, "ok")]),
    # the slip after it is still found
    ("$$3x + 1 = 7$$\n\nSolve for $x$.\n\n$$3x = 8$$\n",
     [(1, "unchecked"), (5, "error")]),
    # an equation with no equation after it is still a claim
    ("$$(x + 1)^2 = x^2 + 1$$\n\nHere $x$ is any number.\n", [(1, "error")]),
])
def test_a_name_between_does_not_cut_the_equations(text, expected):
    assert [(line, v) for line, v in verdicts(text) if v != "unchecked" or line != 3] == expected
