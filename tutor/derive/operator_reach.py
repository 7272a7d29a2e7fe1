"""How far an unbracketed d/dx reaches: `\\frac{d}{dx} x^2 + 3x = 2x + 3` is the derivative of
the whole sum as its writer means it (TeX applies it to x² only). A step that fails as TeX reads
it and holds with the operator over the whole sum is right, and the method says how it was read."""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.model import Part, Verdict

# the operator, then an opening bracket: its reach is written out
_BRACKETED = re.compile(r"(?:\\frac\s*\{\s*(?:d|\\mathrm\s*\{\s*d\s*\}|\\partial)\s*\}\s*"
                        r"\{[^{}]*\}|\bd/d\w+)\s*(?:\\left\s*|\\big+l?\s*|\\Big+l?\s*)?[(\[]")


def whole_sum_reading(part: Part):
    """The part with its leading unbracketed derivative reaching over the terms after it, when
    each names its variable or is a number (`d/dx x² + 3x + 1`: d/dx (x² + 3x + 1)); None
    otherwise."""
    expr = part.expr
    if not isinstance(expr, sp.Add) or len(expr.args) < 2 or _BRACKETED.search(part.span.text):
        return None
    first, rest = expr.args[0], expr.args[1:]
    if not isinstance(first, sp.Derivative) or len(first.variables) != 1:
        return None
    x = first.variables[0]
    if any(not (x in term.free_symbols or term.is_number) or term.has(sp.Derivative)
           for term in rest):
        return None
    return sp.Derivative(sp.Add(first.expr, *rest), *first.variable_count)


def within_reach(verdict: Verdict, a: Part, b: Part, expand: Callable,
                 compare: Callable) -> Verdict:
    """`verdict` unless the step fails only because a derivative's reach was left unbracketed:
    then the verdict with it reaching over the whole sum."""
    if verdict.status != "not_equal":
        return verdict
    for side, other in ((a, b), (b, a)):
        whole = whole_sum_reading(side)
        if whole is None:
            continue
        again = compare(expand(whole), expand(other.expr))
        if again.status == "equal":
            return Verdict("equal", f"{again.method}; read with d/d{whole.variables[0]} over "
                           "the whole sum after it (brackets would say so)")
    return verdict
