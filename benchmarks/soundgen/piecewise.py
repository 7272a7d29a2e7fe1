"""Piecewise and domain families: differences far away, on narrow intervals or at short
decimals; integer variables; abs/max/min/sign/floor identities; discontinuities; domains of
sqrt and ln; real odd roots."""

from __future__ import annotations

import mpmath

from .core import (
    Ex,
    at,
    bars,
    call,
    different,
    equal,
    num,
    points,
    relu,
    var,
)

LETTERS = ("x", "t", "y", "z", "u")


def _x(rng) -> Ex:
    return var(rng.choice(LETTERS), "v")


def mx(*a):
    return call("max", max, *a)


def mn(*a):
    return call("min", min, *a)


def rl(a):
    return call("relu", relu, a)


def fl(a):
    return call("floor", mpmath.floor, a)


def ce(a):
    return call("ceil", mpmath.ceil, a)


def sg(a, name="sign"):
    return call(name, mpmath.sign, a)


def pi_trig(name: str, f, k, x: Ex, shift=0) -> Ex:
    """sin(k*pi*x) (or with x - shift), computed exactly at multiples of pi by sinpi/cospi."""
    arg = x.text if not shift else f"{x.text} - {shift}"
    head = "pi" if k == 1 else f"{k}*pi"
    text = f"{name}({head}*{arg})" if not shift else f"{name}({head}*({arg}))"
    return Ex(text, lambda p: f(k * (x.fn(p) - shift)))


# --- far away -------------------------------------------------------------------------------

