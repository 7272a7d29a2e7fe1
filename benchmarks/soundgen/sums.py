"""Families with sums and products: indexed symbols with a symbolic n (checked at n = 1..6
with random x_i), closed forms, empty ranges (a learner means 0 and 1), probability."""

from __future__ import annotations

from fractions import Fraction

import mpmath

from .core import Pair, mpq

INDEX = ("i", "j", "k")


def _lists(rng, names, k=20, lo=-5.0, hi=5.0) -> list[dict]:
    """Points {n, and a list of n values per name} for n = 1..6, k of them."""
    out = []
    for m in range(k):
        n = 1 + m % 6
        out.append({"n": n, **{v: [mpmath.mpf(rng.uniform(lo, hi)) for _ in range(n)]
                               for v in names}})
    return out


def pair(a, b, truth, fa, fb, pts, assume=(), note="", **kw) -> Pair:
    key = "points" if truth != "different" else "witness"
    return Pair(a, b, truth, fa, fb, assume=tuple(assume), note=note, **{key: pts}, **kw)


def S(v, f=lambda t: t):  # noqa: N802 - the sum sign
    return lambda p: mpmath.fsum(f(t) for t in p[v])


# --- indexed symbols ------------------------------------------------------------------------

def indexed(rng):
    x, y = rng.sample(("x", "y", "z", "w", "q"), 2)
    i, j = rng.sample(INDEX, 2)
    n = rng.choice(("n", "N", "m"))
    a, b = rng.randint(2, 9), rng.randint(1, 9)

    def sm(body, idx=i):
        return f"\\sum_{{{idx}=1}}^{{{n}}} {body}"

    sx, sxx, sy = S(x), S(x, lambda t: t * t), S(y)
    mean = f"\\frac{{1}}{{{n}}}{sm(f'{x}_{i}')}"
    wit = [{"n": 2, x: [mpmath.mpf(1), mpmath.mpf(2)], y: [mpmath.mpf(3), mpmath.mpf(-1)]},
           {"n": 3, x: [mpmath.mpf(v) for v in (1, -2, 4)], y: [mpmath.mpf(v) for v in (2, 5, 1)]}]
    pts = _lists(rng, (x, y))
    table = [
        (f"({sm(f'{x}_{i}')})^2", f"{n}{sm(f'{x}_{i}^2')}", "different",
         lambda p: sx(p) ** 2, lambda p: p["n"] * sxx(p), "(sum x)^2 vs n sum x^2"),
        (f"({sm(f'{x}_{i}')})^2", f"{sm(sm(f'{x}_{i} {x}_{j}', j))}", "equal",
         lambda p: sx(p) ** 2, lambda p: sx(p) ** 2, "(sum x)^2 as a double sum"),
        (f"\\frac{{1}}{{{n}}}{sm(f'{x}_{i}^2')} - ({mean})^2",
         f"\\frac{{1}}{{{n}}}{sm(f'({x}_{i} - {mean.replace(i, j)})^2')}", "equal",
         lambda p: sxx(p) / p["n"] - (sx(p) / p["n"]) ** 2,
         lambda p: mpmath.fsum((t - sx(p) / p["n"]) ** 2 for t in p[x]) / p["n"],
         "variance identity"),
        (f"\\frac{{1}}{{{n}}}{sm(f'{x}_{i}^2')} - {mean}", f"\\frac{{1}}{{{n}}}"
         f"{sm(f'({x}_{i} - {mean.replace(i, j)})^2')}", "different",
         lambda p: sxx(p) / p["n"] - sx(p) / p["n"],
         lambda p: mpmath.fsum((t - sx(p) / p["n"]) ** 2 for t in p[x]) / p["n"],
         "variance: mean not squared"),
        (sm(f"{x}_{i}", j).replace(f"{x}_{i}", f"{x}_{j}"), sm(f"{x}_{i}"), "equal", sx, sx,
         "bound index renamed"),
        (f"\\prod_{{{i}=1}}^{{{n}}} {x}_{i}", f"({mean})^{{{n}}}", "different",
         lambda p: mpmath.fprod(p[x]), lambda p: (sx(p) / p["n"]) ** p["n"], "prod vs mean^n"),
        (sm(f"({a}{x}_{i} + {b})"), f"{a}{sm(f'{x}_{i}')} + {n}\\cdot {b}", "equal",
         lambda p: a * sx(p) + b * p["n"], lambda p: a * sx(p) + b * p["n"], "linearity"),
        (sm(f"({a}{x}_{i} + {b})"), f"{a}{sm(f'{x}_{i}')} + {b}", "different",
         lambda p: a * sx(p) + b * p["n"], lambda p: a * sx(p) + b, "linearity: constant once"),
        (sm(f"({x}_{i} + {y}_{i})"), f"{sm(f'{x}_{i}')} + {sm(f'{y}_{i}')}", "equal",
         lambda p: sx(p) + sy(p), lambda p: sx(p) + sy(p), "sum of a sum"),
        (sm(f"{x}_{i} {y}_{i}"), f"{sm(f'{x}_{i}')} {sm(f'{y}_{i}')}", "different",
         lambda p: mpmath.fsum(u * v for u, v in zip(p[x], p[y], strict=True)),
         lambda p: sx(p) * sy(p), "sum of products vs product of sums"),
    ]
    pick = rng.randrange(len(table) + 2)
    if pick >= len(table):
        return _entropy(rng, i, n, pick - len(table))
    ta, tb, truth, fa, fb, note = table[pick]
    return pair(f"${ta}$", f"${tb}$", truth, fa, fb, wit if truth == "different" else pts,
                note=note)


