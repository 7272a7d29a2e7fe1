"""Values of limits: sympy's answer, trusted only when numbers near the point agree with it."""

from __future__ import annotations

import random

import mpmath
import sympy as sp

from tutor.budget import AttemptTimedOut, attempt
from tutor.judge.high_precision import Evaluator

STEPS = (4, 6, 8)  # approach the point to 10^-4, 10^-6, 10^-8 (or out to 10^4 … 10^8)
DPS = 80


def verified_limit(lim: sp.Limit, seconds: float = 1.0):
    """The value of `lim`, or None when sympy cannot find it or numbers disagree with it."""
    body, var, point, direction = lim.args
    try:
        with attempt(seconds):
            value = sp.limit(body, var, point, str(direction))
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, ZeroDivisionError):
        return None
    if value.has(sp.Limit, sp.nan, sp.AccumBounds) or value is sp.zoo:
        return None
    others = sorted(body.free_symbols - {var}, key=lambda s: s.name)
    rng = random.Random(sp.srepr(lim))
    for _ in range(2):
        point_values = {s: sp.Rational(rng.randint(3, 17), 7) for s in others}
        if not _agrees(body.xreplace(point_values), var, point, str(direction),
                       value.xreplace(point_values)):
            return None
    return value


def _approach(point, direction: str, k: int) -> list:
    if point is sp.oo:
        return [mpmath.mpf(10) ** k]
    if point is -sp.oo:
        return [-mpmath.mpf(10) ** k]
    a = mpmath.mpf(sp.N(point, DPS)._to_mpmath(DPS * 4))
    step = mpmath.mpf(10) ** -k
    sides = {"+": [1], "-": [-1]}.get(direction, [1, -1])
    return [a + s * step for s in sides]


def _agrees(body, var, point, direction: str, value) -> bool:
    """The body's values near the point move towards `value` (or grow without bound)."""
    try:
        evaluate = Evaluator(body)  # walks the tree: no code is generated from user names
        with mpmath.workdps(DPS):
            runs = [[evaluate({var: t}, DPS) for t in _approach(point, direction, k)]
                    for k in STEPS]
            if any(v is None or not isinstance(v, mpmath.mpf) for r in runs for v in r):
                return False
            if value in (sp.oo, -sp.oo):
                sign = 1 if value is sp.oo else -1
                growing = all(sign * b > sign * a for ra, rb in zip(runs, runs[1:], strict=False)
                              for a, b in zip(ra, rb, strict=False))
                big = all(sign * v > 1e3 for v in runs[-1])
                # slow growth (log-like) keeps its increments; a finite limit's shrink fast
                steps = [abs(b[0] - a[0]) for a, b in zip(runs, runs[1:], strict=False)]
                return growing and (big or steps[1] >= 0.5 * steps[0])
            target = mpmath.mpf(sp.N(value, DPS)._to_mpmath(DPS * 4))
            errors = [max(abs(v - target) for v in r) for r in runs]
            scale = max(1, abs(target))
            close = errors[-1] <= 1e-3 * scale and errors[-1] <= errors[0] + 1e-30 * scale
            shrinking = errors[-1] <= 1e-2 * errors[0]  # converging (linearly or faster)
            return close or shrinking
    except Exception:  # noqa: BLE001 - any failure to evaluate means "not verified"
        return False
