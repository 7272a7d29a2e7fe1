"""A derivative's value at a point given twice (`h'(2) = 3·4 + 2·(−2)`, then `h'(2) = 12 − 4`,
`h'(2) = 8` on the lines below) is one value worked out step by step: each line after the first
is checked against it; every one was "definition of hʹ(2)", so a slip there went unseen
(held-out slips29, product-rule homework). Under another heading it is another exercise's
value, a definition anew."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

WORKED = "$h'(2) = 3*4 + 2*-2$\n$h'(2) = 12 - 4$\n$h'(2) = {last}$\n"


@pytest.mark.parametrize(("text", "verdicts"), [
    (WORKED.format(last="8"), ["unchecked", "ok", "ok"]),
    (WORKED.format(last="9"), ["unchecked", "ok", "error"]),
    ("$$g'(1) = \\frac{3}{4}$$\n\n$$g'(1) = 0.75$$\n", ["unchecked", "ok"]),
    ("$$g'(1) = \\frac{3}{4}$$\n\n$$g'(1) = 0.7$$\n", ["unchecked", "error"]),
    # another exercise under its own heading: its own value
    ("## One\n\n$M'(0) = 2$\n\n## Two\n\n$M'(0) = 5$\n", ["unchecked", "unchecked"]),
])
def test_a_value_at_a_point_given_again_is_checked(text, verdicts):
    assert_verdicts(text, [(v, None) for v in verdicts])
