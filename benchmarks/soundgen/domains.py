"""Families about where things are defined: discontinuities (sign, floor at the integers),
domains of sqrt and ln (truth "domain"), and real odd roots of negative numbers."""

from __future__ import annotations

from fractions import Fraction

import mpmath

from .core import Ex, at, bars, different, domain, equal, exp, log, num, points, root2, var
from .piecewise import ce, fl, pi_trig, sg

LETTERS = ("x", "t", "y", "z", "u")
HALVES = [at(v=j / 2) for j in range(-8, 9)]


def _x(rng) -> Ex:
    return var(rng.choice(LETTERS), "v")


# --- discontinuities ------------------------------------------------------------------------

def discontinuity(rng):
    x = _x(rng)
    k = rng.randint(1, 3)
    c = rng.randint(-4, 4)
    pts = points(rng, "v", -4, 4, extra=HALVES)
    sin_pi = pi_trig("sin", mpmath.sinpi, 1, x)
    table = [
        (sg(sin_pi), sg(pi_trig("sin", mpmath.sinpi, 1, x, 2 * k)),
         sg(pi_trig("sin", mpmath.sinpi, 1, x, 2 * k - 1)), "sign(sin(pi x)) shifted"),
        (fl(pi_trig("cos", mpmath.cospi, k, x) ** 2),
         fl(1 - pi_trig("sin", mpmath.sinpi, k, x) ** 2),
         fl(pi_trig("sin", mpmath.sinpi, k, x) ** 2), "floor(cos^2) = floor(1 - sin^2)"),
        (fl(x) + fl(-x), None, num(-1), "floor(x) + floor(-x) vs -1"),
        (ce(x) - fl(x), None, num(1), "ceil(x) - floor(x) vs 1"),
        (sg(x - c) ** 2, bars(sg(x - c)), num(1), "sign(x)^2 vs 1"),
        (fl(x / 2) + fl((x + 1) / 2), fl(x), fl(x / 2) * 2, "Hermite floor(x/2) + ..."),
        (fl(x + k), fl(x) + k, ce(x) + (k - 1), "floor(x + k) = floor(x) + k"),
    ]
    left, good, bad, note = table[rng.randrange(len(table))]
    if good is not None and rng.random() < 0.5:
        return equal(left, good, pts, note=note)
    return different(left, bad, [at(v=c), at(v=0.5), at(v=c + 0.25), at(v=1.5), at(v=0)],
                     note=note + ": wrong")


# --- domains --------------------------------------------------------------------------------

def domains(rng):
    x, y = var("x"), var("y")
    c, a = rng.randint(0, 5), rng.randint(1, 4)
    u = x if a == 1 else a * x
    u = u - c if c else u
    table = [
        (root2(u) * root2(u), root2(u ** 2), "sqrt(x)sqrt(x) vs sqrt(x^2)"),
        (exp(log(u)), bars(u), "exp(ln x) vs |x|"),
        (2 * log(u), log(u ** 2), "2 ln x vs ln(x^2)"),
        (log(u ** 2), 2 * log(u), "ln(x^2) vs 2 ln x"),
        (root2(x) * root2(y), root2(x * y), "sqrt(x)sqrt(y) vs sqrt(xy)"),
        (root2(x * y), root2(x) * root2(y), "sqrt(xy) vs sqrt(x)sqrt(y)"),
        (root2(u) ** 2, u, "sqrt(x)^2 vs x"),
        (log(x * y), log(x) + log(y), "ln(xy) vs ln x + ln y"),
        (exp(log(u)), u, "exp(ln x) vs x"),
        (root2(x / y), root2(x) / root2(y), "sqrt(x/y) vs sqrt(x)/sqrt(y)"),
    ]
    pts = points(rng, "xy", -6, 6) + points(rng, "xy", 0.1 + c, 6 + c, k=8) + points(
        rng, "xy", -6, -0.1, k=8)
    pick = rng.random()
    if pick < 0.75:
        left, right, note = table[rng.randrange(len(table))]
        if rng.random() < 0.5:
            left, right = right, left
        return domain(left, right, pts, note=note)
    if pick < 0.8:
        literal = Ex("sqrt(x)sqrt(y)", lambda p: root2(x).fn(p) * root2(y).fn(p))
        return domain(literal, Ex("sqrt(xy)", root2(x * y).fn), pts, note="sqrt(x)sqrt(y) text")
    if pick < 0.9:
        return different(root2(u ** 2), u, [at(x=-1.5, y=0), at(x=-7.5, y=0)],
                         note="sqrt(x^2) vs x")
    return equal(log(u ** 2), 2 * log(bars(u)), points(rng, "xy", c + 0.1, c + 6) + points(
        rng, "xy", c - 6, c - 0.1), note="ln(x^2) = 2 ln|x|")


# --- real odd roots -------------------------------------------------------------------------

def odd_roots(rng):
    x = _x(rng)
    c = rng.randint(2, 6)
    q = rng.choice((3, 5))
    third = num(Fraction(1, q))
    cube = num(-(c ** q))
    pts = points(rng, "v", -9, 9)
    table = [
        (cube ** third, num(-c), num(c), "(-c^q)^(1/q) vs -c"),
        (x + cube ** third, x - c, x + c, "x + (-c^q)^(1/q) vs x - c"),
        ((x ** third) ** q, x, bars(x), "(x^(1/q))^q vs x"),
        ((x ** q) ** third, x, bars(x), "(x^q)^(1/q) vs x"),
        (x ** num(Fraction(2, q)), (x ** third) ** 2, -(x ** third) ** 2, "x^(2/q)"),
        (x ** third, -((-x) ** third), (-x) ** third, "odd root is odd"),
    ]
    left, good, bad, note = table[rng.randrange(len(table))]
    if rng.random() < 0.12:
        tex = Ex(f"$\\sqrt[{q}]{{{-(c ** q)}}}$", lambda p: -mpmath.mpf(c))
        left, note = tex, "LaTeX odd root: " + note
        good, bad = num(-c), num(c)
    if rng.random() < 0.55:
        return equal(left, good, pts, note=note)
    return different(left, bad, [at(v=-2.5), at(v=-1.25)], note=note + ": wrong")
