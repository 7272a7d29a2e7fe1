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
    if not bases or not (expected.free_symbols or got.free_symbols) or not _two_bases(
            (expected, got), bases):
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


def _two_bases(sides, bases: set) -> bool:
    """Whether one side holds logs of names in two bases: some divided by the log of a base
    (log₂ pᵢ), some not (log qᵢ). d/dx log₂ x = 1/x has no log of a name, log₂ x beside ln x
    one base a side: a slip of the base (tutor.derive.diagnosis_logs says so)."""
    for side in sides:
        based, bare = False, False
        logs = {node for node in nodes_of(side, sp.log) if not node.args[0].is_number}
        for product in nodes_of(side, sp.Mul):
            factors = set(product.args)
            if factors & logs:
                scaled = any(sp.Pow(base, -1) in factors for base in bases)
                based, bare = based or scaled, bare or not scaled
                logs -= factors
        if based and (bare or logs):  # a log alone in a sum: in the natural base
            return True
    return False
