"""Taylor coefficients of a function analytic at a point, from its derivatives (no series)."""

from __future__ import annotations

import sympy as sp

# functions analytic wherever they are finite and real, away from the edges checked below (not
# acot: sympy's acot jumps from -π/2 to π/2 at 0, where it is finite)
ANALYTIC = (sp.exp, sp.log, sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc, sp.asin, sp.acos,
            sp.atan, sp.sinh, sp.cosh, sp.tanh, sp.coth, sp.asinh, sp.acosh,
            sp.atanh, sp.erf, sp.gamma, sp.factorial)
MAX_NODES = 200   # larger functions are not screened (each node is evaluated at the point)


def analytic_at(f, var, point) -> bool:
    """Whether f (in `var` alone) is analytic at `point`, as far as can be told cheaply: built of
    + · powers and ANALYTIC functions only, every part real and finite there, and no part at
    the edge of its domain (a fractional power of 0, asin at ±1, acosh at 1). False when unsure.
    """
    nodes = list(sp.preorder_traversal(f))
    if len(nodes) > MAX_NODES:
        return False
    for node in nodes:
        if node.is_Atom:
            if node.is_Symbol and node != var:
                return False
            continue
        if not isinstance(node, (sp.Add, sp.Mul, sp.Pow, *ANALYTIC)):
            return False
        if not _real_and_finite(node.xreplace({var: point})) or _at_an_edge(node, var, point):
            return False
    return True


def taylor_values(f, var, point, count: int):
    """The coefficients of (var - point)^0, ^1, … ^(count - 1) in f's Taylor series, f analytic
    at `point` (see `analytic_at`): each derivative there over d!, None for one that is not a
    real number (and nothing after it)."""
    derivative = f
    for d in range(count):
        if d:
            derivative = sp.diff(derivative, var)
        value = derivative.xreplace({var: point})
        if not _real_and_finite(value):
            yield None
            return
        yield value / sp.factorial(d)


def _real_and_finite(value) -> bool:
    return bool(value.is_number and value.is_extended_real is True and value.is_finite is True)


def _at_an_edge(node, var, point) -> bool:
    """A part whose function is not analytic at its value there (the edge of its domain)."""
    if isinstance(node, sp.Pow):
        if node.exp.is_Integer:
            return False
        return node.base.xreplace({var: point}).is_positive is not True
    inner = node.args[0].xreplace({var: point}) if node.args else None
    if isinstance(node, (sp.asin, sp.acos)):
        return (1 - inner**2).is_positive is not True
    if isinstance(node, sp.acosh):
        return (inner - 1).is_positive is not True
    return False
