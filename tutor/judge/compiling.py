"""Compile a sympy expression into a function of a point, over a library of arithmetic."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.judge.indexed import SEED, label_code
from tutor.vocabulary import EVALUABLE

MAX_TERMS = 20_000   # terms of a sum or product evaluated one by one


class Unsupported(Exception):
    """The fast evaluators do not know this expression: the slow path evaluates it."""


NAMES = {e.sympy: e.name for e in EVALUABLE}  # the functions the fast path knows


def _domain(name, lib, args):
    """Where a real function is defined (None: everywhere its float result is finite)."""
    x = args[0]
    if name == "log":
        return x > 0
    if name in ("asin", "acos"):
        return abs(x) <= 1
    if name in ("asec", "acsc"):
        return abs(x) >= 1
    if name == "acosh":
        return x >= 1
    if name == "atanh":
        return abs(x) < 1
    if name == "acoth":
        return abs(x) > 1
    if name in ("gamma", "factorial"):
        y = x if name == "gamma" else x + 1
        return lib.either(y > 0, y != lib.floor(y))
    return None


def _compile(expr, lib):
    """A function of an environment {symbol: value} that evaluates `expr` with `lib`."""
    if isinstance(expr, sp.Symbol):
        return lambda env: env[expr]
    if expr.is_number and not expr.has(sp.Function, sp.Pow, sp.Add, sp.Mul):
        if expr.has(sp.I) or expr.has(sp.oo, -sp.oo, sp.zoo, sp.nan):
            raise Unsupported(expr)
        return lib.constant(expr)
    for kind, compile_kind in _BY_KIND:
        if isinstance(expr, kind):
            return compile_kind(expr, lib)
    if expr is sp.true or expr is sp.false:
        truth = bool(expr)
        return lambda env: lib.truth(truth)
    return _compile_call(expr, lib)


def _compile_terms(expr, lib):
    """A sum or a product of terms."""
    parts = [_compile(a, lib) for a in expr.args]
    combine = lib.add if isinstance(expr, sp.Add) else lib.mul
    return lambda env: combine([p(env) for p in parts])


def _compile_power(expr, lib):
    """An integer power, a root (p/q), or a general power."""
    base, exp = _compile(expr.base, lib), expr.exp
    if exp.is_Integer:
        n = int(exp)
        return lambda env: lib.ipow(base(env), n)
    if exp.is_Rational:
        p, q = exp.p, exp.q
        return lambda env: lib.root(base(env), p, q)
    power = _compile(exp, lib)
    return lambda env: lib.pow(base(env), power(env))


def _compile_piecewise(expr, lib):
    branches = [(_compile(v, lib), _compile(c, lib)) for v, c in expr.args]
    return lambda env: lib.piecewise(branches, env)


def _compile_series(expr, lib):
    """A sum or product over one index with finite bounds."""
    adding = isinstance(expr, sp.Sum)
    body = _compile(expr.function, lib)
    for var, low, high in expr.limits:  # Σ_i Σ_j f: the first index is the inner one
        if _infinite(low) or _infinite(high):
            raise Unsupported(expr)
        body = _series(lib, adding, body, var, _compile(low, lib), _compile(high, lib))
    return body


def _series(lib, adding: bool, body, var, low, high):
    return lambda env: lib.series(adding, body, var, low(env), high(env), env)


def _compile_relation(expr, lib):
    left, right = _compile(expr.lhs, lib), _compile(expr.rhs, lib)
    op = "!=" if isinstance(expr, sp.Unequality) else expr.rel_op
    return lambda env: lib.relation(op, left(env), right(env))


def _compile_logic(expr, lib):
    parts = [_compile(a, lib) for a in expr.args]
    both = isinstance(expr, sp.And)
    return lambda env: lib.logic(both, [p(env) for p in parts])


def _compile_call(expr, lib):
    """A function the evaluators know (exp, log, sin, ...); anything else is Unsupported."""
    name = NAMES.get(type(expr))
    if name is None or isinstance(expr, AppliedUndef):
        raise Unsupported(expr)
    args = [_compile(a, lib) for a in expr.args]
    return lambda env: lib.call(name, [f(env) for f in args])


def _compile_indexed(expr, lib):
    """x_i: a value for each whole index at each point (see `indexed`)."""
    code, indices = label_code(expr), [_compile(i, lib) for i in expr.indices]
    return lambda env: lib.indexed(code, [i(env) for i in indices], env[SEED])


_BY_KIND = (
    (sp.Indexed, _compile_indexed),
    ((sp.Add, sp.Mul), _compile_terms),
    (sp.Pow, _compile_power),
    (sp.Piecewise, _compile_piecewise),
    ((sp.Sum, sp.Product), _compile_series),
    (sp.Rel, _compile_relation),
    ((sp.And, sp.Or), _compile_logic),
)


def product(values):
    """values[0] · values[1] · …, left to right (float arrays or mpmath numbers alike)."""
    total = values[0]
    for v in values[1:]:
        total = total * v
    return total


def _infinite(bound) -> bool:
    return bool(bound.is_infinite) or bound.has(sp.oo, -sp.oo, sp.zoo)
