"""Values at one point in mpmath, and a difference settled as the precision rises."""

from __future__ import annotations

import math
from fractions import Fraction

import mpmath
import sympy as sp

from tutor.judge import caching
from tutor.judge.compiling import MAX_TERMS, Unsupported, _compile, _domain, product
from tutor.judge.conventions import real_odd_roots
from tutor.judge.indexed import SEED, exact_value, index_of, label_code
from tutor.trees import nodes_of
from tutor.vocabulary import EVALUABLE

DPS = 30             # base working precision of the high-precision checks
MAX_DPS = 600        # never more
MOST_EXACT_DENOMINATOR = 10**6  # a value in an exponent is exact up to this denominator


class Undefined(ArithmeticError):
    """Not real and finite at this point."""


class TooLarge(ArithmeticError):
    """A value beyond what can be computed in time (exp(exp(exp(exp(4)))))."""


TOO_LARGE = "too large"   # what an Evaluator returns for such a point
# a huge argument: the value is too large to compute (exp) or has lost every digit (sin)
HUGE_ARGUMENT = {e.name: e.huge for e in EVALUABLE if e.huge}
PERIODIC = {e.name for e in EVALUABLE if e.periodic}
MP_FUNCTIONS = {e.name: e.mp for e in EVALUABLE}


class MpLib:
    """One point in mpmath at the working precision; raises Undefined off the real domain."""

    def __init__(self):
        self.largest = mpmath.mpf(0)  # the largest term added: the scale of rounding noise

    def constant(self, c):
        cache: dict[int, mpmath.mpf] = {}

        def value(env):
            dps = mpmath.mp.dps
            if dps not in cache:
                if c.is_Rational:
                    cache[dps] = _integer(c.p) / _integer(c.q)
                else:
                    cache[dps] = mpmath.mpf(sp.N(c, dps + 5)._to_mpmath(mpmath.mp.prec + 20))
            return cache[dps]
        return value

    @staticmethod
    def _finite(v):
        if isinstance(v, mpmath.mpc) or not mpmath.isfinite(v):
            raise Undefined()
        return v

    def add(self, values):
        for v in values:
            size = abs(v)
            if size > self.largest:
                self.largest = size
        return mpmath.fsum(values)

    def mul(self, values):
        return product(values)

    def ipow(self, base, n):
        if base == 0 and n < 0:
            raise Undefined()
        return base ** n

    def root(self, base, p, q):
        if base == 0 and p < 0:
            raise Undefined()
        if q % 2:
            return mpmath.sign(base) ** p * mpmath.power(abs(base), mpmath.mpf(p) / q)
        if base < 0:
            raise Undefined()
        return mpmath.power(base, mpmath.mpf(p) / q)

    def pow(self, base, exp):
        if base == 0 and exp <= 0:
            if exp == 0:
                return mpmath.mpf(1)
            raise Undefined()
        if base < 0 and exp != mpmath.floor(exp):
            raise Undefined()
        if base != 0 and abs(exp) * (abs(mpmath.mag(base)) + 1) > 1e15 and abs(
                exp) * abs(mpmath.log(abs(base), 2)) > 1e15:  # as exp(1e15); mag: no log
            raise TooLarge()
        return self._finite(mpmath.power(base, exp))

    def floor(self, x):
        return mpmath.floor(x)

    def either(self, a, b):
        return a or b

    def call(self, name, args):
        ok = _domain(name, self, args)
        if ok is not None and not ok:
            raise Undefined()
        limit = HUGE_ARGUMENT.get(name)
        if (limit and any(abs(x) > limit for x in args)) or (
                name in PERIODIC and mpmath.mag(args[0]) > 10_000):
            raise TooLarge()
        try:
            return self._finite(MP_FUNCTIONS[name](*args))
        except (ZeroDivisionError, ValueError) as exc:
            raise Undefined() from exc

    def relation(self, op, left, right):
        return {"<": left < right, "<=": left <= right, ">": left > right,
                ">=": left >= right, "==": left == right, "!=": left != right}[op]

    def logic(self, both, values):
        return all(values) if both else any(values)

    def truth(self, value):
        return value

    def series(self, adding, body, var, low, high, env):
        if low != mpmath.floor(low) or high != mpmath.floor(high):
            raise Undefined()
        if high - low > MAX_TERMS:
            raise Undefined()
        terms = [body({**env, var: mpmath.mpf(i)}) for i in range(int(low), int(high) + 1)]
        if adding:
            return mpmath.fsum(terms)
        return mpmath.fprod(terms) if terms else mpmath.mpf(1)

    def indexed(self, code, indices, seed):
        index = index_of(indices)
        if index is None:
            raise Undefined()
        value = exact_value(code, index, int(seed))
        return mpmath.mpf(value.numerator) / value.denominator

    def piecewise(self, branches, env):
        for value, condition in branches:
            if condition(env):
                return value(env)
        raise Undefined()


