"""Infinite sums under the bounds in force: Σ x^n is 1/(1 - x) where |x| < 1 is assumed (the
branch of sympy's Piecewise whose condition the assumed relations imply)."""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut
from tutor.judge.caching import attempt
from tutor.judge.series_closed_forms import closed_series
from tutor.model import Assumptions
from tutor.trees import nodes_of

SECONDS = 0.5  # a sum sympy cannot close quickly is left as it is


def sums_under(a, b, assumptions: Assumptions) -> tuple:
    """(a, b) with each infinite sum whose closed form holds under the assumed relations
    replaced by that closed form; unchanged otherwise."""
    return tuple(_closed(side, assumptions) for side in (a, b))


def _infinite_sums(expr) -> bool:
    return any(limit[2] in (sp.oo, -sp.oo) or limit[1] in (sp.oo, -sp.oo)
               for s in nodes_of(expr, sp.Sum) for limit in s.limits)


def _closed(expr, assumptions: Assumptions):
    if not isinstance(expr, sp.Expr) or not _infinite_sums(expr):
        return expr
    try:
        value = closed_series(expr)  # Σ k p(1-p)^{k-1}: at once
        with attempt(SECONDS):
            value = value.doit() if value == expr else value
    except (AttemptTimedOut, ValueError, NotImplementedError, TypeError, AttributeError,
            ArithmeticError, RecursionError):  # Σ (i - 10^20): an overflow inside sympy
        return expr
    try:
        value = value.replace(lambda e: isinstance(e, sp.Piecewise),
                              lambda e: _branch(e, assumptions))
    except (ValueError, NotImplementedError, TypeError, AttributeError, ArithmeticError):
        return expr  # a condition sympy cannot solve: the sum is left as it is
    return expr if value.has(sp.Sum, sp.Piecewise) else value


def _branch(piecewise, assumptions: Assumptions):
    """The first branch whose condition the assumed relations imply, when the branches before
    it are known false there; the Piecewise itself when that cannot be told."""
    for value, condition in piecewise.args:
        if condition == sp.true or _implied(condition, assumptions):
            return value
        if not _excluded(condition, assumptions):
            return piecewise
    return piecewise


def _region(variable, assumptions: Assumptions):
    """Where the assumed relations in `variable` alone put it (the reals when none)."""
    region = sp.S.Reals
    for relation in assumptions.relations:
        if relation.free_symbols == {variable}:
            region = region & sp.solveset(relation, variable, sp.S.Reals)
    return region


def _implied(condition, assumptions: Assumptions) -> bool:
    if len(condition.free_symbols) != 1:
        return False
    variable = next(iter(condition.free_symbols))
    region = _region(variable, assumptions)
    if region == sp.S.Reals:
        return False
    holds = sp.solveset(condition, variable, sp.S.Reals)
    return region.is_subset(holds) is True


def _excluded(condition, assumptions: Assumptions) -> bool:
    if len(condition.free_symbols) != 1:
        return False
    variable = next(iter(condition.free_symbols))
    holds = sp.solveset(condition, variable, sp.S.Reals)
    return (_region(variable, assumptions) & holds) == sp.S.EmptySet
