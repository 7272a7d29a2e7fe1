"""Families from machine learning and probability: a Greek letter before a bracket,
sigmoid/softplus/tanh/relu identities, binomial sums and Bayes' rule with concrete numbers."""

from __future__ import annotations

from fractions import Fraction

import mpmath

from .core import Ex, Pair, at, bars, call, different, equal, exp, log, num, points, var
from .core import relu as _relu
from .core import sigmoid as _sigmoid
from .core import softplus as _softplus

GREEK = ("theta", "mu", "alpha", "rho", "tau", "omega", "kappa", "nu", "lambda", "eta")


# --- a Greek letter before a bracket multiplies -----------------------------------------------

def greek(rng):
    g = "\\" + rng.choice(GREEK)
    a = rng.randint(1, 9)
    sa = "" if a == 1 else str(a)
    table = [
        (f"{g}({a}-{g})", f"{sa}{g} - {g}^2", f"{sa}{g} + {g}^2",
         lambda t: t * (a - t), lambda t: a * t - t * t, lambda t: a * t + t * t),
        (f"{g}(1-{g})^2", f"{g} - 2{g}^2 + {g}^3", f"{g} - {g}^3",
         lambda t: t * (1 - t) ** 2, lambda t: t - 2 * t * t + t ** 3, lambda t: t - t ** 3),
        (f"{g}({g}+{a})", f"{g}^2 + {sa}{g}", f"{g}^2 + {a}",
         lambda t: t * (t + a), lambda t: t * t + a * t, lambda t: t * t + a),
        (f"{g}^2(1-{g})", f"{g}^2 - {g}^3", f"{g}^2 - {g}",
         lambda t: t * t * (1 - t), lambda t: t * t - t ** 3, lambda t: t * t - t),
    ]
    left, good, bad, fl, fg, fb = table[rng.randrange(len(table))]
    va = lambda p: fl(p["g"])  # noqa: E731
    if rng.random() < 0.5:
        return Pair(f"${left}$", f"${good}$", "equal", va, lambda p: fg(p["g"]),
                    points=points(rng, "g"), note="greek(...) is a product")
    return Pair(f"${left}$", f"${bad}$", "different", va, lambda p: fb(p["g"]),
                witness=[at(g=1.5), at(g=-2.5)], note="greek(...): wrong expansion")


# --- sigmoid and friends --------------------------------------------------------------------

def ml(rng):
    x = var(rng.choice(("x", "z", "t")), "v")
    k = rng.randint(1, 4)
    u = x if k == 1 else k * x
    sname = rng.choice(("sigmoid", "sigma"))

    def sg(e):
        return call(sname, _sigmoid, e)

    def sp(e):
        return call("softplus", _softplus, e)

    def rl(e):
        return call("relu", _relu, e)

    dsig = Ex(f"d/d{x.text} {sname}({x.text})",
              lambda p: mpmath.diff(lambda t: _sigmoid(t), p["v"]))
    table = [
        (sg(u) * (1 - sg(u)), exp(-u) / (1 + exp(-u)) ** 2, sg(u) ** 2, "sigmoid'(x) form"),
        (call("tanh", mpmath.tanh, u), 2 * sg(2 * u) - 1, 2 * sg(u) - 1, "tanh via sigmoid"),
        (sp(u) - sp(-u), u, num(0), "softplus(x) - softplus(-x)"),
        (sp(u), log(1 + exp(u)), log(1 + u), "softplus"),
        (sg(-u), 1 - sg(u), sg(u), "sigmoid(-x)"),
        (rl(u) - rl(-u), u, bars(u), "relu(x) - relu(-x)"),
        (rl(u) + rl(-u), bars(u), u, "relu(x) + relu(-x)"),
        (sg(x) * (1 - sg(x)), dsig, sg(x) * (1 + sg(x)), "d/dx sigmoid"),
        (call("logit", lambda v: mpmath.log(v / (1 - v)), sg(u)), u, -u, "logit(sigmoid)"),
    ]
    left, good, bad, note = table[rng.randrange(len(table))]
    if rng.random() < 0.5:
        return equal(left, good, points(rng, "v", -4, 4), note=note)
    return different(left, bad, [at(v=1.5), at(v=-0.75), at(v=2.25)], note=note + ": wrong")


# --- probability ----------------------------------------------------------------------------

def _binom(n, k):
    out = 1
    for j in range(k):
        out = out * (n - j) // (j + 1)
    return out


def probability(rng):
    n = rng.randint(2, 8)
    pick = rng.randrange(4)
    pts = points(rng, "p", 0.01, 0.99)
    pmf = f"\\binom{{{n}}}{{k}} p^k (1-p)^{{{n}-k}}"
    total = lambda p: mpmath.fsum(_binom(n, j) * p["p"] ** j * (1 - p["p"]) ** (n - j)  # noqa: E731
                                  for j in range(n + 1))
    mean = lambda p: mpmath.fsum(j * _binom(n, j) * p["p"] ** j * (1 - p["p"]) ** (n - j)  # noqa: E731
                                 for j in range(n + 1))
    assume = ("0 < p < 1",)
    if pick == 0:
        return Pair(f"$\\sum_{{k=0}}^{{{n}}} {pmf}$", "1", "equal", total, lambda p: 1,
                    points=pts, assume=assume, note="binomial pmf sums to 1")
    if pick == 1:
        wrong = f"\\binom{{{n}}}{{k}} p^k (1-p)^k"
        return Pair(f"$\\sum_{{k=0}}^{{{n}}} {wrong}$", "1", "different",
                    lambda p: mpmath.fsum(_binom(n, j) * (p["p"] * (1 - p["p"])) ** j
                                          for j in range(n + 1)), lambda p: 1,
                    witness=[at(p=0.3), at(p=0.6)], assume=assume, note="pmf with (1-p)^k")
    if pick == 2:
        good = rng.random() < 0.5
        return Pair(f"$\\sum_{{k=0}}^{{{n}}} k {pmf}$", f"{n}p" if good else f"{n}p(1-p)",
                    "equal" if good else "different", mean,
                    (lambda p: n * p["p"]) if good else (lambda p: n * p["p"] * (1 - p["p"])),
                    **({"points": pts} if good else {"witness": [at(p=0.3)]}),
                    assume=assume, note="binomial mean" + ("" if good else ": variance given"))
    return _bayes(rng)


def _bayes(rng):
    prior = Fraction(rng.choice((1, 2, 5)), rng.choice((100, 1000, 50)))
    sens = Fraction(rng.randint(80, 99), 100)
    fpr = Fraction(rng.randint(1, 10), 100)
    post = sens * prior / (sens * prior + fpr * (1 - prior))

    def dec(q: Fraction) -> str:
        return str(float(q)) if float(q) == q else f"{q.numerator}/{q.denominator}"

    text = f"{dec(sens)}*{dec(prior)}/({dec(sens)}*{dec(prior)} + {dec(fpr)}*{dec(1 - prior)})"
    value = lambda p: mpmath.mpf(post.numerator) / post.denominator  # noqa: E731
    if rng.random() < 0.5:
        return Pair(text, f"{post.numerator}/{post.denominator}", "equal", value, value,
                    points=[{}], note="Bayes: posterior as a fraction")
    return Pair(text, dec(sens), "different", value,
                lambda p: mpmath.mpf(sens.numerator) / sens.denominator, witness=[{}],
                note="Bayes: base-rate neglect")
