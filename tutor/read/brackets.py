"""Evaluation brackets and bars: `\\left[F\\right]_0^{\\infty}`, `\\left.F\\right|_{(1,2)}`.

F may hold parameters (`[-\\frac{x}{a} e^{-ax}]_0^\\infty`): the variable is the one F has, else
the integration variable of the line (`\\int … dx`), else the one letter of F that is written
for a variable (x, t, u, …) when the others are parameters' letters (a, k, p, λ, …). At an
infinite bound F's value is its limit there (F(∞) is the limit, never ∞ put in F).

A bar at a point `(1, 2)` puts the coordinates in for x and y (x, y, z for three); y' of a
curve (`\\frac{dy}{dx}` of an unknown y(x)) there is the value of y' at that point, a number
the lines above may give (the derivative of the curve through it), never y'(x) at x = 1 alone.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.errors import ParseError
from tutor.names import PRIME, symbol
from tutor.read.calls import opaque_function

# the differential of an integral on the line: `dx`, `\,dt`, `\mathrm{d}u`, `\mathrm{~d} x`
_DIFFERENTIAL = re.compile(r"(?:\\(?:mathrm|text)\s*\{\s*~?\s*d\s*\}|(?<![A-Za-z\\])d)\s*"
                           r"([a-zA-Z])(?![a-zA-Z])")
VARIABLE_LETTERS = frozenset("xtuszyrvw") | {"theta"}
PARAMETER_LETTERS = frozenset("abcdkmnpqABCKLMN") | {
    "alpha", "beta", "gamma", "lambda", "mu", "nu", "sigma", "omega", "tau"}


def bracket_variable(body, text: str) -> sp.Symbol | None:
    """The variable of `[body]_a^b` on the line `text`; None when it cannot be told."""
    free = sorted(body.free_symbols, key=lambda s: s.name)
    if len(free) == 1:
        return free[0]
    by_name = {s.name: s for s in free}
    if re.search(r"\\[io]+nt(?![a-zA-Z])|∫", text):
        written = set(_DIFFERENTIAL.findall(text))
        if len(written) == 1 and next(iter(written)) in by_name:
            return by_name[next(iter(written))]
    variables = [s for s in free if s.name in VARIABLE_LETTERS]
    others = [s for s in free if s.name not in VARIABLE_LETTERS]
    if len(variables) == 1 and all(s.name in PARAMETER_LETTERS for s in others):
        return variables[0]
    return None


def value_at(body, var: sp.Symbol, bound):
    """F at the bound: its limit at ±∞, else F with the bound put in."""
    if bound in (sp.oo, -sp.oo):
        return sp.Limit(body, var, bound)
    return sp.Subs(body, var, bound)


def value_at_point(body, point: tuple, text: str):
    """`\\left.F\\right|_{(1,2)}`: F at x = 1, y = 2 (x, y, z for three coordinates)."""
    names = ("x", "y", "z")[:len(point)] if len(point) <= 3 else ()
    variables = tuple(symbol(n) for n in names)
    slopes = {d: _slope(d, variables) for d in body.atoms(sp.Derivative)
              if isinstance(d.expr, AppliedUndef) and d.expr.func.__name__ in names}
    body = body.xreplace(slopes)
    body = body.xreplace({c: symbol(c.func.__name__) for c in body.atoms(AppliedUndef)
                          if c.func.__name__ in names})
    if not names or not body.free_symbols <= set(variables):
        raise ParseError("a bar at a point takes the variables x, y (and z) in order: write "
                         "|_{x=1, y=2} for others", text)
    return sp.Subs(body, variables, point)


def _slope(derivative, variables: tuple):
    """dy/dx of the curve y(x): y' as an unknown function of the point (x, y)."""
    order = sum(n for _, n in derivative.variable_count)
    return opaque_function(derivative.expr.func.__name__ + PRIME * order)(*variables)