def _entropy(rng, i, n, which):
    v = rng.choice(("p", "q"))
    pts = _lists(rng, (v,), lo=0.01, hi=1.0)
    h = lambda p: -mpmath.fsum(t * mpmath.log(t, 2) for t in p[v])  # noqa: E731
    sm = f"\\sum_{{{i}=1}}^{{{n}}}"
    if which == 0:
        wit = [{"n": 2, v: [mpmath.mpf("0.25"), mpmath.mpf("0.5")]}]
        return pair(f"$-{sm} {v}_{i}\\log_2 {v}_{i}$", f"${sm} {v}_{i}\\log_2 {v}_{i}$",
                    "different", h, lambda p: -h(p), wit, note="entropy sign slip")
    return pair(f"$-{sm} {v}_{i}\\log_2 {v}_{i}$",
                f"$-\\frac{{1}}{{\\ln 2}}{sm} {v}_{i}\\ln {v}_{i}$", "equal", h, h, pts,
                note="entropy change of base")


# --- closed forms ---------------------------------------------------------------------------

def _closed_table(a, b, r):
    geo = lambda m: Fraction(r ** (m + 1) - 1, r - 1)  # noqa: E731
    return [
        ("i", "n(n+1)/2", "n^2/2", lambda m: Fraction(m * (m + 1), 2),
         lambda m: Fraction(m * m, 2), "sum of i"),
        ("i^2", "n(n+1)(2n+1)/6", "n^3/3", lambda m: Fraction(m * (m + 1) * (2 * m + 1), 6),
         lambda m: Fraction(m ** 3, 3), "sum of i^2"),
        ("i^3", "(n(n+1)/2)^2", "n^2(n+1)^2/2", lambda m: Fraction(m * (m + 1), 2) ** 2,
         lambda m: Fraction(m * m * (m + 1) ** 2, 2), "sum of i^3"),
        ("(2i-1)", "n^2", "n^2 - 1", lambda m: m * m, lambda m: m * m - 1, "odd numbers"),
        (f"({a}i + {b})", f"{a}n(n+1)/2 + {b}n", f"{a}n(n+1)/2 + {b}",
         lambda m: Fraction(a * m * (m + 1), 2) + b * m,
         lambda m: Fraction(a * m * (m + 1), 2) + b, "arithmetic"),
        (f"{r}^i", f"({r}^(n+1) - 1)/{r - 1}", f"({r}^n - 1)/{r - 1}", geo,
         lambda m: Fraction(r ** m - 1, r - 1), "geometric"),
    ]


def closed(rng):
    a, b, r = rng.randint(2, 9), rng.randint(1, 9), rng.randint(2, 9)
    n = rng.choice(("n", "N", "m"))
    body, good, bad, fgood, fbad, note = rng.choice(_closed_table(a, b, r))
    lo = 0 if note == "geometric" else 1
    latex = rng.random() < 0.5
    text = f"$\\sum_{{i={lo}}}^{{{n}}} {body}$" if latex else f"sum(i={lo}..{n}, {body})"
    direct = lambda p: mpq(sum(_term(body, a, b, r, t) for t in range(lo, int(p["n"]) + 1)))  # noqa: E731
    assume = (f"{n} integer", f"{n} >= 1") if rng.random() < 0.5 else ()
    pts = [{"n": m} for m in range(1, 13)]
    if rng.random() < 0.5:
        return pair(text, good.replace("n", n), "equal", direct,
                    lambda p: mpq(fgood(int(p["n"]))), pts, assume, note=note)
    return pair(text, bad.replace("n", n), "different", direct,
                lambda p: mpq(fbad(int(p["n"]))), pts[:4], assume, note=note + ": wrong form")


