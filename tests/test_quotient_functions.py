"""`f'(x) = lim_{h→0} (5(x+h)² − 5x²)/h` where this section gives no f (none at all, or an f
of an earlier problem): f is read from the quotient, and the lines after are checked with it.
An f of this section, or a formula the quotient does not match, keeps the old reading."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

EARLIER = "## Problem 1\n\nLet $f(x) = x^2 + 1$.\n\n$$f'(x) = 2x$$\n\n## Problem 2\n\n"
QUOTIENT = "$$f'(x) = \\lim_{h \\to 0} \\frac{5(x+h)^2 - 5x^2}{h}$$\n"


@pytest.mark.parametrize(("text", "verdicts"), [
    # f of an earlier problem; this one says y = 5x²
    (EARLIER + "If $y = 5x^2$, find $y'$.\n\n" + QUOTIENT
     + "$$f'(x) = \\lim_{h \\to 0} (10x + 5h)$$\n$$f'(x) = 10x$$\n",
     ["unchecked", "ok", "unchecked", "ok", "ok", "ok"]),
    # f two problems up
    (EARLIER + "$$2 + 3 = 5$$\n\n## Problem 3\n\n" + QUOTIENT + "$$f'(x) = 10x$$\n",
     ["unchecked", "ok", "ok", "ok", "ok"]),
    (EARLIER + "$$2 + 3 = 5$$\n\n## Problem 3\n\n" + QUOTIENT + "$$f'(x) = 5x$$\n",
     ["unchecked", "ok", "ok", "ok", "error"]),
    # f of the problem just above, nothing said here: held to it (as before)
    (EARLIER + QUOTIENT, ["unchecked", "ok", "error"]),
    # no g anywhere, but the section's formula: the quotient's
    ("Find the derivative of $y = \\sqrt{x}$.\n\n"
     "$$g'(x) = \\lim_{h \\to 0} \\frac{\\sqrt{x+h} - \\sqrt{x}}{h}$$\n"
     "$$g'(x) = \\lim_{h \\to 0} \\frac{1}{\\sqrt{x+h} + \\sqrt{x}}$$\n"
     "$$g'(x) = \\frac{1}{\\sqrt{x}}$$\n", ["unchecked", "ok", "ok", "error"]),
    # no g anywhere and nothing says what it is: as before
    ("$$g'(x) = \\lim_{h \\to 0} \\frac{\\sqrt{x+h} - \\sqrt{x}}{h}$$\n",
     ["unchecked"]),
    # this section's formula is another: the quotient may hold the slip
    (EARLIER + "If $y = 5x^3$, find $y'$.\n\n" + QUOTIENT,
     ["unchecked", "ok", "unchecked", "unchecked"]),
    # f of this section, or of the problem right above the solution: the quotient is wrong
    ("Let $f(x) = x^2 + 1$.\n\n$$f'(x) = \\lim_{h \\to 0} \\frac{(x+h)^3 - x^3}{h}$$\n",
     ["unchecked", "error"]),
    ("## Problem 3\n\nLet $f(x) = 2x^2$.\n\n### Solution\n\n"
     "$$f'(x) = \\lim_{h \\to 0} \\frac{(x+h)^3 - x^3}{h}$$\n", ["unchecked", "error"]),
])
def test_a_function_read_from_its_difference_quotient(text, verdicts):
    assert_verdicts(text, [(v, None) for v in verdicts])
