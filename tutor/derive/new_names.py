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
        return _undefined(expr.expr.expr.func, ctx) and expr.point[0].is_number \
            and ctx.given_at.get(expr) != ctx.section  # h'(2) = 12 - 4 under h'(2) = 3·4 - 4
    if isinstance(expr, AppliedUndef) and expr.args and all(a.is_number for a in expr.args):
        return _value_at_a_point(expr, ctx, body)
    if isinstance(expr, sp.Abs) and isinstance(expr.args[0], sp.Symbol):  # |S| = 36: a set's
        return expr.args[0].name.isupper()  # size (a capital letter), each time a given value
    if isinstance(expr, AppliedUndef):
        name = expr.func.__name__
        return (name not in KNOWN_FUNCTIONS and name not in ctx.defined  # again: a claim
                and (expr not in ctx.calls or _valued_before(expr, ctx, body))
                and all(isinstance(a, sp.Symbol) or power_parameter(a) for a in expr.args)
                and len({a.as_base_exp()[0] for a in expr.args}) == len(expr.args)  # f(x, x)
                and name not in ("P", "p", "E", "var", "Var", "cov", "Cov", "SD", "sd")
                and law_formula(expr) is None)  # Pois(k; λ) = … is a claim
    return False


CONSTANT_FUNCTION_NAMES = frozenset("fghk")  # f(x) = 5 is a function; H(S) = 0.97 one value


def _value_at_a_point(call, ctx, body) -> bool:
    """`f(0) = ln(1 + sin 0)` of a Taylor polynomial's coefficients, f never defined: the value
    of f at 0 given, as `f'(0) = …` is (a claim if given already in this section)."""
    return call.func.__name__ in CONSTANT_FUNCTION_NAMES and _undefined(call.func, ctx) and \
        body is not None and not body.free_symbols and ctx.given_at.get(call) != ctx.section


def _valued_before(call, ctx, body) -> bool:
    """`y(x) = 4 + sin 2` under an earlier heading (one value), `y(x) = 2x³ - 3x²` under this
    one: a body in its own arguments is the next exercise's function."""
    return ctx.given_at.get(call, ctx.section) != ctx.section and body is not None and bool(
        body.free_symbols & set(call.args))


def _undefined(function, ctx) -> bool:
    """Whether the function is not defined: not at all, or by its signature only (f(x) read
    before the walk, or f(x) = f(0) + x f'(0) + …, a formula for any f)."""
    known = ctx.functions.get(function.__name__)
    return known is None or known.expr == function(*known.variables)


def constant_function(left, body) -> bool:
    """`f(x) = 5`, `g(t) = π`: a constant function of its variable (so f′(x) = 0 below), not
    one value at one argument (`H(S) = 0.97`, `P(A) = 0.3`, `M(0) = 1`): the name is one of
    calculus's f, g, h, k, each argument a small letter the body does not hold."""
    return isinstance(left, AppliedUndef) and left.func.__name__ in CONSTANT_FUNCTION_NAMES \
        and all(isinstance(a, sp.Symbol) and len(a.name) == 1 and a.name.islower()
                for a in left.args) and not body.free_symbols & set(left.args)
