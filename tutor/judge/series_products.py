"""Products of truncated series: `(1 - x²/2 + o(x²))(1 + x/2 - x²/8 + o(x²))` is
`1 + x/2 - 5x²/8 + o(x²)`, each rest carried to the order it leaves the product exact to."""

from __future__ import annotations

import sympy as sp

from tutor.names import BIG_O, ELLIPSIS, LITTLE_O

MAX_FACTORS = 4


def product_parts(expr, truncated) -> tuple | None:
    """(polynomial, order, variable) of a product of series with rests at 0 in one variable
    (`truncated` reads each factor), the polynomial cut below the order; None otherwise."""
    if not isinstance(expr, (sp.Mul, sp.Pow)):
        return None
    factors = [f for f in sp.Mul.make_args(expr) for _ in range(_times(f))]
    series = [truncated(_base(f)) for f in factors]
    if sum(s is not None for s in series) < 2 or len(factors) > MAX_FACTORS:
        return None
    known = [s for s in series if s is not None]
    var = known[0].var
    if any(s.var != var or s.order is None or s.point != 0 for s in known) or var is None:
        return None
    polys = [s.poly if s is not None else f for s, f in zip(series, factors, strict=True)]
    if any(p.has(ELLIPSIS, BIG_O, LITTLE_O) or not p.is_polynomial(var) for p in polys):
        return None
    lowest = [_lowest(p, var) for p in polys]
    if None in lowest:
        return None
    order = min(s.order + sum(lowest) - lowest[k] for k, s in enumerate(series) if s is not None)
    poly = sp.expand(sp.Mul(*polys))
    kept = sp.Add(*[t for t in sp.Add.make_args(poly) if sp.degree(t, var) < order])
    return kept, order, var


def _times(factor) -> int:
    """How many times a factor stands: (…)^2 is two factors."""
    if isinstance(factor, sp.Pow) and factor.exp.is_Integer and 1 < factor.exp <= MAX_FACTORS:
        return int(factor.exp)
    return 1


def _base(factor):
    return factor.base if _times(factor) > 1 else factor


def _lowest(poly, var) -> int | None:
    """The lowest power of `var` in a polynomial (0 for a number); None for 0."""
    poly = sp.expand(poly)
    if poly == 0:
        return None
    return min(sp.degree(t, var) for t in sp.Add.make_args(poly))
