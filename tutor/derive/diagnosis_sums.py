"""Sums in a diagnosis: compare the summands of two sums, and name the sums that remain."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis_probes import said, show, value
from tutor.trees import nodes_of


def _one_sum(e):
    """e = c·Σ f: (c, the Sum), or None."""
    sums = [a for a in sp.Mul.make_args(e) if isinstance(a, sp.Sum)]
    if len(sums) != 1 or len(sums[0].limits) != 1 or e.is_Add:
        return None
    return sp.Mul(*[a for a in sp.Mul.make_args(e) if a is not sums[0]]), sums[0]


def diagnose_sum(expected, got):
    """Two sums over the same number of terms (an index shifted is fine) whose summands differ
    by a factor free of the index: the factor dropped or added inside the sum."""
    a, b = _one_sum(value(expected)), _one_sum(value(got))
    if a is None or b is None:
        return None
    (ce, se), (cg, sg) = a, b
    (i, lo_e, hi_e), (j, lo_g, hi_g) = se.limits[0], sg.limits[0]
    if sp.simplify((hi_e - lo_e) - (hi_g - lo_g)) != 0:
        return None
    body_e = ce * se.function.subs(i, j + lo_e - lo_g)
    ratio = sp.factor(sp.cancel(sp.combsimp(cg * sg.function / body_e)))
    if ratio == 1 or ratio.has(j) or ratio.is_Add or sp.count_ops(ratio) > 12:
        return None
    if ratio == -1:
        return "sign", "the sign of the whole expression is wrong"
    num, den = sp.fraction(ratio)
    if num.is_number and not den.is_number:
        return "factor", f"inside the sum, a factor {said(den)} is missing"
    if den.is_number and not num.is_number:
        return "factor", f"inside the sum, an extra factor {said(num)}"
    return "factor", f"inside the sum, off by the factor {said(ratio)}"


def _normal_sum(s):
    """Σ (a + b) = Σ a + Σ b, Σ c·f = c·Σ f, Σ c = (number of terms)·c: one form for a sum."""
    if len(s.limits) != 1:
        return s
    i, lo, hi = s.limits[0]
    out = []
    for term in sp.Add.make_args(sp.expand(s.function)):
        free = sp.Mul(*[f for f in sp.Mul.make_args(term) if not f.has(i)])
        bound = sp.Mul(*[f for f in sp.Mul.make_args(term) if f.has(i)])
        out.append(free * (hi - lo + 1) if bound == 1 else free * sp.Sum(bound, (i, lo, hi)))
    return sp.Add(*out)


def named_sums(expected, got):
    """Both forms with each sum normalised and then named by a symbol that prints as the sum
    (`sum(i=1..n, x_i)`), so that the probes can put numbers in for it."""
    names: dict = {}

    def rename(e):
        if isinstance(e, sp.Sum):
            normal = _normal_sum(e)
            for s in (nodes_of(normal, sp.Sum) if hasattr(normal, "atoms") else ()):
                names.setdefault(s, sp.Symbol(show(s)))
            return normal.xreplace(names)
        if e.is_Atom:
            return e
        args = [rename(a) for a in e.args]
        if isinstance(e, (sp.Add, sp.Mul, sp.Pow)):
            return e.func(*args, evaluate=False)
        return e.func(*args)

    if not (expected.has(sp.Sum) or got.has(sp.Sum)):
        return expected, got
    return rename(expected), rename(got)