def _term(body, a, b, r, t):
    """The summand at i = t, computed from the template's meaning (not its text)."""
    return {"i": t, "i^2": t * t, "i^3": t ** 3, "(2i-1)": 2 * t - 1,
            f"({a}i + {b})": a * t + b, f"{r}^i": r ** t}[body]


# --- empty ranges ---------------------------------------------------------------------------

def empty(rng):
    lo = rng.randint(3, 12)
    hi = lo - rng.randint(2, min(5, lo - 1))  # not lo - 1: there Karr's value is 0 (1) too
    c = rng.randint(2, 7)
    body, f = rng.choice([("1", lambda t: 1), ("i", lambda t: t), ("i^2", lambda t: t * t),
                          (f"{c}i", lambda t: c * t)])
    plain = rng.random() < 0.4
    pick = rng.randrange(5)
    if pick == 0:
        text = f"sum(i={lo}..{hi}, {body})" if plain else f"$\\sum_{{i={lo}}}^{{{hi}}} {body}$"
        return pair(text, "0", "equal", lambda p: 0, lambda p: 0, [{}], note="empty sum = 0")
    if pick == 1:
        text = f"prod(k={lo}..{hi}, k)" if plain else f"$\\prod_{{k={lo}}}^{{{hi}}} k$"
        return pair(text, "1", "equal", lambda p: 1, lambda p: 1, [{}], note="empty product = 1")
    if pick == 2:  # Karr's convention: sum_{lo}^{hi} = -sum_{hi+1}^{lo-1}; a learner means 0
        karr = -sum(f(t) for t in range(hi + 1, lo))
        text = f"$\\sum_{{i={lo}}}^{{{hi}}} {body}$"
        return pair(text, str(karr), "different", lambda p: 0, lambda p: karr, [{}],
                    note="empty sum vs Karr's value")
    if pick == 3:
        karr = Fraction(1)
        for t in range(hi + 1, lo):
            karr /= t
        text = f"$\\prod_{{k={lo}}}^{{{hi}}} k$"
        return pair(text, str(karr), "different", lambda p: 1, lambda p: mpq(karr), [{}],
                    note="empty product vs Karr's value")
    lo, hi = hi, lo + 3
    total = sum(f(t) for t in range(lo, hi + 1))
    text = f"$\\sum_{{i={lo}}}^{{{hi}}} {body}$"
    if rng.random() < 0.5:
        return pair(text, str(total), "equal", lambda p: total, lambda p: total, [{}],
                    note="short sum")
    off = total - f(hi)
    return pair(text, str(off), "different", lambda p: total, lambda p: off, [{}],
                note="short sum: last term dropped")


# --- finite sums written with … -------------------------------------------------------------

_RUNS = {  # the term of index t as written, its value, closed form (right, wrong) in n
    "linear": ("{t}", lambda t: t, "\\frac{n(n+1)}{2}", "\\frac{n(n-1)}{2}"),
    "square": ("{t}^2", lambda t: t * t, "\\frac{n(n+1)(2n+1)}{6}", "\\frac{n(n+1)(2n-1)}{6}"),
    "cube": ("{t}^3", lambda t: t ** 3, "\\frac{n^2(n+1)^2}{4}", "\\frac{n^2(n-1)^2}{4}"),
    "scaled": ("\\frac{{{t}}}{{6}}", lambda t: Fraction(t, 6), "\\frac{n(n+1)}{12}",
               "\\frac{n(n+1)}{6}"),
    "product": ("{t} \\cdot {u}", lambda t: t * (t + 1), "\\frac{n(n+1)(n+2)}{3}",
                "\\frac{n(n+1)(n+2)}{6}"),
}


