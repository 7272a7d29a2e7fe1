"""A limit said to equal a finite value while its expression grows without bound: an error.

`f'(x) = lim_{h→0} 3/(h(√(3(x+h)-4) + √(3x-4)))`, the h that cancelled kept below: no value of
the limit can be worked out (it is +∞ from one side, -∞ from the other), so the step stood
unchecked; numbers near the point show the expression grows without bound where the other
side is a finite number, which is a witness.
"""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, attempt
from tutor.derive.diagnosis import show
from tutor.judge.evaluation import evaluated
from tutor.judge.limit_values import unbounded_beside
from tutor.model import StepResult

NO_VALUE = "the limit could not be evaluated"


def limit_without_value(ctx, last: StepResult, a, b) -> None:
    """`last` (the step a = b, unchecked because a limit had no value) made an error when one
    side is a limit whose expression grows without bound and the other a finite number there."""
    if last.verdict != "unchecked" or not (last.message or "").startswith(NO_VALUE) or \
            last.relation not in (None, "="):
        return
    ea, eb = ctx.expand(a), ctx.expand(b)
    for lim, value in ((eb, ea), (ea, eb)):
        if not isinstance(lim, sp.Limit) or value.has(sp.Limit):
            continue
        try:
            with attempt(0.5):
                value = evaluated(value).doit()
        except (AttemptTimedOut, NotImplementedError, ValueError, TypeError):
            return
        if value.has(sp.Derivative, sp.Integral, sp.Sum):
            return
        point = unbounded_beside(lim, value)
        if point is not None:
            var, at = lim.args[1], lim.args[2]
            where = ", ".join(f"{show(s)} = {show(v)}" for s, v in point.items())
            last.verdict, last.code = "error", "limit-value"
            last.message = (f"this limit has no finite value: the expression grows without bound "
                            f"as {show(var)} → {show(at)}")
            last.diagnosis = f"at {where} it grows without bound; the other side is " \
                f"{show(value.xreplace(point))}"
            last.method = "numbers near the point"
            return
