"""Breakpoints of piecewise functions (abs, max, min, sign, conditions): points on each side."""

from __future__ import annotations

import itertools

import numpy as np
import sympy as sp

from tutor.judge.float_arrays import compiled_floats
from tutor.trees import nodes_of

GRID = np.concatenate([-np.logspace(9, -4, 120), [0.0], np.logspace(-4, 9, 120)])
# the root itself, then each side, near and far: times max(|root|, 1)
OFFSETS = (0.0, 1e-6, -1e-6, 1e-3, -1e-3, 0.1, -0.1, 1.0, -1.0, 10.0, -10.0)
MAX_KINKS, MAX_ROOTS, MAX_POINTS = 8, 6, 240
BISECTIONS = 60


def bound_symbols(*exprs) -> set:
    """Indices of sums and products, variables of limits, integrals and derivatives: a part
    that contains one cannot be evaluated at a point on its own."""
    kinds = (sp.Sum, sp.Product, sp.Integral, sp.Limit, sp.Derivative, sp.Subs)
    return {v for e in exprs for big in nodes_of(e, *kinds) for v in big.variables}


def free_of(found: list, exprs) -> list:
    """The parts in `found` that hold no bound index (see `bound_symbols`), each once."""
    bound = bound_symbols(*exprs)
    return list(dict.fromkeys(g for g in found if g.free_symbols and not
                              (g.free_symbols & bound)))


def kink_arguments(*exprs) -> list:
    """Expressions whose change of sign is a breakpoint: |g|, sign(g), max(g, h) at g - h…"""
    found = []
    for expr in exprs:
        for e in sp.preorder_traversal(expr):
            if isinstance(e, (sp.Abs, sp.sign, sp.Heaviside)):
                found.append(e.args[0])
            elif isinstance(e, (sp.Max, sp.Min)):
                found += [x - y for x, y in itertools.combinations(e.args, 2)]
            elif isinstance(e, sp.Piecewise):
                found += [c.lhs - c.rhs for _, c in e.args if isinstance(c, sp.Rel)]
    return free_of(found, exprs)[:MAX_KINKS]


def kink_columns(exprs, columns: dict, varied: set, integer: set) -> dict | None:
    """Points on both sides of every breakpoint, near and far: each kink argument is followed
    along one variable at a time from the first two sampled points; None when there are none.
    """
    bases = min(2, len(next(iter(columns.values())))) if columns else 0
    rows = []
    for g in kink_arguments(*exprs):
        for v in sorted(g.free_symbols & varied, key=lambda s: s.name)[:3]:
            for j in range(bases):
                point = {s: col[j] for s, col in columns.items()}
                roots = _roots(g, v, point)
                rows += [(point, v, _near(r, d, v in integer)) for r in roots for d in OFFSETS]
                rows += [(point, v, _near((r + q) / 2, 0.0, v in integer))  # a bump between
                         for r, q in zip(roots, roots[1:], strict=False)]
    if not rows:
        return None
    rows = rows[:MAX_POINTS]
    return {s: np.array([value if s == v else point[s] for point, v, value in rows])
            for s in columns}


def _near(root: float, offset: float, whole: bool) -> float:
    value = root + offset * max(abs(root), 1.0)
    if whole:
        return float(np.floor(value) if offset < 0 else np.ceil(value))
    return float(f"{value:.12g}")


def _roots(g, v, point: dict, grid: np.ndarray = GRID) -> list[float]:
    """Where g changes sign as v runs over the grid, the others kept at `point`."""
    g = compiled_floats(g)   # once for the grid and every bisection
    if g is None:
        return []
    values = _along(g, v, point, grid)
    if values is None:
        return []
    found = _linear_root(g, v, point)
    sign = np.sign(values)
    k = np.flatnonzero(np.isfinite(values[:-1]) & np.isfinite(values[1:])
                       & (sign[:-1] != sign[1:]))
    if not len(k):
        return found
    lo, hi = grid[k], grid[k + 1]
    lo_sign = sign[k]
    for _ in range(BISECTIONS):
        mid = (lo + hi) / 2
        at = _along(g, v, point, mid)
        if at is None:
            return []
        left = np.sign(at) == lo_sign
        lo, hi = np.where(left, mid, lo), np.where(left, hi, mid)
    return sorted(set(found + ((lo + hi) / 2).tolist()))[:MAX_ROOTS]


def _linear_root(g, v, point: dict) -> list[float]:
    """The root of g (compiled, see `_along`) when g is linear in v (n - 10^12 has it beyond
    any grid): [] otherwise."""
    at = _along(g, v, point, np.array([0.0, 1.0, 2.0]))
    if at is None or not np.all(np.isfinite(at)) or at[1] == at[0]:
        return []
    if abs(at[2] - 2 * at[1] + at[0]) > 1e-9 * (abs(at[0]) + abs(at[1]) + 1e-300):
        return []
    root = -at[0] / (at[1] - at[0])
    return [float(root)] if np.isfinite(root) else []


def _along(g, v, point: dict, values: np.ndarray) -> np.ndarray | None:
    """g (compiled by `compiled_floats`) in floats with v at each of `values`, the other
    symbols at `point`."""
    env = {s: np.full(len(values), x) for s, x in point.items()}
    env[v] = values
    found = g(env, len(values))
    return None if found is None else np.where(found[1], np.nan, found[0])


def jump_arguments(*exprs) -> list[tuple]:
    """(g, where it jumps) for each jump: floor(g) when g is whole, sign(g) when g is 0…"""
    found = []
    for expr in exprs:
        for e in sp.preorder_traversal(expr):
            if isinstance(e, (sp.floor, sp.ceiling, sp.frac)):
                found.append((e.args[0], "whole"))
            elif isinstance(e, sp.Mod):
                found.append((e.args[0] / e.args[1], "whole"))
            elif isinstance(e, (sp.sign, sp.Heaviside)):
                found.append((e.args[0], "zero"))
            elif isinstance(e, sp.Piecewise):
                found += [(c.lhs - c.rhs, "zero") for _, c in e.args if isinstance(c, sp.Rel)]
    bound = bound_symbols(*exprs)
    return list(dict.fromkeys((g, kind) for g, kind in found if not g.free_symbols & bound))
