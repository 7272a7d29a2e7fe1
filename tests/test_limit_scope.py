"""An unbracketed limit runs on over a term that holds its variable (`\\lim_{h\\to 0} 2x + h` is
lim (2x + h), as the writer means: read apart, h stood free after the limit and a right line
got "the limit was dropped"); a bracket closing the limit's body ends it."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.read.parser import parse


@pytest.mark.parametrize(("text", "read"), [
    (r"\lim_{h \to 0} 2x + h", "Limit(h + 2*x, h, 0, dir='+-')"),
    (r"3\lim_{h \to 0} 2x + h", "3*Limit(h + 2*x, h, 0, dir='+-')"),
    (r"\lim_{h \to 0} \frac{1}{h} - h", "Limit(-h + 1/h, h, 0, dir='+-')"),
    (r"\lim_{x \to 0} x + 1", "1 + Limit(x, x, 0, dir='+-')"),  # no x after it
    (r"\lim_{h \to 0} (2x + h) + h", "h + Limit(h + 2*x, h, 0, dir='+-')"),  # closed
    (r"\lim_{h \to 0} h + \lim_{h \to 0} h", "Limit(h, h, 0, dir='+-') + Limit(h, h, 0, dir='+-')"),
])
def test_how_far_a_limit_reaches(text, read):
    assert str(parse(text, "latex")) == read


@pytest.mark.parametrize(("lines", "verdicts"), [
    (["= \\lim_{h \\to 0} 2x + h", "= 2x"], ["unchecked", "ok", "ok"]),
    (["= \\lim_{h \\to 0} 2x + h", "= 2x + 1"], ["unchecked", "ok", "error"]),
    (["= 2x + h"], ["unchecked", "warning"]),  # the limit dropped, as before
])
def test_steps_through_a_limit_that_runs_on(lines, verdicts):  # f itself is never said
    text = "$$f'(x) = \\lim_{h \\to 0} \\frac{(x+h)^2 - x^2}{h}$$\n\n" + "".join(
        f"$${line}$$\n\n" for line in lines)
    assert_verdicts(text, [(v, None) for v in verdicts])
