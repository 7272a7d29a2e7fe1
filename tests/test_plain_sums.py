"""A plain sum with its body in brackets and no bounds, `sum(x_i)`, `sum(p_i log2(p_i/q_i))`,
is the sum over the index inside (as `sum_i x_i`); with no index inside (`sum(p log2(q))`) it
is refused with what to write, not "unexpected 'log2'". Bounds written `sum(k=1..n, k)` stay."""

from __future__ import annotations

import pytest

from tutor.api import compare
from tutor.errors import ParseError
from tutor.read.parser import parse


@pytest.mark.parametrize(("a", "b", "status"), [
    ("sum(x_i)", "sum_i x_i", "equal"),
    ("sum(x_i^2) - sum(x_i)", "sum_i (x_i^2 - x_i)", "equal"),
    ("sum(p_i log2(p_i)) - sum(p_i log2(q_i))", "sum(p_i log2(p_i/q_i))", "equal"),
    ("sum(p_i log2(p_i)) - sum(p_i log2(q_i))", "sum(p_i log2(q_i/p_i))", "not_equal"),
    ("sum(k=1..n, k)", "n(n+1)/2", "equal"),
])
def test_a_bracketed_plain_sum(a, b, status):
    assert compare(parse(a, "plain"), parse(b, "plain")).status == status


@pytest.mark.parametrize("text", ["sum(p log2(q))", "sum(p q)", "-sum(p log2(q)) - -sum(p)"])
def test_a_plain_sum_with_no_index_asks_for_one(text):
    with pytest.raises(ParseError, match="a sum needs an index"):
        parse(text, "plain")
