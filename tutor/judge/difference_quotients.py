"""The limit of a difference quotient of a function nothing is known of: its derivative."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.trees import nodes_of


def quotient_limits_as_derivatives(expr):
    """`lim_{h→0} (f(x+h) − f(x))/h` is f'(x) by the definition of the derivative (both exist
    or neither does), for f a function nothing more is known of; other limits stay."""
    return expr.replace(lambda e: isinstance(e, sp.Limit), _as_derivative)


def _as_derivative(limit: sp.Limit):
    """f'(x) for lim_{h→0} (f(x+h) − f(x))/h, f'(c) for lim_{x→c} (f(x) − f(c))/(x − c)."""
    body, h, point, direction = limit.args
    if str(direction) != "+-" or point.has(sp.oo, -sp.oo, sp.zoo, h):
        return limit
    if point != 0:  # x → c: x = c + h with h → 0 (a derivative in x stays a limit)
        if body.has(sp.Derivative, sp.Integral, sp.Subs):
            return limit
        shift = sp.Dummy("h")
        body, h = body.xreplace({h: point + shift}), shift
    calls = [c for c in nodes_of(body, AppliedUndef) if len(c.args) == 1]
    for call in calls:
        at = call.args[0]
        if at.has(h) or not (at.is_Symbol or at.is_number):
            continue
        quotient = (call.func(at + h) - call) / h
        for sign in (1, -1):  # (f(c) − f(x))/(x − c): −f'(c)
            if _cancels(body - sign * quotient):
                return sign * _derivative_at(call.func, at)
    return _quotient_of_a_formula(limit) if point == 0 else limit


def _cancels(difference) -> bool:
    try:
        return sp.cancel(sp.together(difference)) == 0
    except (sp.PolynomialError, TypeError, ValueError):
        return False


def _quotient_of_a_formula(limit: sp.Limit):
    """`lim_{h→0} (f(x+h)g(x+h) − f(x)g(x))/h`: the derivative of f(x)g(x), a formula in
    functions nothing is known of, all at one variable (the terms without h are −F(x))."""
    body, h = limit.args[0], limit.args[1]
    numerator, denominator = sp.fraction(body)
    if denominator != h or not isinstance(numerator, sp.Add):
        return limit
    formula = -sp.Add(*[t for t in numerator.args if not t.has(h)])
    points = {c.args[0] for c in nodes_of(formula, AppliedUndef)}
    if len(points) != 1 or not next(iter(points)).is_Symbol or formula.has(h):
        return limit
    (at,) = points
    try:
        same = sp.cancel(sp.together(body - (formula.xreplace({at: at + h}) - formula) / h)) == 0
    except (sp.PolynomialError, TypeError, ValueError):
        return limit
    return sp.Derivative(formula, at) if same else limit


def _derivative_at(function, at):
    if at.is_Symbol:
        return sp.Derivative(function(at), at)
    t = sp.Dummy("t")
    return sp.Subs(sp.Derivative(function(t), t), t, at)
