"""`p(x) = π(1 - π)^{x-1} \\quad \\text{for } x = 1, 2, \\ldots`: the values a variable runs over,
listed after a claim, are its range (never a claim `x = 1` of their own)."""

from __future__ import annotations

import sympy as sp

from tutor.names import ELLIPSIS


def value_listings(chains: list) -> set[int]:
    """Positions of the chains that list a variable's values after another statement:
    `x = 1` followed by bare numbers and an ellipsis (`, 2, …`, or `, 1, …, 20` to an end)."""
    listed: set[int] = set()
    for k, chain in enumerate(chains):
        if not k or len(chain.links) != 1 or chain.links[0].op != "=" or not isinstance(
                chain.parts[0].expr, sp.Symbol) or not chain.parts[1].expr.is_Number:
            continue
        after = 0
        for later in chains[k + 1:]:
            if later.links or not (later.parts[0].expr.is_Number
                                   or later.parts[0].expr == ELLIPSIS):
                break
            after += 1
        if after and ELLIPSIS in (c.parts[0].expr for c in chains[k + 1:k + after + 1]):
            listed |= set(range(k, k + after + 1))  # x = 1, 2, …; x = 0, 1, …, 20
    return listed


def values_listed(chains: list, k: int) -> bool:
    """Whether chain `k` and every chain after it on its line give a name a number (`μ_1 = 0,\\
    μ_2 = 1, σ = 1`): values listed together, none an equation the others follow from."""
    return len(chains) > k + 1 and all(
        len(c.links) == 1 and c.links[0].op == "=" and isinstance(c.parts[0].expr, sp.Symbol)
        and c.parts[1].expr.is_Number for c in chains[k:])
