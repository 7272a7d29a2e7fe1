"""What learners mean where sympy's conventions differ: real odd roots, empty ranges, the
indicator of a condition."""

from __future__ import annotations

import sympy as sp
from sympy.logic.boolalg import BooleanFunction

from tutor.compat import AppliedUndef
from tutor.indices import entry_of, split_name
from tutor.trees import nodes_of


def learner_conventions(expr):
    """expr with (-8)^(1/3) = -2 (the real odd root) and sums and products over an empty
    range of whole numbers 0 and 1 (sympy's reversed-bounds convention gives Σ_{i=5}^{3} 1 =
    -1). The fast evaluators already work this way; sympy's algebra must agree with them."""
    if expr.has(sp.Sum, sp.Product):
        expr = expr.replace(_empty_range, lambda big: sp.S.Zero if isinstance(big, sp.Sum)
                            else sp.S.One)
    return real_odd_roots(indicators(expr)) if expr.has(sp.Pow) else indicators(expr)


def indicators(expr):
    """`\\mathbb{1}(z > 0)`, `\\mathbb{I}[z > 0]` (read I(z > 0)): 1 where it holds, else 0.
    I(X = v) beside P(X = v) may be the information content instead: it stays I (the judge
    tries both readings, tutor.judge.information_reading)."""
    if not expr.has(AppliedUndef):
        return expr
    probable = {c.args[0] for c in nodes_of(expr, AppliedUndef)
                if c.func.__name__ in ("P", "p") and len(c.args) == 1}
    return expr.replace(lambda e: _indicator(e) and e.args[0] not in probable,
                        lambda i: sp.Piecewise((1, i.args[0]), (0, True)))


def _indicator(e) -> bool:
    """I(z > 0): the indicator of a condition (I of anything else is another I)."""
    return isinstance(e, AppliedUndef) and e.func.__name__ == "I" and len(e.args) == 1 \
        and isinstance(e.args[0], (sp.Rel, BooleanFunction))


def real_odd_roots(expr, every_base: bool = False):
    """Odd roots as real roots: (-8)^(1/3) = -2. With `every_base`, also roots of symbols
    and expressions (sign(b)^p·|b|^(p/q)): the slow evaluator, where bases become numbers only
    later; otherwise roots of numbers that are negative."""
    def odd_root(p):
        return (isinstance(p, sp.Pow) and p.exp.is_Rational and not p.exp.is_Integer
                and p.exp.q % 2 == 1 and (every_base or (p.base.is_number
                                                         and p.base.is_negative is True)))
    return expr.replace(odd_root, lambda p: sp.sign(p.base) ** p.exp.p * sp.Abs(p.base) ** p.exp)


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


def linked_indices(a, b) -> tuple:
    """x_1 outside a sum is x[1] of the x_i inside one (Σ_{i=1}^{3} x_i = x_1 + x_2 + x_3)."""
    labels = {str(x.base.label): x.base for e in (a, b) for x in nodes_of(e, sp.Indexed)}
    arity = {str(x.base.label): len(x.indices) for e in (a, b) for x in nodes_of(e, sp.Indexed)}
    if not labels:
        return a, b
    subs = {}
    for s in a.free_symbols | b.free_symbols:
        split = split_name(s)  # x_1, x_{12}, x_{1j} (with x[i, j] in a sum), not x_j: tutor.
        if split is None or split[0] not in labels:  # judge.index_cases links those where
            continue  # it matters
        split = entry_of(s, arity[split[0]])
        if split is not None and any(i.is_Integer for i in split[1]):
            subs[s] = sp.Indexed(labels[split[0]], *split[1])
    return (a.xreplace(subs), b.xreplace(subs)) if subs else (a, b)
