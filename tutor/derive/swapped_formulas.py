"""A formula among undefined functions taken at other arguments: its error is unchecked."""

from __future__ import annotations

from tutor.compat import AppliedUndef
from tutor.derive.diagnosis import show
from tutor.model import StepResult


def through_swapped_formula(result: StepResult | None, left, defined) -> None:
    """`result` made unchecked when it is an error of `left` (H(q, p)) against a formula among
    undefined functions stated for other arguments (`H(p, q) = H(p) + KL(p‖q)`): the values it
    pulls in for H(q) and KL(q, p) may be those of another example (p and q of the Gaussians
    above, not of the coins here), so the error is not sure."""
    if result is None or result.verdict != "error" or defined is None:
        return
    if tuple(left.args) == tuple(defined.variables) or not defined.expr.atoms(AppliedUndef):
        return
    names = sorted({c.func.__name__ for c in defined.expr.atoms(AppliedUndef)})
    formula = f"{show(left.func(*defined.variables))} = {show(defined.expr)}"
    result.not_sure(f"{show(left)} by the formula {formula} above uses values of "
                    f"{' and '.join(names)} that may belong to another example: not checked")


def picks_other_values(call, body, calls: dict) -> bool:
    """Whether expanding `call` (H(q, p)) by `body` (the formula H(p, q) = H(p) + KL(p‖q), made
    for other arguments) would put in values stated for calls it makes (KL(q, p) of the
    Gaussians above): those may belong to another example, so the call is left as written."""
    if not calls or tuple(call.args) == tuple(body.variables):
        return False
    return any(c in calls for c in body(*call.args).atoms(AppliedUndef))
