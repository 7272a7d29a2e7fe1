"""Names whose values the step just above used: a number for a formula in them is then a slip.

`$E[T] = \\frac{1}{\\lambda} = 10$` with λ = 0.1 given, then `$\\text{Var}(T) =
\\frac{1}{\\lambda^2} = 10$` on the next line: λ is the 0.1 just used, not another example's, so
10 for 1/λ² is wrong (without a step using it, a formula = a number stays a substitution).
"""

from __future__ import annotations

# how many lines below the step that used the values a formula in them is still held to them
_NEAR = 2


def note_values_used(walker, ln, names: set) -> None:
    """The step on `ln` followed with the values of `names` put in."""
    walker.__dict__["values_used"] = (ln.section, ln.line, frozenset(names))


def values_just_used(walker, ln, names: set) -> bool:
    """Whether every one of `names` (valued by a number) had its value put in by a step of
    this section on this line or the two above it."""
    used = walker.__dict__.get("values_used")
    if not used or not names:
        return False
    section, line, before = used
    return section == ln.section and 0 <= ln.line - line <= _NEAR and names <= before and all(
        getattr(walker.ctx.values.get(name), "is_number", False) for name in names)