def far_away(rng):
    x = _x(rng)
    c = rng.choice((50, 100, 500, 1000, 5000, 10 ** 4, 5 * 10 ** 4, 10 ** 5))
    c = c + rng.randint(0, 9) * (c // 10)
    beyond = [at(v=c + 1), at(v=2 * c), at(v=c + c / 2)]
    pick = rng.randrange(6)
    if pick == 0:
        return different(mn(x, c), x, beyond, note="min(x, C) vs x")
    if pick == 1:
        return different(x + rl(x - c), x, beyond, note="x + relu(x - C) vs x")
    if pick == 2:
        d = rng.randint(1, 9)
        small = Ex(f"1e-{d + 5}", lambda p: mpmath.mpf(10) ** -(d + 5))
        return different(x + small * mx(0, x - 2), x, [at(v=3), at(v=10)],
                         note="x + 1e-k max(0, x - 2) vs x")
    if pick == 3:
        return equal(mn(x, c), (x + c - bars(x - c)) / 2, points(rng, "v", -3 * c, 3 * c),
                     note="min(x, C) as abs")
    if pick == 4:
        return equal(mn(x, c), x, points(rng, "v", -3 * c, c - 1), (f"{x.text} < {c}",),
                     note="min(x, C) = x given x < C")
    return different(mx(x, -c), x, [at(v=-c - 1), at(v=-2 * c)], note="max(x, -C) vs x")


# --- narrow intervals -----------------------------------------------------------------------

def narrow(rng):
    x = _x(rng)
    eps = rng.choice(("0.05", "0.01", "0.001", "0.0001"))
    e = Ex(eps, lambda p: mpmath.mpf(eps))
    a = rng.choice(("0.3", "1.7", "-2.25", "4"))
    av = Ex(a, lambda p: mpmath.mpf(a))
    pick = rng.randrange(4)
    if pick == 0:
        return different(mx(bars(x), e), bars(x), [at(v=mpmath.mpf(eps) / 2), at(v=0)],
                         note="max(|x|, eps) vs |x|")
    if pick == 1:
        bump = mx(0, e - bars(x - av))
        return different(bars(x) + bump, bars(x), [at(v=mpmath.mpf(a))],
                         note="|x| + bump at a vs |x|")
    if pick == 2:
        return equal(mx(bars(x), e), (bars(x) + e + bars(bars(x) - e)) / 2,
                     points(rng, "v", -0.2, 0.2), note="max(|x|, eps) as abs")
    bump = mx(0, e - bars(x - av))
    return equal(x ** 2 + bump, x ** 2 + (e - bars(x - av) + bars(e - bars(x - av))) / 2,
                 points(rng, "v", mpmath.mpf(a) - 0.1, mpmath.mpf(a) + 0.1),
                 note="bump as abs")


# --- periodic terms that vanish at short decimals -------------------------------------------

def periodic(rng):
    x = _x(rng)
    k = rng.choice((100, 1000, 10 ** 4, 10 ** 5, 10 ** 6)) * rng.choice((1, 2, 5))
    half = mpmath.mpf(1) / (4 * k)
    spx = pi_trig("sin", mpmath.sinpi, k, x)
    pick = rng.randrange(5)
    if pick == 0:
        return different(x + spx, x, [at(v=half), at(v=3 * half)], note="x + sin(K pi x) vs x")
    if pick == 1:
        return different(fl(k * x), k * x, [at(v=mpmath.mpf(1) / (3 * k))],
                         note="floor(Kx) vs Kx")
    if pick == 2:
        cpx = pi_trig("cos", mpmath.cospi, k, x)
        return equal(spx ** 2 + cpx ** 2, num(1), points(rng, "v", -1, 1),
                     note="sin^2 + cos^2 at frequency K")
    if pick == 3:
        return equal(fl(k * x + 1), fl(k * x) + 1, points(rng, "v", -1, 1),
                     note="floor(Kx + 1) = floor(Kx) + 1")
    return different(x * (1 + spx ** 2), x, [at(v=half + 1)], note="x(1 + sin^2(K pi x)) vs x")


# --- integer variables ----------------------------------------------------------------------

def integer(rng):
    name = rng.choice(("n", "k", "m"))
    n = var(name, "v")
    c = rng.choice((10, 100, 1000, 10 ** 4, 10 ** 6)) * rng.randint(1, 9)
    ints = [at(v=rng.randint(-10 ** 7, 10 ** 7)) for _ in range(18)] + [at(v=0), at(v=1)]
    assume = (f"{name} integer",)
    pick = rng.randrange(7)
    if pick == 0:
        return different(n, mn(n, c), [at(v=c + 1), at(v=10 * c)], assume, note="n vs min(n, C)")
    if pick == 1:
        small = [p for p in ints if p["v"] <= c]
        return equal(n, mn(n, c), small, assume + (f"{name} <= {c}",),
                     note="n = min(n, C) given n <= C")
    if pick == 2:
        return equal(fl(n), n, ints, assume, note="floor(n) = n")
    if pick == 3:
        return equal(pi_trig("cos", mpmath.cospi, 1, n),
                     Ex(f"(-1)^{name}", lambda p: (-1) ** int(p["v"])), ints, assume,
                     note="cos(pi n) = (-1)^n")
    if pick == 4:
        return equal(pi_trig("sin", mpmath.sinpi, 1, n), num(0), ints, assume,
                     note="sin(pi n) = 0")
    if pick == 5:
        return different(fl(n / 2), n / 2, [at(v=2 * c + 1)], assume, note="floor(n/2) vs n/2")
    return different(Ex(f"(-1)^{name}", lambda p: (-1) ** int(p["v"])), num(1),
                     [at(v=2 * c + 1)], assume, note="(-1)^n vs 1")


# --- piecewise identities -------------------------------------------------------------------

def piecewise(rng):
    x, y = var("x"), var("y")
    c = rng.randint(-5, 5)
    d = rng.choice((1, 2, 3, -1, -2))
    pts = points(rng, "xy", -8, 8) + [at(x=c, y=c), at(x=c + 0.5, y=c - 0.5)]
    table = [
        (mx(x, y), (x + y + bars(x - y)) / 2, (x + y + bars(x - y + d)) / 2, "max as abs"),
        (mn(x, y), (x + y - bars(x - y)) / 2, (x + y - bars(x - y - d)) / 2, "min as abs"),
        (bars(x - c), (x - c) * sg(x - c), (x - c) * sg(x - c - d), "|x| = x sign(x)"),
        (rl(x - c), (x - c + bars(x - c)) / 2, (x - c + bars(x - c - d)) / 2, "relu as abs"),
        (ce(x - c), -fl(c - x), fl(x - c) + 1, "ceil(x) = -floor(-x)"),
        (mx(x, c), -mn(-x, -c), mx(x, c + d), "max(x, c) = -min(-x, -c)"),
        (sg(x - c) * bars(x - c), x - c, x - c - d * sg(x - c) ** 2, "sign(x)|x| = x"),
    ]
    left, good, bad, note = table[rng.randrange(len(table))]
    if rng.random() < 0.5:
        return equal(left, good, pts, note=note)
    wit = [at(x=c + d / 2, y=c), at(x=c, y=c), at(x=c + d / 4, y=c - d / 4), at(x=c + d, y=c)]
    return different(left, bad, wit, note=note + ": breakpoint shifted")
