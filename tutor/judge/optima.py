"""Two argmaxes compared: one objective, changed in a way that keeps where it is largest.

argmax_θ f = argmax_θ g when g is f (or log f, or f is log g) up to a positive factor and a
term that do not depend on θ; argmin_θ (-f) = argmax_θ f. Nothing else is decided: two
objectives that differ otherwise may still share their maximiser, so a difference is never
a refutation, and the value an argmax names is not worked out.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from tutor.functions import ArgOptimum
from tutor.model import Verdict
from tutor.trees import nodes_of

METHOD = "the same objective up to a change that keeps its maximiser"
NOT_SHOWN = ("argmax/argmin: the two objectives are not shown to be one objective up to an "
             "increasing change (a positive factor, a constant term, a logarithm), so whether "
             "they share their maximiser is not checked")
NOT_WORKED_OUT = "argmax/argmin: the maximiser is not worked out, so the value named is not checked"
MAX_PASSES = 4

Same = Callable[[sp.Basic, sp.Basic], Verdict]


def holds_optimum(x) -> bool:
    return bool(nodes_of(x, ArgOptimum))


def compare_optima(a, b, same: Same) -> Verdict:
    """a against b when either holds an argmax; `same` compares two plain expressions."""
    if not (isinstance(a, ArgOptimum) and isinstance(b, ArgOptimum)):
        return Verdict("unknown", reason=NOT_WORKED_OUT)
    (f, var, kind_f), (g, var_g, kind_g) = a.args, b.args
    if var != var_g:
        return Verdict("unknown", reason=NOT_SHOWN)
    counts = _counts(f) | _counts(g)
    f, g = _maximised(f, var, int(kind_f), counts), _maximised(g, var, int(kind_g), counts)
    for first, second in ((f, g), (sp.log(f), g), (f, sp.log(g))):
        if _differ_by_a_constant(first, second, var, same):
            return Verdict("equal", METHOD)
        if _splits(first) or _splits(second):  # log ∏ p(x_i|θ) = Σ log p(x_i|θ)
            split = _logs_split(first), _logs_split(second)
            if split != (first, second) and _differ_by_a_constant(*split, var, same):
                return Verdict("equal", METHOD + ", the log of a product a sum of logs")
    return Verdict("unknown", reason=NOT_SHOWN)


def _differ_by_a_constant(f, g, var: sp.Symbol, same: Same) -> bool:
    """f - g is the same at every value of `var` (compared with itself at a fresh name)."""
    if same(f, g).status == "equal":
        return True
    gap = sp.Add(g, -f)
    other = sp.Symbol(f"{var.name}_other", **var.assumptions0)
    if other in gap.free_symbols:
        return False
    return same(gap, gap.xreplace({var: other})).status == "equal"


def _splits(x) -> bool:
    """Does x hold the log of a product (of factors none of which is a negative number)?"""
    return any(isinstance(log.args[0], sp.Product) or (isinstance(log.args[0], sp.Mul) and not any(
        f.is_number and f.is_negative for f in log.args[0].args)) for log in nodes_of(x, sp.log))


def _logs_split(x):
    """x with the log of each product a sum of logs: an objective under argmax is a
    likelihood, positive where it is defined (its log must be)."""
    return sp.expand_log(x, force=True)


def _maximised(f, var: sp.Symbol, kind: int, counts: set):
    """What argmax (or argmin) maximises, without what does not move its maximiser:
    argmin_θ f is argmax_θ (-f)."""
    f, kind = _objective(f, var, kind, counts)
    return f if kind == 1 else sp.Mul(-1, f)


def _objective(f, var: sp.Symbol, kind: int, counts: set) -> tuple:
    """f without the terms and the factors that do not depend on `var` (a negative factor
    turns argmax into argmin), and the kind that results."""
    for _ in range(MAX_PASSES):
        if isinstance(f, sp.Add):
            kept = [t for t in f.args if var in t.free_symbols]
            f = sp.Add(*kept) if kept else f
        if isinstance(f, sp.Mul):
            sign, kept = 1, []
            for factor in f.args:
                if var in factor.free_symbols:
                    kept.append(factor)
                elif factor.is_number and factor.is_negative:
                    sign = -sign
                elif not _positive(factor, counts):
                    kept.append(factor)
            if sign < 0:
                kind = -kind
            f = sp.Mul(*kept) if kept else sp.Integer(1)
        else:
            break
    return f, kind


def _positive(factor, counts: set) -> bool:
    """A factor known positive: a positive number, a count (the n of Σ_{i=1}^n), an even power
    (σ² of a likelihood: zero would leave nothing to maximise), products and powers of them."""
    if factor.is_positive or factor in counts:
        return True
    if isinstance(factor, sp.Mul):
        return all(_positive(f, counts) for f in factor.args)
    if isinstance(factor, sp.Pow):
        if factor.exp.is_integer and factor.exp.is_even and factor.base.is_real is not False:
            return True
        return factor.exp.is_real and _positive(factor.base, counts)
    return False


def _counts(expr) -> set:
    """The names that are the upper end of a sum or a product (how many terms there are)."""
    found = set()
    for node in nodes_of(expr, sp.Sum, sp.Product):
        found |= {limit[2] for limit in node.limits if isinstance(limit[2], sp.Symbol)}
    return found
