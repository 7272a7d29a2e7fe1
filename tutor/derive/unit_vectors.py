"""`∇f = y î + x ĵ`: a vector written on the unit vectors î, ĵ, k̂ is the column of its parts."""

from __future__ import annotations

import sympy as sp

from tutor.vectors import matrix_literal

UNIT_NAMES = ("i_hat", "j_hat", "k_hat")


def unit_vectors_as_columns(expr):
    """`expr` as the column of its parts when it is a sum of parts times î and ĵ (and k̂), with
    nothing left over; else `expr` as it is (a lone î, or î in a product of hats, stays)."""
    if not isinstance(expr, sp.Basic):
        return expr
    names = {s.name: s for s in expr.free_symbols if isinstance(s, sp.Symbol)}
    basis = [names[n] for n in UNIT_NAMES if n in names]
    if len(basis) < 2 or "i_hat" not in names or "j_hat" not in names:
        return expr
    try:
        poly = sp.Poly(sp.expand(expr), *basis)
    except (sp.PolynomialError, sp.GeneratorsNeeded, TypeError, ValueError):
        return expr
    if any(sum(m) != 1 for m in poly.monoms()):
        return expr  # a part with no unit vector, or î·ĵ: not a vector written on them
    parts = [poly.coeff_monomial(b) for b in basis]
    return matrix_literal([[p] for p in parts])


def has_unit_vectors(*exprs) -> bool:
    """Whether î, ĵ or k̂ stand in any of the expressions."""
    return any(isinstance(s, sp.Symbol) and s.name in UNIT_NAMES
               for e in exprs if isinstance(e, sp.Basic) for s in e.free_symbols)
