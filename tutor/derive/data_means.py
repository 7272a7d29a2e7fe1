"""`x = (3, 1, 4, 2, 0)` given above, then `\\bar x = \\frac{3 + 1 + 4 + 2 + 0}{5}`: x̄ read as
the mean of the data x, only to confirm a step (a bar may mean something else: never an error)."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis import show
from tutor.judge.equivalence import compare

BARS = ("_bar", "_overline")  # \bar x, \overline{x}


def data_means(expr, tables: dict, values: dict) -> dict:
    """{x̄: the mean of the data x} for each barred name in expr whose data are listed above
    (`x = (3, 1, 4, 2, 0)`) and that is not given a value of its own."""
    means = {}
    for symbol in expr.free_symbols:
        name = symbol.name
        base = next((name[:-len(bar)] for bar in BARS if name.endswith(bar)), None)
        items = tables.get(base) if base else None
        if items and symbol not in values and all(getattr(x, "is_number", False) for x in items):
            means[symbol] = sp.Add(*items) / len(items)
    return means


def holds_with_means(ea, eb, ctx, budget) -> str | None:
    """The barred names the step holds with, read as means of the data above ("x̄ = 2"), when
    it is equal once they are put in; None when it is not (or no mean is known)."""
    means = data_means(ea, ctx.tables, ctx.values) | data_means(eb, ctx.tables, ctx.values)
    if not means:
        return None
    left, right = ea.xreplace(means), eb.xreplace(means)
    if compare(left, right, ctx.assumptions, budget=budget).status != "equal":
        return None
    return ", ".join(f"{show(s)} = {show(v)}" for s, v in sorted(
        means.items(), key=lambda kv: kv[0].name))
