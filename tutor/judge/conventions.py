"""What learners mean where sympy's conventions differ: real odd roots, empty ranges."""

from __future__ import annotations

import sympy as sp


def learner_conventions(expr):
    """expr with (-8)^(1/3) = -2 (the real odd root) and sums and products over an empty
    range of whole numbers 0 and 1 (sympy's reversed-bounds convention gives Σ_{i=5}^{3} 1 =
    -1). The fast evaluators already work this way; sympy's algebra must agree with them."""
    if expr.has(sp.Sum, sp.Product):
        expr = expr.replace(_empty_range, lambda big: sp.S.Zero if isinstance(big, sp.Sum)
                            else sp.S.One)
    if expr.has(sp.Pow):
        expr = expr.replace(_odd_root_of_negative, _real_odd_root)
    return expr


def _empty_range(e) -> bool:
    """A sum or product one of whose indices runs over no whole number (5 down to 3)."""
    if not isinstance(e, (sp.Sum, sp.Product)):
        return False
    for _, low, high in e.limits:
        gap = sp.Add(low, -high)
        if gap.is_number and gap.is_comparable and low.is_integer and high.is_integer \
                and gap > 0:
            return True
    return False


def _odd_root_of_negative(p) -> bool:
    return (isinstance(p, sp.Pow) and p.exp.is_Rational and not p.exp.is_Integer
            and p.exp.q % 2 == 1 and p.base.is_number and p.base.is_negative is True)


def _real_odd_root(p):
    """(-8)^(2/3) = ((-8)^(1/3))^2 = 4; (-8)^(1/3) = -2."""
    magnitude = sp.Pow(-p.base, p.exp)
    return magnitude if p.exp.p % 2 == 0 else -magnitude


def linked_indices(a, b) -> tuple:
    """x_1 outside a sum is x[1] of the x_i inside one (Σ_{i=1}^{3} x_i = x_1 + x_2 + x_3)."""
    labels = {str(x.base.label): x.base for e in (a, b) for x in e.atoms(sp.Indexed)}
    if not labels:
        return a, b
    subs = {}
    for s in a.free_symbols | b.free_symbols:
        label, _, index = s.name.rpartition("_") if isinstance(s, sp.Symbol) else ("", "", "")
        if label in labels and index.isdigit():
            subs[s] = sp.Indexed(labels[label], int(index))
    return (a.xreplace(subs), b.xreplace(subs)) if subs else (a, b)
