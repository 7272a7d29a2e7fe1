"""Numbers after an equation: `λ = 0.5` given to a parameter, `λ̂ = n/Σx_i = 0.3` solved for."""

from __future__ import annotations

import sympy as sp

from tutor.derive.context import WalkState
from tutor.derive.sequences import goes_on_from
from tutor.judge.equivalence import Equation
from tutor.model import Chain


def gives_a_parameter(prev_eq: Equation | None, chain: Chain) -> bool:
    """Whether `chain` gives one name of the equation above a number while the equation's other
    names (its variables, X and t of P(X > t) = e^{-λt}) are gone: an example's value, not a
    step of solving (solving keeps the unknowns: 2x = 4, then x = 2)."""
    if prev_eq is None or len(chain.links) != 1 or chain.links[0].op != "=":
        return False
    name, value = chain.parts[0].expr, chain.parts[1].expr
    if not isinstance(name, sp.Symbol) or value.free_symbols or not value.is_number:
        return False
    before = prev_eq.lhs.free_symbols | prev_eq.rhs.free_symbols
    return name in before and bool((before | _bound_variables(prev_eq)) - {name})


def _bound_variables(prev_eq: Equation) -> set:
    """t of `∫_0^∞ tλe^{-λt} dt = 1/λ`, k of a sum: a formula over a variable of its own (for
    every λ), so a number for λ after it is an example, not a solution."""
    bound = set()
    for side in (prev_eq.lhs, prev_eq.rhs):
        for calculus in side.atoms(sp.Integral, sp.Sum):
            bound |= {limits[0] for limits in calculus.limits}
    return bound


def worked_solution(chain: Chain, state: WalkState, last_method: str | None) -> bool:
    """`t = 15 ln 2 = 10.4` after the premise `e^{-t/15} = 0.5` of the block before, `λ̂ = n/Σx_i
    = 3/10` after `ℓ'(λ) = … = 0`: an equation of solving worked out to a number (its first link
    is judged against the equation above)."""
    if state.prev_eq is not None or state.carried is None or len(chain.parts) < 3:
        return False
    return last_method == "premise" or last_method == "condition" and goes_on_from(
        Equation(chain.parts[0].expr, chain.parts[1].expr), state)
