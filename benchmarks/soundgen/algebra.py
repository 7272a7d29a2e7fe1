"""Algebraic families: polynomials, rational functions, trig, exp/log, hyperbolic, several
variables, tiny differences and large magnitudes (each identity beside a classic mistake)."""

from __future__ import annotations

import mpmath

from .core import (
    Ex,
    at,
    call,
    cos,
    different,
    equal,
    exp,
    log,
    nonzero,
    num,
    points,
    poly,
    polymul,
    sin,
    tan,
    var,
)

LETTERS = ("x", "t", "y", "z", "u", "w", "s")
WIT = [at(v=1.5), at(v=2.5), at(v=-1.25), at(v=0.75)]


def _v(rng) -> tuple[Ex, str]:
    name = rng.choice(LETTERS)
    return var(name, "v"), name


def _wit(names=("v",)):
    return [{n: mpmath.mpf(k + 1) * mpmath.mpf("0.73") + j for j, n in enumerate(names)}
            for k in range(4)]


# --- polynomials ----------------------------------------------------------------------------

def _factors(rng) -> list[list[int]]:
    return [[rng.randint(-6, 6), nonzero(rng, -3, 3)] for _ in range(rng.randint(2, 3))]


def poly_expand(rng):
    x, _ = _v(rng)
    fs = _factors(rng)
    prod = poly(fs[0], x) * poly(fs[1], x)
    full = polymul(fs[0], fs[1])
    for f in fs[2:]:
        prod, full = prod * poly(f, x), polymul(full, f)
    a, b = (prod, poly(full, x)) if rng.random() < 0.5 else (poly(full, x), prod)
    if rng.random() < 0.5:
        return equal(a, b, points(rng, "v"), note="expand")
    wrong = list(full)
    wrong[rng.randrange(len(wrong))] += nonzero(rng, -3, 3)
    return different(prod, poly(wrong, x), WIT, note="coefficient changed")


def poly_square(rng):
    x, _ = _v(rng)
    a = nonzero(rng, -9, 9)
    n = rng.randint(2, 5)
    coeffs = [0] * (n + 1)
    for k in range(n + 1):
        coeffs[k] = _binom(n, k) * a ** (n - k)
    left = (x + a) ** n
    pick = rng.random()
    if pick < 0.4:
        return equal(left, poly(coeffs, x), points(rng, "v"), note="binomial expansion")
    if pick < 0.7:
        naive = [a ** n] + [0] * (n - 1) + [1]
        return different(left, poly(naive, x), WIT, note="(x+a)^n = x^n + a^n")
    slip = [c * (-1) ** k for k, c in enumerate(coeffs)]
    return different(left, poly(slip, x), WIT, note="alternating signs")


def _binom(n, k):
    out = 1
    for j in range(k):
        out = out * (n - j) // (j + 1)
    return out


# --- rational functions ---------------------------------------------------------------------

def rational(rng):
    x, _ = _v(rng)
    a, b = rng.sample([k for k in range(-7, 8)], 2)
    pick = rng.randrange(4)
    pts = points(rng, "v", -9, 9)
    if pick == 0:
        left = 1 / ((x - a) * (x - b))
        good = (1 / (x - a) - 1 / (x - b)) / (a - b)
        bad = (1 / (x - a) + 1 / (x - b)) / (a - b)
        note = "partial fractions"
    elif pick == 1:
        left = (x ** 2 - a * a) / (x - a) if a else (x ** 2 - 1) / (x - 1)
        a = a or 1
        good, bad, note = x + a, x - a, "cancel (x^2-a^2)/(x-a)"
    elif pick == 2:
        left = (x ** 3 - a ** 3) / (x - a) if a else (x ** 3 - 1) / (x - 1)
        a = a or 1
        good = poly([a * a, a, 1], x)
        bad, note = poly([a * a, 0, 1], x), "cancel (x^3-a^3)/(x-a)"
    else:
        left = 1 / (x + a) + 1 / (x + b)
        good = poly([a + b, 2], x) / ((x + a) * (x + b))
        bad, note = 2 / poly([a + b, 2], x), "add fractions"
    if rng.random() < 0.5:
        return equal(left, good, pts, note=note)
    return different(left, bad, WIT, note=note + ": sign slip")


# --- trigonometry ---------------------------------------------------------------------------

def trig(rng):
    x, _ = _v(rng)
    k = rng.randint(1, 5)
    u = x if k == 1 else k * x
    pick = rng.randrange(6)
    table = [
        (sin(2 * u) if k == 1 else sin(num(2 * k) * x), 2 * sin(u) * cos(u), 2 * sin(u),
         "double angle sin"),
        (sin(u) ** 2 + cos(u) ** 2, num(1), sin(u) ** 2 - cos(u) ** 2, "sin^2 + cos^2"),
        (tan(u), sin(u) / cos(u), cos(u) / sin(u), "tan = sin/cos"),
        (cos(2 * u) if k == 1 else cos(num(2 * k) * x), 1 - 2 * sin(u) ** 2,
         1 - sin(u) ** 2, "double angle cos"),
        (cos(2 * u) if k == 1 else cos(num(2 * k) * x), 2 * cos(u) ** 2 - 1, 2 * cos(u) - 1,
         "double angle cos (2cos^2 - 1)"),
        (sin(u + 1), sin(u) * cos(num(1)) + cos(u) * sin(num(1)), sin(u) + sin(num(1)),
         "angle addition"),
    ]
    left, good, bad, note = table[pick]
    if rng.random() < 0.5:
        return equal(left, good, points(rng, "v", -3, 3), note=note)
    return different(left, bad, _wit(), note=note + ": wrong identity")


