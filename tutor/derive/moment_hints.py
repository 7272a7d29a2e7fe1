"""What to say of a slip with E or Var: the rule of a constant factor or a shift."""

from __future__ import annotations

import sympy as sp

from tutor.judge.random_variables import operator_calls


def moment_rule_hint(ea, eb) -> str | None:
    """A scale factor taken out of Var or Cov without its square: the rule to use."""
    calls = operator_calls(ea) + operator_calls(eb)
    for call in calls:
        if call.func.__name__ in ("Var", "var") and _affine(call.args[0]):
            return "Var(aX + b) = a²·Var(X): a constant factor comes out squared, a shift drops"
    if any(c.func.__name__ == "E" and _affine(c.args[0]) for c in calls):
        return "E[aX + b] = a·E[X] + b: the expectation is linear"
    return None


def _affine(arg) -> bool:
    """aX + b, 2X, X + Y: of degree 1 in its random variables (capitals) and not a lone
    variable (E[X²] is no linearity slip, nor is E[XY])."""
    if not isinstance(arg, (sp.Add, sp.Mul)) or not arg.free_symbols:
        return False
    variables = [s for s in arg.free_symbols if s.name[:1].isupper()] or list(arg.free_symbols)
    try:
        poly = sp.Poly(arg, *variables)
    except sp.PolynomialError:
        return False
    return poly.total_degree() == 1 and not any(
        c.free_symbols & set(variables) for c in poly.coeffs())
