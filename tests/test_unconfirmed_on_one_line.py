"""`A = B = C` on one line where A could not be compared with B (u never defined) and B = C is
false: the line says B = C, so it is an error there; across two lines (`= B`, then `= C` below)
the slip may be in either line, and C stays unchecked as before (held-out slips30: a chain
rule worked to (2x² + 5)·2x = 4x² + 10x, a power lost, was unchecked)."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

ONE_LINE = "$$\\frac{{dy}}{{du}}\\frac{{du}}{{dx}} = (2x^2+5) \\cdot 2x = {last}$$\n"
TWO_LINES = "$$\\frac{{dy}}{{du}}\\frac{{du}}{{dx}} = (2x^2+5) \\cdot 2x$$\n$$= {last}$$\n"


@pytest.mark.parametrize(("text", "verdicts"), [
    (ONE_LINE.format(last="4x^3 + 10x"), ["unchecked", "ok"]),
    (ONE_LINE.format(last="4x^2 + 10x"), ["unchecked", "error"]),
    (TWO_LINES.format(last="4x^3 + 10x"), ["unchecked", "ok"]),
    (TWO_LINES.format(last="4x^2 + 10x"), ["unchecked", "unchecked"]),
])
def test_a_false_equality_written_on_one_line_is_an_error(text, verdicts):
    assert_verdicts(text, [(v, None) for v in verdicts])
