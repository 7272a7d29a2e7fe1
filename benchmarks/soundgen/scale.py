"""Families about several variables and about size: symmetric polynomials vs swapped
variables, differences of 1e-8..1e-20, and values at |x| up to 1e5 (exp, x^20)."""

from __future__ import annotations

from fractions import Fraction

import mpmath

from .core import (
    Ex,
    at,
    call,
    different,
    equal,
    exp,
    log,
    mpq,
    nonzero,
    num,
    points,
    poly,
    var,
)

NAMES = ("a", "b", "c", "p", "q", "r", "x", "y", "z", "u", "v", "w")


# --- two and three variables ----------------------------------------------------------------

def multivariate(rng):
    n1, n2, n3 = rng.sample(NAMES, 3)
    x, y, z = var(n1, "x"), var(n2, "y"), var(n3, "z")
    a, b = nonzero(rng, -5, 5), nonzero(rng, -5, 5)
    table = [
        ((a * x + b * y) ** 2, a * a * x ** 2 + 2 * a * b * x * y + b * b * y ** 2,
         a * a * x ** 2 + b * b * y ** 2, "(ax+by)^2"),
        ((x + y) * (y + z) * (z + x), (x + y + z) * (x * y + y * z + z * x) - x * y * z,
         (x + y + z) * (x * y + y * z + z * x) + x * y * z, "(x+y)(y+z)(z+x)"),
        (x ** 3 + y ** 3, (x + y) * (x ** 2 - x * y + y ** 2),
         (x - y) * (x ** 2 + x * y + y ** 2), "sum of cubes"),
        (x ** 2 * y + y ** 2 * z + z ** 2 * x, y ** 2 * z + z ** 2 * x + x ** 2 * y,
         x ** 2 * z + y ** 2 * x + z ** 2 * y, "cyclic sum: reordered vs swapped variables"),
        (x ** 2 - y ** 2, (x - y) * (x + y), (y - x) * (x + y), "difference of squares"),
        ((x - y) ** 2, (y - x) ** 2, None, "(x-y)^2 = (y-x)^2"),
        ((x - y) ** 3, None, (y - x) ** 3, "(x-y)^3 vs (y-x)^3"),
        (x * y + y * z + z * x, z * x + x * y + y * z, x * y + y * z + z * z,
         "elementary symmetric"),
    ]
    left, good, bad, note = table[rng.randrange(len(table))]
    wit = [at(x=1.5, y=2.25, z=-0.75), at(x=-2.5, y=0.5, z=3.25), at(x=0.7, y=-1.3, z=2.1)]
    if bad is None or (good is not None and rng.random() < 0.5):
        return equal(left, good, points(rng, "xyz"), note=note)
    return different(left, bad, wit, note=note + ": wrong")


# --- tiny differences -----------------------------------------------------------------------

def _small(rng) -> tuple[str, Fraction]:
    c, k = rng.randint(1, 9), rng.randint(8, 20)
    text = f"{c}e-{k}" if rng.random() < 0.5 else f"{c}*10^(-{k})"
    return text, Fraction(c, 10 ** k)


def tiny(rng):
    name = rng.choice(("x", "t", "y", "z"))
    x = var(name, "v")
    text, eps = _small(rng)
    e = Ex(text, lambda p: mpq(eps))
    e.prec = 3 if "*" in text else 5
    wit = [at(v=1.5), at(v=-2.25), at(v=3.5)]
    table = [
        (x + e * x ** 2, x, x * (1 + e * x), "x + eps x^2"),
        ((1 + e) * x, x, x + e * x, "(1 + eps) x"),
        (x + e, x, None, "x + eps"),
        (call("sin", mpmath.sin, x) + e * x, call("sin", mpmath.sin, x),
         call("sin", mpmath.sin, x) + x * e, "sin x + eps x"),
        (exp(x) * (1 + e), exp(x), exp(x) + e * exp(x), "exp(x)(1 + eps)"),
    ]
    left, bad, good, note = table[rng.randrange(len(table))]
    if good is not None and rng.random() < 0.4:
        return equal(left, good, points(rng, "v"), note=note + ": rewritten")
    return different(left, bad, wit, note=note + " vs dropped eps")


# --- large magnitudes -----------------------------------------------------------------------

def large(rng):
    name = rng.choice(("x", "t", "y", "z"))
    x = var(name, "v")
    pick = rng.randrange(5)
    if pick == 0:
        return _high_power(rng, x)
    if pick == 1:
        c = rng.randint(2, 9)
        left = exp(x + c)
        pts = points(rng, "v", 300, 5000)
        if rng.random() < 0.5:
            return equal(left, exp(num(c)) * exp(x), pts, note="exp(x+c) at large x")
        return different(left, exp(x) + exp(num(c)), [at(v=1), at(v=2)], note="exp(x+c) split")
    if pick == 2:
        pts = points(rng, "v", 1000, 100000)
        if rng.random() < 0.5:
            return equal(log(exp(x)), x, pts, note="ln(exp(x)) at large x")
        return different(log(exp(x)), x + 1, pts[:3], note="ln(exp(x)) off by one")
    if pick == 3:
        c = rng.choice((10 ** 4, 2 * 10 ** 4, 5 * 10 ** 4, 10 ** 5))
        k = rng.randint(2, 3)
        relu = call("relu", lambda v: max(mpmath.mpf(0), v), x - c)
        return different(x ** k + relu, x ** k, [at(v=2 * c), at(v=3 * c)],
                         note="differs only for x > 1e4")
    k = rng.randint(10, 20)
    return different(x ** k + 1, x ** k, [at(v=2), at(v=-1.5)], note="x^k + 1 vs x^k")


def _high_power(rng, x):
    a = nonzero(rng, -3, 3)
    n = rng.randint(10, 20)
    coeffs = [_binom(n, k) * a ** (n - k) for k in range(n + 1)]
    pts = points(rng, "v", -100000, 100000)
    if rng.random() < 0.5:
        return equal((x + a) ** n, poly(coeffs, x), pts, note="(x+a)^n, n >= 10, |x| <= 1e5")
    wrong = list(coeffs)
    wrong[rng.randrange(n)] += 1
    return different((x + a) ** n, poly(wrong, x), [at(v=2), at(v=-1.5)],
                     note="(x+a)^n with one coefficient off")


def _binom(n, k):
    out = 1
    for j in range(k):
        out = out * (n - j) // (j + 1)
    return out
