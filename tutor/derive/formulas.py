"""What a name is made of, kept when its definition is worked out to a number (∂z/∂w of z)."""

from __future__ import annotations

import sympy as sp


def keep_formula(ctx, name, forms: list) -> None:
    """`z = w_1 x_1 + b = 0.5 + 0.1 = 0.6`, each form shown equal to the one before: z is 0.6
    from here, and the last form still in names (w_1 x_1 + b) is kept as what z is made of, with
    the values its names have now, so ∂z/∂w_1 is taken through it while they keep them (an
    update `w_1 ← …` ends it: z is then the number of the old weights). Nothing for anything
    else."""
    ctx.formulas.pop(name, None)
    if not isinstance(name, sp.Symbol) or not forms or forms[-1].expr.free_symbols:
        return
    formula = next((p.expr for p in reversed(forms) if p.expr.free_symbols), None)
    if formula is None or name in formula.free_symbols or formula.has(
            sp.Derivative, sp.Integral, sp.Limit, sp.Sum, sp.Product):
        return
    if formula.free_symbols <= set(ctx.values) - {name}:  # every name in it has a value
        ctx.formulas[name] = (formula, {s: ctx.values[s] for s in formula.free_symbols})


def formulas_in_force(values: dict, formulas: dict, stale: set) -> dict:
    """{name: formula} of the formulas kept whose names still have the values they had then
    (under a later heading too, as its value is: `### Forward pass` gives L = s² = 9, `###
    Backward pass` takes ∂L/∂s; an error through it there is unchecked, tutor.derive.
    earlier_sections)."""
    return {k: formula for k, (formula, then) in formulas.items()
            if values.get(k) is not None and all(values.get(s) == v for s, v in then.items())}


def with_formulas(values: dict, formulas: dict, stale: set, expr=None) -> dict:
    """The values, a name worked to a number through its formula in force instead: what a
    derivative of it is taken through. A name valued under an earlier heading that `expr`
    differentiates in (`dy/dx` in a later section than `x = 1`) is a variable here: no value."""
    variables = {v for d in expr.atoms(sp.Derivative) for v in d.variables} & stale if (
        stale and isinstance(expr, sp.Basic) and expr.has(sp.Derivative)) else set()
    in_force = formulas_in_force(values, formulas, stale) if formulas else {}
    if variables:  # L = s² above, s a variable here: ∂L/∂s is 2s
        values = {k: v for k, v in values.items() if k not in variables}
    return {**values, **in_force}
