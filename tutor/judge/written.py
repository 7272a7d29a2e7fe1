"""Where an expression is defined as written: sympy's evaluation may widen it (√x·√x = x)."""

from __future__ import annotations

import numpy as np
import sympy as sp

from tutor.budget import Clock
from tutor.compat import AppliedUndef
from tutor.judge.evaluation import evaluated
from tutor.judge.float_arrays import evaluate_at
from tutor.judge.high_precision import Evaluator, _sympy_value
from tutor.judge.indexed import free_values
from tutor.judge.opaque import Opened
from tutor.judge.points import DRAW, Points, _seed, draw
from tutor.model import Assumptions

RESTRICTING = (sp.log, sp.asin, sp.acos, sp.acosh, sp.atanh, sp.acoth, sp.asec, sp.acsc)
SHOWN = 4            # points where the domains differ confirmed in mpmath, at most


def domain_form(expr):
    """An expression defined exactly where `expr` is as written (a derivative where its
    function is; 0 for one defined on the whole line, but at isolated points), or None when
    that cannot be told (sums, limits, unknown functions)."""
    if expr.has(sp.Pow):  # x^(1·3⁻¹) as written is the odd root x^(1/3)
        expr = expr.replace(lambda e: isinstance(e, sp.Pow) and e.exp.is_number,
                            lambda e: sp.Pow(e.base, evaluated(e.exp), evaluate=False))
    if not _restricts(expr):
        return sp.S.Zero
    if expr.has(sp.Sum, sp.Product, sp.Limit, sp.Integral, sp.Subs, sp.Indexed, AppliedUndef):
        return None
    if expr.has(sp.Derivative):
        expr = expr.replace(lambda e: isinstance(e, sp.Derivative), lambda d: d.expr)
    return expr


def _restricts(expr) -> bool:
    """Whether some part of expr is undefined on part of the real line (√, log, asin, …)."""
    for e in sp.preorder_traversal(expr):
        if isinstance(e, RESTRICTING):
            return True
        if isinstance(e, sp.Pow) and not e.exp.is_Integer and not (
                e.exp.is_Rational and e.exp.q % 2 == 1):
            return True
    return False


def undefined_where(form, points: Points) -> np.ndarray | None:
    """Where `form` leaves its domain at the points (in floats), or None if not evaluable."""
    if form is None:
        return None
    found = evaluate_at(form, points.columns, points.n)
    return None if found is None else found[1]


def where_one_is_defined(forms, assumptions: Assumptions, clock: Clock, wide: bool = True):
    """Points (with the Points they come from and their index) where exactly one of the two
    `domain_form`s is defined, confirmed in mpmath; yields (points, k, the first is defined)."""
    symbols = sorted(free_values(*forms), key=lambda s: s.name)
    rng = np.random.default_rng(_seed(*forms))
    points = draw(symbols, assumptions, rng, Opened())
    if wide:
        points = points.joined(draw(symbols, assumptions, rng, Opened(), DRAW // 2, wide=True))
    ua, ub = undefined_where(forms[0], points), undefined_where(forms[1], points)
    if ua is None or ub is None:
        return
    for k in np.flatnonzero(ua != ub)[:SHOWN]:
        if clock.spent():
            return
        da, db = (Evaluator(f)(points.exact(k), 30) is not None for f in forms)
        if da != db:
            yield points, k, da


def domain_difference(forms: tuple, assumptions: Assumptions, clock: Clock,
                      analytic: tuple) -> str | None:
    """Why two expressions, equal where both are defined, are still not the same: a point
    where only one of them is defined as written (`forms`: their `domain_form`s), and where
    their `analytic` forms (sympy's evaluation of each, valid for complex numbers) differ too.
    None when there is no such point: d/dx ln x is 1/x, √x² is x (they agree in the complex
    numbers), but 2 ln x is not ln x², nor √x√y √(xy) (2 ln(-1) = 2πi, ln 1 = 0)."""
    if None in forms or tuple(forms) == (0, 0):
        return None
    for points, k, first in where_one_is_defined(forms, assumptions, clock):
        if not _agree_as_complex(analytic, points.exact(k)):
            where = ", ".join(f"{s}={v}" for s, v in points.shown(k).items())
            which = "first" if first else "second"
            return (f"equal where both are defined, but not the same function: at {where} "
                    f"only the {which} expression is defined")
    return None


def _agree_as_complex(analytic: tuple, point: dict) -> bool:
    """Whether the two expressions have the same complex value at the point (principal
    branches); False when that cannot be told."""
    values = {s: _sympy_value(v) for s, v in point.items()}
    try:
        ca, cb = (sp.N(e.xreplace(values), 30) for e in analytic)
        if not (ca.is_number and cb.is_number) or ca.has(sp.nan, sp.zoo) or cb.has(sp.nan, sp.zoo):
            return False
        gap, size = abs(complex(ca - cb)), max(1.0, abs(complex(ca)))
    except (TypeError, ValueError, ArithmeticError, AttributeError):
        return False
    return gap <= 1e-20 * size
