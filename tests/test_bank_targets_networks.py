"""Independent checks of the targets of the logistic-regression and neural-networks problems.

Each value below is computed from first principles (sympy, fractions, mpmath), not with the
checker and not from the reference solutions; the test reads the problem's `target` text and
asserts that the two agree numerically (at several points for expressions). A target written to
4 decimals must be the true value rounded: within 5e-5.
"""

from __future__ import annotations

import math
from fractions import Fraction

import mpmath
import pytest
import sympy as sp

from tutor.api import read_object
from tutor.bank.lookup import problem

mpmath.mp.dps = 30

# ---------------------------------------------------------------------------------------------
# Independent values: numbers, or sympy expressions in plain symbols (x1 for the reader's x_1)

z, y, x, w, v, b, x1, x2, a, c, K, s, p = sp.symbols("z y x w v b x1 x2 a c K s p", real=True)


def sig(u):
    return 1 / (1 + sp.exp(-u))


def log_loss(logit):
    return -y * sp.log(sig(logit)) - (1 - y) * sp.log(1 - sig(logit))


def woolf_limit(a_, b_, c_, d_, zq, sign):
    """exp(ln OR ± z SE) for the table (a_ / b_) against (c_ / d_), SE = sqrt(Σ 1/cell)."""
    odds_ratio = mpmath.mpf(a_ * d_) / (b_ * c_)
    se = mpmath.sqrt(sum(mpmath.mpf(1) / n for n in (a_, b_, c_, d_)))
    return mpmath.exp(mpmath.log(odds_ratio) + sign * mpmath.mpf(zq) * se)


def relu(u):
    return max(0.0, u)


def forward_pass():
    x_1, x_2 = 1.0, 2.0
    h1 = relu(0.5 * x_1 - 1.0 * x_2 + 0.5)
    h2 = relu(1.0 * x_1 + 0.5 * x_2 - 1.0)
    return 1 / (1 + math.exp(-(2 * h1 + 1.5 * h2 - 0.5)))


def f1(tp, fp, fn):
    precision, recall = Fraction(tp, tp + fp), Fraction(tp, tp + fn)
    return 2 * precision * recall / (precision + recall)


def cosine(u, t):
    dot = sum(ui * ti for ui, ti in zip(u, t, strict=False))
    return dot / (math.sqrt(sum(ui * ui for ui in u)) * math.sqrt(sum(ti * ti for ti in t)))


def conv_out(n, f, pad, stride):
    return (n - f + 2 * pad) // stride + 1


