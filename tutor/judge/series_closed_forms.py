"""Closed forms of the infinite series of moments, in milliseconds: Σ q(k)·r^k and Σ q(k)·λ^k/k!.

sympy's summation takes seconds on `Σ_{k≥1} k p (1-p)^{k-1}` (a geometric mean) and on
`Σ_{k≥2} k(k-1) λ^k e^{-λ}/k!` (a Poisson factorial moment): a step's whole budget. With q a
polynomial in k these are the geometric series differentiated, and the exponential series:
  Σ_{k≥a} q(k) r^k = q(r d/dr) [r^a/(1 - r)]   where |r| < 1 (elsewhere it diverges: no value,
                                                  so a right closed form is equal only where
                                                  |r| < 1, unchecked when that is not said, and
                                                  a wrong one or another series is wrong there);
  Σ_{k≥0} k(k-1)…(k-j+1) λ^k/k! = λ^j e^λ        (q in falling factorials, the first terms
                                                  below a taken away).
"""

from __future__ import annotations

import sympy as sp

MAX_DEGREE = 8   # k^8 r^k: beyond, sympy's own summation (rare in notes)


def closed_series(expr):
    """`expr` with each such infinite sum in closed form; the others as they stand."""
    if not isinstance(expr, sp.Basic) or not expr.has(sp.Sum):
        return expr
    closed = {}
    for total in expr.atoms(sp.Sum):
        form = closed_form(total)
        if form is not None:
            closed[total] = form
    return expr.xreplace(closed) if closed else expr


def closed_form(total: sp.Sum):
    """The closed form of Σ_{k=a}^∞ c·q(k)·r^k or Σ_{k=a}^∞ c·q(k)·λ^k/k! (a a whole number,
    q a polynomial of k, c, r, λ free of k), else None."""
    if len(total.limits) != 1:
        return None
    k, low, high = total.limits[0]
    if high is not sp.oo or not low.is_Integer or low < 0:
        return None
    parts = _parts(total.function, k)
    if parts is None:
        return None
    constant, poly, ratio, factorial = parts
    if poly.degree() > MAX_DEGREE:
        return None
    if factorial:
        return constant * _exponential(poly, ratio, int(low), k)
    t = sp.Dummy("t")
    closed = _geometric(poly, t, int(low)).xreplace({t: ratio})
    return sp.Piecewise((constant * closed, sp.Abs(ratio) < 1), (sp.nan, True))  # diverges


def _parts(term, k):
    """(c, q(k) as a Poly, r, whether 1/k! stands) of a term c·q(k)·r^k(·1/k!), or None."""
    constant, ratio, poly, factorial = sp.S.One, sp.S.One, sp.S.One, False
    for factor in sp.Mul.make_args(sp.powsimp(sp.expand_power_exp(term))):
        if not factor.has(k):
            constant *= factor
        elif factor == 1 / sp.factorial(k) and not factorial:
            factorial = True
        elif isinstance(factor, (sp.Pow, sp.exp)) and not factor.as_base_exp()[0].has(k):
            base, exponent = factor.as_base_exp()
            slope = sp.diff(exponent, k)
            if slope.has(k) or not exponent.is_polynomial(k):
                return None
            ratio *= base ** slope
            constant *= base ** exponent.subs(k, 0)
        elif factor.is_polynomial(k):
            poly *= factor
        else:
            return None
    if ratio == 1 and not factorial:
        return None   # Σ q(k): no geometric or exponential factor, it does not converge
    return constant, sp.Poly(poly, k), ratio, factorial


def _geometric(poly: sp.Poly, t, low: int):
    """Σ_{k≥low} q(k) t^k, as q(t d/dt) applied to t^low/(1 - t)."""
    power = t ** low / (1 - t)
    total = sp.S.Zero
    for (degree,), coefficient in poly.terms():
        term = power
        for _ in range(degree):
            term = t * sp.diff(term, t)
        total += coefficient * term
    return sp.together(total)


def _exponential(poly: sp.Poly, lam, low: int, k):
    """Σ_{k≥low} q(k) λ^k/k!: e^λ Σ_j Δ^j q(0)/j! λ^j, less the terms below `low`."""
    q = poly.as_expr()
    values = [q.subs(k, n) for n in range(poly.degree() + 1)]
    total, j = sp.S.Zero, 0
    while values:
        total += values[0] / sp.factorial(j) * lam ** j
        values = [b - a for a, b in zip(values, values[1:], strict=False)]
        j += 1
    head = sum((q.subs(k, n) * lam ** n / sp.factorial(n) for n in range(low)), sp.S.Zero)
    return sp.exp(lam) * total - head
