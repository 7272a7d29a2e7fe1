"""Habits of the held-out real notes of issue 12 (sets 22 and 23, outside the repository), each
written here in our own words as a construct and the verdict it must get."""

from __future__ import annotations

import pytest
from cpu_time import least_cpu_seconds

from tutor import check_document
from tutor.notes.bare_brackets import bare_brackets_as_displays

# a row of an align inside `$$` keeps its own parentheses: `2 ( y - g_\theta(x) )` is twice the
# bracket (it was read as a chat's lost `\( … \)`, 2y - g_θ(x))
ALIGN_ROWS = """$$ \\begin{{align}} J &= 2\\left( y - g_{{\\theta}}(x) \\right) \\\\
&= 2 ( y - g_{{\\theta}}(x) ) \\\\
&= {rhs} \\end{{align}}
$$
"""


def _verdicts(text: str, line: int) -> list[str]:
    return [s.verdict for s in check_document(text, kind="md").steps if s.line == line]


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (ALIGN_ROWS.format(rhs="2y - 2g_{\\theta}(x)"), 2, ["ok"]),
    (ALIGN_ROWS.format(rhs="2y - 2g_{\\theta}(x)"), 3, ["ok"]),
    (ALIGN_ROWS.format(rhs="2g_{\\theta}(x) - 2y"), 3, ["error"]),
])
def test_real_habits(text, line, verdicts):
    assert _verdicts(text, line) == verdicts, [
        (s.line, s.verdict, s.message, s.read_as) for s in check_document(text, kind="md").steps]


# hostile lines for the reading of a chat's lost `\( … \)`: nested or unclosed `( `, `=` with
# no power (each opener was scanned to the end of the line, and `=.*[\^_]` backtracked)
@pytest.mark.parametrize("line", [
    "( " * 5000, "( = " * 2500 + " )" * 2500, "( x " * 2500 + ")" * 2500,
    "$$\n" + "( x^2 = 1 ) ( " * 700 + "\n" + "\\begin{x} ( a_1 = b )\n" * 500,
])
def test_lost_parentheses_read_in_linear_time(line):
    assert least_cpu_seconds(lambda: bare_brackets_as_displays(line)) < 0.5
