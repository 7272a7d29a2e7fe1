"""A limit's form: as written for its value (`= (1 - 5 + 4)/(1 - 2 + 1) = 0/0`), or at its point."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.derive.diagnosis import show


def written_form(expr) -> str | None:
    """'0/0', '∞/∞', 'c/0' when `expr` is that fraction ((1 - 5 + 4)/(1 - 2 + 1)), else None."""
    num, den = (x.doit() if x.is_number else x for x in sp.fraction(expr))
    if num == 0 and den == 0:
        return "0/0"
    if num.is_infinite and den.is_infinite and isinstance(expr, sp.Mul):
        return "∞/∞"
    return f"{show(num)}/0" if den == 0 and num.is_number and num.is_finite and num != 0 \
        else None  # (1 - 5 + 3)/(1 - 2 + 1): the point put in, wrongly?


def same_form(a, b) -> str | None:
    """The form both sides are written as (`(1 - 5 + 4)/(1 - 2 + 1) = 0/0`: the point put in,
    then worked out), or None when either is no such form or they differ."""
    if a.free_symbols or b.free_symbols:
        return None
    form = written_form(a)
    return form if form is not None and form == written_form(b) else None


UNSETTLED = "?"  # the form of a quotient whose limits rest on a parameter
UNSETTLED_FORM = "L'Hôpital's rule, on a form not settled (it may rest on a parameter's sign)"


def limit_form(num, den, var, point, direction=None) -> str | None:
    """The form of num/den at the limit point (from the side written, if one is): '0/0',
    '∞/∞', or e.g. '2/2'; UNSETTLED when it rests on a parameter; None when not found."""
    from tutor.judge.limit_values import verified_limit

    side = "+-" if point.is_finite else ("-" if point is sp.oo else "+")
    if point.is_finite and str(direction) in ("+", "-"):
        side = str(direction)
    n = verified_limit(sp.Limit(num, var, point, side))
    d = verified_limit(sp.Limit(den, var, point, side))
    if n is None or d is None:
        return None
    if n.free_symbols or d.free_symbols:
        return UNSETTLED  # x^k at ∞: its form rests on k's sign (`for k > 0` in the prose)

    def word(v):
        return "∞" if v in (sp.oo, -sp.oo) else show(v)
    if n == 0 and d == 0:
        return "0/0"
    if n.is_infinite and d.is_infinite:
        return "∞/∞"
    return f"{word(n)}/{word(d)}"


def past_a_form(walker, a):
    """`lim … = (∞/∞) = lim …`: the step after a form written as the limit's value (ok as a form
    just before) goes on from that limit, not from the form (0/0 has no value)."""
    before = getattr(walker, "before_form", None)
    if before is None or written_form(a.expr) is None or not walker.results or \
            walker.results[-1].method != "form":
        return a
    return replace(a, expr=before)
