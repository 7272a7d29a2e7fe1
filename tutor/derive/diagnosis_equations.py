"""Say why an equation does not follow from the one before: one side inverted, a logarithm
undone in another base, a term moved across without its sign."""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, attempt
from tutor.derive.diagnosis_probes import as_written, said, value, zero


def _inverted_side(old_lhs, old_rhs, new_lhs, new_rhs):
    """(1 - p)/p = o after p/(1 - p) = o: one side inverted, the other not."""
    for a, b, c, d in ((old_lhs, old_rhs, new_lhs, new_rhs), (old_rhs, old_lhs, new_rhs, new_lhs)):
        if zero(value(a) * value(c) - 1) and zero(value(b) - value(d)):
            return "reciprocal", f"only {said(c)} was inverted: take the reciprocal of both " \
                                 "sides, or of neither"
    return None


def _log_undone(old_lhs, old_rhs, new_lhs, new_rhs):
    """ln(A) = z undone as A = b^z with a base b other than e."""
    if not isinstance(old_lhs, sp.log) or not zero(value(old_lhs.args[0]) - value(new_lhs)):
        return None
    if isinstance(new_rhs, sp.Pow) and new_rhs.base.is_number and new_rhs.base is not sp.E \
            and zero(value(new_rhs.exp) - value(old_rhs)):
        return "log-base", f"ln is undone by e^(…), not by {said(new_rhs.base)}^(…)"
    if isinstance(new_rhs, (sp.exp, sp.Pow)) and zero(value(new_rhs) * value(sp.exp(old_rhs)) - 1):
        return "sign", "the exponent has the wrong sign: ln(A) = z gives A = e^z"
    return None


def _moved_term(old_lhs, old_rhs, new_lhs, new_rhs):
    """A term brought to the other side without changing its sign (or a sign lost there)."""
    from tutor.derive.diagnosis import diagnose

    def minus(a, b):   # a - b as written: b keeps its terms
        return sp.Add(a, sp.Mul(-1, b, evaluate=False), evaluate=False)
    after = minus(new_lhs, new_rhs)
    found = [f for f in (diagnose(minus(old_lhs, old_rhs), after),
                         diagnose(minus(old_rhs, old_lhs), after))
             if f and f[0] == "sign" and "whole" not in f[1]]
    found.sort(key=lambda f: "the terms" in f[1])   # one term flipped says more than several
    if not found:
        return None
    moved = "has the wrong sign" in found[0][1]
    return "sign", found[0][1] + (": a term that changes sides changes its sign" if moved else "")


def diagnose_equation(old_lhs, old_rhs, new_lhs, new_rhs) -> tuple[str, str] | None:
    """The slip that turned old_lhs = old_rhs into new_lhs = new_rhs, if one of a few is it."""
    sides = [as_written(e) for e in (old_lhs, old_rhs, new_lhs, new_rhs)]
    try:
        with attempt(1.0):
            for fn in (_inverted_side, _log_undone):
                try:
                    found = fn(*sides)
                except (TypeError, ValueError, ZeroDivisionError, AttributeError):
                    found = None
                if found:
                    return found
    except AttemptTimedOut:
        return None
    return _moved_term(*sides)
