"""Adversarial families: mistakes hidden where random sampling and the kink scan do not look.

Each template writes a pair's two texts and, beside them, its two mpmath functions by hand
(the same meaning, never parsed from the text); the truth is known by construction and
re-checked at 60 digits by `established` like every other family. The weak spots aimed at:

- smooth_bumps: exp(-K (x - a)^2) added to a side: no kink to find, nonzero only near a (a
  narrow bump at a written decimal, a wide one far away, one centred at an unwritten sqrt(m)).
- close_roots: |p|, sign(p), max(0, p), min(p, 0) of a quadratic p negative only between two
  close roots (or dipping by 1e-6 below zero): the sign change is too short for a grid scan.
- floor_bands: floor/ceil that differ on bands of width 1e-3..1e-6 (floor(3x) with 0.333 for
  1/3, floor(sin x + eps), floor(x^2/q + eps)).
- plane_regions: differences confined to a small disc in the (x, y) plane, near or far.
- huge_integers: integer n that differ only for n >= 10^8 (floor(n/10^k), n mod 10^k), and
  x > 0 with floor(x/10^k): no min/max/abs to scan.
- long_sums: sums and products whose terms differ only beyond index 40.
- extraneous: equations where a cancelled factor removes the only solution (x(x-a)/(x-a) = a
  vs x = a): real solution sets differ at the excluded point.
- quasi_periodic: terms nonzero only near the peaks of sin x, cos(x-a) + cos(sqrt2 (x-a)),
  cos(x)^(10^6): smooth or kinked, periodic or not, with tiny support.
- wide_cancellation: true identities evaluated at large magnitudes where float arithmetic
  cancels catastrophically (should never be "not_equal": confirms that side is covered).
"""

from __future__ import annotations

from decimal import Decimal

import mpmath

from .core import Pair, points

mpf = mpmath.mpf
LETTERS = ("x", "t", "u", "z")


def pair(a, b, truth, fa, fb, pts, assume=(), note="", equation=False) -> Pair:
    key = "points" if truth != "different" else "witness"
    return Pair(a, b, truth, fa, fb, assume=tuple(assume), note=note, equation=equation,
                **{key: list(pts)})


def v(value) -> dict:
    return {"v": mpf(value)}


def dec(rng, lo: float, hi: float, places: int) -> str:
    """A random decimal in [lo, hi] with `places` decimals, as text (no trailing zeros)."""
    d = Decimal(rng.randint(int(lo * 10 ** places), int(hi * 10 ** places))).scaleb(-places)
    return _plain(d)


def _plain(d: Decimal) -> str:
    text = f"{d.normalize():f}"
    return "0" if text in ("-0", "") else text


def shift(name: str, a: str) -> str:
    """x - a with the sign folded: (x - 3.2), (x + 1.5), x."""
    d = Decimal(a)
    if d == 0:
        return name
    return f"({name} - {_plain(d)})" if d > 0 else f"({name} + {_plain(-d)})"


def bare(name: str, a: str) -> str:
    """x - a without brackets, for a call's only argument: sign(x - 3.2)."""
    text = shift(name, a)
    return text[1:-1] if text.startswith("(") else text


def plus(text: str, d: Decimal) -> str:
    return text if d == 0 else f"{text} + {_plain(d)}" if d > 0 else f"{text} - {_plain(-d)}"


def relu(t):
    return max(mpf(0), t)


def ln(t):
    if t <= 0:
        raise ValueError("log of a non-positive number")
    return mpmath.log(t)


def sqrt(t):
    if t < 0:
        raise ValueError("square root of a negative number")
    return mpmath.sqrt(t)


# --- smooth bumps -------------------------------------------------------------------------

