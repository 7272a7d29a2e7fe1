"""`\\sin 3\\theta(1+\\cos 3\\theta)`: a bracket holding a trigonometric function right after a
trigonometric function's bare argument multiplies the function, sin(3θ)·(1 + cos 3θ); a
bracket of letters alone stays in the argument, as a phase is written (`\\cos k(x - vt)`)."""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from tutor.trees import nodes_of

TRIGONOMETRIC = ("sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "coth")
_TRIG_NODES = (sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc, sp.sinh, sp.cosh, sp.tanh,
               sp.coth)


def bracket_after_argument(name: str, arg, build: Callable[[str, object], sp.Basic]):
    """build(name, arg), or build(name, the argument before the bracket) times the bracket
    when a trigonometric function's bare argument ends with a bracket holding one."""
    if name in TRIGONOMETRIC and isinstance(arg, sp.Mul):
        factors = _written_factors(arg)
        last = factors[-1]
        if len(factors) > 1 and isinstance(last, sp.Add) and nodes_of(last, *_TRIG_NODES):
            return sp.Mul(build(name, sp.Mul(*factors[:-1], evaluate=False)), last,
                          evaluate=False)
    return build(name, arg)


def _written_factors(expr) -> list:
    """The factors of a product in the order written (nested products opened)."""
    if not isinstance(expr, sp.Mul):
        return [expr]
    return [f for a in expr.args for f in _written_factors(a)]
