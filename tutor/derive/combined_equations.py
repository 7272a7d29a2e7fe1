"""Two equations given one under the other, then one divided by (or times, plus, minus) the
other (`u₀q¹⁰ = 8`, `u₀q⁸ = 2`, then `u₀q¹⁰ / u₀q⁸ = 8/2`): the new line follows from the two
together, never 'does not follow' from the last one alone."""

from __future__ import annotations

import operator

from tutor.judge.equivalence import Equation
from tutor.judge.quick_zero import proved_zero

KEPT = 4  # how many equations taken as given are remembered
_COMBINING = ((operator.truediv, "divided by"), (operator.mul, "times"),
              (operator.add, "added to"), (operator.sub, "minus"))


def note_given(checker, eq: Equation) -> None:
    """Remember `eq`, an equation taken as given (a premise, values put in)."""
    given = checker.__dict__.setdefault("given_equations", [])
    given[:] = ([e for e in given if e != eq] + [eq])[-KEPT:]


def combination_of(checker, old: Equation, new: Equation) -> str | None:
    """How `new` combines `old` with an equation given before it (`one divided by the other`),
    side by side; None when it does not."""
    for other in reversed(checker.__dict__.get("given_equations", [])):
        if other == old:
            continue
        for first, second in ((other, old), (old, other)):
            for combine, said in _COMBINING:
                made = Equation(combine(first.lhs, second.lhs), combine(first.rhs, second.rhs))
                if _same(new, made) or _same(Equation(new.rhs, new.lhs), made):
                    return f"one equation above {said} the other"
    return None


def _same(a: Equation, b: Equation) -> bool:
    return all(proved_zero(x - y) for x, y in ((a.lhs, b.lhs), (a.rhs, b.rhs)))
