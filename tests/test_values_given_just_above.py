"""A number for a formula in names given values on this line or the two above it is held to
those values: `Take $a = 1$ and $b = 0.9$.` then `$$g = b - a = 0.1$$` is a sign slip (it was
"a substitution: holds when -a + b = 0.1"). Further below, or under another heading, the number
may be another example's: it stays a substitution, never an error."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.batch import check_document

GIVEN = "Take $a = 1$ and $b = 0.9$.\n"


@pytest.mark.parametrize(("text", "last"), [
    (GIVEN + "\n$$g = b - a = 0.1$$\n", ("error", "values defined above")),
    (GIVEN + "\n$$g = b - a = -0.1$$\n", ("ok", "values defined above")),
    (GIVEN + "\n$$g = 2b + a = 3.8$$\n", ("error", "values defined above")),
    ("With $a = 1$ and $b = 0.9$: $g = b - a = 0.1$.\n", ("error", "values defined above")),
    # further below: another example's numbers, maybe
    (GIVEN + "\nSome words.\n\nMore words here.\n\n$$g = b - a = 0.1$$\n",
     ("unchecked", "a substitution")),
    # another heading: another problem
    (GIVEN + "## Next\n$$g = b - a = 0.1$$\n", ("unchecked", "a substitution")),
    # set to zero: an equation to solve, not a value
    (GIVEN + "\n$$g = b - a = 0$$\n", ("unchecked", None)),
])
def test_a_number_just_below_the_values_given(text, last):
    got = [(s.verdict, s.message) for s in check_document(text, kind="md").steps]
    assert got[-1][0] == last[0], got
    assert last[1] is None or last[1] in got[-1][1], got


def test_the_values_themselves_are_definitions():
    assert_verdicts(GIVEN, [("unchecked", "definition of a"), ("unchecked", "definition of b")])
