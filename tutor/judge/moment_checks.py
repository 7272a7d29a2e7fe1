"""Moments against what a declared law gives: its series or integral worked out, a difference
within the precision of the floats in it, σ(X) of a declared X its standard deviation."""

from __future__ import annotations

import sympy as sp

from tutor.functions import sigmoid
from tutor.judge.equivalence import compare
from tutor.model import Verdict, assumptions_from
from tutor.trees import nodes_of

MAX_TERMS = 200  # a sum of numbers beside E[X] is worked out when it has at most this many


def float_noise(number) -> bool:
    """Within the precision of its floats (√0.95 is worked out to 15 digits as it is read)."""
    floats = nodes_of(number, sp.Float)
    return bool(floats) and abs(sp.N(number, 30)) <= 1e-12 * (1 + max(abs(f) for f in floats))


def series_worked_out(left_over, bounds: tuple) -> Verdict | None:
    """equal when a difference holding sums or integrals works out to 0 (a law's series
    against its moment); else None (never a witness: it may be a moment of another meaning)."""
    verdict = compare(left_over, sp.Integer(0), assumptions_from({}, list(bounds)),
                      budget=1.5)
    if verdict.status != "equal":
        return None
    return Verdict("equal", "by the declared law: the sum (or integral) works out to its "
                   f"moment ({verdict.method})")


def sigma_as_deviation(expr, random: set):
    """`expr` with σ(X) read as the standard deviation SD(X) where X is a random variable of
    `random`, or a polynomial in them (`σ(X) = √V(X)` in French courses), only where it
    stands in sums, products and powers: under another function (E[σ(X)], log σ(X)) it stays
    the sigmoid."""
    if not random or not expr.has(sigmoid):  # asked once, not at every node
        return expr
    return _deviations(expr, random)


def _deviations(expr, random: set):
    if isinstance(expr, sigmoid) and expr.args[0].free_symbols & random and \
            expr.args[0].is_polynomial(*random):  # σ(X), σ(2X + 3)
        return sp.Function("SD")(expr.args[0])
    if isinstance(expr, (sp.Add, sp.Mul)) or isinstance(expr, sp.Pow) and expr.exp.is_number:
        args = [_deviations(a, random) for a in expr.args]
        return expr if args == list(expr.args) else expr.func(*args)
    return expr


def sigmoid_reading_holds(a, b) -> bool:
    """`a` = `b` with σ the sigmoid (σ(X) + σ(-X) = 1 of a declared X): that reading, not the
    standard deviation's, may be the writer's."""
    return compare(a, b, budget=0.5).status == "equal"


def worked_out(expr):
    """The number a short sum or a polynomial integral of numbers is (Σ_{k=1}^{6} k/6,
    ∫_0^1 x dx beside E[X]); None for anything else."""
    if expr.free_symbols or not isinstance(expr, (sp.Sum, sp.Integral)):
        return None
    for limit in expr.limits:
        if len(limit) != 3 or not all(b.is_number and b.is_finite for b in limit[1:]):
            return None
        if isinstance(expr, sp.Sum) and not (limit[1].is_Integer and limit[2].is_Integer
                                             and limit[2] - limit[1] <= MAX_TERMS):
            return None
    if isinstance(expr, sp.Integral) and not all(
            expr.function.is_polynomial(limit[0]) for limit in expr.limits):
        return None
    value = expr.doit()
    return value if value.is_number and not value.has(sp.Sum, sp.Integral) else None
