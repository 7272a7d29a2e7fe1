"""The tenth round of real-notes habits (calculus, ML calculus): integrals typed in a plain
step file (`int x e^x dx`, `int_0^1 x^2 dx`), `f(x) = … \\Rightarrow f'(x) = …` in one formula,
a rounding residue said to be about 0, an index condition after the second claim of a line,
∂L/∂z_1 of a loss summed over the family z_k."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_verdicts
from tutor.batch import check_document


def plain_verdicts(text: str) -> list:
    """(verdict, message) of each step of a plain step file."""
    return [(s.verdict, s.message) for s in check_document(text, kind="txt").steps]


# `int … dx` in a typed step file is an integral (it was i·n·t·…·d·x: a false alarm)
@pytest.mark.parametrize(("text", "verdicts"), [
    ("int x e^x dx = x e^x - int e^x dx\n= x e^x - e^x + C", ["ok", "ok"]),
    ("int 2x cos(x^2) dx = sin(x^2) + C", ["ok"]),
    ("int x^2 dx = x^3/3 + C", ["ok"]),
    ("int 1/x dx = ln|x| + C", ["ok"]),
    ("∫ 2x dx = x^2 + C", ["ok"]),
    ("int dx = x + C", ["ok"]),
    ("int_0^1 x^2 dx = 1/3", ["ok"]),
    ("int_0^pi sin(x) dx = 2", ["ok"]),
    ("int_{-1}^{1} x^2 dx = 2/3", ["ok"]),
    ("int_1^e ln(x) dx = 1", ["ok"]),
    ("int_0^oo e^(-x) dx = 1", ["ok"]),
    ("int_0^2 t^2 dt = 8/3", ["ok"]),
    ("int_0^2 x^3 dx = 2^4/4\n= 8", ["ok", "error"]),     # the planted slip is still found
    ("int_0^1 x^2 dx = 1/2", ["error"]),
    ("int x^2 dx = x^3 + C", ["error"]),
])
def test_integrals_in_a_plain_step_file(text, verdicts):
    assert [v for v, _ in plain_verdicts(text)] == verdicts


# `print x`, `into`: the letters int inside a word are no integral
@pytest.mark.parametrize("text", ["x = 2\nprint = 3", "into = 4"])
def test_int_inside_a_word_is_no_integral(text):
    assert all(v != "parse_error" for v, _ in plain_verdicts(text))
