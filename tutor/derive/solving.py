"""Conventions of solving steps: an estimate named after its unknown (θ̂ after an equation in θ),
and what the writer divides by taken nonzero."""

from __future__ import annotations

import re

import sympy as sp

from tutor.derive.diagnosis import show
from tutor.judge.equivalence import Equation, compare
from tutor.model import Verdict

ESTIMATE = re.compile(r"(?P<unknown>.+?)_(?:hat|star|MLE|ML|MAP|opt)")


def as_unknowns(old: Equation, new: Equation) -> tuple[Equation, dict]:
    """`new` with each estimate (θ_hat) written as its unknown (θ) when the unknown stands in
    `old` and not in `new`: `⇒ \\hat\\theta = k/n` solves the equation above for θ. Returns the
    equation and the renaming made (empty: `new` as it was)."""
    old_symbols = old.lhs.free_symbols | old.rhs.free_symbols
    new_symbols = new.lhs.free_symbols | new.rhs.free_symbols
    renaming = {}
    for s in new_symbols - old_symbols:
        m = ESTIMATE.fullmatch(s.name)
        unknown = next((u for u in old_symbols if m and u.name == m.group("unknown")), None)
        if unknown is not None and unknown not in new_symbols:
            renaming[s] = unknown
    if not renaming:
        return new, {}
    return Equation(new.lhs.xreplace(renaming), new.rhs.xreplace(renaming)), renaming


def solved_for(renaming: dict) -> str:
    """How the renaming reads in a message: "θ_hat for θ"."""
    return ", ".join(f"{show(e)} for {show(u)}" for e, u in sorted(
        renaming.items(), key=lambda item: item[0].name))


def nonzero_divisors(old: Equation, new: Equation) -> list:
    """`d ≠ 0` for each factor d of a denominator of the two equations, except those holding
    the unknown the new equation isolates: the old equation is undefined where its own vanish
    (k/θ = … then k = θ…), and dividing by a parameter (n θ = k, then θ = k/n) takes it
    nonzero. Empty when there is nothing to divide by."""
    unknown = _isolated(new)
    found = []
    for side in (old.lhs, old.rhs, new.lhs, new.rhs):
        try:
            _, denominator = sp.fraction(sp.together(side))
            factors = sp.factor_list(denominator)[1] if denominator.free_symbols else []
        except (sp.PolynomialError, TypeError, ValueError, NotImplementedError):
            return []
        for factor, _ in factors:
            if (unknown is None or unknown not in factor.free_symbols) \
                    and factor.is_polynomial() and sp.Ne(factor, 0) not in found:
                found.append(sp.Ne(factor, 0))
    return found


def _isolated(eq: Equation):
    """The symbol standing alone on one side and nowhere on the other (x in x = b/a)."""
    for alone, other in ((eq.lhs, eq.rhs), (eq.rhs, eq.lhs)):
        if isinstance(alone, sp.Symbol) and alone not in other.free_symbols:
            return alone
    return None


def shown_conditions(relations: list) -> str:
    """`n ≠ 0, θ ≠ 1` for a message."""
    return ", ".join(sorted(_shown_condition(r.lhs) for r in relations))


def _shown_condition(factor) -> str:
    if len(factor.free_symbols) == 1:
        (s,) = factor.free_symbols
        poly = sp.Poly(factor, s)
        if poly.degree() == 1:
            a, b = poly.all_coeffs()
            return f"{show(s)} ≠ {show(-b / a)}"
    return f"{show(factor)} ≠ 0"


def compared_where_defined(old: Equation, new: Equation, ctx,
                           budget: float) -> tuple[Verdict, list]:
    """The verdict on two equations (`ctx`: the walk's Context), and the divisors it takes
    nonzero: undecided as they stand, they are compared again where what is divided by is
    not 0 (`nonzero_divisors`)."""
    pair = sp.Eq(old.lhs, old.rhs, evaluate=False), sp.Eq(new.lhs, new.rhs, evaluate=False)
    verdict = compare(*pair, ctx.assumptions, budget=budget)
    divisors = nonzero_divisors(old, new) if verdict.status == "unknown" else []
    if not divisors:
        return verdict, []
    with ctx.assuming(divisors):
        again = compare(*pair, ctx.assumptions, budget=budget)
    return (again, divisors) if again.status == "equal" else (verdict, [])
