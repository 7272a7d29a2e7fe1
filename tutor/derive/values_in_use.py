"""Names whose values the step just above used: a number for a formula in them is then a slip.

`$E[T] = \\frac{1}{\\lambda} = 10$` with λ = 0.1 given, then `$\\text{Var}(T) =
\\frac{1}{\\lambda^2} = 10$` on the next line: λ is the 0.1 just used, not another example's, so
10 for 1/λ² is wrong (without a step using it, a formula = a number stays a substitution).
"""

from __future__ import annotations

import sympy as sp

# how many lines below the step that used the values a formula in them is still held to them
_NEAR = 2


def note_values_used(walker, ln, names: set) -> None:
    """The step on `ln` followed with the values of `names` put in."""
    walker.__dict__["values_used"] = (ln.section, ln.line, frozenset(names))


def values_just_used(walker, ln, a, number) -> bool:
    """Whether `a = number` (a formula, a number other than 0) holds only names (valued by
    numbers) whose values a step of this section put in on this line or the two above it.
    Not a derivative (`We set f'(x) = 0` at x = 1 is an equation to solve, not a value)."""
    used = walker.__dict__.get("values_used")
    names = a.expr.free_symbols
    if not used or not names or number.free_symbols or number == 0 or a.expr.has(sp.Derivative):
        return False
    section, line, before = used
    return section == ln.section and 0 <= ln.line - line <= _NEAR and names <= before and all(
        getattr(walker.ctx.values.get(name), "is_number", False) for name in names)