def smooth_bumps(rng):
    x = rng.choice(LETTERS)
    pick = rng.randrange(7)
    if pick == 0:  # a narrow bump at a written decimal
        k = rng.choice((6, 7, 8, 9))
        a = dec(rng, -9, 9, rng.choice((2, 3, 4)))
        am = mpf(a)
        c = rng.choice((1, 2, 5))
        head = "" if c == 1 else f"{c}*"
        return pair(f"{x} + {head}exp(-10^{k}*{shift(x, a)}^2)", x, "different",
                    lambda p: p["v"] + c * mpmath.exp(-mpf(10) ** k * (p["v"] - am) ** 2),
                    lambda p: p["v"], [v(am), v(am + mpf(10) ** (-k / 2) / 3)],
                    note="x + narrow bump at a written decimal vs x")
    if pick == 1:  # a wide bump far away
        a = rng.choice((1, -1)) * rng.randint(150, 20000)
        return pair(f"{x} + exp(-{shift(x, str(a))}^2)", x, "different",
                    lambda p: p["v"] + mpmath.exp(-(p["v"] - a) ** 2), lambda p: p["v"],
                    [v(a), v(a + mpf("0.5"))], note="x + wide bump far away vs x")
    if pick == 2:  # a bump at sqrt(m): the centre is never written
        m = rng.choice([j for j in range(2, 400) if int(j ** 0.5) ** 2 != j])
        k = rng.choice((0, 2, 4, 6))
        scale = "" if k == 0 else f"10^{k}*"
        return pair(f"{x}^2 + exp(-{scale}({x}^2 - {m})^2)", f"{x}^2", "different",
                    lambda p: p["v"] ** 2 + mpmath.exp(-mpf(10) ** k * (p["v"] ** 2 - m) ** 2),
                    lambda p: p["v"] ** 2, [v(mpmath.sqrt(m)), v(-mpmath.sqrt(m))],
                    note="x^2 + bump at sqrt(m) vs x^2")
    if pick == 3:  # on top of a periodic function
        k = rng.choice((5, 6, 7, 8))
        a = dec(rng, -20, 20, 3)
        am = mpf(a)
        return pair(f"sin({x}) + exp(-10^{k}*{shift(x, a)}^2)/1000", f"sin({x})", "different",
                    lambda p: mpmath.sin(p["v"]) + mpmath.exp(-mpf(10) ** k * (p["v"] - am) ** 2)
                    / 1000, lambda p: mpmath.sin(p["v"]), [v(am)],
                    note="sin x + bump/1000 vs sin x")
    if pick == 4:  # equal: the bump written two ways
        k = rng.choice((0, 4, 6, 8))
        a = dec(rng, -9, 9, 3)
        am = mpf(a)
        scale = "" if k == 0 else f"10^{k}*"
        half = "1/2*" if k == 0 else f"10^{k}/2*"
        left = f"{x} + exp(-{scale}{shift(x, a)}^2)"
        right = f"{x} + exp(-{half}{shift(x, a)}^2)^2"
        f = lambda p: p["v"] + mpmath.exp(-mpf(10) ** k * (p["v"] - am) ** 2)  # noqa: E731
        pts = points(rng, "v", -10, 10) + [v(am), v(am + mpf(10) ** (-k / 2) / 3)]
        return pair(left, right, "equal", f, f, pts, note="bump = (half-width bump)^2")
    if pick == 5:  # equal: the bump centred on the other side of the subtraction
        a = rng.choice((1, -1)) * rng.randint(150, 20000)
        f = lambda p: p["v"] * (1 + mpmath.exp(-(p["v"] - a) ** 2))  # noqa: E731
        neg = f"({a} - {x})"   # (a - x)^2 = (x - a)^2, whatever the sign of a
        return pair(f"{x} + {x}*exp(-{shift(x, str(a))}^2)", f"{x}*(1 + exp(-{neg}^2))",
                    "equal", f, f, points(rng, "v", -10, 10) + [v(a), v(a + mpf("0.3"))],
                    note="x(1 + far bump) factored")
    # a bump that is also a written mistake: exp(-K(x-a)^2) vs exp(-K(x+a)^2)
    k = rng.choice((4, 6, 8))
    a = dec(rng, 1, 9, 3)
    am = mpf(a)
    return pair(f"{x} + exp(-10^{k}*{shift(x, a)}^2)", f"{x} + exp(-10^{k}*({x} + {a})^2)",
                "different",
                lambda p: p["v"] + mpmath.exp(-mpf(10) ** k * (p["v"] - am) ** 2),
                lambda p: p["v"] + mpmath.exp(-mpf(10) ** k * (p["v"] + am) ** 2),
                [v(am), v(-am)], note="bump at a vs bump at -a")


# --- close roots --------------------------------------------------------------------------

