"""What a step may rest on unsaid about a family's total: Σ_k y_k = 1 (one-hot labels,
probabilities), Σ_i n_i = N (counts n_i of N draws)."""

from __future__ import annotations

import sympy as sp

from tutor.judge.index_cases import differentiated_families
from tutor.trees import nodes_of


def family_totals(a, b) -> list:
    """`Σ_k y_k = 1` for each plain sum of a family in a or b, and `Σ_i n_i = N` for each
    capital letter N beside it: what a step may rest on unsaid (one-hot labels,
    probabilities, counts n_i of N draws)."""
    found = []
    varied = differentiated_families(a, b)
    counts = sorted((s for s in a.free_symbols | b.free_symbols if s.name.isupper()
                     and len(s.name) == 1), key=str)  # Σ_i n_i = N: counts adding up to N
    for e in (a, b):
        for big in nodes_of(e, sp.Sum):
            if len(big.limits) != 1:
                continue
            var = big.limits[0][0]  # Σ_k y_k log p_k: y (a factor) may total 1 (one-hot)
            for x in dict.fromkeys(f for t in sp.Add.make_args(big.function)
                                   for f in sp.Mul.make_args(t)):
                for total in (1, *counts):
                    relation = sp.Eq(sp.Sum(x, big.limits[0]), total, evaluate=False)
                    if isinstance(x, sp.Indexed) and x.indices == (var,) and \
                            str(x.base.label) not in varied and relation not in found:
                        found.append(relation)
    return found[:3]
