"""A claim made after data were given, judged with the data left as written: `ℓ''(λ) =
Σx_i/λ²` under `x = 2, 0, 3, 1, 4` is a claim about every sample, and its sign slip shows."""

from __future__ import annotations

from tutor.derive.context import symbols_differ, value_of
from tutor.derive.diagnosis import diagnose
from tutor.judge.equivalence import Equation, compare
from tutor.judge.index_cases import one_range
from tutor.model import Part, StepResult


def judged_as_written(walker, ln, a: Part, b: Part) -> StepResult | None:
    """When the sides, with no data put in, name the same values (the data put in on one side
    only left them apart): ok if they are equal, an error if they differ; None otherwise.
    `walker`: the step rules (its `ctx`, `budget` and `_result`)."""
    ctx = walker.ctx
    if not ctx.tables:
        return None
    tables, ctx.tables = ctx.tables, {}
    try:
        ea, eb = ctx.expand(a.expr), ctx.expand(b.expr)
    finally:
        ctx.tables = tables
    if not (ea.free_symbols and eb.free_symbols) or symbols_differ(Equation(*one_range(ea,
                                                                                     eb))):
        return None
    verdict = compare(ea, eb, ctx.assumptions, budget=walker.budget)
    if verdict.status == "equal":
        return walker._result(ln, b, "ok", "follows from the previous expression for every "
                              "sample (the data given above left out)", method=verdict.method)
    if verdict.status != "not_equal":
        return None
    found = diagnose(value_of(ea), eb, previous=ea)
    code, why = found if found else ("other", None)
    return walker._result(ln, b, "error", "not equal to the previous expression (the data "
                          "given above left out: a claim about every sample)", code=code,
                          diagnosis=why, method=verdict.method)
