"""One number given to several calls at once (`H(X) = H(Y) = 1`, `P(A) = P(B) = 0.5`): each
call is given it, as `H(X) = 1` and `H(Y) = 1` would be."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.new_names import definable
from tutor.model import Chain

_STATED = ("P", "p", "E")  # probabilities and expectations: given values, never definitions


def shared_value_chains(chain: Chain, ctx) -> list[Chain] | None:
    """`name_1 = name_2 = … = number` of calls that are new here, as one chain each; None for
    anything else (a claim between calls that have meanings: `f(1) = g(1) = 2`)."""
    parts, links = chain.parts, chain.links
    value = parts[-1].expr
    if len(parts) < 3 or any(link.op != "=" for link in links) or not (
            isinstance(value, sp.Expr) and value.is_number and not value.free_symbols):
        return None
    heads = [part.expr for part in parts[:-1]]
    if len(set(heads)) < len(heads) or not all(
            isinstance(h, AppliedUndef) and (definable(h, ctx, value) or h.func.__name__ in
                                             _STATED and h not in ctx.calls) for h in heads):
        return None
    return [Chain([part, parts[-1]], [links[-1]]) for part in parts[:-1]]
