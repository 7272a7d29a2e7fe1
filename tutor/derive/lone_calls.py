"""`f(x)` alone on a row and `= x^3 - 3x^2 + 5` on the next (a worksheet's cells, one per row):
the definition f(x) = x^3 - 3x^2 + 5, as if written on one row."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.model import Chain, Link, Part
from tutor.vocabulary import EVENT_FUNCTIONS


def defined_below(walker, ln, chain: Chain, lead: str | None, state):
    """The walk after `= body` that defines the lone call of the row above (a function not
    defined yet, in distinct letters; in the same block, or in one with no words between);
    None for anything else (a step from the row above)."""
    prev, (alone, block) = state.prev, walker.__dict__.get("lone", (None, None))
    if lead != "=" or prev is None or alone is not prev or not (
            block == ln.block or ln.adjacent) or state.prev_eq is not None or not _new_call(
            prev.expr, walker.ctx):  # never across words: `of $f(x)$: $$= 2x$$`
        return None
    named = Chain([Part(prev.expr, chain.parts[0].span), *chain.parts],
                  [Link("=", chain.parts[0].span), *chain.links])
    return walker._definition(ln, named, state)


def _new_call(expr, ctx) -> bool:
    """Whether `expr` is f(x) or g(x, y) of a name neither defined nor given values here."""
    if not isinstance(expr, AppliedUndef) or not expr.args:
        return False
    name = expr.func.__name__  # never P(A) or E(X): a value of events, not a function's body
    return name not in EVENT_FUNCTIONS and all(isinstance(a, sp.Symbol) and not a.name[
        0].isupper() for a in expr.args) and len(set(expr.args)) == len(
        expr.args) and name not in ctx.defined and not any(
        isinstance(c, AppliedUndef) and c.func == expr.func for c in ctx.calls)
