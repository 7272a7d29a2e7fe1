"""`D_KL(P‖Q) = Σ_x P(x) log P(x)/Q(x)`, `D(p‖q) = H(p,q) − H(p)`: a measure of information
defined by its own formula or an identity is defined rightly (ok); a wrong formula for D_KL,
a name no other measure goes by, is a slip, not a definition."""

from __future__ import annotations

from tutor.compat import AppliedUndef
from tutor.derive.context import Line, WalkState
from tutor.judge import information
from tutor.judge.information_formulas import RULE as FORMULA_RULE
from tutor.model import Chain, Part, StepResult


def measure_stated(walker, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
    """The chain walked as claims when its first link puts a wrong formula for D_KL(P‖Q);
    None otherwise: a definition, walked as one (D(p, q) = Σ (p_i − q_i)²: a D of the
    writer's own)."""
    parts = chain.parts
    if not _named_divergence(parts[0].expr):
        return None
    verdict = information.compare_information(parts[0].expr, parts[1].expr)
    return walker._claims(ln, chain, 0, state) if verdict is not None and (
        verdict.status == "not_equal") else None


def measure_said(walker, ln: Line, parts: list[Part]) -> StepResult | None:
    """ok for a definition that is an identity of information (D(p‖q) = H(p,q) − H(p)) or the
    measure's own formula; None for any other definition."""
    verdict = information.compare_information(parts[0].expr, parts[1].expr)
    if verdict is None or verdict.status != "equal":
        return None
    said = ("agrees with the definition of the measure" if verdict.method == FORMULA_RULE
            else "follows by the identities of information")
    return walker._result(ln, parts[1], "ok", said, method=verdict.method)


def _named_divergence(expr) -> bool:
    """D_KL(P‖Q), KL(P‖Q): no other measure goes by these names (D and H may)."""
    return isinstance(expr, AppliedUndef) and expr.func.__name__ in ("D_KL", "KL")