def close_roots(rng):
    x = rng.choice(LETTERS)
    a = Decimal(dec(rng, -9, 9, 2))
    delta = Decimal(1).scaleb(-rng.choice((3, 4, 5, 6)))
    b = a + delta
    am, bm, mid = mpf(str(a)), mpf(str(b)), (mpf(str(a)) + mpf(str(b))) / 2
    prod_text = f"{shift(x, str(a))}*{shift(x, str(b))}"
    q = lambda p: (p["v"] - am) * (p["v"] - bm)  # noqa: E731
    # the same product expanded: x^2 - (a+b)x + ab, written with exact decimals
    s, c = a + b, a * b
    lin = f" - {_plain(s)}*{x}" if s > 0 else f" + {_plain(-s)}*{x}" if s < 0 else ""
    expanded = plus(f"{x}^2{lin}", c)
    wit = [v(mid), v(am + (bm - am) / 4)]
    pts = points(rng, "v", -10, 10) + [v(am), v(bm), v(mid), v(am - 1), v(bm + 1)]
    pick = rng.randrange(9)
    if pick == 0:
        return pair(f"|{prod_text}|", prod_text, "different", lambda p: abs(q(p)), q, wit,
                    note="|(x-a)(x-b)| vs (x-a)(x-b), b - a tiny")
    if pick == 1:
        return pair(f"|{expanded}|", expanded, "different", lambda p: abs(q(p)), q, wit,
                    note="|x^2 - sx + p| vs itself, close roots")
    if pick == 2:
        return pair(f"sign({prod_text})", f"sign({shift(x, str(a))}^2)", "different",
                    lambda p: mpmath.sign(q(p)), lambda p: mpmath.sign((p["v"] - am) ** 2), wit,
                    note="sign((x-a)(x-b)) vs sign((x-a)^2)")
    if pick == 3:
        return pair(f"{x} + max(0, -{prod_text})", x, "different",
                    lambda p: p["v"] + relu(-q(p)), lambda p: p["v"], wit,
                    note="x + max(0, -(x-a)(x-b)) vs x")
    if pick == 4:
        eps = Decimal(1).scaleb(-rng.choice((6, 8, 10)))
        cm = a * a - eps
        text = plus(f"{x}^2" + (f" - {_plain(2 * a)}*{x}" if a > 0 else
                                f" + {_plain(-2 * a)}*{x}" if a < 0 else ""), cm)
        f = lambda p: p["v"] ** 2 - 2 * am * p["v"] + mpf(str(cm))  # noqa: E731
        return pair(f"min({text}, 0)", "0", "different", lambda p: min(f(p), mpf(0)),
                    lambda p: mpf(0), [v(am)], note="min(x^2 - 2ax + a^2 - eps, 0) vs 0")
    # equal: a positive quadratic (no roots), the product of absolute values, signs
    if pick == 5:
        eps = Decimal(1).scaleb(-rng.choice((6, 8, 10)))
        cm = a * a + eps
        text = plus(f"{x}^2" + (f" - {_plain(2 * a)}*{x}" if a > 0 else
                                f" + {_plain(-2 * a)}*{x}" if a < 0 else ""), cm)
        f = lambda p: p["v"] ** 2 - 2 * am * p["v"] + mpf(str(cm))  # noqa: E731
        return pair(f"|{text}|", text, "equal", lambda p: abs(f(p)), f, pts,
                    note="|x^2 - 2ax + a^2 + eps| = itself")
    if pick == 6:
        return pair(f"|{prod_text}|", f"|{shift(x, str(a))}|*|{shift(x, str(b))}|", "equal",
                    lambda p: abs(q(p)), lambda p: abs(p["v"] - am) * abs(p["v"] - bm), pts,
                    note="|(x-a)(x-b)| = |x-a||x-b|")
    if pick == 7:
        return pair(f"sign({prod_text})", f"sign({bare(x, str(a))})*sign({bare(x, str(b))})",
                    "equal", lambda p: mpmath.sign(q(p)),
                    lambda p: mpmath.sign(p["v"] - am) * mpmath.sign(p["v"] - bm), pts,
                    note="sign((x-a)(x-b)) = sign(x-a) sign(x-b)")
    return pair(f"max(0, -{shift(x, str(a))}^2 - {_plain(delta)})", "0", "equal",
                lambda p: relu(-(p["v"] - am) ** 2 - mpf(str(delta))), lambda p: mpf(0), pts,
                note="max(0, -(x-a)^2 - eps) = 0")


# --- floor bands --------------------------------------------------------------------------

def floor_bands(rng):
    x = rng.choice(LETTERS)
    fl = mpmath.floor
    pick = rng.randrange(8)
    pts = points(rng, "v", -10, 10) + [v(j / 6) for j in range(-12, 13)]
    if pick == 0:  # Hermite's identity with rounded thirds
        d = rng.choice((3, 4, 5, 6))
        third = "0." + "3" * d
        two = "0." + "6" * (d - 1) + "7"
        j = rng.randint(-5, 5)
        w = j + mpf(2) / 3 + mpf(10) ** -(d + 1)  # 2/3 < frac < 0.66..7: floor(x + 0.33..3)
        return pair(f"floor(3*{x})", f"floor({x}) + floor({x} + {third}) + floor({x} + {two})",
                    "different", lambda p: fl(3 * p["v"]),
                    lambda p: fl(p["v"]) + fl(p["v"] + mpf(third)) + fl(p["v"] + mpf(two)),
                    [v(w), v(j + mpf(1) / 3 - mpf(10) ** -(d + 2))],
                    note="floor(3x) with 1/3, 2/3 rounded")
    if pick == 1:  # floor(2x) with 1/2 nudged
        d = rng.choice((3, 4, 5, 6))
        nudge = "0.5" + "0" * (d - 2) + "1"
        j = rng.randint(-5, 5)
        return pair(f"floor(2*{x})", f"floor({x}) + floor({x} + {nudge})", "different",
                    lambda p: fl(2 * p["v"]), lambda p: fl(p["v"]) + fl(p["v"] + mpf(nudge)),
                    [v(j + mpf("0.5") - mpf(10) ** -(d + 1) / 2)],
                    note="floor(2x) with 1/2 nudged")
    if pick == 2:  # floor(sin x + eps) vs floor(sin x)
        k = rng.choice((3, 4, 5, 6, 7))
        eps = mpf(10) ** -k
        fn = rng.choice(("sin", "cos"))
        f = getattr(mpmath, fn)
        wit = [v(-eps / 2), v(mpmath.pi + eps / 2)] if fn == "sin" else \
            [v(mpmath.pi / 2 + eps / 2), v(-mpmath.pi / 2 - eps / 2)]
        return pair(f"floor({fn}({x}) + 10^(-{k}))", f"floor({fn}({x}))", "different",
                    lambda p: fl(f(p["v"]) + eps), lambda p: fl(f(p["v"])), wit,
                    note="floor(sin x + eps) vs floor(sin x)")
    if pick == 3:  # floor(x^2/q + eps) vs floor(x^2/q)
        q = rng.randint(2, 30)
        k = rng.choice((4, 5, 6))
        eps = mpf(10) ** -k
        m = rng.randint(1, 4)
        w = mpmath.sqrt(q * (m - eps / 2))
        return pair(f"floor({x}^2/{q} + 10^(-{k}))", f"floor({x}^2/{q})", "different",
                    lambda p: fl(p["v"] ** 2 / q + eps), lambda p: fl(p["v"] ** 2 / q),
                    [v(w), v(-w)], note="floor(x^2/q + eps) vs floor(x^2/q)")
    if pick == 4:  # ceil(x^3 - eps) vs ceil(x^3)
        k = rng.choice((4, 5, 6))
        eps = mpf(10) ** -k
        m = rng.randint(2, 30)
        w = mpmath.cbrt(m + eps / 2)
        return pair(f"ceil({x}^3 - 10^(-{k}))", f"ceil({x}^3)", "different",
                    lambda p: mpmath.ceil(p["v"] ** 3 - eps), lambda p: mpmath.ceil(p["v"] ** 3),
                    [v(w)], note="ceil(x^3 - eps) vs ceil(x^3)")
    # equal: the exact identities
    if pick == 5:
        return pair(f"floor(3*{x})", f"floor({x}) + floor({x} + 1/3) + floor({x} + 2/3)",
                    "equal", lambda p: fl(3 * p["v"]),
                    lambda p: fl(p["v"]) + fl(p["v"] + mpf(1) / 3) + fl(p["v"] + mpf(2) / 3),
                    pts + [v(rng.randint(-5, 5) + mpf("0.6667"))], note="Hermite, n = 3")
    if pick == 6:
        q = rng.randint(2, 30)
        k = rng.randint(1, 9)
        return pair(f"floor({x}^2/{q} + {k})", f"floor({x}^2/{q}) + {k}", "equal",
                    lambda p: fl(p["v"] ** 2 / q + k), lambda p: fl(p["v"] ** 2 / q) + k,
                    pts + [v(mpmath.sqrt(q) * (1 - mpf(10) ** -7))], note="floor(u + k)")
    k = rng.choice((3, 4, 5, 6, 7))
    return pair(f"floor(sin({x}) - 10^(-{k})) + 1", f"ceil(sin({x}) - 10^(-{k}))", "different",
                lambda p: fl(mpmath.sin(p["v"]) - mpf(10) ** -k) + 1,
                lambda p: mpmath.ceil(mpmath.sin(p["v"]) - mpf(10) ** -k),
                [v(mpmath.asin(mpf(10) ** -k))], note="floor(u) + 1 vs ceil(u) at sin x = eps")


