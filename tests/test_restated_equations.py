"""An equation written again after its roots were listed starts afresh: it is not a step on
from the roots (it was an error when those roots were wrong)."""

import pytest
from document_steps import assert_verdicts

DOCUMENTS = [
    # the roots of the block above were wrong; the equation written again is no error
    ("$$x^2-3x+2=0 \\implies x=1 \\text{ or } x=3$$\n\n"
     "$$x^2-3x+2=0 \\implies x=1 \\text{ or } x=2$$\n",
     [("unchecked", "premise"), ("error", None), ("unchecked", "premise"), ("ok", None)]),
    # a factored form goes on to its roots in the next block: still compared
    ("$$x^2-3x+2=0$$\n\n$$(x-1)(x-2)=0 \\implies x=1 \\text{ or } x=3$$\n",
     [("unchecked", None), ("ok", None), ("error", None)]),
]


@pytest.mark.parametrize("text, verdicts", DOCUMENTS)
def test_restated_equation(text, verdicts):
    assert_verdicts(text, verdicts)
