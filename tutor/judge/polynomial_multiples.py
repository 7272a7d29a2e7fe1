"""An equation that is the one above times a polynomial: `4a(ax² + bx + c) = 0` follows from it."""

from __future__ import annotations

import sympy as sp

from tutor.trees import nodes_of

MAX_EXPONENT = 12   # (x + 1)^40 is not expanded to be divided


def follows_as_multiple(z1, z2) -> bool:
    """Whether z2 = q·z1 for a polynomial q with rational coefficients, z1 and z2 polynomials
    (defined everywhere): then every zero of z1 is a zero of z2, whatever the values of the
    symbols, so z1 = 0 ⇒ z2 = 0 (the converse may fail where q vanishes)."""
    symbols = sorted(z1.free_symbols | z2.free_symbols, key=lambda s: s.name)
    if not symbols or z1 == 0 or not (_small(z1) and _small(z2)):
        return False
    try:
        if not (z1.is_polynomial(*symbols) and z2.is_polynomial(*symbols)):
            return False
        p1, p2 = sp.Poly(z1, *symbols), sp.Poly(z2, *symbols)
        if not all(p.domain.is_ZZ or p.domain.is_QQ for p in (p1, p2)) or p1.is_zero:
            return False
        _, remainder = sp.div(p2.set_domain(sp.QQ), p1.set_domain(sp.QQ))
    except (sp.PolynomialError, TypeError, ValueError, NotImplementedError):
        return False
    return remainder.is_zero


def _small(z) -> bool:
    """No power so high that expanding it would take long."""
    return not any(node.exp.is_Integer and abs(node.exp) > MAX_EXPONENT
                   for node in nodes_of(z, sp.Pow))