# --- regions of the plane -----------------------------------------------------------------

def plane_regions(rng):
    x, y = rng.choice((("x", "y"), ("a", "b"), ("u", "w")))
    pick = rng.randrange(6)
    if pick in (0, 1, 4):
        if pick == 0:  # a small disc near the origin
            a, b = Decimal(dec(rng, -5, 5, 1)), Decimal(dec(rng, -5, 5, 1))
            r2 = rng.choice((Decimal("0.01"), Decimal("0.04"), Decimal("0.0001")))
        else:  # a unit disc far away (or a wider one)
            a = Decimal(rng.choice((1, -1)) * rng.randint(15, 400))
            b = Decimal(rng.choice((1, -1)) * rng.randint(15, 400))
            r2 = Decimal(rng.choice((1, 4, 25)))
        am, bm, rm = mpf(str(a)), mpf(str(b)), mpf(str(r2))
        disc = f"{_plain(r2)} - {shift(x, str(a))}^2 - {shift(y, str(b))}^2"
        hump = lambda p: rm - (p["x"] - am) ** 2 - (p["y"] - bm) ** 2  # noqa: E731
        if pick == 4:  # equal: max(0, h) as (h + |h|)/2
            pts = points(rng, "xy", -10, 10) + [{"x": am, "y": bm}, {"x": am + 1, "y": bm}]
            return pair(f"{x}*{y} + max(0, {disc})", f"{x}*{y} + ({disc} + |{disc}|)/2",
                        "equal", lambda p: p["x"] * p["y"] + relu(hump(p)),
                        lambda p: p["x"] * p["y"] + (hump(p) + abs(hump(p))) / 2, pts,
                        note="max(0, h) = (h + |h|)/2 on a disc")
        return pair(f"{x}*{y} + max(0, {disc})", f"{x}*{y}", "different",
                    lambda p: p["x"] * p["y"] + relu(hump(p)), lambda p: p["x"] * p["y"],
                    [{"x": am, "y": bm}],
                    note="xy + max(0, r^2 - |(x,y) - c|^2) vs xy" + (" (far)" if pick else ""))
    if pick == 2:  # a smooth bump in the plane, far away
        a = rng.choice((1, -1)) * rng.randint(15, 400)
        b = rng.choice((1, -1)) * rng.randint(15, 400)
        return pair(f"{x} + {y} + exp(-{shift(x, str(a))}^2 - {shift(y, str(b))}^2)",
                    f"{x} + {y}", "different",
                    lambda p: p["x"] + p["y"] + mpmath.exp(-(p["x"] - a) ** 2 - (p["y"] - b) ** 2),
                    lambda p: p["x"] + p["y"], [{"x": mpf(a), "y": mpf(b)}],
                    note="x + y + far 2-D bump vs x + y")
    if pick == 3:  # a thin wedge: x and y nearly equal and both large
        c = rng.choice((10, 100, 1000, 10 ** 4))
        return pair(f"max({x}, {y}) + max(0, {x} + {y} - {2 * c} - |{x} - {y}|*{c})",
                    f"max({x}, {y})", "different",
                    lambda p: max(p["x"], p["y"]) + relu(p["x"] + p["y"] - 2 * c
                                                         - abs(p["x"] - p["y"]) * c),
                    lambda p: max(p["x"], p["y"]), [{"x": mpf(2 * c), "y": mpf(2 * c)}],
                    note="max(x, y) + wedge along x = y beyond C vs max(x, y)")
    # equal: the max identity in two variables, shifted far
    a = rng.randint(-400, 400)
    f = lambda p: max(p["x"], p["y"] + a)  # noqa: E731
    sy = f"{y} + {a}" if a >= 0 else f"{y} - {-a}"
    pts = points(rng, "xy", -500, 500) + [{"x": mpf(a), "y": mpf(0)}]
    return pair(f"max({x}, {sy})", f"({x} + {sy} + |{x} - {y} - {a}|)/2".replace("- -", "+ "),
                "equal", f, f, pts, note="max(x, y + a) as abs")


