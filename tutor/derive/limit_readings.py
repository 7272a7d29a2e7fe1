"""A step from or between limits read again where the writer may mean another reading of a
function's argument (`\\sin x(\\cos h - 1)`: sin(x)·(cos h - 1), where TeX reads
sin(x·(cos h - 1)))."""

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


def limit_step_either_reading(walker, ln, a_part, a: sp.Limit, b, b_part) -> StepResult | None:
    """The step from the limit `a` (written as `a_part`) to `b` judged as written; an error
    judged again with `a`'s function argument ending before a bracket: ok when right so read
    (saying so), unchecked when not settled so, the error only when wrong either way."""
    found = walker._limit_step(ln, a, b, b_part)
    if found is None or found.verdict != "error" or a_part is None:
        return found
    reading = argument_reading_in(a_part, walker.ctx)
    reading = walker.ctx.expand(reading) if isinstance(reading, sp.Limit) else None
    if not isinstance(reading, sp.Limit) or reading == a:
        return found
    again = walker._limit_step(ln, reading, b, b_part)
    if again is not None and again.verdict == "error":
        return found
    if again is not None and again.verdict == "ok":
        again.message = f"{again.message}; read {_HOW}"
        return again
    return walker._result(ln, b_part, "unchecked", f"wrong as written, but read {_HOW} it "
                          "is not settled: the writer may mean that")
