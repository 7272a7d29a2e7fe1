"""`f(x) = cx^n \\to cnx^{n-1}` in a table of rules: an arrow from a function's body to the
body's derivative reads "its derivative is" (the row beside it writes `\\to f'(x) = …`)."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.model import Chain, Link, Part

MOST_OPS = 60  # a body larger than this is not differentiated here


def derivative_arrow(chain: Chain) -> list[Chain]:
    """`f(x) = B -> D` with D the derivative of B in x (and not B itself): the definition and
    the claim f'(x) = D, two chains; `[chain]` for anything else (a wrong D stays a step from B,
    wrong either way)."""
    parts, links = chain.parts, chain.links
    if len(parts) != 3 or [link.op for link in links] != ["=", "->"]:
        return [chain]
    left, body, said = parts[0].expr, parts[1].expr, parts[2].expr
    if not (isinstance(left, AppliedUndef) and len(left.args) == 1 and isinstance(
            left.args[0], sp.Symbol) and isinstance(body, sp.Expr) and isinstance(said, sp.Expr)
            and sp.count_ops(body) <= MOST_OPS and not body.has(AppliedUndef)):
        return [chain]
    x = left.args[0]
    try:
        derivative = sp.diff(body, x)
        if sp.expand(body - said) == 0 or sp.cancel(sp.powsimp(sp.expand(derivative - said))) != 0:
            return [chain]
    except (TypeError, ValueError, AttributeError, sp.PolynomialError):
        return [chain]
    primed = Part(sp.Derivative(left, x), links[1].span)
    return [Chain(parts[:2], links[:1]), Chain([primed, parts[2]], [Link("=", links[1].span)])]
