"""An indefinite integral beside an antiderivative (`∫ x e^x dx = x e^x - e^x + C`): compared by
differentiating the antiderivative, since it holds up to the constant of integration."""

from __future__ import annotations

import re

import sympy as sp

# the names of a constant of integration: C, c, K, C_1, c_0, const (not in the integrand)
_CONSTANT = re.compile(r"(C|c|K|const)(_\w+)?")


def antiderivative_pair(a, b) -> tuple | None:
    """(integrand, derivative of the other side without its constant) when one side is an
    indefinite integral in one variable and the other an expression in its letters, perhaps
    plus a constant of integration; None otherwise."""
    for integral, other in ((a, b), (b, a)):
        if not (isinstance(integral, sp.Integral) and len(integral.limits) == 1
                and len(integral.limits[0]) == 1) or other.has(sp.Integral):
            continue
        var = integral.limits[0][0]
        extra = other.free_symbols - integral.function.free_symbols - {var}
        if len(extra) > 1 or not other.has(var):
            return None
        if extra:
            constant = next(iter(extra))
            if not _CONSTANT.fullmatch(constant.name) or sp.diff(other, constant) != 1:
                return None
            other = other.subs(constant, 0)
        # ln|u| has the derivative u'/u wherever it is defined, as ln u has
        other = other.replace(lambda e: isinstance(e, sp.log) and isinstance(e.args[0], sp.Abs),
                              lambda e: sp.log(e.args[0].args[0]))
        return integral.function, sp.diff(other, var)
    return None
