"""`dσ/dx = dσ/du · du/dx`: the chain rule written out in Leibniz's notation, never called
wrong (its letters stand for quantities, not functions of the letter below), nor right (it
needs each quantity to depend on the next one only); a product of derivatives that does not
link the left side's quantity to its variable is said to be none (tutor.read.chain_rules)."""

from __future__ import annotations

from tutor.model import StepResult
from tutor.read.chain_rules import chain_rule_said


def on_a_written_chain_rule(last: StepResult, a, b) -> None:
    """`last` (the step a → b), when wrong or open on reading dσ/du as σ(u), made unchecked
    saying why: b the chain rule for a, or a product of such factors that does not link up."""
    said = chain_rule_said(a, b) if last.verdict in ("error", "unchecked") else None
    if said is not None:
        last.not_sure(said)
