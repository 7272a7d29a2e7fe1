"""Habits of the held-out real notes of issue 12 (sets 22 and 23, outside the repository), each
written here in our own words as a construct and the verdict it must get."""

from __future__ import annotations

import pytest

from tests.cpu_time import least_cpu_seconds
from tutor import check_document
from tutor.notes.bare_brackets import bare_brackets_as_displays

# a row of an align inside `$$` keeps its own parentheses: `2 ( y - g_\theta(x) )` is twice the
# bracket (it was read as a chat's lost `\( … \)`, 2y - g_θ(x))
ALIGN_ROWS = """$$ \\begin{{align}} J &= 2\\left( y - g_{{\\theta}}(x) \\right) \\\\
&= 2 ( y - g_{{\\theta}}(x) ) \\\\
&= {rhs} \\end{{align}}
$$
"""


# the `=` of a chain written in prose, the math after it: `= $x^2 + 2x + 1$` on a line of its
# own goes on from the formula above (it was a lone expression: no step at all)
PROSE_EQUALS = """$f = (x+1)^2$

= $x^2 + 2x + 1$

- = ${rhs}$
"""

# a step wrong after a line that was never confirmed (it goes on from nothing, or from what
# could not be compared with it): the slip may be in either line, so the line below is not
# called wrong; arithmetic keeps its error (the number is worked out from the line above)
UNCONFIRMED = """$$
\\begin{{align*}}
&= {first} \\\\
&= {second}
\\end{{align*}}
$$
"""


def _verdicts(text: str, line: int) -> list[str]:
    return [s.verdict for s in check_document(text, kind="md").steps if s.line == line]


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (ALIGN_ROWS.format(rhs="2y - 2g_{\\theta}(x)"), 2, ["ok"]),
    (ALIGN_ROWS.format(rhs="2y - 2g_{\\theta}(x)"), 3, ["ok"]),
    (ALIGN_ROWS.format(rhs="2g_{\\theta}(x) - 2y"), 3, ["error"]),
    (PROSE_EQUALS.format(rhs="x^2 + 2x + 1"), 3, ["ok"]),
    (PROSE_EQUALS.format(rhs="x^2 + 2x + 1"), 5, ["ok"]),
    (PROSE_EQUALS.format(rhs="x^2 + 2x + 2"), 5, ["error"]),
    ("$a = 2$\n\nso y = $x^2$\n", 3, []),  # words before the `=`: a sentence, no step
    (UNCONFIRMED.format(first="\\frac{d}{dw} (y - wx + b)^2", second="-2x(y - wx - b)"), 4,
     ["unchecked"]),
    (UNCONFIRMED.format(first="2 \\cdot 3 + 1", second="8"), 4, ["error"]),
    ("With $\\lambda = 2$:\n\n" + UNCONFIRMED.format(first="\\frac{1}{\\lambda^2}",
                                                     second="\\frac{1}{2}"), 6, ["error"]),
    ("$p_1 = \\frac{e^{a}}{e^{a} + e^{b}} = \\frac{1}{1 + e^{a - b}}$", 1,  # a value given to
     ["unchecked", "error"]),  # a name, then a slip: the name's value is no step to slip in
    ("$$\\frac{\\partial L}{\\partial b} = -\\left(\\frac{y}{\\hat y} - \\frac{1 - y}{1 - \\hat y}"
     "\\right)\\hat y(1 - \\hat y) = -(\\hat y - y)$$", 1, ["unchecked", "error"]),  # ∂L/∂b too
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
