"""Whether an expression is identically zero: a point where it is plainly not, found first
(cheap), then sympy's simplify within a time limit (a proof, or no answer)."""

from __future__ import annotations

import sympy as sp

from tutor.judge.caching import AttemptTimedOut, attempt

_POINTS = (sp.Rational(7, 13), sp.Rational(23, 9), sp.Rational(41, 29))
_PLAINLY_NONZERO = 1e-12


def proved_zero(expr, seconds: float = 0.3) -> bool:
    """True only when simplify shows `expr` is 0; False at once when a point shows it is not
    (or when no proof came in `seconds`)."""
    if expr == 0:
        return True
    if _nonzero_somewhere(expr):
        return False
    try:
        with attempt(seconds):
            return sp.simplify(expr) == 0
    except AttemptTimedOut:
        return False
    except Exception:  # noqa: BLE001 - sympy failing inside simplify (StopIteration in a sum's
        return False  # refactoring, seen on Σ (x_n - μ)/(μ + μ²)) proves nothing


def _nonzero_somewhere(expr) -> bool:
    """Some positive rational point where `expr` is a real number plainly away from 0 (symbols
    with a sign or integer assumption are not screened: the point could break them)."""
    symbols = sorted(expr.free_symbols, key=str)
    if any(s.is_negative or s.is_integer or s.is_nonpositive for s in symbols):
        return False
    for k, point in enumerate(_POINTS):
        at = {s: point + sp.Rational(j + k, 11) for j, s in enumerate(symbols)}
        try:
            value = expr.xreplace(at).evalf(30)
        except (TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError):
            continue
        if value.is_real and value.is_finite and abs(value) > _PLAINLY_NONZERO:
            return True
    return False
