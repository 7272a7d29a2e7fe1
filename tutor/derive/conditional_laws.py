"""Laws given as a formula in their outcome, `p(x | μ, σ²) = …`: put in wherever the same p
is met under the same conditions (`p(x_i | μ, σ²)` inside a sum)."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.trees import nodes_of


def conditional_law(left, right) -> tuple | None:
    """((the name, the conditions), (the outcome, the formula, p(μ, σ²) as read)) of `p(x | μ,
    σ²) = formula`, read as p(μ, σ², x)/p(μ, σ²); None for any other left side."""
    calls = sorted(nodes_of(left, AppliedUndef), key=lambda f: -len(f.args))
    if len(calls) != 2 or calls[0].func != calls[1].func:
        return None
    top, given = calls
    outcome = [a for a in top.args if a not in given.args]
    if len(outcome) != 1 or len(top.args) != len(given.args) + 1 or not isinstance(
            outcome[0], sp.Symbol) or set(sp.Mul.make_args(left)) != {top, 1 / given}:
        return None
    return (top.func.__name__, frozenset(given.args)), (outcome[0], right, given)


def laws_put_in(expr, laws: dict):
    """`expr` with p(a, μ, σ²) of a law p(x | μ, σ²) above written as the formula at a times
    p(μ, σ²): the quotient p(a | μ, σ²) is then the formula at a."""
    def law_of(e):
        if not isinstance(e, AppliedUndef):
            return None
        for (name, given), (outcome, formula, marginal) in laws.items():
            rest = [a for a in e.args if a not in given]
            if e.func.__name__ == name and len(rest) == 1 and len(e.args) == len(given) + 1:
                return formula.xreplace({outcome: rest[0]}) * marginal
        return None

    if not laws or not isinstance(expr, sp.Basic):
        return expr
    return expr.replace(lambda e: law_of(e) is not None, law_of)
