"""A step whose logs are in two bases (H(p) in bits above, a bare log here) that holds in one."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis_probes import zero
from tutor.trees import nodes_of

MIXED_BASES = ("the logs here are in two bases (log₂ beside log): it holds with every log in "
               "one base")


def diagnose_mixed_bases(expected, got):
    """`D(p‖q) = H(p, q) - H(p)` with H(p) defined by log₂ above and H(p, q) by a bare log: a
    ("log-base", why) when the step holds once every log is in one base; None otherwise. Only
    for steps in names (a number worked out in the wrong base is an arithmetic slip)."""
    bases = {node.base for e in (expected, got) for node in nodes_of(e, sp.Pow)
             if node.exp == -1 and isinstance(node.base, sp.log) and node.base.args[0].is_Integer}
    if not bases or not (expected.free_symbols or got.free_symbols):
        return None
    one_base = {sp.Pow(base, -1): sp.Integer(1) for base in bases}
    if zero(_written_out(expected.xreplace(one_base) - got.xreplace(one_base))):
        return "log-base", MIXED_BASES
    return None


def _written_out(difference):
    """The difference with each sum over a range of symbols written out for three terms (Σᵢ
    pᵢ log pᵢ of H above beside Σᵢ pᵢ log qᵢ here: the sums combine term by term)."""
    ends = {high for total in nodes_of(difference, sp.Sum) for _, _, high in total.limits
            if isinstance(high, sp.Symbol)}
    if ends:
        difference = difference.xreplace({end: sp.Integer(3) for end in ends}).doit()
    return sp.expand(sp.expand_log(difference, force=True))
