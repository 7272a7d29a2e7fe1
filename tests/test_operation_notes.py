"""The operation done to both sides noted after an equation (`2x + 3 = 7 \\quad | -3`,
`2x = 4 \\quad |:2`, `4·2^{x-5} = 12 \\ , /4`: German and Spanish school notes) is ink: the
equation is read, and the next line is checked against it (each was a parse error)."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.read.operation_notes import operation_notes_blanked


@pytest.mark.parametrize(("text", "kept"), [
    (r"2x + 3 = 7 \quad | -3", "2x + 3 = 7"),
    (r"2x = 4 \quad |:2", "2x = 4"),
    (r"4*2^{x-5}=12 \ , /4", "4*2^{x-5}=12"),
    (r"3x = 9 \mid \cdot \frac{1}{3}", "3x = 9"),
    (r"|x - 1| = 2", "|x - 1| = 2"),  # an absolute value
    (r"P(A | B) = 0.5", "P(A | B) = 0.5"),
    (r"f(x) = 2, -1", "f(x) = 2, -1"),  # no operation's sign after the comma
])
def test_an_operation_noted_after_an_equation(text, kept):
    blanked = operation_notes_blanked(text)
    assert blanked.rstrip() == kept and len(blanked) == len(text)


@pytest.mark.parametrize(("lines", "verdicts"), [
    ([r"2x + 3 = 7 \quad | -3", r"2x = 4 \quad |:2", "x = 2"], ["unchecked", "ok", "ok"]),
    ([r"2x + 3 = 7 \quad | -3", r"2x = 10 \quad |:2", "x = 5"], ["unchecked", "error", "ok"]),
    ([r"4*2^{x-5}=12 \ , /4", "2^{x-5}=3"], ["unchecked", "ok"]),
])
def test_equations_with_operations_noted(lines, verdicts):
    assert_verdicts("".join(f"$${line}$$\n" for line in lines), [(v, None) for v in verdicts])
