"""Forms written for a limit's value: `= (1 - 5 + 4)/(1 - 2 + 1) = 0/0`, the point put in."""

from __future__ import annotations

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
