"""The thirty-second held-out set of real notes, second look (outside the repository): false
alarms and missed slips found there, each written here in our own words as a construct and the
verdicts it must get."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts


# a chain of ⇒ between inequalities says each follows from the ones before it: never each
# inequality as a claim for every value of the letter (was 'the inequality does not hold' at 0)
@pytest.mark.parametrize(("text", "expected"), [
    ("So $t>3\\implies t-3>0$ here.\n",
     [("unchecked", "a condition"), ("ok", "equivalent")]),
    ("So $t>3\\implies t-3>0\\implies t(t-3)>0$ here.\n",
     [("unchecked", "a condition"), ("ok", None), ("ok", None)]),
    # the last link uses the first (t < 0), not only the one just before it (t - 3 < 0)
    ("Else $t<0\\implies t-3<0\\implies t(t-3)>0$ here.\n",
     [("unchecked", "a condition"), ("ok", None), ("ok", None)]),
    # a link that does not follow is still wrong
    ("So $t>3\\implies t-3<0$ here.\n",
     [("unchecked", "a condition"), ("error", "does not follow")]),
    ("$$\n-3u < 6 \\implies u < -2\n$$\n",
     [("unchecked", "a condition"), ("error", "does not follow")]),
])
def test_implication_chain_of_inequalities(text, expected):
    assert_verdicts(text, expected)
