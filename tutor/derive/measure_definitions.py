"""`D_KL(P‖Q) = Σ_x P(x) log P(x)/Q(x)`, `D(p‖q) = H(p,q) − H(p)`: a measure of information
said by its own definition or an identity names nothing new: a claim, and the measure keeps
its meaning for the lines after it (D_KL(P‖Q) = H(P, Q) − H(P) below is checked as such)."""

from __future__ import annotations

from tutor.compat import AppliedUndef
from tutor.derive.context import Line, WalkState
from tutor.judge import information
from tutor.judge.information_formulas import RULE as FORMULA_RULE
from tutor.model import Chain, Part, StepResult


def measure_stated(walker, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
    """The chain walked as claims when its first link puts a wrong formula for D_KL(P‖Q);
    None otherwise: a definition, walked as one (ok when it is the measure's own formula,
    and then the measure's name in those letters stays the measure, not its formula)."""
    parts = chain.parts
    verdict = information.compare_information(parts[0].expr, parts[1].expr)
    if verdict is None or verdict.status == "unknown":
        return None
    if verdict.status == "not_equal":  # D(p, q) = Σ (p_i − q_i)²: a D of the writer's own
        return walker._claims(ln, chain, 0, state) if _named_divergence(parts[0].expr) else None
    if verdict.method == FORMULA_RULE and isinstance(parts[0].expr, AppliedUndef):
        walker.ctx.standard.add(parts[0].expr)  # D_KL(P‖Q) = H(P, Q) − H(P) below: an identity
    return None


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
