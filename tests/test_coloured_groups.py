"""A group opened only to colour its terms (`{\\color{cyan} f(x+h)g(x+h) - f(x)g(x+h)} + …`, a
trick of adding and taking away the same term) reads as the terms themselves: TeX's braces are
no brackets (each such line was "braces {…} are not brackets")."""

from __future__ import annotations

import pytest

from tutor.read.parser import parse


@pytest.mark.parametrize(("text", "read"), [
    (r"\frac{{\color{cyan} a - b } + b - c}{h}", "(a - b + b - c)/h"),
    (r"{\color{blue} x + 1} \cdot 2", "x + 1*2"),  # as TeX sets it: no bracket
    (r"{\color{red}-} 2", "-2"),
    (r"2 + {\color{red} 3x}", "3*x + 2"),
])
def test_a_coloured_group_is_its_terms(text, read):
    assert str(parse(text, "latex")) == read
