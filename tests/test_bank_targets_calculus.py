"""The calculus and optimisation problems' targets, computed independently with sympy (not with
the checker, not from the problems' own steps)."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor import problem
from tutor.api import read_object

x, y, h, u, z, a, eta, x0, delta, eps = sp.symbols("x y h u z a eta x0 delta epsilon")
sig = 1 / (1 + sp.exp(-z))


def _series(f, var, at, order):
    return sp.series(f, var, at, order + 1).removeO()


# id -> the target's value as sympy computes it from the problem's statement
EXPECTED = {
    "first-principles-cubic-minus-2x": sp.diff(x**3 - 2 * x, x),
    "first-principles-shifted-reciprocal": sp.diff(1 / (x + 1), x),
    "first-principles-sqrt-shifted": sp.diff(sp.sqrt(x + 1), x),
    "taylor-cos-order-4": _series(sp.cos(x), x, 0, 4),
    "taylor-log-2x-about-half": _series(sp.log(2 * x), x, sp.Rational(1, 2), 3),
    "taylor-sigmoid-order-3": _series(1 / (1 + sp.exp(-x)), x, 0, 3),
    "lhopital-square-over-exp": sp.limit(x**2 / sp.exp(x), x, sp.oo),
    "lhopital-log-over-sqrt": sp.limit(sp.log(x) / sp.sqrt(x), x, sp.oo),
    "lhopital-x-log-x": sp.limit(x * sp.log(x), x, 0, "+"),
    "partial-x-squared-y-plus-sine": sp.diff(x**2 * y + sp.sin(x * y), x),
    "mixed-partial-xy2-exp": sp.diff(x * y**2 + sp.exp(x * y), x, y),
    "directional-derivative-unit": (sp.Matrix([y**2, 2 * x * y - 1]).subs({x: -1, y: 0})
                                    .dot(sp.Matrix([1, 1]) / sp.sqrt(2))),
    "cubic-second-derivative-test": sp.diff(2 * x**3 - x, x, 2).subs(x, 1 / sp.sqrt(6)),
    "quadratic-minimum-vertex": 3 * x**2 - 12 * x + 5,
    "hessian-determinant-quadratic-form": sp.hessian(2 * x**2 - x * y + y**2, (x, y)).det(),
    "gradient-descent-one-step": 1 - sp.Rational(1, 10) * sp.diff(x**2, x).subs(x, 1),
    "gradient-descent-oscillation": x0 - 1 * sp.diff(x**2, x).subs(x, x0),
    "gradient-descent-contraction-factor": x - eta * sp.diff(a * x**2, x),
    "backprop-product-log-graph": sp.diff(x * sp.pi + sp.log(x), x).subs(x, sp.E**2),
    "backprop-sigmoid-unit": delta * sp.diff(sig, z),
    "dual-number-square": sp.diff((3 + 2 * eps) ** 2, eps).subs(eps, 0),
    "forward-mode-quadratic": sp.expand(5 * (5 + eps) ** 2 + 4 * (5 + eps) + 1).subs(eps**2, 0),
    "central-difference-cubic": ((1 + sp.Rational(1, 10)) ** 3 - (1 - sp.Rational(1, 10)) ** 3)
    / (2 * sp.Rational(1, 10)),
    "central-difference-error-term": sp.expand(((x + h) ** 3 - (x - h) ** 3) / (2 * h)),
}
CRITICAL = {"cubic-critical-point": sp.solve(sp.diff(2 * x**3 - x, x), x)}


def _value(expr, point: dict):
    named = {s: point[s.name] for s in expr.free_symbols if s.name in point}
    return complex(sp.N(expr.subs(named).subs(sp.Function("sigma")(z), sig.subs(named)), 30))


POINTS = [{"x": 0.7, "y": -1.3, "h": 0.4, "z": 0.9, "a": 1.7, "eta": 0.3, "x0": -2.2,
           "delta": 1.1, "epsilon": 0.0, "x_0": -2.2},
          {"x": 1.9, "y": 0.6, "h": -0.2, "z": -1.4, "a": 0.4, "eta": 0.05, "x0": 3.1,
           "delta": -0.7, "epsilon": 0.0, "x_0": 3.1}]


@pytest.mark.parametrize("pid", sorted(EXPECTED))
def test_target_is_what_sympy_computes(pid):
    target = read_object(problem(pid).target)[0]
    target = target.replace(lambda e: isinstance(e, sp.Function)
                                        and e.func.__name__ == "sigmoid",
                                        lambda e: 1 / (1 + sp.exp(-e.args[0])))
    if "epsilon" in {s.name for s in target.free_symbols}:   # a dual number: both parts
        e = next(s for s in target.free_symbols if s.name == "epsilon")
        target, expected = (sp.Poly(sp.expand(target), e).all_coeffs(),
                            sp.Poly(EXPECTED[pid], eps).all_coeffs())
        assert [sp.nsimplify(c) for c in target] == [sp.nsimplify(c) for c in expected]
        return
    for point in POINTS:
        assert abs(_value(target, point) - _value(EXPECTED[pid], point)) < 1e-9


def test_critical_point_is_the_positive_root():
    eq = read_object(problem("cubic-critical-point").target)[0]
    positive = [r for r in CRITICAL["cubic-critical-point"] if r > 0]
    assert len(positive) == 1 and abs(float(eq.rhs) - float(positive[0])) < 1e-12
