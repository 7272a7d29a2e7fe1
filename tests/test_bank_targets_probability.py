"""Independent checks of the targets of the probability and information-theory problems.

Each value is computed here from first principles (fractions, sympy sums and derivatives,
mpmath), never with tutor.compare nor from the problems' solution steps; the problem's
`target` text is read with tutor.api.read_object and compared numerically (at a few points
when it has free symbols)."""

from __future__ import annotations

from fractions import Fraction as Fr
from math import comb

import mpmath as mp
import pytest
import sympy as sp

from tutor import problem
from tutor.api import read_object

mp.mp.dps = 30


def num(x) -> mp.mpf:
    """An exact Fraction or int as an mpf."""
    x = Fr(x) if not isinstance(x, mp.mpf) else x
    return x if isinstance(x, mp.mpf) else mp.mpf(x.numerator) / x.denominator


def log2(x) -> mp.mpf:
    return mp.log(num(x)) / mp.log(2)


def entropy2(*ps) -> mp.mpf:
    return -sum(num(p) * log2(p) for p in ps if p)


def _grid():
    thetas, prior = [Fr(1, 2), Fr(1, 6), Fr(1, 4)], [Fr(1, 4), Fr(1, 2), Fr(1, 4)]

    def like(th, y):
        return comb(5, y) * th ** y * (1 - th) ** (5 - y)

    evidence0 = sum(w * like(th, 0) for th, w in zip(thetas, prior, strict=False))
    posterior_sixth = prior[1] * like(thetas[1], 0) / evidence0
    predictive2 = sum(w * like(th, 2) for th, w in zip(thetas, prior, strict=False))
    return posterior_sixth, predictive2


GRID_POSTERIOR, GRID_PREDICTIVE = _grid()


def _mutual_information() -> mp.mpf:
    joint = {(0, 0): Fr(1, 4), (0, 1): Fr(1, 4), (1, 0): Fr(0), (1, 1): Fr(1, 2)}
    px = {x: sum(p for (a, _), p in joint.items() if a == x) for x in (0, 1)}
    py = {y: sum(p for (_, b), p in joint.items() if b == y) for y in (0, 1)}
    return entropy2(*px.values()) + entropy2(*py.values()) - entropy2(*joint.values())


def _gini(*counts) -> Fr:
    n = sum(counts)
    return 1 - sum(Fr(c, n) ** 2 for c in counts)


def _poisson_fisher():
    x, t = sp.symbols("x t", positive=True)
    loglik = x * sp.log(t) - t - sp.log(sp.factorial(x))
    k = sp.symbols("k", integer=True, nonnegative=True)
    curvature = -sp.diff(loglik, t, 2).subs(x, k)
    return sp.simplify(sp.summation(curvature * sp.exp(-t) * t ** k / sp.factorial(k),
                                    (k, 0, sp.oo))), {"t": t}


def _beta_mode():
    a, b, t = sp.symbols("a b t", positive=True)
    log_density = (a - 1) * sp.log(t) + (b - 1) * sp.log(1 - t)
    (root,) = sp.solve(sp.diff(log_density, t), t)
    return root, {"a": a, "b": b}


def _maxwell_mode():
    v, m, k, T = sp.symbols("v m k T", positive=True)
    roots = sp.solve(sp.diff(v ** 2 * sp.exp(-m * v ** 2 / (2 * k * T)), v), v)
    (root,) = [r for r in roots if r != 0]
    return root, {"m": m, "k": k, "T": T}


def _gaussian_score():
    m, s = sp.symbols("m s", positive=True)
    xs = sp.symbols("x_1:4")   # n = 3 observations: the symbolic sum at n = 3
    loglik = -sum((x - m) ** 2 for x in xs) / (2 * s ** 2)
    return sp.diff(loglik, m), {"m": m, "s": s, "x": xs, "n": 3}


def _exp_mle():
    lam, n, S = sp.symbols("l n S", positive=True)
    (root,) = sp.solve(sp.diff(n * sp.log(lam) - lam * S, lam), lam)
    return root, {"n": n, "S": S}


def _gauss_var_mle():
    v, n, Q = sp.symbols("v n Q", positive=True)
    loglik = -n / 2 * sp.log(2 * sp.pi * v) - Q / (2 * v)
    (root,) = sp.solve(sp.diff(loglik, v), v)
    return root, {"n": n, "Q": Q}


def _poisson_loglik():
    x, t = sp.symbols("x t", positive=True)
    return sp.expand_log(sp.log(t ** x * sp.exp(-t) / sp.factorial(x)), force=True), \
        {"x": x, "t": t}


def _poisson_score():
    x, t = sp.symbols("x t", positive=True)
    return sp.diff(x * sp.log(t) - t - sp.log(sp.factorial(x)), t), {"x": x, "t": t}


DATA = [2, 4, 9]
MEAN = Fr(sum(DATA), len(DATA))

