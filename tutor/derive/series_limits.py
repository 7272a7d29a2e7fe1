"""A limit whose expression holds a series cut short with `+ …` (`lim (x³/6 - x⁵/120 + …)/x³`):
its value when the terms not written cannot change it."""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, attempt
from tutor.names import ELLIPSIS

SECONDS = 2.0  # one try at the limit
_REST = sp.Symbol("rest_coefficient")  # the unknown coefficient of the first term not written


def limit_with_rest(limit: sp.Limit) -> sp.Expr | None:
    """The value of `limit` (at 0) with each `+ …` read as the terms of a higher power of the
    variable than any written in its sum (c·x^(k+1), c unknown): the value when it does not
    depend on c; None otherwise (the rest decides it, the limit is not at 0, or `limit` is no
    limit at all: `ln(a_1 ⋯ a_n)` on the other side of a limit over a sum with `…`)."""
    if not isinstance(limit, sp.Limit):
        return None
    body, var, point = limit.args[0], limit.args[1], limit.args[2]
    if point != 0 or not body.has(ELLIPSIS):
        return None
    rests = {}
    for add in body.atoms(sp.Add) | ({body} if isinstance(body, sp.Add) else set()):
        terms = [t for t in sp.Add.make_args(add) if t != ELLIPSIS and -t != ELLIPSIS]
        if len(terms) == len(sp.Add.make_args(add)) or any(t.has(ELLIPSIS) for t in terms):
            continue
        degree = _degree(sp.Add(*terms), var)
        if degree is None:
            return None
        rests[add] = sp.Add(*terms) + _REST * var ** (degree + 1)
    if not rests or body.xreplace(rests).has(ELLIPSIS):
        return None
    try:
        with attempt(SECONDS):
            value = sp.limit(body.xreplace(rests), var, 0, str(limit.args[3]))
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError):
        return None
    if value is None or value.has(_REST, sp.Limit) or not value.is_finite:
        return None
    return value


def _degree(poly, var) -> int | None:
    """The highest power of `var` in a polynomial in it (the written terms of a series)."""
    try:
        p = sp.Poly(sp.expand(poly), var)
    except sp.PolynomialError:
        return None
    if p.degree() < 1 or any(c.has(var) for c in p.coeffs()):
        return None
    return p.degree()


def plain_value(expr) -> sp.Expr | None:
    """A number, or the value of a limit with no `…` in it (one try); None otherwise."""
    if not isinstance(expr, sp.Limit):
        return expr if isinstance(expr, sp.Expr) and expr.is_number and expr.is_finite else None
    try:
        with attempt(SECONDS):
            value = expr.doit()
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError):
        return None
    return value if value.is_number and value.is_finite and not value.has(sp.Limit) else None
