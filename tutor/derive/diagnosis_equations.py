"""Say why an equation does not follow from the one before: one side inverted, a logarithm
undone in another base, a term moved across without its sign."""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, attempt
from tutor.derive.diagnosis_probes import as_written, said, value, window, zero


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


def _one_side_changed(old_lhs, old_rhs, new_lhs, new_rhs):
    """The same right side (or left side): the slip is in the other one."""
    from tutor.derive.diagnosis import diagnose

    for before, after, kept, side in ((old_lhs, new_lhs, (old_rhs, new_rhs), "left"),
                                      (old_rhs, new_rhs, (old_lhs, new_lhs), "right")):
        if zero(value(kept[0]) - value(kept[1])) and not zero(value(before) - value(after)):
            found = diagnose(before, after)
            if found and zero(value(kept[0])) and found[0] != "sign":
                return None   # … = 0 may have been multiplied through: only a flip is sure
            if found and found[0] == "factor":   # 2x = 6 → x = 6: one side divided
                return "factor", f"{found[1]}, on the {side} side only: do the same to both sides"
            return found
    return None


def _power_dropped(old_lhs, old_rhs, new_lhs, new_rhs):
    """x^2 = c answered with x = c: the power dropped on one side, no root taken on the other."""
    if isinstance(old_lhs, sp.Pow) and old_lhs.base == new_lhs and new_lhs.is_Symbol \
            and old_lhs.exp not in (1, -1) and zero(value(old_rhs) - value(new_rhs)):
        return "exponent", f"the power on {said(new_lhs)} was dropped, but the other side " \
                           "was left as it was: do the same to both sides"
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
    seconds = window(1.0)
    if seconds >= 0.05:
        try:
            with attempt(seconds):
                for fn in (_inverted_side, _log_undone, _power_dropped):
                    try:
                        found = fn(*sides)
                    except (TypeError, ValueError, ZeroDivisionError, AttributeError):
                        found = None
                    if found:
                        return found
        except AttemptTimedOut:
            pass
    # these call `diagnose`, which keeps its own time windows
    return _one_side_changed(*sides) or _moved_term(*sides)
