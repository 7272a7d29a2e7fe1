"""`y = ln(x² + 1)`, then `f(0) = …` and `f'(x) = …` in the same block, f never given: f is
y's formula (tangent-line exercises name the curve y and its function f at once)."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef

_Y = sp.Symbol("y")


def note_formula_block(walker, ln, name) -> None:
    """`y = …` defined on `ln`: the block it was given in (a later f may be read as it)."""
    if name == _Y:
        walker.__dict__["y_block"] = (ln.block, ln.section)


def function_of_y(walker, ln, chain, state):
    """The line's claims checked with f as the formula of `y` given in this block when the
    line opens with f(a), f'(x) or f'(a) and no f is known anywhere; None otherwise."""
    parts = chain.parts
    if len(parts) < 2 or chain.links[0].op != "=" or \
            walker.__dict__.get("y_block") != (ln.block, ln.section):
        return None
    read = walker.__dict__.setdefault("read_from_y", {})  # f -> the Lambda read from a y
    call = _unknown_call(walker.ctx, parts[0].expr, read)
    formula = walker.ctx.values.get(_Y)
    if call is None or not isinstance(formula, sp.Expr) or _Y in walker.ctx.stale or \
            len(formula.free_symbols) != 1 or formula.has(AppliedUndef, sp.Derivative,
                                                          sp.Integral, sp.Limit, sp.Sum):
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


def _unknown_call(ctx, left, read: dict):
    """f(x) of `f(2)`, `f'(x)`, `f'(2)` when no f is defined or given a value anywhere (or f
    was read from the y of another block: the y of this one is the new exercise's)."""
    if isinstance(left, sp.Subs) and isinstance(left.expr, sp.Derivative):
        left = left.expr
    derivative = isinstance(left, sp.Derivative)
    if derivative:
        if left.derivative_count != 1:
            return None
        left = left.expr
    if not isinstance(left, AppliedUndef) or len(left.args) != 1 or \
            not derivative and left.args[0].free_symbols:  # f(x) = …: a definition
        return None
    name = left.func.__name__
    if name in read and ctx.functions.get(name) is read[name][1]:
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
