"""A step between limits read again where the writer may mean another reading of a function's
argument (`\\sin x(\\cos h - 1)`: sin(x)·(cos h - 1), where TeX reads sin(x·(cos h - 1)))."""

from __future__ import annotations

import sympy as sp

from tutor.derive.other_readings import argument_reading_in
from tutor.model import StepResult

_HOW = "with the function's argument ending before the bracket (sin x(…) as sin(x)·(…))"


def argument_reread(walker, ln, a: sp.Limit, b: sp.Limit, part) -> StepResult | None:
    """The step from the limit `a` to `b` (its part `part`) read with `b`'s function argument
    ending before a bracket: ok when the expressions under the limits agree so read,
    unchecked when that is not settled; None when there is no such reading, or the step is
    wrong read either way (then it is judged as written)."""
    reading = argument_reading_in(part, walker.ctx)
    if not isinstance(reading, sp.Limit):
        return None
    reading = walker.ctx.expand(reading)
    if not isinstance(reading, sp.Limit) or reading.args[1:] != b.args[1:] or reading == b:
        return None
    same, where = walker._under_the_limit(a, reading)
    if same.status == "equal":
        return walker._result(ln, part, "ok", f"rewrites the expression under the limit "
                              f"({where}); read {_HOW}", method=same.method)
    if same.status == "unknown":
        return walker._result(ln, part, "unchecked", "the expressions under the limit differ "
                              f"as written; read {_HOW} it is not settled: {same.reason}")
    return None
