"""Where two expressions that agree at random points may still part: a deeper search.

Before "equal" is said by sampling, points are added at the roots of every sum inside the
expressions (the centre of a bump e^(-(x-a)^2), the band between two close roots, the jump of
floor(x + 0.33333)), on a fine grid near 0, and at combinations of such values in several
variables (a bump at (a, b) = (-333, 337)).
"""

from __future__ import annotations

import itertools

import numpy as np
import sympy as sp
from sympy.polys.polyerrors import BasePolynomialError

from tutor.judge.kinks import _near, _roots, free_of, kink_arguments

FINE = np.linspace(-25.0, 25.0, 4001)
OFFSETS = (0.0, 1e-6, -1e-6, 1e-3, -1e-3)
MAX_ARGUMENTS, MAX_VALUES, MAX_COMBINATIONS = 16, 12, 120
WHOLE = (sp.floor, sp.ceiling, sp.frac)
KINKED = (sp.Abs, sp.Max, sp.Min, sp.sign, sp.Heaviside, sp.Piecewise)
SLOW = (sp.binomial, sp.factorial, sp.gamma, sp.Sum, sp.Product)   # no fast float evaluation
PERIODIC = (sp.sin, sp.cos, sp.tan)   # bands near the peaks: the fine grid
PEAKS = (sp.pi / 2, -sp.pi / 2, sp.S.Zero, sp.pi)


def landmark_arguments(*exprs) -> list:
    """Kink arguments, floor(g) as g - m for a few whole m, and every sum inside."""
    found = list(kink_arguments(*exprs))
    for expr in exprs:
        for e in sp.preorder_traversal(expr):
            if isinstance(e, WHOLE):
                found += [e.args[0] - m for m in (-1, 0, 1, 2)]
            elif isinstance(e, PERIODIC):   # the peaks and zeros of sin, cos: sin(z)^100000
                found += [e.args[0] - c for c in PEAKS]
            elif isinstance(e, sp.Add) and e not in exprs and not e.has(*SLOW):
                found.append(e)
                smooth = [t for t in e.args if not t.has(*KINKED)]
                if 1 < len(smooth) < len(e.args):   # a + b - 10000|a - b| - 20000: a + b - 20000
                    found.append(sp.Add(*smooth))
    unique = free_of(found, exprs)
    unique.sort(key=sp.count_ops)   # the simplest first: (a + 333) before what contains it
    return unique[:MAX_ARGUMENTS]


def landmark_columns(exprs, columns: dict, varied: set, integer: set) -> dict | None:
    """Points at and beside the landmarks of each variable, the others at the first sampled
    point, and at combinations of landmarks of several variables; None when there are none."""
    if not columns or not len(next(iter(columns.values()))):
        return None
    base = {s: col[0] for s, col in columns.items()}
    values: dict = {}
    for g in landmark_arguments(*exprs):   # a fixed amount of work: the verdict never
        for v in sorted(g.free_symbols & varied, key=lambda s: s.name)[:3]:
            found = values.setdefault(v, [])   # depends on how busy the machine is
            roots = _all_roots(g, v, base)
            found += roots + [(r + q) / 2 for r, q in zip(roots, roots[1:], strict=False)]
    for found in values.values():   # a thin band between the roots of two sums
        ordered = sorted(set(found))
        found[:0] = [(r + q) / 2 for r, q in zip(ordered, ordered[1:], strict=False)
                     if q - r < 1e-2 * max(1.0, abs(r))]
    rows = [(v, value) for v, found in values.items() for r in _first(found)
            for value in (_near(r, d, v in integer) for d in OFFSETS)]
    rows = [{**base, v: value} for v, value in rows] + _combinations(values, base, integer)
    if not rows:
        return None
    return {s: np.array([row[s] for row in rows]) for s in columns}


def _first(found: list) -> list:
    return list(dict.fromkeys(found))[:MAX_VALUES]


def _combinations(values: dict, base: dict, integer: set) -> list[dict]:
    """Points whose coordinates are all landmarks (a bump in the plane)."""
    names = [v for v, found in values.items() if found][:3]
    if len(names) < 2:
        return []
    choices = [[_near(r, 0.0, v in integer) for r in _first(values[v])[:6]] for v in names]
    combos = [{**base, **dict(zip(names, combo, strict=True))}
              for combo in itertools.islice(itertools.product(*choices), MAX_COMBINATIONS)]
    same = {r for found in choices for r in found}   # on the diagonal: a = b = a landmark
    return combos + [{**base, **{v: _near(r, 0.0, v in integer) for v in names}}
                     for r in sorted(same)[:MAX_VALUES]]


def _all_roots(g, v, point: dict) -> list[float]:
    """Roots of g in v: exactly for a polynomial, else sign changes on the wide and the fine
    grid."""
    exact = _polynomial_roots(g, v, point)
    if exact is not None:
        return exact
    fine = _roots(g, v, point, FINE) if g.has(*PERIODIC) else []
    return sorted(set(_roots(g, v, point) + fine))


def _polynomial_roots(g, v, point: dict) -> list[float] | None:
    """Real parts of the roots of g as a polynomial in v (close roots come out as a nearly
    real pair; a complex pair's real part is where |g| is least), or None when g is not a
    polynomial of low degree in v."""
    try:
        if not g.is_polynomial(v):
            return None
        others = {s: sp.Float(float(point[s])) for s in g.free_symbols if s != v and s in point}
        coefficients = [complex(c) for c in  # domain EX: no domain worked out (slow)
                        sp.Poly(g.xreplace(others), v, domain="EX").all_coeffs()]
    except (BasePolynomialError, TypeError, ValueError, KeyError):  # oo in a coefficient
        return None
    if not 2 <= len(coefficients) <= 9 or not all(np.isfinite(coefficients)):
        return None
    roots = np.roots(coefficients)
    return sorted({float(r.real) for r in roots})
