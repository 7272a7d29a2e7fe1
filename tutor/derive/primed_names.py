"""`y' = …` right below `y = sinh(2x)cosh(2x)`: the prime is the derivative of y's formula."""

from __future__ import annotations

import sympy as sp

from tutor.budget import BudgetExceeded
from tutor.judge.equivalence import compare

PRIMES = "ʹ'"


def derivative_of_named(ctx, left, right, budget: float) -> str | None:
    """The variable in which `right` is the derivative of the formula of the name `left`
    carries a prime of (y' after y = f(x), or after w(r) = f(r), in one variable), when it is
    shown equal; None when there is no such formula or the two are not shown equal (y' may
    then be another name: nothing is claimed)."""
    if not isinstance(left, sp.Symbol) or len(left.name) < 2 or left.name[-1] not in PRIMES:
        return None
    name = left.name[:-1]
    formulas = [v for s, v in ctx.values.items() if isinstance(s, sp.Symbol) and s.name == name]
    function = ctx.functions.get(name)
    if isinstance(function, sp.Lambda) and len(function.variables) == 1:
        formulas.append(function.expr.xreplace({function.variables[0]: sp.Symbol(
            function.variables[0].name)}))
    for formula in formulas:
        if not isinstance(formula, sp.Basic) or len(formula.free_symbols) != 1:
            continue
        (variable,) = formula.free_symbols
        if variable in ctx.values:
            continue  # x = 2 given above: y is a number there
        try:
            verdict = compare(sp.Derivative(formula, variable), ctx.expand(right),
                              ctx.assumptions, budget=budget)
        except BudgetExceeded:
            return None
        if verdict.status == "equal":
            return variable.name
    return None


def as_derivative(walker, ln, parts) -> None:
    """The definition result of `y' = …` (the last result) made ok when it is the derivative
    of y's formula above (tutor.derive.definitions)."""
    variable = derivative_of_named(walker.ctx, parts[0].expr, parts[1].expr, walker.budget)
    if variable is not None:
        walker.results[-1] = walker._result(ln, parts[1], "ok", f"the derivative of "
                                            f"{parts[0].expr.name[:-1]} in {variable}",
                                            method="derivative of the formula above")


def derivative_claimed(walker, ln, parts) -> bool:
    """`y' = …` in a later example, once `y` has a new formula (`y = e^{-x^2}` after
    `y = x^2 \\sin x`, `y' = …`): ok when it is the derivative of y's formula now, and y' is
    that from here; False (nothing done) otherwise: the line is read as before."""
    left = parts[0].expr
    variable = derivative_of_named(walker.ctx, left, parts[1].expr, walker.budget)
    if variable is None:
        return False
    walker.ctx.values[left] = parts[1].expr
    walker.results.append(walker._result(ln, parts[1], "ok", f"the derivative of "
                                         f"{left.name[:-1]} in {variable}",
                                         method="derivative of the formula above"))
    return True