def ellipsis(rng):
    """`1^2 + 2^2 + 3^2 + \\dots + N^2` (three terms, `…`, the last) against its value or its
    closed form in n; wrong: a slip in the closed form, or a value off by the last term.
    Also powers of x (`1 + x + x^2 + \\dots + x^{n-1}`) against the geometric sum."""
    if rng.random() < 0.25:
        return _powers(rng)
    name = rng.choice(sorted(_RUNS))
    shape, term, good, bad = _RUNS[name]
    written = lambda t: shape.format(t=t, u=t + 1 if isinstance(t, int) else f"({t}+1)")  # noqa: E731
    symbolic = rng.random() < 0.5
    last = "n" if symbolic else rng.randint(5, 40)
    text = " + ".join(written(t) for t in (1, 2, 3)) + " + \\dots + " + (
        written(last))
    direct = lambda p: mpq(sum(term(t) for t in range(1, int(p.get("n", last)) + 1)))  # noqa: E731
    if symbolic:
        pts = [{"n": m} for m in range(5, 13)]
        if rng.random() < 0.5:
            return pair(text, good, "equal", direct,
                        lambda p: mpq(_closed_value(good, int(p["n"]))), pts,
                        note=f"… sum of {name}: closed form")
        return pair(text, bad, "different", direct,
                    lambda p: mpq(_closed_value(bad, int(p["n"]))), pts[:4],
                    note=f"… sum of {name}: wrong closed form")
    total = sum(term(t) for t in range(1, last + 1))
    if rng.random() < 0.5:
        return pair(text, str(Fraction(total)), "equal", lambda p: mpq(total),
                    lambda p: mpq(total), [{}], note=f"… sum of {name}: value")
    slip = total - term(last)
    return pair(text, str(Fraction(slip)), "different", lambda p: mpq(total),
                lambda p: mpq(slip), [{}], note=f"… sum of {name}: last term left out")


def _closed_value(form: str, n: int) -> Fraction:
    """A closed form of _RUNS at a whole n (computed from the form's meaning, not its text)."""
    return {
        "\\frac{n(n+1)}{2}": Fraction(n * (n + 1), 2),
        "\\frac{n(n-1)}{2}": Fraction(n * (n - 1), 2),
        "\\frac{n(n+1)(2n+1)}{6}": Fraction(n * (n + 1) * (2 * n + 1), 6),
        "\\frac{n(n+1)(2n-1)}{6}": Fraction(n * (n + 1) * (2 * n - 1), 6),
        "\\frac{n^2(n+1)^2}{4}": Fraction(n * n * (n + 1) ** 2, 4),
        "\\frac{n^2(n-1)^2}{4}": Fraction(n * n * (n - 1) ** 2, 4),
        "\\frac{n(n+1)}{12}": Fraction(n * (n + 1), 12),
        "\\frac{n(n+1)}{6}": Fraction(n * (n + 1), 6),
        "\\frac{n(n+1)(n+2)}{3}": Fraction(n * (n + 1) * (n + 2), 3),
        "\\frac{n(n+1)(n+2)}{6}": Fraction(n * (n + 1) * (n + 2), 6),
    }[form]


def _powers(rng):
    """`x + x^2 + x^3 + … + x^n` or `1 + x + x^2 + … + x^{n-1}` against the geometric sum."""
    start = rng.choice((0, 1))
    text = ("1 + x + x^2 + \\dots + x^{n-1}" if start == 0 else "x + x^2 + x^3 + \\dots + x^n")
    top = "n" if start == 0 else "n+1"
    good = f"\\frac{{x^{{{top}}} - {1 if start == 0 else 'x'}}}{{x - 1}}"
    bad = f"\\frac{{x^{{{top}}} - 1}}{{x - 1}}" if start == 1 else "\\frac{x^{n+1} - 1}{x - 1}"
    last = (lambda n: n - 1) if start == 0 else (lambda n: n)  # noqa: E731
    direct = lambda p: sum(p["x"] ** t for t in range(start, last(int(p["n"])) + 1))  # noqa: E731
    exact_top = (lambda n: n) if start == 0 else (lambda n: n + 1)  # noqa: E731
    closed = lambda p, lo: (p["x"] ** exact_top(int(p["n"])) - lo(p)) / (p["x"] - 1)  # noqa: E731
    pts = [{"n": m, "x": mpq(Fraction(rng.choice((-7, -3, 5, 7, 11)), rng.choice((2, 3, 4))))}
           for m in range(4, 10)]
    if rng.random() < 0.5:
        return pair(text, good, "equal", direct,
                    lambda p: closed(p, lambda q: 1 if start == 0 else q["x"]), pts,
                    note="… sum of powers: geometric sum")
    wrong = (lambda p: (p["x"] ** (int(p["n"]) + 1) - 1) / (p["x"] - 1)) if start == 0 else (
        lambda p: closed(p, lambda q: 1))
    return pair(text, bad, "different", direct, wrong, pts[:3], note="… sum of powers: wrong")
