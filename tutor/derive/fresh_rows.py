"""Where a row of a block starts its own derivation: the left a final answer is judged from."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.context import WalkState
from tutor.trees import nodes_of


def starts_afresh(parts: list, start: int, state: WalkState) -> bool:
    """Whether a row's claims are judged from its own left (the start of the derivation for a
    final answer): a limit or derivative, the first row or one with its own left after rows
    before; also a defined function at a point, `f(2) = 8 - 4` (no variable in it)."""
    left = parts[start].expr
    own_left = start == 0 and len(parts) > 1 and state.prev is not None \
        and parts[0] is not state.prev
    if left.has(sp.Limit, sp.Derivative):
        return state.origin is None or (own_left and not isinstance(left, sp.Limit))
    return own_left and state.origin is not None and not left.free_symbols \
        and bool(nodes_of(left, AppliedUndef))