# An expression compiled once for every Evaluator of it, and its values at points already met:
# a value is a pure function of the expression, the point and the precision (a class handing
# in the same notes asks for the same values; so do the diagnosis probes, at fixed points).
COMPILED = caching.memo(2048)    # expr -> (compiled function or None, its MpLib)
VALUES = caching.memo(50_000)    # (expr, point, dps) -> (value, largest term)


class Evaluator:
    """expr at one point in mpmath: `ev(raw_point, dps)` is an mpf, or None where undefined.

    Compiled when it can be, sympy's evalf otherwise. After a call, `largest` is the largest
    magnitude among the terms added on the way: the scale of the rounding noise.
    """

    def __init__(self, expr):
        self.expr, self.largest = expr, mpmath.mpf(0)
        self.fn, self.lib = _compiled(expr)

    def __call__(self, raw: dict, dps: int):
        key = _value_key(self.expr, raw, dps)
        known = VALUES.get(key)
        if known is not None:
            value, self.largest = known
            return value
        quiet = caching.Quiet()
        value = self._evaluate(raw, dps)
        if value is None or value is TOO_LARGE:
            self.largest = mpmath.mpf(0)   # no terms to speak of
        if quiet():   # no alarm can have cut the evaluation short
            VALUES.put(key, (value, self.largest))
        return value

    def _evaluate(self, raw: dict, dps: int):
        if self.fn is None:
            value = _evaluate_slow(self.expr, raw, dps)
            self.largest = abs(value) if value is not None else mpmath.mpf(0)
            return value
        with mpmath.workdps(dps):
            self.lib.largest = mpmath.mpf(0)
            try:
                value = self.fn({s: _mp(v) for s, v in raw.items()})
            except TooLarge:
                return TOO_LARGE
            except (Undefined, ZeroDivisionError, ValueError, OverflowError):
                return None
            self.largest = self.lib.largest
            if isinstance(value, mpmath.mpc) or not mpmath.isfinite(value):
                return None
            return +value


def _compiled(expr) -> tuple:
    """(expr compiled over an MpLib, or None when only sympy can evaluate it; the MpLib)."""
    known = COMPILED.get(expr)
    if known is not None:
        return known
    lib = MpLib()
    quiet = caching.Quiet()
    try:
        fn = _compile(expr, lib)
    except Unsupported:
        fn = None
    if quiet():
        COMPILED.put(expr, (fn, lib))
    return fn, lib


def _integer(n: int):
    """n as an mpf at the working precision; a huge n is cut to its leading bits first (mpmath
    normalises every bit of it: 55 ms for 10^100000), which is within one unit of the last
    place, like any rounding at this precision."""
    spare = abs(n).bit_length() - mpmath.mp.prec - 64
    if spare <= 0:
        return mpmath.mpf(n)
    return mpmath.ldexp(mpmath.mpf(n >> spare), spare)


def _value_key(expr, raw: dict, dps: int):
    """The memo key of expr at a point: each coordinate with its type, since values of
    different types may compare equal when rounded (an mpf and the Fraction it rounds)."""
    try:
        return expr, frozenset((s, type(v), v) for s, v in raw.items()), dps
    except TypeError:   # an unhashable coordinate: not remembered
        return None


def _mp(v):
    """A point value (int, decimal text, Fraction, sympy number) as an mpf at the working
    precision."""
    if isinstance(v, Fraction):
        return mpmath.mpf(v.numerator) / v.denominator
    if isinstance(v, sp.Basic):
        if v.is_Rational:
            return mpmath.mpf(v.p) / v.q
        return sp.N(v, mpmath.mp.dps + 10)._to_mpmath(mpmath.mp.prec + 30)
    return mpmath.mpf(v)


def _sympy_value(v, dps: int | None = None):
    """v as a sympy number; in an exponent (`dps` given), a fraction of a huge denominator (a
    float's) as a Float of that precision: x^(-40362.26…) exactly is a root of degree 10^11."""
    if isinstance(v, sp.Basic):
        value = v
    elif isinstance(v, Fraction):
        value = sp.Rational(v.numerator, v.denominator)
    elif isinstance(v, mpmath.mpf):
        return sp.Float(v, max(15, mpmath.mp.dps))
    else:
        value = sp.Integer(v) if isinstance(v, int) else sp.Rational(v)
    if dps is not None and value.is_Rational and value.q > MOST_EXACT_DENOMINATOR:
        return sp.Float(value, dps + 20)
    return value


