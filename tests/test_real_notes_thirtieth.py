"""The thirtieth held-out set of real notes (outside the repository): habits found there,
each written here in our own words as a construct and the verdict or reading it must get."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

# an equation with letters for coefficients, then both sides times a polynomial in them (the
# first step of completing the square): it follows, only the converse may fail where the
# factor is 0 (was 'this equation does not follow': solving for the coefficient, a root of the
# second equation, p = 0, does not solve the first, taken as a refutation of the step)
TIMES_A_LETTER = """$$g(t) = pt^2 + qt + r = 0$$

$$ {rhs} = 0$$
"""


@pytest.mark.parametrize(("text", "expected"), [
    (TIMES_A_LETTER.format(rhs="4p^2t^2 + 4pqt + 4pr"),
     [("unchecked", None), ("unchecked", None), ("warning", "not conversely")]),
    (TIMES_A_LETTER.format(rhs="2p^2t^2 + 2pqt + 2pr"),
     [("unchecked", None), ("unchecked", None), ("warning", "not conversely")]),
])
def test_multiplied_by_a_letter(text, expected):
    assert_verdicts(text, expected)


def test_a_term_left_unmultiplied_is_still_an_error():
    """A guard beside the rows above (it held before the fix too): the slip stays caught."""
    assert_verdicts(TIMES_A_LETTER.format(rhs="4p^2t^2 + 4pqt + 4r"),
                    [("unchecked", None), ("unchecked", None), ("error", "does not follow")])