# --- exp and log ----------------------------------------------------------------------------

def exp_log(rng):
    nx, ny = rng.choice((("x", "y"), ("a", "b"), ("s", "t"), ("u", "v"), ("p", "q")))
    x, y = var(nx, "x"), var(ny, "y")
    c = rng.randint(2, 30)
    k = rng.randint(2, 9)
    pos = (f"{nx} > 0", f"{ny} > 0")
    table = [
        (log(c * x), log(num(c)) + log(x), log(num(c)) * log(x), "ln(cx)"),
        (log(x * y), log(x) + log(y), None, "ln(xy)"),
        (log(x + y), None, log(x) + log(y), "ln(x+y) = ln x + ln y"),
        (log(x ** k), k * log(x), log(x) ** k, "ln(x^k)"),
        (log(x / y), log(x) - log(y), log(x) / log(y), "ln(x/y)"),
        (exp(c * x + k), exp(c * x) * exp(num(k)), exp(c * x) + exp(num(k)), "exp(a+b)"),
        (exp(x) ** k, exp(k * x), exp(x ** k), "exp(x)^k"),
        (call("log", lambda v, b: mpmath.log(v) / mpmath.log(b), x, num(c)),
         log(x) / log(num(c)), log(num(c)) / log(x), "change of base"),
    ]
    left, good, bad, note = table[rng.randrange(len(table))]
    pts = points(rng, "xy", 0.1, 9)
    wit = [at(x=1.5, y=2.25), at(x=3.5, y=0.5), at(x=2.75, y=1.5)]
    if bad is None or (good is not None and rng.random() < 0.5):
        return equal(left, good, pts, pos, note=note)
    return different(left, bad, wit, pos, note=note + ": classic mistake")


# --- hyperbolic -----------------------------------------------------------------------------

def hyperbolic(rng):
    x, _ = _v(rng)
    k = rng.randint(1, 4)
    u = x if k == 1 else k * x

    def h(name, f):
        return call(name, f, u)

    sh, ch, th = h("sinh", mpmath.sinh), h("cosh", mpmath.cosh), h("tanh", mpmath.tanh)
    table = [
        (ch ** 2 - sh ** 2, num(1), ch ** 2 + sh ** 2, "cosh^2 - sinh^2"),
        (sh, (exp(u) - exp(-u)) / 2, (exp(u) + exp(-u)) / 2, "sinh as exponentials"),
        (th, sh / ch, ch / sh, "tanh = sinh/cosh"),
        (call("sinh", mpmath.sinh, 2 * u), 2 * sh * ch, 2 * sh, "sinh(2u)"),
        (call("cosh", mpmath.cosh, 2 * u), ch ** 2 + sh ** 2, 2 * ch ** 2 + 1, "cosh(2u)"),
    ]
    left, good, bad, note = table[rng.randrange(len(table))]
    if rng.random() < 0.5:
        return equal(left, good, points(rng, "v", -3, 3), note=note)
    return different(left, bad, _wit(), note=note + ": wrong identity")


# --- functions glued to their variable (sinx, xlnx, cos2x: plain notes) ---------------------

def glued(rng):
    """A function's name glued to x, y or z as plain notes write it, against the function
    called (equal) or a classic slip with it (different)."""
    name = rng.choice(("x", "y", "z"))
    k = rng.randint(1, 3)
    scale = "" if k == 1 else str(k)
    u = var(name, "v") if k == 1 else k * var(name, "v")

    def g(fn: str, f):  # `sin2x`: sin of 2x, as text glued
        return Ex(f"{fn}{scale}{name}", lambda p: f(k * p["v"]))

    x = var(name, "v")
    s, c = g("sin", mpmath.sin), g("cos", mpmath.cos)
    table = [
        (s, sin(u), cos(u), "sinx is sin(x)"),
        (s * s + c * c, num(1), num(2), "sin²x + cos²x"),
        (g("tg", mpmath.tan), sin(u) / cos(u), cos(u) / sin(u), "tgx is tan x"),
        (Ex(f"{name}ln{name}", lambda p: p["v"] * mpmath.log(p["v"])), x * log(x), log(x),
         "xlnx is x·ln x"),
        (Ex(f"sin{name}cos{name}", lambda p: mpmath.sin(p["v"]) * mpmath.cos(p["v"])),
         sin(2 * x) / 2, sin(2 * x), "sinxcosx"),
    ]
    left, good, bad, note = table[rng.randrange(len(table))]
    positive = note.startswith("xlnx")
    pts = points(rng, "v", 0.1 if positive else -3, 3)
    if rng.random() < 0.5:
        return equal(left, good, pts, note=note)
    return different(left, bad, [{"v": mpmath.mpf(k + 1) * mpmath.mpf("0.73")} for k in range(4)],
                     note=note + ": a slip")
