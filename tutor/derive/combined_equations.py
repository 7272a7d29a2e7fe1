"""Two equations given one under the other, then one divided by (or times, plus, minus) the
other (`u₀q¹⁰ = 8`, `u₀q⁸ = 2`, then `u₀q¹⁰ / u₀q⁸ = 8/2`): the new line follows from the two
together, never 'does not follow' from the last one alone."""

from __future__ import annotations

import operator

import sympy as sp

from tutor.derive.diagnosis import show
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
    """Why `new` is no step from `old` alone: it combines `old` with an equation given before
    it (`one divided by the other`), side by side, or sets another factor of a product given
    as 0 to 0 (`x(2 - x²) = 0 ⇒ x = 0`, then `2 - x² = 0`: the other case); None otherwise."""
    for other in reversed(checker.__dict__.get("given_equations", [])):
        if other == old:
            continue
        if _a_factor_of(other, new):
            return (f"another factor of {show(other.lhs)} = {show(other.rhs)} set to 0: the "
                    "next case, not a step from the line before")
        for first, second in ((other, old), (old, other)):
            for combine, said in _COMBINING:
                made = Equation(combine(first.lhs, second.lhs), combine(first.rhs, second.rhs))
                if _same(new, made) or _same(Equation(new.rhs, new.lhs), made):
                    return (f"follows from two equations together (one equation above {said} "
                            "the other), not from the last alone")
    return None


def _a_factor_of(product: Equation, new: Equation) -> bool:
    """Whether `new` sets to 0 (up to its sign) a factor of the product `product` sets to 0."""
    side = product.lhs if product.rhs == 0 else product.rhs if product.lhs == 0 else None
    if not isinstance(side, sp.Mul) or len(side.args) < 2:
        return False
    said = new.lhs - new.rhs
    return any(proved_zero(f - said) or proved_zero(f + said) for f in sp.Mul.make_args(side)
               if not f.is_number)


def _same(a: Equation, b: Equation) -> bool:
    return all(proved_zero(x - y) for x, y in ((a.lhs, b.lhs), (a.rhs, b.rhs)))
