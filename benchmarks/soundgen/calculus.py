"""Equations (solution sets), derivatives (checked by mpmath.diff) and limits (checked by
mpmath.limit), each beside the classic wrong answer."""

from __future__ import annotations

from fractions import Fraction

import mpmath

from .core import (
    Ex,
    Pair,
    bars,
    call,
    cos,
    exp,
    log,
    nonzero,
    num,
    points,
    poly,
    sin,
    tan,
    var,
)

PI = Ex("pi", lambda p: mpmath.pi)


def eqn(lhs: Ex, rhs) -> Ex:
    rhs = rhs if isinstance(rhs, Ex) else num(rhs)
    return Ex(f"{lhs.text} = {rhs.text}", lambda p: lhs.fn(p) - rhs.fn(p))


def _eq_pair(a: Ex, b: Ex, truth: str, pts, note: str) -> Pair:
    key = "points" if truth == "equal" else "witness"
    return Pair(a.text, b.text, truth, a.fn, b.fn, equation=True, note=note, **{key: pts})


# --- equations ------------------------------------------------------------------------------

def equations(rng):
    name = rng.choice(("x", "t", "y", "z"))
    x = var(name)
    a, b = nonzero(rng, -9, 9), rng.randint(-9, 9)
    c = rng.randint(-9, 9)
    r1, r2 = rng.sample(range(-6, 7), 2)
    r = rng.randint(1, 9)
    sol = Fraction(c - b, a)
    table = [
        (eqn(poly([b, a], x), c), eqn(x, num(sol)), [sol], "equal", "solve a linear equation"),
        (eqn(poly([b, a], x), c), eqn(x, num(Fraction(c + b, a))), [sol, Fraction(c + b, a)],
         "different" if b else None, "linear: sign slip"),
        (eqn((x - r1) * (x - r2), 0), eqn(poly([r1 * r2, -(r1 + r2), 1], x), 0), [r1, r2],
         "equal", "factored quadratic"),
        (eqn(poly([r1 * r2, -(r1 + r2), 1], x), 0), eqn(x, r1), [r2], "different",
         "quadratic: a root lost"),
        (eqn(x ** 2, r * r), eqn(x, r), [-r], "different", "x^2 = r^2 vs x = r"),
        (eqn(x ** 2, r * r), eqn(bars(x), r), [r, -r], "equal", "x^2 = r^2 vs |x| = r"),
        (eqn(tan(x), 1), eqn(x, PI / 4), [mpmath.pi * Fraction(5, 4)], "different",
         "tan(x) = 1 vs x = pi/4"),
        (eqn(sin(x), 0), eqn(x, 0), [mpmath.pi], "different", "sin(x) = 0 vs x = 0"),
        (eqn(exp(x), r), eqn(x, log(num(r))), [mpmath.log(r)], "equal", "e^x = r"),
        (eqn(r * x, c), eqn(x, num(Fraction(c, r))), [Fraction(c, r)], "equal", "rx = c"),
    ]
    left, right, roots, truth, note = table[rng.randrange(len(table))]
    if truth is None:
        return None
    if rng.random() < 0.15:
        left, right, roots, truth, note = _literal_equation(rng)
        name = "x"
    pts = [{name: mpmath.mpf(v) if not isinstance(v, Fraction) else mpmath.mpf(v.numerator)
            / v.denominator} for v in roots]
    if truth == "equal":
        pts += points(rng, name, -9, 9)
    return _eq_pair(left, right, truth, pts, note)


def _literal_equation(rng):
    x = var("x")
    return rng.choice([
        (eqn(tan(x), 1), eqn(x, PI / 4), [mpmath.pi * 5 / 4], "different", "literal tan"),
        (eqn(x ** 2, 4), eqn(x, 2), [-2], "different", "literal x^2 = 4"),
        (Ex("2x + 4 = 0", lambda p: 2 * p["x"] + 4), eqn(x, -2), [-2], "equal",
         "literal 2x + 4 = 0"),
        (Ex("x^2 - 5x + 6 = 0", lambda p: p["x"] ** 2 - 5 * p["x"] + 6),
         Ex("(x-2)(x-3) = 0", lambda p: (p["x"] - 2) * (p["x"] - 3)), [2, 3], "equal",
         "literal quadratic"),
    ])


# --- derivatives ----------------------------------------------------------------------------

def d(inner: Ex, name: str) -> Ex:
    text = f"d/d{name} ({inner.text})"
    return Ex(text, lambda p: mpmath.diff(lambda t: inner.fn({**p, "v": t}), p["v"]))