# --- huge integers ------------------------------------------------------------------------

def huge_integers(rng):
    n = rng.choice(("n", "k", "m"))
    k = rng.randint(8, 14)
    c = rng.choice((1, 1, 1, 2, 3, 5))
    big = c * 10 ** k
    tb = f"10^{k}" if c == 1 else f"({c}*10^{k})"
    assume = (f"{n} integer", f"{n} >= 0")
    j, r = rng.randint(1, 9), rng.randint(1, 999)
    wit = [v(j * big + r), v(3 * big + 7)]
    ints = [v(rng.randint(0, 10 ** 17)) for _ in range(10)] + \
        [v(rng.randint(0, 1000)) for _ in range(8)] + [v(0), v(big), v(big - 1)]
    fl = mpmath.floor
    pick = rng.randrange(7)
    if pick == 0:
        return pair(f"floor({n}/{tb})", "0", "different", lambda p: fl(p["v"] / big),
                    lambda p: mpf(0), wit, assume, note="floor(n/10^k) vs 0")
    if pick == 1:
        return pair(f"{n} - {tb}*floor({n}/{tb})", n, "different",
                    lambda p: p["v"] - big * fl(p["v"] / big), lambda p: p["v"], wit, assume,
                    note="n mod 10^k vs n")
    if pick == 2:
        return pair(f"(-1)^floor({n}/{tb})", "1", "different",
                    lambda p: (-1) ** int(fl(p["v"] / big)), lambda p: mpf(1),
                    [v(big + r), v(3 * big)], assume, note="(-1)^floor(n/10^k) vs 1")
    if pick == 3:
        x = rng.choice(("x", "t"))
        kk = rng.randint(7, 12)
        return pair(f"{x} + floor({x}/10^{kk})", x, "different",
                    lambda p: p["v"] + fl(p["v"] / 10 ** kk), lambda p: p["v"],
                    [v(2 * 10 ** kk), v(10 ** (kk + 1))], (f"{x} > 0",),
                    note="x + floor(x/10^k) vs x, x > 0")
    if pick == 4:
        return pair(f"{n}*(1 + floor({n}/{tb}))", n, "different",
                    lambda p: p["v"] * (1 + fl(p["v"] / big)), lambda p: p["v"], wit, assume,
                    note="n(1 + floor(n/10^k)) vs n")
    # equal: nested floors, a shifted floor
    if pick == 5:
        return pair(f"floor(floor({n}/10)/10^{k - 1})", f"floor({n}/10^{k})", "equal",
                    lambda p: fl(fl(p["v"] / 10) / 10 ** (k - 1)), lambda p: fl(p["v"] / 10 ** k),
                    ints + wit, assume, note="floor(floor(n/10)/10^(k-1)) = floor(n/10^k)")
    return pair(f"floor(({n} + {tb})/{tb})", f"floor({n}/{tb}) + 1", "equal",
                lambda p: fl((p["v"] + big) / big), lambda p: fl(p["v"] / big) + 1, ints + wit,
                assume, note="floor((n + 10^k)/10^k) = floor(n/10^k) + 1")


# --- sums beyond index 40 -----------------------------------------------------------------

def _upto(p):
    return range(1, int(p["n"]) + 1)