def majority_error(r, voters=3):
    return sum(math.comb(voters, k) * r**k * (1 - r)**(voters - k)
               for k in range(voters // 2 + 1, voters + 1))


def dropout_mean():
    """E[mask · x/(1 - p)] with mask ~ Bernoulli(1 - p), as a sympy sum over the two outcomes."""
    return sum(prob * keep * x / (1 - p) for keep, prob in ((1, 1 - p), (0, p)))


def mean_variance():
    """Var of the mean of K independent copies of variance s^2 (Var(cX) = c² Var X)."""
    return s**2 * K / K**2


ROUNDED = 5e-5  # a target written to 4 decimals
EXACT = 1e-12

INDEPENDENT = {
    # logistic regression
    "logistic-loss-gradient": (sp.diff(log_loss(z), z), EXACT),
    "logistic-loss-weight-gradient": (sp.diff(log_loss(w * x1 + v * x2 + b), w), EXACT),
    "logistic-loss-weight-gradient-numbers": (
        sp.diff(log_loss(w * x1 + v * x2 + b), w).subs(
            {w: sp.Rational(1, 2), v: -1, b: 0, x1: 2, x2: 1, y: 1}), EXACT),
    "logistic-loss-second-derivative": (sp.diff(log_loss(z), z, 2), EXACT),
    "odds-ratio-ci-lower": (woolf_limit(560, 260, 69, 36, "1.96", -1), ROUNDED),
    "odds-ratio-ci-upper": (woolf_limit(560, 260, 69, 36, "1.96", +1), ROUNDED),
    "rat-tumour-or-ci-lower": (woolf_limit(60, 6833, 130, 6778, "1.96", -1), ROUNDED),
    "rat-tumour-or-ci-upper": (woolf_limit(60, 6833, 130, 6778, "1.96", +1), ROUNDED),
    "gum-bacteria-odds-ratio": (mpmath.exp(mpmath.mpf("0.0258")), ROUNDED),
    "gum-bacteria-or-ci-lower": (
        mpmath.exp(mpmath.mpf("0.0258") - mpmath.mpf("2.576") * mpmath.mpf("0.0194")), ROUNDED),
    "gum-bacteria-or-ci-upper": (
        mpmath.exp(mpmath.mpf("0.0258") + mpmath.mpf("2.576") * mpmath.mpf("0.0194")), ROUNDED),
    "relu-derivative": (sp.diff(sp.Piecewise((x, x > 0), (0, True)), x).subs(x, 2), EXACT),
    "tanh-derivative": (sp.diff(sp.sinh(x) / sp.cosh(x), x), EXACT),
    "softplus-derivative": (sp.diff(sp.log(1 + sp.exp(x)), x), EXACT),
    "swish-derivative": (sp.diff(x * sig(b * x), x), EXACT),
    # neural networks
    "softmax-cross-entropy-true-class": (
        sp.diff(-sp.log(sp.exp(a) / (sp.exp(a) + sp.exp(b) + sp.exp(c))), a), EXACT),
    "softmax-cross-entropy-other-class": (
        sp.diff(-sp.log(sp.exp(a) / (sp.exp(a) + sp.exp(b) + sp.exp(c))), b), EXACT),
    "mlp-forward-pass": (forward_pass(), EXACT),
    "perceptron-single-node": (relu(-0.3 * 0.9 + 0.15 * 0.7 + 0.001), EXACT),
    "perceptron-update": (Fraction(4, 10) + Fraction(1, 10) * (1 - 0) * 2, EXACT),
    "f1-score": (f1(12, 24, 7), EXACT),
    "precision-from-counts": (Fraction(12, 12 + 24), EXACT),
    "recall-from-counts": (Fraction(12, 12 + 7), EXACT),
    "cosine-similarity": (cosine((1, 2, 2), (2, 1, 2)), EXACT),
    "euclidean-distance": (math.dist((1, 2, 3), (4, 6, 3)), EXACT),
    "conv-output-size-same": (conv_out(32, 5, 2, 1), EXACT),
    "conv-output-size-stride": (conv_out(32, 3, 1, 2), EXACT),
    "conv-parameter-count": ((3 * 3 * 3 + 1) * 64, EXACT),
    "inverted-dropout-expectation": (dropout_mean(), EXACT),
    "stacked-dropout": (1 - (1 - Fraction(1, 2)) * (1 - Fraction(1, 5)), EXACT),
    "ensemble-variance": (mean_variance(), EXACT),
    "majority-vote-error": (majority_error(0.3), EXACT),
}

POINTS = [{"z": 0.3, "y": 0.0, "x": 0.7, "w": -0.4, "v": 1.3, "b": 0.6, "x1": 2.0, "x2": -1.5,
           "a": 0.2, "c": -0.9, "K": 3.0, "s": 1.7, "p": 0.25},
          {"z": -1.8, "y": 1.0, "x": 2.2, "w": 0.9, "v": -0.2, "b": -1.1, "x1": -0.5, "x2": 0.8,
           "a": 1.4, "c": 0.5, "K": 7.0, "s": 0.4, "p": 0.6},
          {"z": 2.5, "y": 0.3, "x": 0.05, "w": 1.7, "v": 0.6, "b": 0.25, "x1": 1.1, "x2": 3.0,
           "a": -2.0, "c": 1.9, "K": 12.0, "s": 2.5, "p": 0.1}]


def _plain(name: str) -> str:
    return name.replace("_", "")


def _value(expr, point: dict) -> float:
    values = {sym: point[_plain(sym.name)] for sym in expr.free_symbols}
    return float(sp.N(expr.subs(values), 30))


@pytest.mark.parametrize("pid", sorted(INDEPENDENT))
def test_target_agrees_with_an_independent_computation(pid):
    independent, tolerance = INDEPENDENT[pid]
    target = read_object(problem(pid).target)[0]
    if isinstance(independent, sp.Basic) and independent.free_symbols:
        names = {_plain(sym.name) for sym in target.free_symbols}
        assert names <= {sym.name for sym in independent.free_symbols}, pid  # y may cancel
        for point in POINTS:
            want = _value(independent, point)
            assert abs(_value(target, point) - want) <= tolerance * max(1.0, abs(want)), point
    else:
        assert not target.free_symbols
        want = float(independent)
        assert abs(_value(target, {}) - want) <= tolerance * max(1.0, abs(want))


def test_every_new_problem_is_checked():
    from tutor.bank.loader import problems

    networks = {p.id for p in problems() if p.topic == "neural-networks"}
    assert networks <= set(INDEPENDENT)
    assert all(problem(pid).family for pid in INDEPENDENT)


def test_no_target_is_the_wrong_published_odds_ratio():
    # PRB-19: the odds ratio is 1.1237, not the 1.23745 printed in circulation
    for pid in ("odds-ratio-ci-lower", "odds-ratio-ci-upper", "odds-ratio-two-cancers"):
        assert "1.23745" not in problem(pid).target
