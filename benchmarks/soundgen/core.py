"""Pairs of texts with known truth, each side also a Python function over mpmath (60 digits).

A generator builds a pair's text and its mpmath function together, never one from the other,
and states the truth by construction: "equal" (an identity on the stated domain), "different"
(a mistake, with witness points where the values differ) or "domain" (equal wherever both
sides are defined, one side undefined somewhere: "equal" and "unknown" are right answers,
"not_equal" is wrong, since no real point shows a difference). `established` re-checks that
truth at 60 digits; a pair it does not confirm is a generator bug, dropped and counted.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

import mpmath

mp = mpmath.mp
DIGITS = 60
SAME = mpmath.mpf(10) ** -45     # relative difference below this: the same value
APART = mpmath.mpf(10) ** -35    # above this: different values (between: ambiguous, rejected)

Point = dict


@dataclass
class Pair:
    """Two texts, their truth, and what proves it: mpmath functions and points to try them at."""

    a: str
    b: str
    truth: str                      # "equal" | "different" | "domain"
    fa: Callable[[Point], object]
    fb: Callable[[Point], object]
    points: list[Point] = field(default_factory=list)  # equal/domain: where to compare
    witness: list[Point] = field(default_factory=list)  # different: one of them must differ
    assume: tuple[str, ...] = ()
    equation: bool = False          # fa, fb are residuals lhs - rhs; compare solution sets
    tol: object = None              # decimals: absolute half-unit of the precision written
    note: str = ""                  # the template that made it (for grouping)
    rel: object = None              # a looser relative "same" (values of limits)
    family: str = ""
    rounded: tuple = ()             # truth "rounded": the decimals written for the roots

    @property
    def key(self) -> tuple:
        return (self.a, self.b, self.assume)


def value(f: Callable[[Point], object], point: Point):
    """f at the point as a real mpf, or None where it is undefined (not real, or raises)."""
    try:
        v = f(point)
    except (ZeroDivisionError, ValueError, OverflowError):
        return None
    if isinstance(v, mpmath.mpc):
        if abs(v.imag) > SAME * max(1, abs(v.real)):
            return None
        v = v.real
    v = mpmath.mpf(v)
    return None if not mpmath.isfinite(v) else v


def relation(va, vb, tol=None, rel=None) -> str:
    """"same", "apart" or "unclear" for two defined values."""
    d = abs(va - vb)
    if tol is not None:  # to the precision written: strictly within half a unit (a tie: apart)
        return "same" if d < tol * (1 - SAME) else "apart"
    scale = max(1, abs(va), abs(vb))
    same = SAME if rel is None else rel
    return "same" if d <= same * scale else "apart" if d >= APART * scale else "unclear"


def holds(f, point) -> bool:
    """An equation (as its residual) holds at the point."""
    v = value(f, point)
    return v is not None and abs(v) <= SAME


def established(pair: Pair) -> bool:
    """Does mpmath at 60 digits confirm the pair's truth? (False: the generator is wrong.)"""
    with mpmath.workdps(DIGITS):
        if pair.equation:
            return _equation_established(pair)
        if pair.truth == "different":
            return any(_compare_at(pair, p) == "apart" for p in pair.witness)
        outcomes = [_compare_at(pair, p) for p in pair.points]
        defined = [o for o in outcomes if o is not None]
        if pair.truth == "equal" and len(defined) < len(outcomes):
            return False  # an identity must hold at every point of its stated domain
        return len(defined) >= min(5, len(outcomes)) and all(o == "same" for o in defined)


def _compare_at(pair: Pair, point: Point):
    va, vb = value(pair.fa, point), value(pair.fb, point)
    if va is None or vb is None:
        return None
    return relation(va, vb, pair.tol, pair.rel)


def _equation_established(pair: Pair) -> bool:
    if pair.truth == "rounded":  # each decimal the rounding of a root, one for each
        roots = sorted(next(iter(p.values())) for p in pair.points)
        return len(roots) == len(pair.rounded) and all(
            holds(pair.fa, p) for p in pair.points) and all(
            abs(r - d) < pair.tol * (1 - SAME) for r, d in zip(roots, sorted(pair.rounded),
                                                               strict=True))
    if pair.truth == "different":
        return any(holds(pair.fa, p) != holds(pair.fb, p) for p in pair.witness)
    return bool(pair.points) and all(holds(pair.fa, p) == holds(pair.fb, p) for p in pair.points)


# --- building expressions: text and mpmath function side by side ----------------------------

ATOM, POW, MUL, NEG, ADD = 5, 4, 3, 2, 1


class Ex:
    """An expression as text and as a function of a point, built together by operators."""

    def __init__(self, text: str, fn: Callable[[Point], object], prec: int = ATOM,
                 const: object = None):
        self.text, self.fn, self.prec, self.const = text, fn, prec, const

    def wrap(self, need: int) -> str:
        return f"({self.text})" if self.prec < need else self.text

    def __add__(self, o):
        o = lift(o)
        if o.const is not None and o.const < 0:
            return self - num(-o.const)
        return Ex(f"{self.wrap(ADD)} + {o.wrap(MUL)}", lambda p: self.fn(p) + o.fn(p), ADD)

    def __radd__(self, o):
        return lift(o) + self

    def __sub__(self, o):
        o = lift(o)
        if o.const is not None and o.const < 0:
            return self + num(-o.const)
        return Ex(f"{self.wrap(ADD)} - {o.wrap(MUL)}", lambda p: self.fn(p) - o.fn(p), ADD)

    def __rsub__(self, o):
        return lift(o) - self

    def __mul__(self, o):
        o = lift(o)
        return Ex(f"{self.wrap(MUL)}*{o.wrap(POW)}", lambda p: self.fn(p) * o.fn(p), MUL)

    def __rmul__(self, o):
        return lift(o) * self

    def __truediv__(self, o):
        o = lift(o)
        return Ex(f"{self.wrap(MUL)}/{o.wrap(POW)}", lambda p: self.fn(p) / o.fn(p), MUL)

    def __rtruediv__(self, o):
        return lift(o) / self

    def __pow__(self, o):
        o = lift(o)
        q = o.const
        return Ex(f"{self.wrap(ATOM)}^{o.wrap(ATOM)}",
                  lambda p: power(self.fn(p), o.fn(p), q), POW)

    def __neg__(self):
        return Ex(f"-{self.wrap(MUL)}", lambda p: -self.fn(p), NEG)


