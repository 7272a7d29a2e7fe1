"""`y = ln(x² + 1)`, then `f(0) = …` and `f'(x) = …` in the same block, f never given: f is
y's formula (tangent-line exercises name the curve y and its function f at once)."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.names import PRIME

_Y = sp.Symbol("y")
_Y_CALL = sp.Function("y")


def note_formula_block(walker, ln, name) -> None:
    """`y = …` defined on `ln`: the block it was given in (a later f may be read as it)."""
    if name == _Y:
        walker.__dict__["y_block"] = (ln.block, ln.section)


def function_of_y(walker, ln, chain, state):
    """The line's claims checked with f as the formula of `y` given in this block when the
    line opens with f(a), f'(x) or f'(a) and no f is known anywhere; y'(a) as the slope of
    the y said last (slope_of_y); None otherwise."""
    parts = chain.parts
    _note_y_said(walker, ln, chain)
    if len(parts) < 2 or chain.links[0].op != "=" or walker.__dict__.get("y_block") is None:
        return None
    read = walker.__dict__.setdefault("read_from_y", {})  # f -> the Lambda read from a y
    call = _unknown_call(walker.ctx, parts[0].expr, read)
    if call is not None and call.func == _Y_CALL:
        return slope_of_y(walker, ln, chain, state, call)
    formula = walker.ctx.values.get(_Y)
    if call is None or walker.__dict__["y_block"] != (ln.block, ln.section) or \
            not _one_variable(formula) or _Y in walker.ctx.stale:
        return None
    (x,) = formula.free_symbols
    if getattr(walker.ctx.values.get(x), "free_symbols", None) or _line(formula, x):
        return None  # y = sin u with u = x²; y = 3x - 2 (a tangent, never the curve of f)
    if isinstance(parts[0].expr, sp.Derivative) and parts[0].expr.variables != (x,):
        return None  # f'(t) beside y in x: another variable, not y's function
    if read.get(call.func.__name__, (None,))[0] == (ln.block, ln.section):
        return None  # read from this y already: its lines are checked as any claim
    walker._define(call.func(x), formula)
    read[call.func.__name__] = ((ln.block, ln.section), walker.ctx.functions.get(
        call.func.__name__))
    return walker._claims(ln, chain, 0, state)


def _note_y_said(walker, ln, chain) -> None:
    """`y = …`, `y' = …`, `y'' = …`: the last said in the section (its order and right side)."""
    left = chain.parts[0].expr
    if len(chain.parts) > 1 and chain.links[0].op == "=" and isinstance(left, sp.Symbol) and \
            left.name.rstrip(PRIME) == "y":
        walker.__dict__["y_said"] = (ln.section, left, chain.parts[1].expr)


def slope_of_y(walker, ln, chain, state, call):
    """`y'(1) = 3 - 2 = 1` below `y = x³ - 2x` (or below `y' = 3x² - 2`): the claims checked
    with y'(1) the derivative of the y (or y') said last in this section, at the point. None
    when nothing in one variable was said in this section (a new exercise may name it)."""
    said = walker.__dict__.get("y_said")
    if said is None or said[0] != ln.section or said[1] in walker.ctx.stale:
        return None
    _, name, expr = said
    left = chain.parts[0].expr
    derivative = left.expr if isinstance(left, sp.Subs) else left
    more = derivative.derivative_count - (len(name.name) - 1)
    if more < 0 or not _one_variable(expr) or (name == _Y and _line(expr, *expr.free_symbols)):
        return None  # y = 3x - 2 is a tangent, not the curve
    (x,) = expr.free_symbols
    t = derivative.variables[0]
    if getattr(walker.ctx.values.get(x), "free_symbols", None) or (
            not isinstance(left, sp.Subs) and t != x):
        return None  # y = sin u with u = x²; y'(t) beside y in x
    body = expr.xreplace({x: t})
    worked = left.xreplace({derivative: sp.Derivative(body, (t, more)) if more else body})
    first = replace(chain.parts[0], expr=worked)
    return walker._claims(ln, replace(chain, parts=[first, *chain.parts[1:]]), 0, state)


def _one_variable(formula) -> bool:
    """A formula in one variable, nothing left to evaluate in it."""
    return isinstance(formula, sp.Expr) and len(formula.free_symbols) == 1 and not formula.has(
        AppliedUndef, sp.Derivative, sp.Integral, sp.Limit, sp.Sum)


def _unknown_call(ctx, left, read: dict):
    """f(x) of `f(2)`, `f'(x)`, `f'(2)` when no f is defined or given a value anywhere (or f
    was read from the y of another block: the y of this one is the new exercise's)."""
    if isinstance(left, sp.Subs) and isinstance(left.expr, sp.Derivative):
        left = left.expr
    derivative = isinstance(left, sp.Derivative)
    if derivative:
        if left.derivative_count != 1 and getattr(left.expr, "func", None) != _Y_CALL:
            return None  # y''(1) of y's formula too
        left = left.expr
    if not isinstance(left, AppliedUndef) or len(left.args) != 1 or \
            not derivative and left.args[0].free_symbols:  # f(x) = …: a definition
        return None
    name = left.func.__name__
    if name in read and ctx.functions.get(name) is read[name][1]:
        return left
    if left.func == _Y_CALL and derivative and name not in ctx.functions:  # y'(1) of y
        return left
    if name in ctx.functions or name in ctx.defined or name in ctx.seen or \
            any(getattr(k, "func", None) == left.func for k in ctx.calls):
        return None
    return left


def _line(formula, x) -> bool:
    """Whether the formula is a straight line in x (or a constant)."""
    try:
        return formula.is_polynomial(x) and sp.degree(formula, x) <= 1
    except (sp.PolynomialError, TypeError, ValueError):
        return False