# id -> the value computed independently (a number, or (sympy expression, its symbols))
NUMBERS = {
    "bayes-disease-given-positive": Fr(95, 100) * Fr(1, 100)
    / (Fr(95, 100) * Fr(1, 100) + Fr(5, 100) * Fr(99, 100)),
    "grid-posterior-weight": GRID_POSTERIOR,
    "grid-prior-predictive": GRID_PREDICTIVE,
    "beta-binomial-posterior-mean": Fr(2 + 3, 2 + 3 + 7 + 47),
    "binomial-tail": sum(comb(5, k) * Fr(1, 3) ** k * Fr(2, 3) ** (5 - k) for k in range(2, 6)),
    "coin-flips-z-score": (60 - mp.mpf(100) / 2) / mp.sqrt(100 * mp.mpf(1) / 4),
    "gaussian-mle-variance-data": sum((x - MEAN) ** 2 for x in DATA) / len(DATA),
    "mutual-information-joint": _mutual_information(),
    "cross-entropy-decomposition": -(mp.mpf(1) / 2) * log2(mp.mpf(1) / 4)
    - (mp.mpf(1) / 2) * log2(mp.mpf(3) / 4),
    "gaussian-differential-entropy": mp.quad(
        lambda x: -mp.npdf(x, 0, 2) * mp.log(mp.npdf(x, 0, 2)), [-mp.inf, mp.inf]),
    "jensen-variance-gap": sum(p * x ** 2 for x, p in [(0, Fr(1, 2)), (1, Fr(1, 4)), (4, Fr(1, 4))])
    - sum(p * x for x, p in [(0, Fr(1, 2)), (1, Fr(1, 4)), (4, Fr(1, 4))]) ** 2,
    "information-gain-split": entropy2(Fr(4, 6), Fr(2, 6))
    - (Fr(3, 6) * entropy2(1) + Fr(3, 6) * entropy2(Fr(1, 3), Fr(2, 3))),
    "gini-split": _gini(4, 2) - (Fr(3, 6) * _gini(3, 0) + Fr(3, 6) * _gini(1, 2)),
    "surprisal-card": -log2(mp.mpf(1) / 52),
}

# equations `name = value`: the value is checked; the name must be the one solved for
EQUATIONS = {
    "gaussian-mle-mean-data": ("m", MEAN),
    "exponential-mle": ("l", _exp_mle),
    "gaussian-mle-variance": ("v", _gauss_var_mle),
    "beta-mode": ("t", _beta_mode),
    "maxwell-boltzmann-mode": ("v", _maxwell_mode),
}

EXPRESSIONS = {
    "poisson-fisher": _poisson_fisher,
    "poisson-log-likelihood": _poisson_loglik,
    "poisson-score": _poisson_score,
}

POINTS = [{"a": 2.5, "b": 4.0, "t": 0.3, "m": 1.7, "k": 1.3, "T": 300.0, "n": 7, "S": 12.5,
           "Q": 9.25, "s": 1.9, "x": 4},
          {"a": 7.0, "b": 1.5, "t": 2.25, "m": 0.04, "k": 0.8, "T": 5.5, "n": 3, "S": 0.7,
           "Q": 31.0, "s": 0.6, "x": 0}]


def _at(expr: sp.Expr, point: dict) -> complex:
    subs = {s: point[s.name] for s in expr.free_symbols if s.name in point}
    return complex(sp.N(expr.subs(subs), 25))


def _read(pid: str):
    return read_object(problem(pid).target)[0]


@pytest.mark.parametrize("pid", sorted(NUMBERS))
def test_numeric_target(pid):
    got = _read(pid)
    assert not got.free_symbols, f"{pid}: a number was expected, got {got}"
    assert mp.almosteq(mp.mpf(str(sp.N(got, 25))), num(NUMBERS[pid]),
                       rel_eps=1e-12, abs_eps=1e-15), pid


@pytest.mark.parametrize("pid", sorted(EQUATIONS))
def test_equation_target(pid):
    name, value = EQUATIONS[pid]
    got = _read(pid)
    assert hasattr(got, "rhs") and getattr(got.lhs, "name", None) == name, got
    if isinstance(value, Fr):
        assert sp.Rational(value.numerator, value.denominator) == sp.nsimplify(got.rhs)
        return
    expected, _ = value()
    for point in POINTS:
        want = _at(expected, point)
        assert abs(_at(got.rhs, point) - want) < 1e-12 * (1 + abs(want))


@pytest.mark.parametrize("pid", sorted(EXPRESSIONS))
def test_expression_target(pid):
    expected, _ = EXPRESSIONS[pid]()
    got = _read(pid)
    for point in POINTS:
        assert abs(_at(got, point) - _at(expected, point)) < 1e-12 * (1 + abs(_at(expected, point)))


def test_gaussian_score_target_at_n_3():
    expected, syms = _gaussian_score()
    got = _read("gaussian-score-mean")
    n = syms["n"]
    sums = got.atoms(sp.Sum)
    assert len(sums) == 1
    (total,) = sums
    concrete = got.subs(total, sum(syms["x"])).subs(sp.Symbol("n"), n)
    values = {"m": 1.3, "s": 0.7, "x_1": 2.0, "x_2": -0.5, "x_3": 4.25}
    for expr in (concrete, expected):
        assert not {s.name for s in expr.free_symbols} - set(values)
    at = {s: values[s.name] for s in concrete.free_symbols}
    at_e = {s: values[s.name] for s in expected.free_symbols}
    assert abs(float(concrete.subs(at)) - float(expected.subs(at_e))) < 1e-12
