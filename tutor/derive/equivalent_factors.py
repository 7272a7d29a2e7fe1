"""Under a limit, a part traded for an equivalent inside a larger body: one factor replaced by
its principal part (`x(1 - e^{-x})` written `x²`, the numerator kept), or a body cut to a
truncated expansion that drops a function (`√(1 + 2 sin x)` written `1 + sin x - ½sin²x`)."""

from __future__ import annotations

import sympy as sp

from tutor.derive.equivalents import principal_part, ratio_tends_to_one


def replaced_by_equivalent(old_body, new_body, var, point) -> bool:
    """Whether `new_body` is `old_body` with a part traded for an equivalent, the whole over
    the new one tending to 1 at the point (so the limits are equal for that reason): the
    factors that differ are a function against a principal part c·(x - a)^k, or the new body
    keeps only some of the functions and roots of the old one (never two polynomials: a slip
    in expanding (x+h)³ keeps the limit by luck, not by this rule)."""
    if new_body.free_symbols - old_body.free_symbols:  # sin x ~ x - sin(ξ)x²/2: ξ tied to x
        return False
    try:
        quotient = sp.powsimp(old_body / new_body)
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    top = sp.Mul(*[f for f in sp.Mul.make_args(quotient) if not _below(f)])
    bottom = sp.Mul(*[1 / f for f in sp.Mul.make_args(quotient) if _below(f)])
    traded = any(principal_part(one, var, point) and _transcendental(other, var)
                 for one, other in ((top, bottom), (bottom, top)))
    dropped = _transcendental(old_body, var) > _transcendental(new_body, var)
    return (traded or dropped) and ratio_tends_to_one(old_body, new_body, var, point)


def _below(factor) -> bool:
    """A factor with a negative power: it stands under the bar."""
    _, exponent = factor.as_base_exp()
    return exponent.is_number and exponent.is_negative is True


def _transcendental(expr, var) -> frozenset:
    """The functions (sin, e^…, log) and the roots (or powers in `var`) of expressions in `var`
    within expr, a root under the bar counted as the same root."""
    found = {f for f in expr.atoms(sp.Function) if f.has(var)}
    for p in expr.atoms(sp.Pow):
        if p.has(var) and (p.exp.has(var) or p.exp.is_Rational and not p.exp.is_Integer):
            found.add(sp.Pow(p.base, abs(p.exp)) if p.exp.is_Rational else p)
    return frozenset(found)
