"""An error found by ruling the alternatives out needs every alternative tried to its end: when
a time limit cut one short (a slow or busy machine), the step is unchecked, never an error."""

from __future__ import annotations

import itertools

import pytest

import tutor
from tutor.derive import limits

LUCKY = r"$$\lim_{h \to 0}(2x + h) = \lim_{h\to0}(2x + h^2) = 2x$$"


def first_verdict(text: str) -> tuple[str, str]:
    step = tutor.check_document(text, kind="markdown").steps[0]
    return step.verdict, step.message


def test_limits_that_agree_by_luck_are_an_error_when_every_rule_was_tried():
    assert first_verdict(LUCKY)[0] == "error"


@pytest.mark.parametrize("text", [LUCKY])
def test_a_time_limit_met_while_ruling_out_leaves_the_step_unchecked(text, monkeypatch):
    counter = itertools.count()
    monkeypatch.setattr(limits, "limits_hit", lambda: next(counter))  # one met each time asked
    verdict, message = first_verdict(text)
    assert verdict == "unchecked" and "in time" in message


SLIP_THEN_RIGHT = (  # line 3 drops the minus of the exponent; line 4 is right again
    "With \\(\\mu = 1.5\\), \\(\\sigma^2 = 0.25\\) and \\(x = 2\\):\n"
    "\\[p(x) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}} "
    "\\exp\\left(-\\frac{(x-\\mu)^2}{2\\sigma^2}\\right)\\]\n"
    "\\[= \\frac{1}{\\sqrt{2\\pi \\cdot 0.25}} "
    "\\exp\\left(\\frac{(2-1.5)^2}{2 \\cdot 0.25}\\right)\\]\n"
    "\\[\\approx 0.7979 \\cdot e^{-0.5}\\]\n")


def test_a_line_right_against_the_expression_before_a_slip_is_ok():
    steps = tutor.check_document(SLIP_THEN_RIGHT, kind="markdown").steps
    assert [(s.line, s.verdict) for s in steps if s.line > 2] == [(3, "error"), (4, "ok")]


def test_undecided_against_the_expression_before_a_slip_it_is_unchecked(monkeypatch):
    from sympy import Float as float_type

    from tutor.derive import unsettled
    from tutor.model import Verdict

    real, hits = unsettled.compare, itertools.count(10**9)

    def slow_on_line_4(a, b, *args, **kwargs):  # line 4 against what stood before the slip
        if any(f == 0.7979 for f in b.atoms(float_type)):
            monkeypatch.setattr(unsettled, "limits_hit", lambda: next(hits))  # a limit met
            return Verdict("unknown", reason="the time budget ran out")
        return real(a, b, *args, **kwargs)

    monkeypatch.setattr(unsettled, "compare", slow_on_line_4)
    steps = tutor.check_document(SLIP_THEN_RIGHT, kind="markdown").steps
    assert [(s.line, s.verdict) for s in steps if s.line > 2] == [(3, "error"), (4, "unchecked")]
