"""A name i (or j) that may be the imaginary unit: `e^{i\\pi} = \\cos\\pi + i\\sin\\pi` is no error.

i is an index in most ML notes and √-1 in notes on Euler's formula (j in engineering notes:
`e^{j\\theta} = \\cos\\theta + j\\sin\\theta`); a claim that fails for a real i but holds when i is
√-1 is not refuted (unknown, saying so), whichever i was meant.
"""

from __future__ import annotations

import random

import sympy as sp

from tutor.budget import AttemptTimedOut
from tutor.judge.caching import attempt

_HEAVY = (sp.Sum, sp.Product, sp.Integral, sp.Limit, sp.Derivative, sp.Subs)
UNIT_NAMES = ("i", "j")


def imaginary_reason(name: str) -> str:
    return f"it holds when {name} is the imaginary unit √-1: say which {name} is meant"


def imaginary_name(a, b) -> str | None:
    """The name (i or j) with which a = b once it is √-1, if any."""
    return next((n for n in UNIT_NAMES if holds_with_imaginary_i(a, b, name=n)), None)


def holds_with_imaginary_i(a, b, points: int = 3, name: str = "i") -> bool:
    """Whether a = b at random points once the name i is √-1 (light expressions only)."""
    unit = [s for s in (a.free_symbols | b.free_symbols) if getattr(s, "name", "") == name]
    if not unit or a.has(*_HEAVY) or b.has(*_HEAVY):
        return False
    rng = random.Random(7)
    try:
        a, b = (e.xreplace({unit[0]: sp.I}) for e in (a, b))  # P(t > i): no order with √-1
        others = sorted(a.free_symbols | b.free_symbols, key=str)
        with attempt(0.3):
            for _ in range(points):
                values = {s: sp.Rational(rng.randint(11, 29), 10) for s in others}
                difference = complex(sp.N((a - b).xreplace(values), 30))
                size = 1 + abs(complex(sp.N(a.xreplace(values), 30)))
                if abs(difference) > 1e-12 * size:
                    return False
    except (AttemptTimedOut, TypeError, ValueError, ZeroDivisionError, OverflowError):
        return False
    return True