def long_sums(rng):
    n = rng.choice(("n", "N", "m"))
    big = rng.randint(41, 90)
    assume = (f"{n} integer", f"{n} >= 1")
    fl = mpmath.floor
    wit = [{"n": big + 3}, {"n": 2 * big + 1}]
    pts = [{"n": m} for m in list(range(1, 13)) + [big - 1, big, big + 1, 2 * big + 5, 200]]
    pick = rng.randrange(8)
    if pick == 0:
        return pair(f"sum(i=1..{n}, i + floor(i/{big}))", f"{n}*({n} + 1)/2", "different",
                    lambda p: mpmath.fsum(i + fl(mpf(i) / big) for i in _upto(p)),
                    lambda p: mpf(p["n"]) * (p["n"] + 1) / 2, wit, assume,
                    note="sum of i + floor(i/K) vs n(n+1)/2")
    if pick == 1:
        return pair(f"sum(i=1..{n}, max(0, i - {big}))", "0", "different",
                    lambda p: mpmath.fsum(relu(mpf(i - big)) for i in _upto(p)),
                    lambda p: mpf(0), wit, assume, note="sum of max(0, i - K) vs 0")
    if pick == 2:
        return pair(f"prod(k=1..{n}, 1 + floor(k/{big}))", "1", "different",
                    lambda p: mpmath.fprod(1 + fl(mpf(i) / big) for i in _upto(p)),
                    lambda p: mpf(1), wit, assume, note="prod of 1 + floor(k/K) vs 1")
    if pick == 3:
        x = rng.choice(("x", "a", "y"))
        lists = [{"n": m, x: [mpf(rng.uniform(-5, 5)) for _ in range(m)]}
                 for m in (big + 2, 2 * big)]
        return pair(f"sum(i=1..{n}, {x}_i + max(0, i - {big}))", f"sum(i=1..{n}, {x}_i)",
                    "different",
                    lambda p: mpmath.fsum(t + relu(mpf(i + 1 - big)) for i, t in enumerate(p[x])),
                    lambda p: mpmath.fsum(p[x]), lists, (),
                    note="sum of x_i + max(0, i - K) vs sum of x_i")
    if pick == 4:
        return pair(f"sum(i=1..{n}, i^2) + floor({n}/{big})", f"{n}*({n} + 1)*(2*{n} + 1)/6",
                    "different",
                    lambda p: mpmath.fsum(mpf(i) ** 2 for i in _upto(p)) + fl(mpf(p["n"]) / big),
                    lambda p: mpf(p["n"]) * (p["n"] + 1) * (2 * p["n"] + 1) / 6, wit, assume,
                    note="sum of i^2 + floor(n/K) vs closed form")
    if pick == 5:
        return pair(f"sum(i=1..{n}, 1/(i*(i + 1)) + floor(i/{big})/i^2)", f"1 - 1/({n} + 1)",
                    "different",
                    lambda p: mpmath.fsum(mpf(1) / (i * (i + 1)) + fl(mpf(i) / big) / mpf(i) ** 2
                                          for i in _upto(p)),
                    lambda p: 1 - mpf(1) / (p["n"] + 1), wit, assume,
                    note="telescoping sum + floor(i/K)/i^2 vs 1 - 1/(n+1)")
    # equal: closed forms that need terms beyond index 40
    if pick == 6:
        m = f"min({n}, {big})"
        return pair(f"sum(i=1..{n}, min(i, {big}))", f"{m}*({m} + 1)/2 + {big}*({n} - {m})",
                    "equal", lambda p: mpmath.fsum(min(i, big) for i in _upto(p)),
                    lambda p: (lambda mm: mpf(mm) * (mm + 1) / 2 + big * (p["n"] - mm))(
                        min(p["n"], big)), pts, assume, note="sum of min(i, K) in closed form")
    q = f"floor({n}/{big})"
    return pair(f"sum(i=1..{n}, floor(i/{big}))",
                f"{big}*{q}*({q} - 1)/2 + {q}*({n} - {big}*{q} + 1)", "equal",
                lambda p: mpmath.fsum(fl(mpf(i) / big) for i in _upto(p)),
                lambda p: (lambda qq: big * qq * (qq - 1) / 2 + qq * (p["n"] - big * qq + 1))(
                    fl(mpf(p["n"]) / big)), pts, assume, note="sum of floor(i/K) in closed form")


# --- extraneous solutions -----------------------------------------------------------------

def extraneous(rng):
    x = rng.choice(("x", "t", "y", "z"))
    a = rng.choice([j for j in range(-9, 10) if j])
    b = rng.choice([j for j in range(-9, 10) if j not in (0, a)])
    sa = shift(x, str(a))
    at_a = [v(a)]

    def eq(lhs, rhs, fl, fr):
        return f"{lhs} = {rhs}", lambda p: fl(p) - fr(p)

    X = lambda p: p["v"]  # noqa: E731, N806
    pick = rng.randrange(8)
    if pick == 0:
        left = eq(f"{x}*{sa}/{sa}", str(a), lambda p: X(p) * (X(p) - a) / (X(p) - a),
                  lambda p: a)
        right = eq(x, str(a), X, lambda p: a)
        return pair(left[0], right[0], "different", left[1], right[1], at_a, equation=True,
                    note="x(x-a)/(x-a) = a vs x = a (no solution vs a)")
    if pick == 1:
        left = eq(f"{x}^2/{x}", "0", lambda p: X(p) ** 2 / X(p), lambda p: 0)
        right = eq(x, "0", X, lambda p: 0)
        return pair(left[0], right[0], "different", left[1], right[1], [v(0)], equation=True,
                    note="x^2/x = 0 vs x = 0")
    if pick == 2:
        left = eq(f"{x} + 1/{sa}", f"{a} + 1/{sa}", lambda p: X(p) + 1 / (X(p) - a),
                  lambda p: a + 1 / (X(p) - a))
        right = eq(x, str(a), X, lambda p: a)
        return pair(left[0], right[0], "different", left[1], right[1], at_a, equation=True,
                    note="x + 1/(x-a) = a + 1/(x-a) vs x = a")
    if pick == 3:
        left = eq(f"({x}^2 - {a * a})/{sa}", str(2 * a),
                  lambda p: (X(p) ** 2 - a * a) / (X(p) - a), lambda p: 2 * a)
        right = eq(x, str(a), X, lambda p: a)
        return pair(left[0], right[0], "different", left[1], right[1], at_a, equation=True,
                    note="(x^2 - a^2)/(x - a) = 2a vs x = a")
    if pick == 4:
        left = eq(f"{sa}/{sa}", "1", lambda p: (X(p) - a) / (X(p) - a), lambda p: 1)
        right = eq(x, x, X, X)
        return pair(left[0], right[0], "different", left[1], right[1], at_a, equation=True,
                    note="(x-a)/(x-a) = 1 vs x = x (all x but a vs all x)")
    if pick == 5:
        left = eq(f"sqrt({x})^2", x, lambda p: sqrt(X(p)) ** 2, X)
        right = eq(x, x, X, X)
        return pair(left[0], right[0], "different", left[1], right[1], [v(-1), v(-4)],
                    equation=True, note="sqrt(x)^2 = x vs x = x")
    # equal: the cancelled factor is not at a solution
    pts = [v(b), v(a), v(0)] + points(rng, "v", -10, 10)
    if pick == 6:
        left = eq(f"{x}*{sa}/{sa}", str(b), lambda p: X(p) * (X(p) - a) / (X(p) - a),
                  lambda p: b)
        right = eq(x, str(b), X, lambda p: b)
        return pair(left[0], right[0], "equal", left[1], right[1], pts, equation=True,
                    note="x(x-a)/(x-a) = b vs x = b")
    c = a + b  # (x^2 - a^2)/(x - a) = c  <=>  x = c - a = b, b != a
    left = eq(f"({x}^2 - {a * a})/{sa}", str(c), lambda p: (X(p) ** 2 - a * a) / (X(p) - a),
              lambda p: c)
    right = eq(x, str(b), X, lambda p: b)
    return pair(left[0], right[0], "equal", left[1], right[1], pts, equation=True,
                note="(x^2 - a^2)/(x - a) = c vs x = c - a")


