"""`f'(x) = lim_{h→0} (5(x+h)² − 5x²)/h` with no f of this section: f is read from the quotient."""

from __future__ import annotations

import sympy as sp

from tutor.budget import BudgetExceeded
from tutor.compat import AppliedUndef
from tutor.derive.diagnosis import show
from tutor.judge.equivalence import compare
from tutor.trees import nodes_of


def function_from_quotient(walker, ln, chain, state):
    """`f'(x) = lim_{h→0} (F(x+h) − F(x))/h` where this section defines no f (only an f under an
    earlier heading, or none and `If y = 5x², find y'` says F): f is F from here and the line is
    checked as any claim. None (nothing done) when the quotient is not of that form, F is not
    the formula this section gives (y = 5x³ above: F may be a slip), or nothing says what f is."""
    parts = chain.parts
    if len(parts) < 2 or chain.links[0].op != "=":
        return None
    call = _derivative_of_unknown(walker.ctx, parts[0].expr)
    found = _function_of_quotient(parts[1].expr, call.args[0]) if call is not None else None
    known = call is not None and call.func.__name__ in walker.ctx.functions  # under a heading above
    if found is None or not _agrees_with_this_section(walker, found, call.args[0], known):
        return None
    walker._define(call, found)
    start = len(walker.results)
    state = walker._claims(ln, chain, 0, state)
    first = walker.results[start] if len(walker.results) > start else None
    if first is not None and first.verdict == "ok":
        first.message = (f"the derivative of {call.func.__name__} by its definition, with "
                         f"{show(call)} = {show(found)} read from the quotient")
    return state


def _derivative_of_unknown(ctx, left):
    """f(x) of `f'(x)` when this section gives no f (an f two headings up may be another)."""
    if not (isinstance(left, sp.Derivative) and isinstance(left.expr, AppliedUndef)
            and len(left.expr.args) == 1 and left.variables == left.expr.args):
        return None
    name = left.expr.func.__name__
    function = ctx.functions.get(name)
    older = ctx.older if ctx.described != ctx.section else ctx.headed
    if function is not None and older.get(name) is not function:
        return None  # f of this section (or of the problem right above: a slip to find)
    if any(k.func.__name__ == name for k in ctx.calls):
        return None  # f(2) = 3 given: f is known somewhere
    return left.expr


def _function_of_quotient(right, x):
    """F of `lim_{h→0} (F(x+h) − F(x))/h` as written (its terms without h are −F(x)), in x
    alone; None otherwise."""
    if not isinstance(right, sp.Limit) or right.args[2] != 0 or nodes_of(right, AppliedUndef):
        return None
    body, h = right.args[0], right.args[1]
    numerator, denominator = sp.fraction(body)
    if denominator != h or not isinstance(numerator, sp.Add):
        return None
    still = [t for t in numerator.args if not t.has(h)]
    function = -sp.Add(*still)
    if function.free_symbols != {x} or len(still) == len(numerator.args):
        return None
    moved = sp.Add(*[t for t in numerator.args if t.has(h)])
    try:
        same = compare(moved, function.xreplace({x: x + h}), budget=1.0).status == "equal"
    except BudgetExceeded:
        return None
    return function if same else None


def _agrees_with_this_section(walker, function, x, earlier_f: bool) -> bool:
    """F is a formula in x of this section (y = 5x² above), or there is none and an f was
    defined under an earlier heading (a new problem's f; an f never defined stays unknown)."""
    ctx = walker.ctx
    formulas = [v for k, v in ctx.values.items() if k not in ctx.stale and isinstance(
        v, sp.Expr) and v.free_symbols == {x}]
    if not formulas:
        return earlier_f
    try:
        return any(compare(f, function, budget=1.0).status == "equal" for f in formulas)
    except BudgetExceeded:
        return False
