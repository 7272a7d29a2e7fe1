"""Two equations in the same unknowns written one under the other (`x + y = 10`, then
`x - y = 2`): maybe a system stated, not a step of solving, so one that does not follow from the
other is left unchecked, never called wrong. A line solved for a name (`x = 10 - y`) is a step."""

from __future__ import annotations

import sympy as sp

from tutor.judge.equivalence import Equation
from tutor.model import StepResult

SYSTEM_CONDITION = "an equation in "  # how `_judge_equation` opens the result of such a line


def may_be_system(old: Equation | None, new: Equation, last: StepResult | None) -> bool:
    """Whether `new` after `old` may be the next equation of a system: `old` was taken as given
    (a premise, or itself such an equation), both hold two or more of the same unknowns, and
    `new` is solved for no name."""
    if old is None or last is None or not (last.method == "premise" or (
            last.verdict == "unchecked" and last.message.startswith(SYSTEM_CONDITION))):
        return False
    shared = (old.lhs.free_symbols | old.rhs.free_symbols) & (
        new.lhs.free_symbols | new.rhs.free_symbols)
    return len(shared) >= 2 and not any(isinstance(side, sp.Symbol) for side in (new.lhs, new.rhs))
