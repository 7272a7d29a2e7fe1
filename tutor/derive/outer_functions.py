"""`f(u) = \\sin u` under `f(x) = \\sin(3x^2)`: the outer function of the chain rule written with
the same letter f; which f the lines after it mean is not sure, so f is known no more.

A chain-rule note names the whole function and its outer part alike: `f(x) = \\sin(3x^2)`, then
"the outer function $f(u) = \\sin(u)$, the inner $u = 3x^2$", then `f'(x) = 6x\\cos(3x^2)` (the
whole f again). Read as a new definition, f' would be cos: a right line called wrong.
"""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.context import Line, WalkState
from tutor.derive.diagnosis import show
from tutor.model import Chain

# how many parts of the first body are tried as the inner function (a note's formula is small)
MOST_PARTS_TRIED = 200
MOST_POWER = 12  # powers expanded to compare an outer function put in with the whole


def is_outer_of(body: sp.Expr, letter: sp.Symbol, whole: sp.Expr, variable: sp.Symbol) -> bool:
    """Whether `whole` (in `variable`) is `body` (in `letter`) with an inner part of `whole`
    put in for `letter`: sin(u) and sin(3x²) (inner 3x²); never with the variable itself."""
    if letter == variable or not body.free_symbols <= {letter} or letter not in body.free_symbols:
        return False
    whole = whole.replace(lambda e: isinstance(e, sp.Pow) and e.base is sp.E,  # e^{5x²} as
                          lambda e: sp.exp(e.exp))  # read stays a power; e^v at v = 5x² is exp
    for count, inner in enumerate(sp.preorder_traversal(whole)):
        if count > MOST_PARTS_TRIED:
            return False
        if inner is whole or inner == variable or not isinstance(inner, sp.Expr) or \
                variable not in inner.free_symbols:
            continue
        candidate = body.subs(letter, inner)  # e^v at v = x² + 1, as read (unevaluated)
        if candidate == whole or (not _high_powers(candidate) and sp.expand(
                candidate - whole) == 0):  # (u + 2)^5000 is not expanded
            return True
    return False


def outer_function(walker, ln: Line, chain: Chain, state: WalkState, defined) -> WalkState | None:
    """`f(u) = sin u` when f(x) = sin(3x²) above: unchecked, and f is not taken as defined from
    here (neither body is sure for the lines after); None for any other redefinition."""
    left, body = chain.parts[0].expr, chain.parts[1].expr
    if len(chain.parts) != 2 or len(left.args) != 1 or len(defined.variables) != 1 or \
            not isinstance(left.args[0], sp.Symbol) or not is_outer_of(
                body, left.args[0], defined.expr, defined.variables[0]):
        return None
    name = left.func.__name__
    forget_function(walker, ln, chain.parts[1], name, f"{show(left)} = {show(body)} is the "
                    f"outer function of {name} above ({show(defined.expr)}): which {name} the "
                    "lines after mean is not sure", method="definition")
    return replace(state, prev=None, prev_eq=None)


def forget_function(walker, ln: Line, part, name: str, why: str, **kinds) -> None:
    """`name` known no more as a defined function, and the line unchecked saying why."""
    walker.ctx.functions.pop(name, None)
    walker.ctx.defined.discard(name)
    walker.__dict__.setdefault("named_on", {})[name] = (ln.line, None, None)  # a second value on it
    walker.results.append(walker._result(
        ln, part, "unchecked", f"{why}, so {name} is not taken as defined from here", **kinds))


def _high_powers(expr) -> bool:
    """Whether a power in `expr` is too high to expand (beyond MOST_POWER)."""
    return any(p.exp.is_Number and abs(p.exp) > MOST_POWER for p in expr.atoms(sp.Pow))


def second_value_on_line(walker, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
    """`EX. $f(x) = \\ln(3x+1)$ EX. $f(x) = \\ln(3x^2+4x)$`: two examples side by side, f given
    two values on one line (the first against the f above). Which f a line below means is not
    sure, so neither defines f: the statement is unchecked; None for anything else. Values at
    other arguments (`Q(H)=0.9, Q(T)=0.1`) are a table of values, not a second definition."""
    left = chain.parts[0].expr
    if not isinstance(left, AppliedUndef):
        return None
    name, named = left.func.__name__, walker.__dict__.setdefault("named_on", {})
    line, args, body = named.get(name, (None, None, None))
    if line == ln.line and body == chain.parts[1].expr:  # the same statement read again
        return None
    if line != ln.line or args not in (None, left.args):
        named[name] = (ln.line, left.args, chain.parts[1].expr)  # a second value undoes it
        return None
    forget_function(walker, ln, chain.parts[1], name, f"{show(left)} is given another value on "
                    "this line as well: neither is its definition")
    return replace(state, prev=None, prev_eq=None)
