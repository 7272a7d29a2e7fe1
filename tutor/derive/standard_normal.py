"""Z, declared nowhere, beside a declared normal law: the standard normal, as statistics writes it.

`X ~ N(100, 15²)`, then `P(X > 130) = P(Z > 2) = 1 - Φ(2)`: standardising names Z ~ N(0, 1)
without declaring it. Only where a normal law is declared in force and Z has no law, no value
and no formula of its own (Z = X + Y of an exercise is another Z).
"""

from __future__ import annotations

import sympy as sp

from tutor.judge.law_families import NORMAL
from tutor.judge.probabilities import probability_masses

_Z = sp.Symbol("Z")
_STANDARD = ("N", (sp.Integer(0), sp.Integer(1)))


def masses_with_standard_z(expr, ctx):
    """`probability_masses` of `expr` with the walk's declared laws, Z standard normal when
    the text leaves it undeclared beside a declared normal law."""
    laws = ctx.distributions
    if _Z not in laws and _Z not in ctx.values and _Z in expr.free_symbols and any(
            family in NORMAL for family, _ in laws.values()):
        laws = {**laws, _Z: _STANDARD}
    return probability_masses(expr, laws)