def derivatives(rng):
    name = rng.choice(("x", "t", "s", "u"))
    x = var(name, "v")
    n, k, m = rng.randint(2, 9), rng.randint(2, 6), rng.randint(1, 4)
    table = [
        (x ** n, n * x ** (n - 1), n * x ** n, "power rule"),
        (x ** n, n * x ** (n - 1), x ** (n - 1), "power rule: factor dropped"),
        (sin(k * x), k * cos(k * x), cos(k * x), "chain rule sin(kx)"),
        (x ** m * sin(x), poly([0] * (m - 1) + [m], x) * sin(x) + x ** m * cos(x),
         poly([0] * (m - 1) + [m], x) * cos(x), "product rule"),
        (exp(k * x ** 2), 2 * k * x * exp(k * x ** 2), exp(k * x ** 2), "chain rule exp"),
        (1 / x ** k, -k / x ** (k + 1), -k / x ** (k - 1), "power rule, negative power"),
        (x / (x + k), k / (x + k) ** 2, 1 / (x + k) ** 2, "quotient rule"),
        (log(k * x + 1), k / (k * x + 1), 1 / (k * x + 1), "chain rule ln"),
    ]
    pick = rng.randrange(len(table))
    inner, good, bad, note = table[pick]
    pts = points(rng, "v", 0.2, 3)
    left = d(inner, name)
    if rng.random() < 0.15 and pick < 2:  # the LaTeX text is of x^n: templates 0 and 1
        left = Ex(f"$\\frac{{d}}{{d{name}}} {name}^{{{n}}}$", left.fn)
    assume = (f"{name} > 0",) if "ln" in note else ()
    if rng.random() < 0.5:
        return Pair(left.text, good.text, "equal", left.fn, good.fn, points=pts,
                    assume=assume, note=note, rel=mpmath.mpf(10) ** -30)
    return Pair(left.text, bad.text, "different", left.fn, bad.fn, witness=pts[:3],
                assume=assume, note=note + ": wrong")


# --- limits ---------------------------------------------------------------------------------

def lim(body: Ex, name: str, to) -> Ex:
    """lim name->to body; the value: the body at 150 digits at 1e-30 (to 0) or 1e40 (to oo),
    which is the limit to far more than the 12 digits a limit pair is compared to."""
    where = "oo" if to == mpmath.inf else str(to)
    return Ex(f"lim {name}->{where} {body.text}", lambda p: _near(body, to))


def _near(body: Ex, to):
    with mpmath.workdps(150):
        t = mpmath.mpf(10) ** 40 if to == mpmath.inf else to + mpmath.mpf(10) ** -30
        return +body.fn({"v": t})


def limits(rng):
    name = rng.choice(("x", "t", "h"))
    x = var(name, "v")
    k, a, c = rng.randint(2, 7), rng.randint(1, 9), rng.randint(1, 9)
    inf = mpmath.inf
    table = [
        (lim(sin(k * x) / x, name, 0), num(k), num(1), "sin(kx)/x"),
        (lim((1 - cos(k * x)) / x ** 2, name, 0), num(Fraction(k * k, 2)), num(Fraction(k, 2)),
         "(1 - cos kx)/x^2"),
        (lim((a * x ** 2 + 1) / (c * x ** 2 + k), name, inf), num(Fraction(a, c)),
         num(Fraction(a, k)) if Fraction(a, k) != Fraction(a, c) else num(0), "ratio at oo"),
        (lim((exp(k * x) - 1) / x, name, 0), num(k), num(0), "(e^(kx) - 1)/x"),
        (lim((1 + k / x) ** x, name, inf), exp(num(k)), num(1), "(1 + k/x)^x"),
        (lim(1 / call("sqrt", mpmath.sqrt, x), name, inf), num(0), num(1), "1/sqrt(x) at oo"),
    ]
    left, good, bad, note = table[rng.randrange(len(table))]
    if rng.random() < 0.2:
        left, good, bad, note = _latex_limit(rng)
    if rng.random() < 0.5:
        return Pair(left.text, good.text, "equal", left.fn, good.fn, points=[{}], note=note,
                    rel=mpmath.mpf(10) ** -12)
    return Pair(left.text, bad.text, "different", left.fn, bad.fn, witness=[{}],
                note=note + ": wrong value")


def _latex_limit(rng):
    x = var("x", "v")
    sinc = lim(sin(x) / x, "x", 0)
    root = lim(1 / call("sqrt", mpmath.sqrt, x), "x", mpmath.inf)
    return rng.choice([
        (Ex("$\\lim_{x\\to 0}\\frac{\\sin x}{x}$", sinc.fn), num(1), num(0), "LaTeX sin x/x"),
        (Ex("$\\lim_{x\\to\\infty}\\frac{1}{\\sqrt{x}}$", root.fn), num(0), num(1),
         "LaTeX 1/sqrt(x)"),
    ])
