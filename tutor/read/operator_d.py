"""`D(x²·eˣ)`: the derivative operator D of Scandinavian and German notes, read as d/dx.

Read so only when the notes define no function D, D takes one argument that is more than a
name, and that argument is a function of one variable letter (x, t, u, …) with at most
parameters' letters beside it (`D(xⁿ)` is in x). A capital (`D(2X + 1)`, the variance of a
random variable in Russian notes), a function (`D(f·g)`, `D(f(g(x)))`), a Greek letter alone
(`D(2ξ + 1)`), a lone name (`D(x)`, `D(f)`, a domain) or a linear argument (`D(x + 1)`: D at a
shifted point as often as a derivative) keep D an unknown function.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.compat import AppliedUndef

_VARIABLES = frozenset("xtuszyrvw")
_SQUARE_D = re.compile(r"(?<![A-Za-z\\])D\s*(?:\\left)?\s*\[")  # D[x^2 - 1], D\left[x^2\right]
_PARAMETERS = frozenset("abcdkmnpq")


def derivative_call(name: str, args: list, defined, text: str = "") -> sp.Basic | None:
    """d/dx of the one argument of an undefined D; None for anything else. On a line that
    writes D[…] too (`D(x)·(x^2-1) - x·D[x^2-1]`), D is the operator there: `D(x)` is 1."""
    if name != "D" or name in defined or len(args) != 1:
        return None
    if _SQUARE_D.search(text):
        return bracket_derivative(name, args, defined)
    arg = args[0]
    variables = _variables_of(arg)
    if variables is None or arg.is_Atom or len(variables) != 1 \
            or _at_most_linear(arg, variables[0]):
        return None
    return sp.Derivative(arg, variables[0])


def bracket_derivative(name: str, args: list, defined) -> sp.Basic | None:
    """`D[x]`, `D[-2]`, `D[3x - 2]` (Italian notes): D before square brackets is the operator
    even on a name, a number or a linear argument (a function at a point takes round ones);
    a capital (`D[X]`, a variance) or a function keeps D unknown. None for anything else."""
    if name != "D" or name in defined or len(args) != 1:
        return None
    arg = args[0]
    if isinstance(arg, AppliedUndef) and len(arg.args) == 1 and arg.args[0].is_Symbol:
        return sp.Derivative(arg, arg.args[0], evaluate=False)  # D[f(x)]: f'(x)
    variables = _variables_of(arg)
    if variables is None or len(variables) > 1 or not (variables or arg.is_number):
        return None
    return sp.Derivative(arg, variables[0] if variables else sp.Symbol("x"), evaluate=False)


def _variables_of(arg) -> list | None:
    """The variable letters (x, t, u, …) of an argument D may differentiate: a formula in them
    with parameters' letters beside (a, b, k, n, …); None for a function in it, calculus, or
    another name."""
    if not isinstance(arg, sp.Expr) or arg.atoms(AppliedUndef) \
            or arg.has(sp.Derivative, sp.Integral, sp.Sum, sp.Limit):
        return None
    variables = [s for s in arg.free_symbols if s.name in _VARIABLES]
    others = {s.name for s in arg.free_symbols} - {s.name for s in variables}
    return variables if others <= _PARAMETERS else None


def powered_inside(base, exp) -> sp.Basic:
    """A power written after `x(x + 1)` (the bracket's power) or after the operator D's bracket,
    `D(x^2 + 1)^3` (D of the power: D reads all that follows it, as Swedish notes write it)."""
    if isinstance(base, sp.Derivative):
        return sp.Derivative(sp.Pow(base.expr, exp, evaluate=False), *base.variable_count)
    letter, bracket = base.args
    return sp.Mul(letter, sp.Pow(bracket, exp, evaluate=False), evaluate=False)


def _at_most_linear(arg: sp.Expr, variable: sp.Symbol) -> bool:
    """`D(x + 1)`, `D(3x - 2)`: a function D at a shifted point as often as a derivative."""
    try:
        return sp.Poly(arg, variable).degree() <= 1
    except sp.PolynomialError:
        return False
