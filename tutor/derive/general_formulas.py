"""A formula for any function, stated with its own derivatives (Taylor's theorem: `f(x) =
Σ f^{(k)}(0)/k! x^k`): no definition of f, so the f an example defines next is a new one."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.diagnosis_probes import show
from tutor.trees import nodes_of


def holds_own_derivatives(left, body) -> bool:
    """Whether `left = body` gives the function `left` by its own derivatives: f' or f'' of
    it in the body, or `f^{(k)}` (read f_k) with k an index of a sum of the body; or by its
    own value at another point (`f(x) = f(a) + …`: Taylor's formula about a, no definition)."""
    if not isinstance(left, AppliedUndef):
        return False
    name = left.func.__name__
    if any(f.func == left.func and len(f.args) == len(left.args) and f.args != left.args
           for f in nodes_of(body, AppliedUndef)):  # H(p, q) = H(p) + KL(p‖q): another H
        return True
    if any(isinstance(d.expr, AppliedUndef) and d.expr.func.__name__ == name
           for d in nodes_of(body, sp.Derivative)):
        return True
    indices = {f"{name}_{index}" for big in nodes_of(body, sp.Sum) for index, *_ in big.limits}
    return any(f.func.__name__ in indices for f in nodes_of(body, AppliedUndef))


def any_function_formula(walker, ln, chain, state):
    """`f(x) = Σ f^{(k)}(0)/k! x^k + o(x^n)` on its own: said to be a formula for any f
    (nothing to check; f stays undefined, as it was): the state after it; None otherwise."""
    parts = chain.parts
    if len(parts) != 2 or not holds_own_derivatives(parts[0].expr, parts[1].expr):
        return None
    walker.results.append(walker._result(
        ln, parts[1], "unchecked", f"a formula for any {show(parts[0].expr.func)} (it is "
        "given by its own values or derivatives): no definition, nothing to check"))
    return replace(state, prev=None, prev_eq=None)
