"""x̄ beside sums of the x_i: a difference that vanishes when x̄ is their mean refutes nothing."""

from __future__ import annotations

import sympy as sp

from tutor.trees import nodes_of

MEAN_SUFFIXES = ("_bar", "_overline")
MEAN_METHOD = "x̄ read as the mean of the values summed, x̄ = (1/n) Σ x_i"


def _ranges(exprs) -> dict[str, set]:
    """The ranges (lo, hi) each indexed base x is summed over in `exprs`: {'x': {(1, n)}}."""
    found: dict[str, set] = {}
    for expr in exprs:
        for op in nodes_of(expr, sp.Sum):
            for var, lo, hi in op.limits:
                for item in nodes_of(op.function, sp.Indexed):
                    if item.indices == (var,):
                        found.setdefault(str(item.base), set()).add((lo, hi))
    return found


def sample_means(a, b) -> dict:
    """{x̄: (1/n) Σ_{k=1}^{n} x_k} for each free x̄ (`x_bar`, `x_overline`) whose x is summed
    over one range in `a` or `b`; empty when none, or when the range is not one."""
    ranges = _ranges((a, b))
    means = {}
    for s in a.free_symbols | b.free_symbols:
        for suffix in MEAN_SUFFIXES:
            base = s.name[: -len(suffix)] if s.name.endswith(suffix) else None
            if base and len(ranges.get(base, ())) == 1:
                (lo, hi), = ranges[base]
                k = sp.Dummy("k", integer=True)
                term = sp.Indexed(sp.IndexedBase(base), k)
                means[s] = sp.Sum(term, (k, lo, hi)) / (hi - lo + 1)
    return means


def mean_reason(means: dict) -> str:
    """Why a difference that the mean reading removes is no refutation."""
    shown = ", ".join(sorted(s.name for s in means))
    return (f"holds if {shown} is the mean of the values summed (the usual x̄ = (1/n) Σ x_i): "
            "define it to check")
