"""`y' = …` right below `y = sinh(2x)cosh(2x)`: the prime is the derivative of y's formula."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.budget import BudgetExceeded
from tutor.derive.defined_values import resolved
from tutor.judge.equivalence import compare

PRIMES = "ʹ'"
# the letters a formula y = f(·) is a function of, when y' stands blocks below it (y = a², y' = 0
# may take a to be a constant)
_VARIABLES = {"x", "t", "s", "u", "v", "z", "r", "theta", "phi"}


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
    known = {k: v for k, v in ctx.values.items() if k not in ctx.stale and isinstance(
        k, sp.Symbol) and k.name != name and isinstance(v, sp.Expr)}
    for formula in formulas:
        if isinstance(formula, sp.Expr):  # y = uv with u = x³, v = x² + 4 above: y in x
            formula = resolved(formula, known)
        if not isinstance(formula, sp.Basic) or len(formula.free_symbols) != 1:
            continue
        (variable,) = formula.free_symbols
        if variable in ctx.values:
            continue  # x = 2 given above: y is a number there
        try:
            verdict = compare(sp.Derivative(formula, variable), resolved(ctx.expand(
                right).xreplace(primed_values(ctx, right)), known),
                              ctx.assumptions, budget=budget)
        except BudgetExceeded:
            return None
        if verdict.status == "equal":
            return variable.name
    return None


def as_derivative(walker, ln, parts) -> None:
    """The definition result of `y' = …` (the last result) made ok when it is the derivative
    of y's formula above (tutor.derive.definitions), an error when it is not and that formula
    was given just before it (derivative_refuted)."""
    variable = derivative_of_named(walker.ctx, parts[0].expr, parts[1].expr, walker.budget)
    if variable is None:  # wrong right after y's formula on its line: an error, not a name
        definition = walker.results.pop()
        if not derivative_refuted(walker, ln, parts):
            walker.results.append(definition)
    else:
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


def derivative_chain(walker, ln, chain, state):
    """`y' = A = B` under a new `y = …`: its first step as derivative_claimed or
    derivative_refuted judge `y' = A`, then A = B as claims; None when neither applies."""
    parts = chain.parts
    if len(parts) < 3 or chain.links[0].op != "=" or not (
            derivative_claimed(walker, ln, parts) or derivative_refuted(walker, ln, parts)):
        return None
    return walker._claims(ln, chain, 1, replace(state, prev=parts[1], prev_eq=None))


def derivative_refuted(walker, ln, parts) -> bool:
    """`y = e^{-x^2}, y' = 2x e^{-x^2}`: a prime right after the name's formula (the step
    before it, on its line, the row above or a block above with only prose between) is the
    derivative of that formula: the step d/dx (formula) → the right side is checked as any step
    (an error when they differ, with its witness). False (nothing done) when the formula was
    not given just before, is not in one variable, or the right side holds other names
    (y' = y - ȳ may be another quantity)."""
    left, right = parts[0].expr, parts[1].expr
    if not isinstance(left, sp.Symbol) or len(left.name) < 2 or left.name[-1] not in PRIMES:
        return False
    name = left.name[:-1]
    last = walker.results[-1] if walker.results else None
    if last is None or not (_formula_just_given(last, name) or _derivative_just_taken(last, name)):
        return False
    found = _one_variable_formula(walker.ctx, name)
    if found is None or not right.free_symbols <= {found[2]} or (
            last.line != ln.line and found[2].name not in _VARIABLES):  # y = k, then y' = 0
        return False
    _, formula, variable = found
    start = len(walker.results)
    walker._step(ln, replace(parts[0], expr=sp.Derivative(formula, variable)), "=", parts[1], 0)
    for result in walker.results[start:]:
        if result.verdict == "error":
            result.message = f"not the derivative of {name} (its formula just before) in " \
                             f"{variable.name}"
        elif result.verdict == "ok":
            result.message = f"the derivative of {name} in {variable.name}"
            walker.ctx.values[left] = right
    return True


def _formula_just_given(last, name: str) -> bool:
    return last.method == "definition" and last.message.startswith((
        f"definition of {name} ", f"{name} is ", f"a new definition of {name} "))


def _derivative_just_taken(last, name: str) -> bool:
    """`y' = 3x^2` shown the derivative of y just before `y'' = …`: y' has that formula."""
    return name[-1:] in PRIMES and last.verdict == "ok" and last.method == (
        "derivative of the formula above") and last.message.startswith(
        f"the derivative of {name[:-1]} in ")


def with_derivative_of_named(walker, ln, parts) -> bool:
    """`y'/y = ln x + 1` or `y' = x^x (ln x + 1)` below `y = x^x` (logarithmic
    differentiation): the equation holds with y' the derivative of y's formula (in one
    variable, given in this section): ok. False (nothing done) when it is not shown to hold."""
    if len(parts) != 2:
        return False
    written = parts[0].expr.free_symbols | parts[1].expr.free_symbols
    derivatives = {}
    for prime in (s for s in written if len(s.name) > 1 and s.name[-1] in PRIMES):
        found = _one_variable_formula(walker.ctx, prime.name[:-1])
        if found is None or (prime in walker.ctx.values and prime not in walker.ctx.stale):
            return False  # y' has a value of its own in this section
        name, formula, variable = found
        derivatives[prime] = sp.diff(formula, variable)
        derivatives[name] = formula  # y itself too: y'/y
    if not derivatives:
        return False
    sides = [walker.ctx.expand(p.expr).xreplace(derivatives) for p in parts]
    try:
        verdict = compare(sides[0], sides[1], walker.ctx.assumptions, budget=walker.budget)
    except BudgetExceeded:
        return False
    if verdict.status != "equal":
        return False
    names = ", ".join(sorted(p.name for p in derivatives if p.name[-1] in PRIMES))
    said = f"holds with {names} the derivative of the formula above"
    if parts[0].expr in derivatives:  # y' = … alone: y' is that from here
        variable = next(iter(derivatives[parts[0].expr].free_symbols), None)
        said = f"the derivative of {parts[0].expr.name[:-1]}" + (
            f" in {variable.name}" if variable is not None else "")
        walker.ctx.values[parts[0].expr] = parts[1].expr
    walker.results.append(walker._result(ln, parts[1], "ok", said,
                                         method="derivative of the formula above"))
    walker._see(parts)
    return True


def primed_values(ctx, *exprs) -> dict:
    """{u': the derivative of u's formula} for each primed name in `exprs` with no value of
    its own whose name has one formula in force in one variable (u = x³ above: u' = 3x²)."""
    found = {}
    for prime in set().union(*(e.free_symbols for e in exprs if isinstance(e, sp.Basic))):
        if len(prime.name) < 2 or prime.name[-1] not in PRIMES or prime in ctx.values:
            continue
        formula = _one_variable_formula(ctx, prime.name[:-1])
        if formula is not None:
            found[prime] = sp.diff(formula[1], formula[2])
    return found


def primes_worked_out(ctx, left, right) -> bool:
    """`u'v + uv' = 2x(x² + 4) + 2x·x³` under u = x³, v = x² + 4: the left side holds primed
    names of one-variable formulas, the right side only those formulas' variables (the
    derivatives were worked out and put in): a right side that differs is wrong."""
    primed = primed_values(ctx, left)
    variables = set().union(*(d.free_symbols for d in primed.values()))
    return bool(primed) and bool(right.free_symbols) and right.free_symbols <= variables


def _one_variable_formula(ctx, name: str) -> tuple | None:
    """(the name's symbol, its formula, the formula's variable) of the one formula of `name`
    in force in this section, in one variable that has no value itself; None otherwise."""
    formulas = [(s, v) for s, v in ctx.values.items()
                if isinstance(s, sp.Symbol) and s.name == name]
    if len(formulas) != 1 or formulas[0][0] in ctx.stale:
        return None
    symbol, formula = formulas[0]
    if isinstance(formula, sp.Expr):  # y = uv with u = x³, v = x² + 4 above: y in x
        formula = resolved(formula, {k: v for k, v in ctx.values.items() if k != symbol
                                     and k not in ctx.stale and isinstance(v, sp.Expr)})
    if not isinstance(formula, sp.Expr) or len(formula.free_symbols) != 1:
        return None
    (variable,) = formula.free_symbols
    return None if variable in ctx.values else (symbol, formula, variable)


def derivative_restated(walker, first, left, right) -> None:
    """`y' = A` taken as y′'s definition (far from y's formula), then `y' = B`: B against A is
    an error (`first`), made not sure when B is the derivative of y's formula above: the slip
    may be A's (a wrong y′ is never claimed far from y)."""
    if first.verdict != "error" or not isinstance(left, sp.Symbol) or left.name[-1:] not in PRIMES:
        return
    found = _one_variable_formula(walker.ctx, left.name[:-1])
    if found is None or not right.free_symbols <= {found[2]}:
        return
    _, formula, variable = found
    if compare(sp.diff(formula, variable), walker.ctx.expand(right), walker.ctx.assumptions,
               budget=walker.budget).status == "equal":
        first.not_sure(f"{first.message}: but this is the derivative of {left.name[:-1]} "
                       f"(its formula above) in {variable.name}, so the slip may be in the "
                       f"{left.name} above")
