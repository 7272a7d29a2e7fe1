"""`x → 4⁻: f(x) = 16 - x²` under f(x) = |16 - x²|: the branch of f on one side of a point,
not a new body for every x; checked on that side only (ok, or left unchecked)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.model import StepResult

# `x \to 4^-:`, `x \to -4^{+}`, `x → 2⁻` at the start of the line
_SIDE = re.compile(r"^\s*(?:[-*+]\s+)?\$?\s*([a-zA-Z])\s*(?:\\to|\\rightarrow|→|->)\s*"
                   r"(-?\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*([-+])\s*\}?|([⁻⁺]))")
STEPS = (0.3, 0.1, 0.03, 0.01, 1e-3, 1e-4, 1e-5, 1e-6)  # how far from the point, on its side
PRECISION = 30  # digits each side is worked out to


def one_sided_branch(first: StepResult | None, text: str, body, claim) -> None:
    """The verdict of `f(x) = claim` written after `x → a⁻:` (or `a⁺`) against the body f was
    defined with: ok when the two agree at points on that side of a, else left unchecked (the
    branch may be of another function); a line with no side said keeps its verdict."""
    m = _SIDE.match(text)
    if first is None or first.verdict != "error" or m is None or not isinstance(
            body, sp.Expr) or not isinstance(claim, sp.Expr):
        return
    variable = next((s for s in body.free_symbols | claim.free_symbols if s.name == m[1]), None)
    if variable is None or (body.free_symbols | claim.free_symbols) != {variable}:
        return
    sign = -1 if (m[3] or m[4]) in ("-", "⁻") else 1
    point, side = sp.Rational(m[2]), "left" if sign < 0 else "right"
    if all(_agree(body, claim, variable, point + sign * sp.Rational(step)) for step in STEPS):
        first.verdict, first.code, first.diagnosis = "ok", None, None
        first.message = f"the branch of the definition above on the {side} of {point}"
        first.method = f"numeric, {len(STEPS)} points with {variable} on that side"
    else:
        first.not_sure(f"said for {variable} on the {side} of {point} only: not the definition "
                       "above there, maybe another function's branch (not checked)")


def _agree(body, claim, variable, at) -> bool:
    try:
        gap = sp.N((body - claim).subs(variable, at), PRECISION)
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    return gap.is_number and abs(complex(gap)) < 1e-20
