"""A step found wrong through an estimate an equation above pinned as a premise (`μ̂ = Σx_i/n`
taken as given, then `E(… - 2μ̂·Σx_i/n …) = E(… - 2μ̂² …)`): it may rest on that value. Only a
hatted name (μ̂, θ̂, p̂: an estimate, kept through the derivation); a plain x of an earlier
problem's premise is no excuse for a slip in a later one."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis_probes import show
from tutor.model import StepResult


def on_a_premised_name(ctx, last: StepResult, a, b) -> None:
    """`last` (the step a → b) made unchecked when it is an error and its two sides differ in
    an estimate a premise above gave a value to: with that value it may hold."""
    if last.verdict != "error" or not ctx.premised:
        return
    try:
        gap = sp.expand(a - b)
    except (TypeError, ValueError):
        return
    named = sorted((s for s in gap.free_symbols & set(ctx.premised) if "hat" in s.name),
                   key=str) if isinstance(gap, sp.Basic) else []
    if named:
        last.not_sure(f"{show(named[0])} was given by an equation above (a premise): this "
                      "may hold with that value, so it is not checked")
