"""A relation with a label set above or below it (`\\underset{(1)}{=}`,
`\\overset{\\text{AM-GM}}{\\geq}`, `\\stackrel{(a)}{<}`) is the relation: the label is a remark.
Only `\\overset{…}{=}` was read before; the others were parse errors."""

from __future__ import annotations

import pytest

from tutor.read.parser import parse


@pytest.mark.parametrize(("text", "ops"), [
    ("(x+1)^2 \\underset{(1)}{=} x^2 + 2x + 1", ["="]),
    ("a^2 + b^2 \\overset{\\text{AM-GM}}{\\geq} 2ab", [">="]),
    ("x \\stackrel{(a)}{<} x + 1", ["<"]),
    ("e^x \\underset{x \\ge 0}{\\geq} 1 + x", [">="]),
    ("\\sin x \\overset{x\\to 0}{\\approx} x", ["~="]),
    ("(x+1)^2 \\overset{(1)}{=} x^2 + 2x + 1 \\underset{(2)}{\\geq} 2x + 1", ["=", ">="]),
])
def test_a_labelled_relation_is_the_relation(text, ops):
    assert [link.op for link in parse(text).links] == ops
