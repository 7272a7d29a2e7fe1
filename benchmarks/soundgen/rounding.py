"""Equations solved to rounded decimals (`e^x = 3`, `x = 1.099`): the rounding of the true
roots (truth "rounded": equal or unknown are right, not_equal is a false alarm) beside the
classic slips (a digit off, a root lost, a sign flipped: truth "different")."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import mpmath

from .core import Pair


def _decimal(v, places: int) -> str:
    """v rounded half up to the places (v irrational: never a tie)."""
    text = mpmath.nstr(v, 40, min_fixed=-50, max_fixed=50)
    return str(Decimal(text).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def _equation(rng):
    """(text of an equation in x with irrational roots, its residual, the roots)."""
    kind = rng.randrange(5)
    if kind == 0:
        r = rng.randint(2, 9)
        return f"e^{{x}} = {r}", lambda p: mpmath.exp(p["x"]) - r, [mpmath.log(r)]
    if kind == 1:
        k = rng.randint(1, 3)
        return f"\\ln x = {k}", lambda p: mpmath.log(p["x"]) - k, [mpmath.e ** k]
    if kind == 2:
        r = rng.choice((2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 15, 17))
        return f"x^2 = {r}", lambda p: p["x"] ** 2 - r, [-mpmath.sqrt(r), mpmath.sqrt(r)]
    if kind == 3:
        b, c = rng.choice(((2, -1), (-3, 1), (1, -1), (-4, 1), (4, 2), (-2, -2), (3, -2)))
        disc = mpmath.sqrt(b * b - 4 * c)
        text = f"x^2 {'+' if b > 0 else '-'} {abs(b)}x {'+' if c > 0 else '-'} {abs(c)} = 0"
        return text, lambda p: p["x"] ** 2 + b * p["x"] + c, [(-b - disc) / 2, (-b + disc) / 2]
    a, c = rng.choice(((3, 2), (3, 1), (7, 3), (6, 5), (9, 4), (11, 7), (7, -2), (3, -5)))
    return f"{a}x = {c}", lambda p: a * p["x"] - c, [mpmath.mpf(c) / a]


def _as_equation(decimals: list[str]):
    """`x = d` for one root, `(x - d1)(x - d2) = 0` for two (signs written as a learner does)."""
    if len(decimals) == 1:
        return f"x = {decimals[0]}", lambda p: p["x"] - mpmath.mpf(decimals[0])
    factors = [f"(x {'+' if d.startswith('-') else '-'} {d.lstrip('-')})" for d in decimals]
    return "".join(factors) + " = 0", lambda p: mpmath.fprod(p["x"] - mpmath.mpf(d)
                                                             for d in decimals)


def rounded_roots(rng) -> Pair | None:
    text, residual, roots = _equation(rng)
    places = rng.randint(2, 4)
    unit = Decimal(1).scaleb(-places)
    decimals = [_decimal(r, places) for r in roots]
    slip = rng.randrange(4)
    truth, witness = "rounded", []
    if slip == 1:   # a digit off by 2 to 9 units of the last place
        k = rng.randrange(len(decimals))
        decimals[k] = str(Decimal(decimals[k]) + unit * rng.choice((-9, -4, -2, 2, 3, 7)))
        truth, witness = "different", [{"x": roots[k]}]
    elif slip == 2 and len(decimals) == 2:   # a root lost
        k = rng.randrange(2)
        decimals, truth, witness = [decimals[1 - k]], "different", [{"x": roots[k]}]
    elif slip == 3:   # a sign flipped
        k = rng.randrange(len(decimals))
        decimals[k] = decimals[k][1:] if decimals[k].startswith("-") else "-" + decimals[k]
        truth, witness = "different", [{"x": roots[k]}]
    if len(set(decimals)) < len(decimals):
        return None
    new_text, new_residual = _as_equation(decimals)
    note = ("rounded root" if truth == "rounded" else
            ("digit off", "root lost", "sign flipped")[slip - 1])
    return Pair(text, new_text, truth, residual, new_residual, equation=True, note=note,
                points=[{"x": r} for r in roots] if truth == "rounded" else [],
                witness=witness, tol=mpmath.mpf(str(unit)) / 2,
                rounded=tuple(mpmath.mpf(d) for d in decimals))
