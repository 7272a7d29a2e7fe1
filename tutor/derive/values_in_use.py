"""Names whose values the step just above used, or a line just above gave: a number for a
formula in them is then a slip.

`$E[T] = \\frac{1}{\\lambda} = 10$` with λ = 0.1 given, then `$\\text{Var}(T) =
\\frac{1}{\\lambda^2} = 10$` on the next line: λ is the 0.1 just used, not another example's, so
10 for 1/λ² is wrong. So is `g = b - a = 0.1` a line below `Take $a = 1$ and $b = 0.9$`. Further
away, a formula = a number stays a substitution (it may be another example's).
"""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef

# how many lines below the step that used the values a formula in them is still held to them
_NEAR = 2


def note_values_used(walker, ln, names: set) -> None:
    """The step on `ln` followed with the values of `names` put in."""
    walker.__dict__["values_used"] = (ln.section, ln.line, frozenset(names))


def note_value_given(walker, ln, name, value) -> None:
    """`$a = 1$` on `ln`: the value of the name given there (a name given a number)."""
    if isinstance(name, sp.Symbol) and value.is_Number:
        walker.__dict__.setdefault("values_given", {})[name] = (ln.section, ln.line)


def values_just_used(walker, ln, a, number) -> bool:
    """Whether `a = number` (a formula, a number other than 0) holds only names (valued by
    numbers) whose values a step of this section put in, or a line of it gave, on this line
    or the two above it. Not a derivative (`We set f'(x) = 0` at x = 1 is an equation to
    solve, not a value)."""
    names = a.expr.free_symbols
    if not names or number.free_symbols or number == 0 or a.expr.has(sp.Derivative):
        return False
    used = walker.__dict__.get("values_used")
    given = walker.__dict__.get("values_given", {})

    def near(name) -> bool:
        if used and used[0] == ln.section and 0 <= ln.line - used[1] <= _NEAR and name in used[2]:
            return True
        said = given.get(name)
        return said is not None and said[0] == ln.section and 0 <= ln.line - said[1] <= _NEAR

    return all(near(name) and getattr(walker.ctx.values.get(name), "is_number", False)
               for name in names)


def valued_like_another(left, ctx, value) -> bool:
    """H(Y|b) given the number another call of H was given above (H(Y|a) = 1, H(Y|b) = 1):
    two values of a function, not one left side said again (h(1) = 1/e + e, then h(1) = 2e)."""
    return isinstance(left, AppliedUndef) and left in ctx.calls and any(
        other != left and getattr(other, "func", None) == left.func
        and ctx.expand(other) == value for other in ctx.calls)
