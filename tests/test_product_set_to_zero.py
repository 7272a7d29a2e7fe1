"""A product set to 0 is solved a factor at a time: a root of one factor after it
(2p(1 - p)(1 - 2p) = 0 ⇒ p = 1/2) is one of its solutions, unchecked, never an error; a value
that is no root stays an error, and so does a root lost by dividing (x² = 3x ⇒ x = 3)."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


@pytest.mark.parametrize(("line", "last"), [
    ("h = 2p(1-p)(1-2p) = 0 \\implies p=1/2", ("unchecked", "one of the solutions")),
    ("x(x-3) = 0 \\implies x = 3", ("unchecked", "one of the solutions")),
    ("0 = (x + 1)(x - 2) \\implies x = -1", ("unchecked", "one of the solutions")),
    ("x(x-3) = 0 \\implies x = 2", ("error", "does not follow")),
    ("x^2 = 3x \\implies x = 3", ("error", "does not follow")),
])
def test_a_root_of_one_factor(line, last):
    step = check_document(f"$${line}$$\n", kind="md").steps[-1]
    assert (step.verdict, last[1] in step.message) == (last[0], True), step.message
