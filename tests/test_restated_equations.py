"""Roots listed after an equation: joined to it by ⇒ or by a word (`so`, `hence`), and an
equation written again after them starts afresh (it was an error when they were wrong)."""

import pytest
from document_steps import assert_verdicts

DOCUMENTS = [
    # the roots of the block above were wrong; the equation written again is no error
    ("$$x^2-3x+2=0 \\implies x=1 \\text{ or } x=3$$\n\n"
     "$$x^2-3x+2=0 \\implies x=1 \\text{ or } x=2$$\n",
     [("unchecked", "premise"), ("error", None), ("unchecked", "premise"), ("ok", None)]),
    # roots after `\text{so}` or `hence` are the equation's (before: a possible system,
    # unchecked, so the wrong root -3 went unseen)
    ("$$x^2 = 4, \\text{ hence } x = 2 \\text{ or } x = -3$$\n",
     [("unchecked", "premise"), ("error", None)]),
    ("$$x^2-3x+2=0 \\quad\\text{so}\\quad x=1 \\quad\\text{or}\\quad x=2$$\n",
     [("unchecked", "premise"), ("ok", None)]),
    # a function's formula, so its zeros when y = 0: never an error (it was one)
    ("$$y = x^2 - 4 \\quad\\text{so}\\quad x = 2 \\quad\\text{or}\\quad x = -2 "
     "\\text{ when } y = 0$$\n", [("unchecked", None), ("unchecked", None), ("unchecked", None)]),
    # a factored form goes on to its roots in the next block: still compared
    ("$$x^2-3x+2=0$$\n\n$$(x-1)(x-2)=0 \\implies x=1 \\text{ or } x=3$$\n",
     [("unchecked", None), ("ok", None), ("error", None)]),
]


@pytest.mark.parametrize("text, verdicts", DOCUMENTS)
def test_restated_equation(text, verdicts):
    assert_verdicts(text, verdicts)