def num(c) -> Ex:
    """A number: int or Fraction (written n/d)."""
    c = Fraction(c)
    v = mpmath.mpf(c.numerator) / c.denominator
    if c.denominator != 1:
        return Ex(f"{abs(c.numerator)}/{c.denominator}" if c > 0 else f"-{-c.numerator}/"
                  f"{c.denominator}", lambda p: mpmath.mpf(c.numerator) / c.denominator,
                  MUL if c > 0 else NEG, c)
    return Ex(str(c.numerator), lambda p: v, ATOM if c >= 0 else NEG, c)


def lift(o) -> Ex:
    return o if isinstance(o, Ex) else num(o)


def var(name: str, key: str | None = None) -> Ex:
    key = key or name
    return Ex(name, lambda p: p[key])


def const(text: str, v) -> Ex:
    return Ex(text, lambda p: v() if callable(v) else v)


def call(name: str, f: Callable, *args: Ex) -> Ex:
    """name(arg, ...) as text; f applied to the arguments' values."""
    args = tuple(lift(a) for a in args)
    return Ex(f"{name}({', '.join(a.text for a in args)})",
              lambda p: f(*(a.fn(p) for a in args)))


def bars(e: Ex) -> Ex:
    return Ex(f"|{lift(e).text}|", lambda p: abs(lift(e).fn(p)))


def power(base, exponent, exact: Fraction | None = None):
    """base^exponent; a negative base to a rational power with odd denominator is the real
    odd root (the learner's convention: (-8)^(1/3) = -2)."""
    if exact is not None and base < 0 and exact.denominator % 2 == 1:
        root = -mpmath.root(-base, exact.denominator)
        return root ** exact.numerator
    return mpmath.power(base, exponent)


def sign(v):
    return mpmath.sign(v)


def relu(v):
    return max(mpmath.mpf(0), v)


def sigmoid(v):
    return 1 / (1 + mpmath.exp(-v))


def softplus(v):
    return mpmath.log(1 + mpmath.exp(v))


def ln(v):
    if v <= 0:
        raise ValueError("log of a non-positive number")
    return mpmath.log(v)


def sqrt(v):
    if v < 0:
        raise ValueError("square root of a negative number")
    return mpmath.sqrt(v)


# --- random choices -----------------------------------------------------------------------

VARIABLES = ("x", "t", "y", "z", "u", "w", "s")


def points(rng: random.Random, names, lo=-5.0, hi=5.0, k=20, extra=()) -> list[Point]:
    """k random points (60-digit values) in [lo, hi] for each name, plus the extra points."""
    out = [dict(pt) for pt in extra]
    for _ in range(k):
        out.append({n: mpmath.mpf(rng.uniform(lo, hi)) for n in names})
    return out


def nonzero(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        c = rng.randint(lo, hi)
        if c:
            return c


def at(**kw) -> Point:
    return {k: mpmath.mpf(v) if not isinstance(v, list) else v for k, v in kw.items()}


def mpq(c) -> object:
    """An exact Fraction (or int) as a 60-digit mpf."""
    c = Fraction(c)
    return mpmath.mpf(c.numerator) / c.denominator


def equal(a: Ex, b: Ex, pts, assume=(), note="") -> Pair:
    return Pair(a.text, b.text, "equal", a.fn, b.fn, points=pts, assume=tuple(assume), note=note)


def different(a: Ex, b: Ex, witness, assume=(), note="") -> Pair:
    return Pair(a.text, b.text, "different", a.fn, b.fn, witness=list(witness),
                assume=tuple(assume), note=note)


def domain(a: Ex, b: Ex, pts, assume=(), note="") -> Pair:
    return Pair(a.text, b.text, "domain", a.fn, b.fn, points=pts, assume=tuple(assume),
                note=note)


def poly(coeffs, x: Ex) -> Ex:
    """c0 + c1 x + ... written highest power first, the way a learner writes it: 3x^2 - x + 1."""
    terms = [(k, c) for k, c in enumerate(coeffs) if c][::-1] or [(0, 0)]
    base = x.wrap(ATOM)
    text = ""
    for k, c in terms:
        mono = "" if k == 0 else base if k == 1 else f"{base}^{k}"
        mag = abs(c)
        body = f"{mag}{mono}" if mag != 1 or not mono else mono
        text += ("-" if c < 0 else "") + body if not text else (" - " if c < 0 else " + ") + body
    return Ex(text, lambda p: sum(mpmath.mpf(c) * x.fn(p) ** k for k, c in enumerate(coeffs)),
              ADD if len(terms) > 1 or terms[0][1] < 0 else MUL)


def polymul(p, q) -> list[int]:
    out = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            out[i + j] += a * b
    return out


def sin(e):
    return call("sin", mpmath.sin, e)


def cos(e):
    return call("cos", mpmath.cos, e)


def tan(e):
    return call("tan", mpmath.tan, e)


def exp(e):
    return call("exp", mpmath.exp, e)


def log(e):
    return call("ln", ln, e)


def root2(e):
    return call("sqrt", sqrt, e)
