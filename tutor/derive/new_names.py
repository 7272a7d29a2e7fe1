"""Whether the left side of `=` names something new (a definition) or one known (a claim)."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.parameters import power_parameter
from tutor.judge.law_formulas import law_formula
from tutor.vocabulary import KNOWN_FUNCTIONS


def definable(expr, ctx, body=None) -> bool:
    """A new name on the left of `=` defines it: `g(x) = …`, `p_i = …`, `σ² = Σ…/n` (`body`)."""
    if isinstance(expr, sp.Symbol):
        return expr.name not in ctx.seen and len(expr.name) > 0
    if isinstance(expr, sp.Pow) and expr.exp == 2 and isinstance(expr.base, sp.Symbol):  # σ²
        return expr.base.name.startswith("sigma") and not {expr.base.name} & ctx.seen and bool(
            getattr(body, "free_symbols", None))
    if isinstance(expr, sp.Subs) and isinstance(expr.expr, sp.Derivative) and isinstance(
            expr.expr.expr, AppliedUndef):  # M'_X(0) = λ given (anew: another exercise's)
        return expr.expr.expr.func.__name__ not in ctx.functions and expr.point[0].is_number \
            and ctx.given_at.get(expr) != ctx.section  # h'(2) = 12 - 4 under h'(2) = 3·4 - 4
    if isinstance(expr, sp.Abs) and isinstance(expr.args[0], sp.Symbol):  # |S| = 36: a set's
        return expr.args[0].name.isupper()  # size (a capital letter), each time a given value
    if isinstance(expr, AppliedUndef):
        name = expr.func.__name__
        return (name not in KNOWN_FUNCTIONS and name not in ctx.defined  # again: a claim
                and expr not in ctx.calls
                and all(isinstance(a, sp.Symbol) or power_parameter(a) for a in expr.args)
                and len({a.as_base_exp()[0] for a in expr.args}) == len(expr.args)  # f(x, x)
                and name not in ("P", "p", "E", "var", "Var", "cov", "Cov", "SD", "sd")
                and law_formula(expr) is None)  # Pois(k; λ) = … is a claim
    return False
