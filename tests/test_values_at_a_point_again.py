"""A derivative's value at a point given twice (`h'(2) = 3·4 + 2·(−2)`, then `h'(2) = 12 − 4`,
`h'(2) = 8` on the lines below) is one value worked out step by step: each line after the first
is checked against it; every one was "definition of hʹ(2)", so a slip there went unseen
(held-out slips29, product-rule homework). Under another heading it is another exercise's
value, a definition anew. A value of f itself at a point, f never defined (`f(0) = ln(1 + sin 0)
= 0` among a Maclaurin polynomial's coefficients, even under the formula for any f), is given
the same way: it was "f is not defined here" on each line (held-out real30)."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

GIVEN = ("unchecked", "definition of")  # the value given, not "f is not defined here"
WORKED = "$h'(2) = 3*4 + 2*-2$\n$h'(2) = 12 - 4$\n$h'(2) = {last}$\n"


@pytest.mark.parametrize(("text", "verdicts"), [
    (WORKED.format(last="8"), ["unchecked", "ok", "ok"]),
    (WORKED.format(last="9"), ["unchecked", "ok", "error"]),
    ("$$g'(1) = \\frac{3}{4}$$\n\n$$g'(1) = 0.75$$\n", ["unchecked", "ok"]),
    ("$$g'(1) = \\frac{3}{4}$$\n\n$$g'(1) = 0.7$$\n", ["unchecked", "error"]),
    (WORKED.replace("h'", "f").format(last="8"), [GIVEN, "ok", "ok"]),
    (WORKED.replace("h'", "f").format(last="9"), [GIVEN, "ok", "error"]),
    ("$$f(0)=\\ln(1+\\sin(0))=0$$\n", [GIVEN, "ok"]),
    ("$$f(0)=\\ln(1+\\sin(0))=1$$\n", [GIVEN, "error"]),
    ("$$f(x) = f(0) + x f'(0) + \\frac{x^2}{2} f''(0) + \\dots$$\n\n"
     "$$f(0) = \\ln(1 + \\sin 0) = 0$$\n\n$$f'(0) = \\frac{\\cos 0}{1 + \\sin 0} = 1$$\n",
     ["unchecked", GIVEN, "ok", GIVEN, "ok"]),
    # another exercise under its own heading: its own value
    ("## One\n\n$M'(0) = 2$\n\n## Two\n\n$M'(0) = 5$\n", ["unchecked", "unchecked"]),
])
def test_a_value_at_a_point_given_again_is_checked(text, verdicts):
    assert_verdicts(text, [v if isinstance(v, tuple) else (v, None) for v in verdicts])
