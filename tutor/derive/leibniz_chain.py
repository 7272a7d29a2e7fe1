"""`dσ/dx = dσ/du · du/dx`: the chain rule written out in Leibniz's notation, never called
wrong (its letters stand for quantities, not functions of the letter below), nor right (it
needs each quantity to depend on the next one only); a product of derivatives that does not
link the left side's quantity to its variable is said to be none (tutor.read.chain_rules).
Under a composition defined above (`f(x) = g(u(x))`), `f'(x) = g'(u) \\cdot u'(x)` is checked:
the bare u stands for u(x), as the learner means it."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.defined_values import resolved
from tutor.derive.other_readings import status_as_read
from tutor.judge.decimals import exact
from tutor.judge.equivalence import compare
from tutor.model import StepResult
from tutor.read.chain_rules import chain_rule_said
from tutor.trees import nodes_of


def on_a_written_chain_rule(ctx, last: StepResult, a, b) -> None:
    """`last` (the step a → b), when wrong or open on reading dσ/du as σ(u), made unchecked
    saying why: b the chain rule for a, or a product of such factors that does not link up;
    ok when it is the chain rule of the composition a's function is defined as."""
    said = chain_rule_said(a, b) if last.verdict in ("error", "unchecked") else None
    if said is None:
        return
    if _composition_holds(ctx, a, b):
        last.verdict, last.code, last.diagnosis = "ok", None, None
        last.message = "the chain rule of the composition defined above"
        last.method = "with each inner function's name standing for its call"
        return
    if _holds_with_values(ctx, a, b):
        last.verdict, last.code, last.diagnosis = "ok", None, None
        last.message = "the chain rule through the names defined above (with their values)"
        last.method = "with the values defined above"
        return
    last.not_sure(said)


def _holds_with_values(ctx, a, b) -> bool:
    """Whether a = b once every derivative is worked out and every name defined above is put
    in (∂L/∂z = ∂L/∂ŷ · ∂ŷ/∂z with L written in ŷ and ŷ = σ(z): each derivative at its value)."""
    values = {k: exact(v) for k, v in ctx.values.items() if isinstance(v, sp.Basic)}
    if not values:
        return False
    return status_as_read(ctx, lambda x: resolved(ctx.expand(x).doit(), values).doit(),
                          a, b) == "equal"


def _composition_holds(ctx, a, b) -> bool:
    """Whether a = b once a's function is its defined composition (f(x) = g(u(x))) and each
    inner function's bare name in b is its call there (u for u(x))."""
    calls = {}
    for call in nodes_of(a, AppliedUndef):
        body = ctx.functions.get(call.func.__name__)
        composed = body(*call.args) if isinstance(body, sp.Lambda) and len(
            body.variables) == len(call.args) else call
        calls |= {c.func.__name__: c for outer in nodes_of(composed, AppliedUndef)
                  for c in outer.args if isinstance(c, AppliedUndef)}
    bare = {s: calls[s.name] for s in b.free_symbols if s.name in calls}
    if not bare:
        return False
    try:
        written = ctx.expand(b.subs(bare, simultaneous=True).doit())
        verdict = compare(ctx.expand(a), written, ctx.assumptions, budget=0.5)
    except Exception:  # noqa: BLE001 - a reading that cannot be made decides nothing
        return False
    return verdict.status == "equal"
