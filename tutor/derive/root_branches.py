"""A square root set equal to what it is the absolute value of (`√(1 − sin²θ) = cos θ` in a
trigonometric substitution): right on the branch the writer means, so not called wrong."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis_probes import show
from tutor.judge.condition_points import relation_masks, sample_points
from tutor.judge.equivalence import compare
from tutor.model import StepResult


def on_a_root_branch(ctx, last: StepResult, a, b) -> None:
    """`last` (the result of the step a → b) made unchecked when it is an error only by the
    sign of a square root: one side is √R (times a positive number), the other side's square
    is R, and the two agree at some points of the domain and differ at others (where the other
    side is negative). The range of the variable that would settle it is not given."""
    if last.verdict != "error":
        return
    ea, eb = ctx.expand(a), ctx.expand(b)
    root, other = (ea, eb) if _whole_root(ea) else (eb, ea) if _whole_root(eb) else (None, None)
    if root is None or not other.free_symbols or _whole_root(other):
        return
    squares = compare(sp.expand(root**2), sp.expand(other**2), ctx.assumptions).status
    if squares == "unknown":  # out of time: the branch reading is not ruled out
        last.not_sure(f"{show(root)} may be |{show(other)}| (on a branch of the square root): "
                      "not settled in the time left")
    if squares != "equal":
        return
    symbols = sorted(root.free_symbols | other.free_symbols, key=str)
    points = sample_points(symbols, ctx.assumptions, (root, other))
    masks, positive = relation_masks(root, "==", other, points), relation_masks(
        other, ">", sp.S.Zero, points)
    if masks is None or positive is None or not (masks[0] & positive[0]).any() or \
            not masks[1].any():  # agreeing where the other side is 0 only is no branch
        return
    names = ", ".join(show(s) for s in symbols)
    last.not_sure(f"{show(root)} is |{show(other)}|: this holds where {show(other)} ≥ 0, on "
                  f"the branch of the square root (the range of {names} is not given here)")


def _whole_root(expr) -> bool:
    """√R or c·√R with c a positive number: a side that is one square root."""
    coefficient, rest = expr.as_coeff_Mul()
    return bool(coefficient.is_positive) and isinstance(rest, sp.Pow) and \
        rest.exp == sp.Rational(1, 2) and bool(rest.base.free_symbols)
