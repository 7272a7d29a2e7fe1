"""`I = 1 + 1 - 1.7219`, then `I = 2·0.4·log2(1.6) + …`: a name worked out above from rounded
numbers, restated exactly; within their rounding it is no slip."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis import show
from tutor.model import StepResult


def restated_verdict(first: StepResult | None, left, body, claim) -> None:
    """The message of the first step of a restated name (`left`, defined above as `body`);
    an error only where the claim differs from `body` by more than its rounded numbers allow
    (then: unchecked, not called wrong)."""
    if first is None or first.verdict not in ("ok", "error"):
        return
    if first.verdict == "error" and within_rounding(body, claim):
        first.not_sure(f"{show(left)} was worked out above from rounded numbers "
                       f"({show(body)}): this agrees with it to their precision")
        return
    first.message = (f"agrees with the definition of {show(left)} above" if first.verdict == "ok"
                     else f"{show(left)} was defined above as {show(body)}")


def within_rounding(body, claim) -> bool:
    """Whether `claim` (a number) lies within the rounding of the decimals written in `body`
    (half a unit of each one's last place, with room for how they combine)."""
    if not isinstance(body, sp.Basic) or not isinstance(claim, sp.Basic):
        return False
    floats = [f for f in body.atoms(sp.Float) if f != 0]
    if not floats or claim.free_symbols or body.free_symbols:
        return False
    slack = sum(0.5 * 10.0 ** -_decimals(f) for f in floats)
    try:
        gap = abs(complex(sp.N(claim - body, 15)))
    except (TypeError, ValueError):
        return False
    return gap <= 1.5 * slack


def _decimals(number: sp.Float) -> int:
    """How many decimals a rounded number was written with (1.7219: 4)."""
    written = repr(abs(float(number)))
    return len(written.split(".")[1]) if "." in written and "e" not in written else 0
