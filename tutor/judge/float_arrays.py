"""Float64 values of a compiled expression at all the sampled points at once."""

from __future__ import annotations

import math

import numpy as np

from tutor.judge import caching
from tutor.judge.compiling import MAX_TERMS, Unsupported, _compile, _domain, product
from tutor.judge.indexed import float_values
from tutor.vocabulary import EVALUABLE

FLOAT_FUNCTIONS = {e.name: e.np for e in EVALUABLE}
FLAT_MOST = 20_000  # points × terms of a sum evaluated in one pass (more: term by term)


class FloatLib:
    """float64 arrays over all points at once; records where a function leaves its domain."""

    def __init__(self, n: int):
        self.undefined = np.zeros(n, dtype=bool)
        self.n = n
        self.memo: dict = {}   # x_i at a whole index i, for every point

    def constant(self, c):
        try:
            value = float(c)
        except OverflowError:
            value = math.inf if c > 0 else -math.inf
        except TypeError as exc:
            raise Unsupported(c) from exc
        return lambda env: value

    def _mark(self, ok, x, safe=1.0):
        """Record the points where `ok` fails; give them a harmless value to go on with."""
        bad = ~np.asarray(ok) & np.isfinite(x)
        self.undefined |= bad
        return np.where(bad, safe, x)

    def add(self, values):
        total = values[0]
        for v in values[1:]:
            total = total + v
        return total

    def mul(self, values):
        return product(values)

    def ipow(self, base, n):
        return base ** float(n)

    def root(self, base, p, q):
        if q % 2:
            return np.sign(base) ** p * np.abs(base) ** (p / q)
        base = self._mark(base >= 0, base)
        return base ** (p / q)

    def pow(self, base, exp):
        whole = exp == np.round(exp)
        base = self._mark(np.logical_or(base >= 0, whole), base)
        return base ** exp

    def floor(self, x):
        return np.floor(x)

    def either(self, a, b):
        return np.logical_or(a, b)

    def call(self, name, args):
        ok = _domain(name, self, args)
        if ok is not None:
            safe = {"atanh": 0.0, "acoth": 2.0}.get(name, 1.0)
            args = [self._mark(ok, args[0], safe), *args[1:]]
        return FLOAT_FUNCTIONS[name](*args)

    def relation(self, op, left, right):
        return {"<": np.less, "<=": np.less_equal, ">": np.greater, ">=": np.greater_equal,
                "==": np.equal, "!=": np.not_equal}[op](left, right)

    def logic(self, both, values):
        return (np.logical_and if both else np.logical_or).reduce(values)

    def truth(self, value):
        return np.full(self.n, value)

    def series(self, adding, body, var, low, high, env):
        """A sum or product over integer bounds (they may differ from point to point)."""
        low, high = np.broadcast_to(low, self.n), np.broadcast_to(high, self.n)
        whole = (low == np.round(low)) & (high == np.round(high))
        self.undefined |= ~whole & np.isfinite(low) & np.isfinite(high)
        ok = whole & np.isfinite(low) & np.isfinite(high)
        if not ok.any():
            return np.zeros(self.n)
        start, stop = int(low[ok].min()), int(high[ok].max())
        if stop - start > MAX_TERMS:
            raise Unsupported("too many terms")
        if (stop - start + 1) * self.n <= FLAT_MOST:
            return self._all_terms(adding, body, var, env, (low, high, ok), range(start, stop + 1))
        total = np.full(self.n, 0.0 if adding else 1.0)
        undefined = self.undefined
        for i in range(start, stop + 1):
            self.undefined = np.zeros(self.n, dtype=bool)
            inside = ok & (low <= i) & (i <= high)
            term = np.broadcast_to(body({**env, var: float(i)}), self.n)
            undefined = undefined | (self.undefined & inside)
            if adding:
                total = total + np.where(inside, term, 0.0)
            else:
                total = total * np.where(inside, term, 1.0)
        self.undefined = undefined
        return total

    def _all_terms(self, adding, body, var, env, bounds, terms: range):
        """Every term of a sum or product at every point in one evaluation of its body: the
        points repeated once per term (point k's term i at k * len(terms) + i), then summed
        back per point, terms outside a point's bounds left out."""
        low, high, ok = bounds
        n, count = self.n, len(terms)
        index = np.arange(terms.start, terms.stop, dtype=float)
        inside = ok[:, None] & (low[:, None] <= index) & (index <= high[:, None])
        spread = {k: np.repeat(v, count) if np.ndim(v) == 1 and len(v) == n else v
                  for k, v in env.items()}
        outer, self.n, self.undefined = self.undefined, n * count, np.zeros(n * count, bool)
        try:
            terms_at = np.broadcast_to(body({**spread, var: np.tile(index, n)}), self.n)
            broken = self.undefined.reshape(n, count)
        finally:
            self.n = n
        self.undefined = outer | (broken & inside).any(axis=1)
        grid = terms_at.reshape(n, count)
        if adding:
            return np.where(inside, grid, 0.0).sum(axis=1)
        return np.where(inside, grid, 1.0).prod(axis=1)

    def indexed(self, code, indices, seeds):
        key = (code, *indices) if all(isinstance(i, float) for i in indices) else None
        known = self.memo.get(key) if key else None   # x_i inside Σ_j: the same 40 values
        if known is not None:
            self.undefined |= known[1]
            return known[0]
        values, broken = float_values(code, indices, np.broadcast_to(seeds, self.n))
        if key:
            self.memo[key] = values, broken
        self.undefined |= broken
        return values

    def piecewise(self, branches, env):
        outer = self.undefined
        result = np.zeros(self.n)
        taken = np.zeros(self.n, dtype=bool)
        undefined = outer.copy()
        for value, condition in branches:
            self.undefined = np.zeros(self.n, dtype=bool)
            chosen = np.asarray(condition(env), dtype=bool) & ~taken
            v = value(env)
            result = np.where(chosen, v, result)
            undefined |= self.undefined & chosen
            taken |= chosen
        self.undefined = undefined | ~taken
        return result


def evaluate_at(expr, columns: dict, n: int):
    """(float values, where expr leaves its domain) at n points given as value columns, or
    None when the fast evaluator does not know expr or a symbol has no column."""
    at = compiled_floats(expr)
    return None if at is None else at(columns, n)


# an expression compiled once for every screening of it: a derivation's line is the second
# side of one step and the first of the next; kinks, landmarks and written forms screen it too
COMPILED = caching.memo(1024)   # expr -> its `at`, or NOT_COMPILED
NOT_COMPILED = "not compiled"


def compiled_floats(expr):
    """`evaluate_at` for one expression at many sets of points, compiled once: a function of
    (columns, n), or None when the fast evaluator does not know expr."""
    known = COMPILED.get(expr)
    if known is not None:
        return None if known is NOT_COMPILED else known
    quiet = caching.Quiet()
    at = _compiled_floats(expr)
    if quiet():
        COMPILED.put(expr, NOT_COMPILED if at is None else at)
    return at


def _compiled_floats(expr):
    lib = FloatLib(0)
    try:
        fn = _compile(expr, lib)
    except (Unsupported, TypeError, ValueError, OverflowError, ZeroDivisionError, KeyError):
        return None

    def at(columns: dict, n: int):
        lib.undefined, lib.n, lib.memo = np.zeros(n, dtype=bool), n, {}
        try:
            with np.errstate(all="ignore"):
                values = np.asarray(fn(columns), dtype=float) * np.ones(n)
        except (Unsupported, TypeError, ValueError, OverflowError, ZeroDivisionError, KeyError):
            return None
        return values, lib.undefined
    return at
