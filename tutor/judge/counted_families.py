"""A family whose entries stand under a factorial (x_i! of a Poisson likelihood) counts: its
entries are whole numbers ≥ 0, and they are sampled so (tutor.judge.indexed).

`\\ln\\prod_i \\frac{\\lambda^{x_i}}{x_i!} = \\sum_i x_i\\ln\\lambda - \\sum_i \\ln(x_i!)` holds
for counts; at x_i = -2.5 (x_i! = Γ(-1.5) > 0 but Γ(-0.5) < 0) one side is undefined, which
made it "equal only on part of the domain" though no writer means such an x_i."""

from __future__ import annotations

import sympy as sp

from tutor.trees import nodes_of


def counted_families(a, b) -> tuple:
    """a and b with each family under a factorial marked as counting (its label a whole
    number ≥ 0); as they are when there is none."""
    bases = {f.args[0].base for e in (a, b) if isinstance(e, sp.Basic)
             for f in nodes_of(e, sp.factorial) if isinstance(f.args[0], sp.Indexed)}
    if not bases:
        return a, b
    swap = {base: sp.IndexedBase(sp.Symbol(str(base.label), integer=True, nonnegative=True))
            for base in bases if isinstance(base.label, sp.Symbol)}
    return a.xreplace(swap), b.xreplace(swap)
