"""Real notes read for the twentieth held-out round (helper real20): what they made plain, as
tables of a small note and the verdicts it must get, wrong steps of the same shape kept wrong."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


def _verdicts(text: str, kind: str = "md") -> list[str]:
    return [s.verdict for s in check_document(text, kind=kind).steps]


def _messages(text: str, kind: str = "md") -> list[str]:
    return [s.message for s in check_document(text, kind=kind).steps]


# an evaluation bracket under a limit after an integral with its bounds: no internal error;
# the bounds kept through u = ln x are the writer's slip, and a wrong body stays wrong
@pytest.mark.parametrize(("after", "verdict"), [
    (r"\lim_{b \to \infty} \big[ \tfrac{1}{2} (\ln x)^2 \big]_3^b", "error"),   # bounds kept
    (r"\lim_{b \to \infty} \big[ \tfrac{1}{2} u^2 \big]_3^b", "ok"),
    (r"\lim_{b \to \infty} \big[ u^2 \big]_3^b", "error"),
])
def test_a_bracket_under_a_limit_after_an_integral(after, verdict):
    text = f"$$\\lim_{{b \\to \\infty}} \\int_3^b u\\, du = {after}$$\n"
    messages = _messages(text)
    assert not any("internal error" in m for m in messages), messages
    assert _verdicts(text)[-1] == verdict, messages


# Taylor's formula about a, then its case a = 0: a formula for any f, no definition of f; a
# function defined by a body stays defined (a wrong value of it stays wrong)
@pytest.mark.parametrize(("lines", "verdicts"), [
    ([r"f(x) = f(a) + \sum_{k=1}^n \frac{f^{(k)}(a)}{k!}(x-a)^k",
      r"f(x) = f(0) + \sum_{k=1}^n \frac{f^{(k)}(0)}{k!}x^k"], ["unchecked", "unchecked"]),
    ([r"g(x) = g(1) + 2(x - 1)", r"g(x) = g(0) + 2x"], ["unchecked", "unchecked"]),
    ([r"f(x) = x^2 + 1", r"f(2) = 6"], ["unchecked", "error"]),
])
def test_a_function_given_by_its_own_values_is_no_definition(lines, verdicts):
    text = "".join(f"$${line}$$\n\n" for line in lines)
    assert _verdicts(text) == verdicts, _messages(text)


# s^1 = …, s^2 = …: rows counted by a superscript, not powers of one another to solve for;
# numbers (x^2 = 4, then x = 3) are still solved on
@pytest.mark.parametrize(("lines", "last"), [
    ([r"s^1 = \frac{e^{a}}{e^a + e^b}", r"s^2 = \frac{e^{b}}{e^a + e^b}"], "unchecked"),
    ([r"y^1 = \frac{1}{1 + e^{-z}}", r"y^2 = \frac{e^{-z}}{1 + e^{-z}}"], "unchecked"),
    ([r"x^2 = 4", r"x = 3"], "error"),
    ([r"3x = 6", r"x = 3"], "error"),
    ([r"x^2 + 1 = 5", r"x^2 = 4"], "ok"),
])
def test_superscripts_that_count_rows(lines, last):
    text = "".join(f"$${line}$$\n\n" for line in lines)
    assert _verdicts(text)[-1] == last, _messages(text)
