"""An equation in a block after the blocks before: whether it goes on from their last one."""

from __future__ import annotations

from tutor.compat import AppliedUndef
from tutor.derive.context import WalkState, one_variable, solves
from tutor.judge.equivalence import Equation


def goes_on_from(eq: Equation, state: WalkState) -> bool:
    """Whether `eq` goes on from the equation carried from the blocks before (never from a
    solution `x = 2`: a new problem): in one of its variables, or, right after, in some."""
    if solves(state.carried):
        return False
    old = state.carried.lhs.free_symbols | state.carried.rhs.free_symbols
    new = eq.lhs.free_symbols | eq.rhs.free_symbols
    variable = one_variable(eq)
    if variable is not None:
        return variable in old
    return state.follows and bool(new) and new <= old and not (
        eq.lhs.atoms(AppliedUndef) or eq.rhs.atoms(AppliedUndef))
