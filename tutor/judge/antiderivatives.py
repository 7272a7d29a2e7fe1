"""An indefinite integral beside an antiderivative (`∫ x e^x dx = x e^x - e^x + C`): compared by
differentiating the antiderivative, since it holds up to the constant of integration."""

from __future__ import annotations

import re

import sympy as sp

from tutor.trees import nodes_of

# the names of a constant of integration: C, c, K, C_1, c_0, const (not in the integrand)
_CONSTANT = re.compile(r"(C|c|K|const)(_\w+)?")


def antiderivative_pair(a, b) -> tuple | None:
    """(derivative of one side, derivative of the other without its constant) when one side
    holds indefinite integrals in one variable (`∫ f dx`, `\\frac{1}{3}∫ f dx`, `-x e^{-x} +
    ∫ e^{-x} dx`) and the other is an expression in its letters, perhaps plus (or minus: `- c`)
    a constant of integration; None otherwise. Two antiderivatives agree up to a constant
    exactly when their derivatives agree."""
    for side, other in ((a, b), (b, a)):
        var = _indefinite_variable(side)
        if var is None or other.has(sp.Integral):
            continue
        extra = other.free_symbols - side.free_symbols - {var}
        if len(extra) > 1 or not other.has(var):
            return None
        if extra:
            constant = next(iter(extra))
            if not _CONSTANT.fullmatch(constant.name) or sp.diff(other, constant) not in (
                    1, -1):
                return None
            other = other.subs(constant, 0)
        # ln|u| has the derivative u'/u wherever it is defined, as ln u has
        other = other.replace(lambda e: isinstance(e, sp.log) and isinstance(e.args[0], sp.Abs),
                              lambda e: sp.log(e.args[0].args[0]))
        slope = sp.diff(side, var)
        if slope.has(sp.Integral):  # an integral inside a function: not a sum of them
            return None
        return slope, sp.diff(other, var)
    return None


def on_one_side(a, b, agree) -> str | None:
    """Why an antiderivative that fails somewhere is not sure: its derivative agrees with the
    integrand for x > 0 or for x < 0 (`∫ √(25x²−4)/x dx = √(25x²−4) − 2 arcsec(5x/2) + C` holds
    for x > 2/5, the branch a substitution x = (2/5) sec θ takes); `agree(sign)` compares the
    pair with x of that sign. None when neither side of 0 agrees."""
    var = _indefinite_variable(a) or _indefinite_variable(b)
    if var is None:
        return None
    for sign in (sp.Gt(var, 0), sp.Lt(var, 0)):
        if agree(sign):
            return (f"holds for {sign} only: an antiderivative on one interval of the domain "
                    "(the branch is not said)")
    return None


def _indefinite_variable(side):
    """The one variable of the indefinite integrals in `side` when it holds some and no other
    integral (none definite, none in a second variable), else None."""
    integrals = nodes_of(side, sp.Integral)
    if not integrals or any(len(i.limits) != 1 or len(i.limits[0]) != 1 for i in integrals):
        return None
    variables = {i.limits[0][0] for i in integrals}
    return variables.pop() if len(variables) == 1 else None


def integration_variables_related(a, b) -> str | None:
    """Why a claim with indefinite integrals in two variables (`∫ u dv = uv - ∫ v du`) is not
    decided: u and v stand for functions of one another, a link not written in it. Else None."""
    variables = {i.limits[0][0] for side in (a, b) for i in nodes_of(side, sp.Integral)
                 if len(i.limits) == 1 and len(i.limits[0]) == 1}
    if len(variables) < 2:
        return None
    names = ", ".join(sorted(str(v) for v in variables))
    return (f"indefinite integrals in {names}: these stand for functions of one another "
            "(integration by parts, a substitution), a link this line does not write")
