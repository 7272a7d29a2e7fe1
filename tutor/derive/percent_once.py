"""`1.2 + 2.1 + 4 = 7.3\\%`: percentages written with the `%` only at the end of the chain, so
the sides differ by the factor 100 exactly; not an error (the sign may stand for both)."""

from __future__ import annotations

import sympy as sp

from tutor.judge.decimals import exact
from tutor.model import Part, StepResult

PERCENT_ONCE = ("the two sides differ by the factor 100 exactly and only one of them carries %: "
                "percentages with the % sign written once agree; not checked")


def percent_written_once(last: StepResult, a: Part, b: Part, expand) -> None:
    """`last` (the error of the step a → b; `expand` puts in the values defined) made unchecked
    when both sides are numbers, only one is written with `%`, and the side without it is 100
    times the other exactly."""
    if last.verdict != "error":
        return
    ea, eb = expand(a.expr), expand(b.expr)
    signed = ["%" in part.span.text for part in (a, b)]
    if ea.free_symbols or eb.free_symbols or signed.count(True) != 1:
        return
    plain, percent = (ea, eb) if signed[1] else (eb, ea)
    try:
        agree = sp.simplify(exact(plain) - 100 * exact(percent)) == 0
    except (TypeError, ValueError, AttributeError):
        return
    if agree:
        last.not_sure(PERCENT_ONCE)
        last.method = None
