"""The thirty-second held-out set of real notes (outside the repository), first part: habits
found there, each written here in our own words as a construct and the verdict it must get."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts


# a limit over a sum with `…` equal to a plain expression that has `…` too (a log of a product
# of many letters): the other side is no limit (was 'internal error (IndexError)')
@pytest.mark.parametrize(("text", "expected"), [
    ("$$\\lim_{t \\to \\infty} (b_1 + \\dots + b_m) t = \\ln (b_1 \\dots b_m)$$\n",
     [("unchecked", "cannot be checked")]),
    ("$$\\lim_{t \\to 0} (c_1 + \\dots + c_k) = \\ln (c_1 c_2 \\dots c_k)$$\n",
     [("unchecked", "cannot be checked")]),
])
def test_limit_with_dots_beside_no_limit(text, expected):
    assert_verdicts(text, expected)
