"""Habits of the forty-third round: a worksheet with one cell per row (`f(x)` on one row,
`= …` on the next), a constant's prime beside primes in x, and bulleted examples that each
define f anew."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


def _steps(text: str, kind: str = "md") -> list[tuple[int, str, str]]:
    return [(s.line, s.verdict, s.message) for s in check_document(text, kind=kind).steps]


def _verdicts_on(text: str, line: int, kind: str = "md") -> list[str]:
    return [verdict for n, verdict, _ in _steps(text, kind) if n == line]


# A German "find the mistake" sheet exported to text: `\(f(x)\enspace\)` on one row and
# `\(=x^3-3x^2+5\)` on the next, then `\(f'(x)\)` and `\(=3x^2+6x+5\)`. The `=` row was a claim
# about an f not defined ("f is not defined here"); the lone call above it is its left side.
@pytest.mark.parametrize(("derivative", "verdict"), [("3x^2-6x", "ok"), ("3x^2+6x+5", "error")])
def test_a_call_alone_on_a_row_defined_by_the_next(derivative, verdict):
    text = ("\\(\\tiny \\blacksquare\\)\n\\(\\enspace\\)\n\\(f(x)\\enspace\\)\n"
            f"\\(=x^3-3x^2+5\\)\n\\(f'(x)\\)\n\\(={derivative}\\)\n")
    assert _verdicts_on(text, 4, "txt") == ["unchecked"]
    assert _verdicts_on(text, 6, "txt") == [verdict]
    assert all(v != "parse_error" for _, v, _ in _steps(text, "txt"))


# The same layout inside one aligned block: the bare `f'(x)` row is the left side of the
# `&= …` row below it, not a step on from `x^3` above (an Italian chain of bare rows is).
@pytest.mark.parametrize(("derivative", "verdicts"), [("3x^2", ["unchecked", "ok"]),
                                                      ("3x^2+1", ["unchecked", "error"])])
def test_a_bare_row_before_an_equals_row_is_its_left_side(derivative, verdicts):
    text = ("$$\\begin{aligned}f(x) \\\\ &= x^3 \\\\ f'(x) \\\\ "
            f"&= {derivative}\\end{{aligned}}$$\n")
    assert [v for _, v, _ in _steps(text)] == verdicts


# `\(g'(x)=(x^2)'+(a^3)'-(2x)'+(3)'\)` under g(x) = x^2 + a^3 - 2x + 3: (a^3)' was read as
# d/da, a slip the sheet warns against. Beside primes in x, a parameter's bracket is in x too.
@pytest.mark.parametrize(("line", "verdict"), [
    ("g'(x)=(x^2)'+(a^3)'-(2x)'+(3)'", "ok"),
    ("g'(x)=(x^2)'-(2x)'", "ok"),
    ("g'(x)=2x+3a^2-2", "error"),
])
def test_a_parameter_primed_beside_primes_in_x(line, verdict):
    text = f"Take \\(g(x)=x^2+a^3-2x+3\\):\n\n\\({line}\\)\n"
    assert _verdicts_on(text, 3) == [verdict]


# An Indonesian list of examples: `- $f(x) = 2 \to f'(x) = 0$`, then `- $f(x) = 100 \to …$`.
# Each item defines f anew; the second was "defined above as 2", an arithmetic slip. Two items
# in a row giving f bodies of one kind: a slip or the next example, so not called either.
@pytest.mark.parametrize(("first", "second", "derivative", "verdicts"), [
    ("2", "100", "0", ["unchecked", "unchecked"]),
    ("2x", "55x", "55", ["unchecked", "unchecked"]),
    ("x^4", "x^7", "7x^6", ["unchecked", "ok"]),
    ("x^4", "x^7", "6x^6", ["unchecked", "error"]),  # another kind of body: defined anew
])
def test_list_items_each_giving_f_a_body(first, second, derivative, verdicts):
    text = f"- $f(x) = {first}$\n- $f(x) = {second} \\to f'(x) = {derivative}$\n"
    assert _verdicts_on(text, 2) == verdicts
