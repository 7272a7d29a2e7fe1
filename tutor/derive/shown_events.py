"""Conditional probabilities shown as written: P(A | B), not the reader's P(A, B)/P(B)."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.read.events import SIGN_LETTERS

GIVEN = sp.Function("P_given")  # P_given((A,), (B,)): printed P(A | B)
SIGNS = {mark: sign for sign, mark in SIGN_LETTERS.items()}  # a test's outcomes, as written


def with_conditionals(expr):
    """`expr` with each P(A, B)·P(B)⁻¹ (how the reader holds P(A | B)) as GIVEN((A,), (B,))."""
    if not isinstance(expr, sp.Basic) or not expr.has(AppliedUndef):
        return expr
    return expr.replace(lambda e: isinstance(e, sp.Mul) and _conditional(e) is not None,
                        _as_given)


def _probability(e) -> bool:
    return isinstance(e, AppliedUndef) and e.func.__name__ == "P" and len(e.args) >= 1


def _conditional(mul: sp.Mul) -> tuple | None:
    """(joint, condition) of the first P(A, B)·P(B)⁻¹ among the factors, else None."""
    inverses = [f for f in mul.args if isinstance(f, sp.Pow) and f.exp == -1
                and _probability(f.base)]
    for inverse in inverses:
        given = inverse.base.args
        for joint in mul.args:
            if _probability(joint) and len(joint.args) > len(given) and set(given) <= set(
                    joint.args):
                return joint, inverse
    return None


def _as_given(mul: sp.Mul):
    joint, inverse = _conditional(mul)
    given = inverse.base.args
    event = tuple(a for a in joint.args if a not in given)
    others = [f for f in mul.args if f is not joint and f is not inverse]
    shown = GIVEN(sp.Tuple(*event), sp.Tuple(*given))
    return sp.Mul(*others, shown, evaluate=False) if others else shown