def _evaluate_slow(expr, raw, dps):
    """Anything sympy can evaluate: sums with a symbolic bound get it instantiated, x[i] values."""
    powered = set().union(*(p.exp.free_symbols for p in expr.atoms(sp.Pow)))
    try:
        e = real_odd_roots(expr.xreplace({s: _sympy_value(v, dps if s in powered else None)
                                          for s, v in raw.items()}), every_base=True)
        if e.has(sp.Sum, sp.Product, sp.Indexed):
            e = e.doit()
            indexed = sorted(nodes_of(e, sp.Indexed), key=sp.default_sort_key)
            e = e.xreplace({x: _indexed_value(x, raw) for x in indexed})
        value = sp.N(e, dps)
        if not value.is_number or value.has(sp.nan, sp.zoo, sp.oo, -sp.oo):
            return None
        value = value._to_mpmath(mpmath.libmp.dps_to_prec(dps) + 10)
    except (TypeError, ValueError, ArithmeticError, AttributeError, NotImplementedError):
        return None
    if isinstance(value, mpmath.mpc):
        if abs(value.imag) > abs(value) * mpmath.mpf(10) ** (-dps // 2):
            return None
        value = value.real
    return value if mpmath.isfinite(value) else None


def _indexed_value(item, raw: dict):
    """x[3] at this point: the value the fast evaluators give it (see `indexed`)."""
    index = index_of(item.indices) if all(i.is_Integer for i in item.indices) else None
    if index is None or SEED not in raw:
        raise ValueError("an index that is not a whole number")
    value = exact_value(label_code(item), index, int(raw[SEED]))
    return sp.Rational(value.numerator, value.denominator)


def settle(fa, fb, raw: dict, base: int, tolerance=None):
    """Evaluate both sides in rising precision until their difference settles.

    Returns ("same" | "differ" | "unclear" | "a-undefined" | "b-undefined", va, vb). A real
    difference keeps its value as the precision grows; rounding noise stays below the noise
    floor of the largest value met on the way, or shrinks with the precision. So "differ" is a
    difference above the floor and stable at two precisions, "same" one below the floor at two
    precisions or shrinking twice in a row. Tiny true differences (x + 10^-30, (1+1/n)^n - e for
    a huge n) are found, and a term swallowed by a huge one (1 + x^100 - x^100 at low precision)
    is not mistaken for a difference.
    """
    base = min(max(base, DPS + 2 * _point_digits(raw)), MAX_DPS // 2)
    history: list[tuple] = []   # (difference, dps, below the noise floor)
    va = vb = None
    dps = base
    for _ in range(5):
        va = fa(raw, dps)
        if va is None:
            return "a-undefined", None, None
        vb = fb(raw, dps) if va is not TOO_LARGE else None
        if va is TOO_LARGE or vb is TOO_LARGE:
            return "unclear", None, None
        if vb is None:
            return "b-undefined", va, None
        d = abs(va - vb)
        if tolerance is not None:
            if d <= tolerance * max(abs(va), abs(vb)):
                return "same", va, vb
            if history:
                return "differ", va, vb
        largest = max(fa.largest, fb.largest, abs(va), abs(vb))
        floor = largest * mpmath.mpf(10) ** (3 - dps)
        history.append((d, dps, d <= floor, floor <= mpmath.mpf(10) ** (3 - DPS)))
        verdict = _settled(history) if tolerance is None else None
        if verdict:
            return verdict, va, vb
        digits = int(mpmath.log10(largest)) + 1 if largest > 1 else 0
        following = min(MAX_DPS, max(2 * dps, base + 2 * digits))
        if following == dps:
            break
        dps = following
    return "unclear", va, vb


def _settled(history) -> str | None:
    """The verdict of the last levels: (difference, dps, below the noise floor, floor small)."""
    if len(history) < 2:
        return None
    (d1, dps1, noisy1, _), (d2, dps2, noisy2, fine) = history[-2:]
    if noisy1 and noisy2 and fine:  # a floor above 10^-27 (huge values) proves nothing
        return "same"
    if not (noisy1 or noisy2) and abs(d2 - d1) <= d2 * mpmath.mpf(10) ** -6:
        return "differ"
    if len(history) >= 3:
        d0, dps0, _, _ = history[-3]
        if d1 <= d0 * mpmath.mpf(10) ** -(dps0 // 2) and d2 <= d1 * mpmath.mpf(10) ** -(dps1 // 2):
            return "same"
    return None


def _point_digits(raw: dict) -> int:
    """Decimal digits of the largest coordinate: huge points need more working precision."""
    largest = 0.0
    for v in raw.values():
        try:
            largest = max(largest, abs(float(v)))
        except (TypeError, ValueError, OverflowError):
            return MAX_DPS // 4
    return int(math.log10(largest)) + 1 if largest > 1 else 0


def _digits(n: int) -> int:
    return int(abs(n).bit_length() * 0.30103) + 1


def _needed_dps(*exprs) -> int:
    """Working precision: more for huge or tiny constants (10^-30, e^100)."""
    digits = 0
    for expr in exprs:
        for r in nodes_of(expr, sp.Rational):
            digits = max(digits, _digits(r.p), _digits(r.q))
        for f in nodes_of(expr, sp.exp):
            if f.args[0].is_number:
                size = _magnitude(f.args[0])
                digits = max(digits, int(size / 2.3) + 1 if size < 1e6 else MAX_DPS)
    return min(MAX_DPS, DPS + 2 * digits)


def _magnitude(number) -> float:
    """|number| as a float, infinite when it is itself too large (a tower of powers)."""
    try:
        with mpmath.workdps(15):
            value = sp.N(number, 15)
        return abs(complex(value)) if value.is_number else float("inf")
    except (TypeError, ValueError, OverflowError, ArithmeticError):
        return float("inf")
