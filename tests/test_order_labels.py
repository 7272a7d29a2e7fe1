"""The order of a derivative written in brackets above f (`f^{(3)}(x)`, as Taylor exercises
write it) reads as that derivative; a bracketed label above another name stays a label."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.read.parser import parse


@pytest.mark.parametrize(("text", "read"), [
    (r"f^{(3)}(x)", "Derivative(f(x), (x, 3))"),
    (r"f^{(1)}(x) + 1", "Derivative(f(x), x) + 1"),
    (r"f^{ ( 2 ) }(x)", "Derivative(f(x), (x, 2))"),
    (r"f^{(2)}(0)", "Subs(Derivative(f(t_), (t_, 2)), t_, 0)"),
    (r"h^{(2)}(x)", "h_2(x)"),  # a layer's label
    (r"x^{(3)}", "x_3"),  # an example's label
    (r"f^{(3)}", "f_3"),  # no call: a label
])
def test_an_order_above_f(text, read):
    assert str(parse(text, "latex")) == read


@pytest.mark.parametrize(("third", "value", "verdicts"), [
    ("8e^{2x}", "8", ["ok", "ok", "ok"]),
    ("8e^{2x}", "6", ["ok", "ok", "error"]),
    ("6e^{2x}", "6", ["ok", "error", "error"]),  # f'''(0) is 8 all the same
])
def test_a_taylor_coefficient_by_its_order(third, value, verdicts):
    text = (f"Let $f(x) = e^{{2x}}$.\n\n$$f^{{(2)}}(x) = 4e^{{2x}}$$\n"
            f"$$f^{{(3)}}(x) = {third}$$\n$$f^{{(3)}}(0) = {value}$$\n")
    assert_verdicts(text, [(v, None) for v in ["unchecked", *verdicts]])