# --- quasi-periodic peaks -----------------------------------------------------------------

def quasi_periodic(rng):
    x = rng.choice(LETTERS)
    pick = rng.randrange(7)
    k = rng.choice((4, 5, 6, 7, 8))
    eps = Decimal(1).scaleb(-k)
    em = mpf(str(eps))
    if pick == 0:
        level = _plain(1 - eps)
        fn = rng.choice(("sin", "cos"))
        f = getattr(mpmath, fn)
        peak = mpmath.pi / 2 if fn == "sin" else mpf(0)
        j = rng.randint(-3, 3)
        return pair(f"{x} + max(0, {fn}({x}) - {level})", x, "different",
                    lambda p: p["v"] + relu(f(p["v"]) - 1 + em), lambda p: p["v"],
                    [v(peak + 2 * j * mpmath.pi), v(peak)],
                    note="x + max(0, sin x - (1 - eps)) vs x")
    if pick == 1:
        a = dec(rng, -9, 9, 2)
        am = mpf(a)
        s = shift(x, a)
        d = _plain(2 - Decimal(1).scaleb(-rng.choice((2, 3, 4))))
        dm = mpf(d)
        return pair(f"{x} + max(0, cos{s if s.startswith('(') else '(' + s + ')'} + "
                    f"cos(sqrt(2)*{s}) - {d})", x, "different",
                    lambda p: p["v"] + relu(mpmath.cos(p["v"] - am)
                                            + mpmath.cos(mpmath.sqrt(2) * (p["v"] - am)) - dm),
                    lambda p: p["v"], [v(am)],
                    note="x + max(0, cos(x-a) + cos(sqrt2 (x-a)) - (2 - eps)) vs x")
    if pick == 2:
        m = rng.choice((10 ** 4, 10 ** 5, 10 ** 6, 2 * 10 ** 6))
        fn = rng.choice(("sin", "cos"))
        f = getattr(mpmath, fn)
        peak = mpmath.pi / 2 if fn == "sin" else mpmath.pi
        return pair(f"{x} + {fn}({x})^{m}", x, "different",
                    lambda p: p["v"] + f(p["v"]) ** m, lambda p: p["v"],
                    [v(peak), v(peak + 2 * mpmath.pi)], note="x + cos(x)^M, M huge, vs x")
    if pick == 3:
        a = dec(rng, -9, 9, 2)
        am = mpf(a)
        s = shift(x, a)
        inner = s if s.startswith("(") else f"({s})"
        return pair(f"floor((cos{inner} + cos(sqrt(3)*{s}))/2)", "0", "different",
                    lambda p: mpmath.floor((mpmath.cos(p["v"] - am)
                                            + mpmath.cos(mpmath.sqrt(3) * (p["v"] - am))) / 2),
                    lambda p: mpf(0), [v(am)], note="floor((cos + cos sqrt3)/2) vs 0 (=1 once)")
    # equal: the peaks never reach the level
    pts = points(rng, "v", -10, 10) + [v(mpmath.pi / 2), v(0), v(mpmath.pi)]
    if pick == 4:
        return pair(f"{x} + max(0, sin({x}) - 1 - {_plain(eps)})", x, "equal",
                    lambda p: p["v"] + relu(mpmath.sin(p["v"]) - 1 - em), lambda p: p["v"],
                    pts, note="max(0, sin x - 1 - eps) = 0")
    if pick == 5:
        a = dec(rng, -9, 9, 2)
        am = mpf(a)
        s = shift(x, a)
        inner = s if s.startswith("(") else f"({s})"
        return pair(f"max(0, cos{inner} + cos(sqrt(2)*{s}) - 2)", "0", "equal",
                    lambda p: relu(mpmath.cos(p["v"] - am)
                                   + mpmath.cos(mpmath.sqrt(2) * (p["v"] - am)) - 2),
                    lambda p: mpf(0), pts + [v(am + mpf("0.001"))],
                    note="max(0, cos + cos sqrt2 - 2) = 0")
    m = rng.choice((10 ** 4, 10 ** 5, 10 ** 6))
    return pair(f"cos({x})^{2 * m}", f"(1 - sin({x})^2)^{m}", "equal",
                lambda p: mpmath.cos(p["v"]) ** (2 * m),
                lambda p: (1 - mpmath.sin(p["v"]) ** 2) ** m,
                [v(mpmath.pi * j) for j in range(-3, 4)] + [v(mpf(j) / 7) for j in range(-9, 9)],
                note="cos^2M = (1 - sin^2)^M")


