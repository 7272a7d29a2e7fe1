"""Equivalent infinitesimals under a limit: a body replaced by one whose ratio to it tends to 1,
or by a Taylor polynomial and an o(…) rest."""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, attempt
from tutor.compat import AppliedUndef
from tutor.names import BIG_O, LITTLE_O


def ratio_tends_to_one(old_body, new_body, var, point, seconds: float = 0.5) -> bool:
    """old_body / new_body → 1 at the point (from both sides when the point is finite): the new
    body is an equivalent (ln(1+2x) ~ 2x, 1 - cos x ~ x²/2), so the limit is the same for a
    reason, not by luck. False when sympy cannot settle it in time."""
    sides = ("+", "-") if point.is_finite else ("-" if point is sp.oo else "+",)
    try:
        ratio = old_body / new_body
        with attempt(seconds):
            return all(sp.limit(ratio, var, point, side) == 1 for side in sides)
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, ZeroDivisionError):
        return False


def equivalent_part(old, new, var, point) -> bool:
    """A numerator (or denominator) kept as it was, or replaced by a simple equivalent: a
    principal part c·x^k whose ratio to the old one tends to 1 (x² sin x → x³)."""
    if sp.expand(old - new) == 0:
        return True
    return principal_part(new, var, point) and ratio_tends_to_one(old, new, var, point)


def principal_part(expr, var, point) -> bool:
    """Whether expr is c·(var - point)^k (c free of var; var^k at ±∞): the simple equivalent
    that replaces an infinitesimal (2x for ln(1+2x)), never a polynomial of several terms
    (3x²h + 2xh² + h³ for a slip in expanding (x+h)³)."""
    t = sp.Dummy("t")
    shifted = expr.subs(var, t + point) if point.is_finite else expr.subs(var, t)
    try:
        coefficient, power = sp.Mul(*sp.Mul.make_args(sp.powsimp(shifted))).as_coeff_exponent(t)
    except (TypeError, ValueError):
        return False
    return not coefficient.has(t) and not power.has(t) and coefficient != 0


def rest_is_small(old_body, new_body, var, point, seconds: float = 0.5) -> bool:
    """new_body is A + B·o(g) (one order term, linear): old_body = new_body holds near the point,
    the o(g) standing for old_body - A over B, when (old_body - A)/(B·g) → 0 there (from both
    sides of a finite point): `(e^x - 1 - x)/x² = (x²/2 + o(x²))/x²`. With O(g), the ratio
    need only tend to a finite value (it is then bounded near the point):
    `(e^x - 1 - x)/x² = (x²/2 + O(x³))/x²`. False when not shown."""
    terms = [f for f in new_body.atoms(AppliedUndef) if f.func in (BIG_O, LITTLE_O)]
    if len(terms) != 1 or not point.is_finite:
        return False
    rest, order = sp.Dummy("rest"), terms[0].args[0]
    plain = new_body.xreplace({terms[0]: rest})
    try:
        with attempt(seconds):
            if sp.simplify(sp.diff(plain, rest, 2)) != 0:
                return False
            weight, head = sp.diff(plain, rest).xreplace({rest: 0}), plain.xreplace({rest: 0})
            ratio = (old_body - head) / (weight * order)
            limits = [sp.limit(ratio, var, point, side) for side in ("+", "-")]
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, ZeroDivisionError):
        return False
    if terms[0].func is LITTLE_O:
        return all(value == 0 for value in limits)
    return all(value.is_finite for value in limits)  # bounded near the point: O(g)


def equivalent_quotient(old: tuple, new: tuple, var, point) -> bool:
    """A quotient (numerator, denominator) replaced by equivalents: each part by its own
    (equivalent_part), or both by simple equivalents c·x^k with a constant moved from one to the
    other, the whole over the new one tending to 1 ((1 - cos 4x)/x² → (4x)²/(2x²): 1 - cos 4x
    ~ (4x)²/2, its 1/2 written under the bar)."""
    if all(equivalent_part(o, n, var, point) for o, n in zip(old, new, strict=True)):
        return True
    if all(principal_part(n, var, point) for n in new) and ratio_tends_to_one(
            old[0] * new[1], old[1] * new[0], var, point):
        return True
    return all(_equivalent_function(o, n, var, point) for o, n in zip(old, new, strict=True))


def _equivalent_function(old, new, var, point) -> bool:
    """A part kept, or replaced by an equivalent that trades a function for another or for none
    (sin bx ~ bx ~ tan bx: lim sin(ax)/(bx) = lim ax/sin(bx)); two polynomials whose ratio
    tends to 1 are a slip in expanding ((x+h)³ - x³ written 3x²h + 2xh² + h³), not this, nor
    two forms with the same functions (a root rewritten with a term changed)."""
    if sp.expand(old - new) == 0:
        return True
    if new.free_symbols - old.free_symbols:  # sin x ~ x - sin(ξ)x²/2: ξ is tied to x
        return False
    try:
        if old.is_polynomial(var) and new.is_polynomial(var):
            return False
    except (TypeError, ValueError, NotImplementedError):
        return False
    if _functions(old) == _functions(new):  # ∛(x³(1 + 2/x²)) written x∛(1 + 1/x²): a slip in
        return False  # rewriting, not a function traded for its equivalent
    return ratio_tends_to_one(old, new, var, point)


def _functions(expr) -> frozenset:
    """The kinds of function applied in expr (sin, tan, log, …; roots and powers are none)."""
    return frozenset(type(f) for f in expr.atoms(sp.Function))
