"""A sum over every value x of g(x)·P(X = x), written without bounds (`\\sum_x e^{xt} P(X = x)`):
the expectation E[g(X)] of the discrete X (the law of the unconscious statistician), so the two
spellings are compared as one."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.judge.sum_ranges import UNBOUNDED

_PROBABILITY = ("P", "Pr", "p")
_EXPECTATION = ("E",)
_E = sp.Function("E")


def sums_as_expectations(a, b) -> tuple | None:
    """(a, b) with each such sum written E(g(X)), when the other side writes E(…) and a sum
    was rewritten; None otherwise."""
    if not any(isinstance(f, AppliedUndef) and f.func.__name__ in _EXPECTATION
               for side in (a, b) for f in side.atoms(AppliedUndef)):
        return None
    found = {s: e for side in (a, b) for s in side.atoms(sp.Sum)
             if (e := _expectation(s)) is not None}
    if not found:
        return None
    a, b = a.xreplace(found), b.xreplace(found)
    inside = {d: _E(sp.diff(d.expr.args[0], *d.variables)) for side in (a, b)
              for d in side.atoms(sp.Derivative) if _of_an_expectation(d)}
    return a.xreplace(inside), b.xreplace(inside)  # d/dt E[e^{Xt}] = E[X e^{Xt}]


def _of_an_expectation(d: sp.Derivative) -> bool:
    """d/dt E[g(X, t)] in a parameter t (never in the random variable): E[∂g/∂t] by linearity,
    as a moment generating function is differentiated."""
    return isinstance(d.expr, AppliedUndef) and d.expr.func.__name__ in _EXPECTATION and len(
        d.expr.args) == 1 and all(isinstance(v, sp.Symbol) and v.name[:1].islower()
                                  for v in d.variables)


def _expectation(total: sp.Sum):
    """E(g(X)) for Σ_x g(x)·P(X = x) over every x (the reader's unbounded range); else None."""
    if len(total.limits) != 1 or getattr(total.limits[0][2], "name", None) != UNBOUNDED:
        return None
    x = total.limits[0][0]
    factors = sp.Mul.make_args(total.function)
    events = [f for f in factors if isinstance(f, AppliedUndef) and f.func.__name__ in
              _PROBABILITY and len(f.args) == 1 and isinstance(f.args[0], sp.Equality)
              and f.args[0].rhs == x and isinstance(f.args[0].lhs, sp.Symbol)]
    if len(events) != 1:
        return None
    variable = events[0].args[0].lhs
    rest = sp.Mul(*[f for f in factors if f is not events[0]])
    if rest.has(variable) or any(isinstance(f, AppliedUndef) for f in rest.atoms(AppliedUndef)):
        return None
    return _E(rest.xreplace({x: variable}))