# --- wide cancellation (true identities: should never be not_equal) -----------------------

def wide_cancellation(rng):
    x = rng.choice(LETTERS)
    c = rng.randint(1, 9)
    wide = points(rng, "v", 1, 10 ** 6) + [v(10 ** k) for k in range(0, 7)] + \
        [v(mpf(10) ** rng.uniform(0, 6)) for _ in range(6)]
    both = wide + [v(-t["v"]) for t in wide]
    X = lambda p: p["v"]  # noqa: E731, N806
    pick = rng.randrange(8)
    if pick == 0:
        return pair(f"sqrt({x}^2 + {c}) - {x}", f"{c}/(sqrt({x}^2 + {c}) + {x})", "equal",
                    lambda p: mpmath.sqrt(X(p) ** 2 + c) - X(p),
                    lambda p: c / (mpmath.sqrt(X(p) ** 2 + c) + X(p)), both,
                    note="sqrt(x^2 + c) - x rationalized")
    if pick == 1:
        return pair(f"ln({c} + exp({x})) - {x}", f"ln(1 + {c}*exp(-{x}))", "equal",
                    lambda p: mpmath.log(c + mpmath.exp(X(p))) - X(p),
                    lambda p: mpmath.log(1 + c * mpmath.exp(-X(p))),
                    points(rng, "v", -700, 700) + [v(300), v(-300), v(30), v(700)],
                    note="ln(c + e^x) - x = ln(1 + c e^-x) at |x| <= 700")
    if pick == 2:
        n = rng.randint(3, 8)
        return pair(f"({x} + {c})^{n} - {x}^{n}", f"(({x} + {c}) - {x})*sum(j=0..{n - 1}, "
                    f"({x} + {c})^j*{x}^({n - 1} - j))", "equal",
                    lambda p: (X(p) + c) ** n - X(p) ** n,
                    lambda p: c * mpmath.fsum((X(p) + c) ** j * X(p) ** (n - 1 - j)
                                              for j in range(n)), both,
                    note="a^n - b^n factored, |x| up to 1e6")
    if pick == 3:
        return pair(f"1 - cos({c}/{x})", f"2*sin({c}/(2*{x}))^2", "equal",
                    lambda p: 1 - mpmath.cos(c / X(p)), lambda p: 2 * mpmath.sin(c / (2 * X(p)))
                    ** 2, both, note="1 - cos(1/x) = 2 sin^2(1/(2x)) at large x")
    if pick == 4:
        return pair(f"ln({x} + sqrt({x}^2 + {c}))", f"ln({c}) - ln(sqrt({x}^2 + {c}) - {x})",
                    "equal", lambda p: mpmath.log(X(p) + mpmath.sqrt(X(p) ** 2 + c)),
                    lambda p: mpmath.log(c) - mpmath.log(mpmath.sqrt(X(p) ** 2 + c) - X(p)), both,
                    note="ln(x + sqrt(x^2 + c)) = ln c - ln(sqrt(x^2 + c) - x)")
    if pick == 5:
        return pair(f"exp({x})*(exp({c}/{x}) - 1)", f"exp({x})*(exp({c}/(2*{x})) - 1)*"
                    f"(exp({c}/(2*{x})) + 1)", "equal",
                    lambda p: mpmath.exp(X(p)) * (mpmath.exp(c / X(p)) - 1),
                    lambda p: mpmath.exp(X(p)) * (mpmath.exp(c / (2 * X(p))) - 1)
                    * (mpmath.exp(c / (2 * X(p))) + 1),
                    points(rng, "v", 1, 500) + [v(100), v(700)],
                    note="e^x (e^(1/x) - 1) factored at large x")
    # mistakes of the same shape (the approximation a learner writes)
    if pick == 6:
        return pair(f"sqrt({x}^2 + {c}) - {x}", f"{c}/(2*{x})", "different",
                    lambda p: mpmath.sqrt(X(p) ** 2 + c) - X(p), lambda p: mpf(c) / (2 * X(p)),
                    [v(1), v(2), v(10 ** 6)], (f"{x} > 0",),
                    note="sqrt(x^2 + c) - x vs c/(2x)")
    return pair(f"ln({c} + exp({x})) - {x}", f"{c}*exp(-{x})", "different",
                lambda p: mpmath.log(c + mpmath.exp(X(p))) - X(p),
                lambda p: c * mpmath.exp(-X(p)), [v(0), v(1), v(40)],
                note="ln(c + e^x) - x vs c e^-x")
