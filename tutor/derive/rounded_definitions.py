"""Values worked out above and rounded: `I = 1 + 1 - 1.7219`, then `I = 2·0.4·log2(1.6) + …`
restated exactly, or `ŷ ≈ 0.5095` put into `∂L/∂z = ŷ - y`; within their rounding it is no slip."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.derive.defined_values import defined_from
from tutor.derive.diagnosis import show
from tutor.derive.messages import RESTATED
from tutor.judge.rounded import ROUNDED_DIGITS, half_unit, rounding_verdict
from tutor.model import StepResult, Verdict

MAX_ROUNDED = 12  # rounded values tried, one at a time


def restated_verdict(first: StepResult | None, left, body, claim) -> None:
    """The message of the first step of a restated name (`left`, defined above as `body`);
    an error only where the claim differs from `body` by more than its rounded numbers allow
    (then: unchecked, not called wrong)."""
    if first is None or first.verdict not in ("ok", "error"):
        return
    if first.verdict == "error" and _zero_of_a_case(left, body, claim):
        first.not_sure(f"{show(left)} = 0 is said of another case (independence, p = q, a sure "
                       f"outcome), not of the one above ({show(body)}): not checked")
        return
    if first.verdict == "error" and within_rounding(body, claim):
        first.not_sure(f"{show(left)} was worked out above from rounded numbers "
                       f"({show(body)}): this agrees with it to their precision")
        return
    first.message = (f"{RESTATED} {show(left)} above" if first.verdict == "ok"
                     else f"{show(left)} was defined above as {show(body)}")


def restated_as_definition(before, walked, first: StepResult | None, chain):
    """The walk after `g(x) = x^3` said again as defined above (ok): as before it, save its
    body (no step goes on from x^3: the next line goes on from the problem's start, `lim …`);
    else `walked`, the walk after its claims."""
    if first is None or first.verdict != "ok" or not first.message.startswith(RESTATED) or len(
            chain.parts) != 2:
        return walked
    return replace(walked, prev=before.prev, prev_eq=before.prev_eq, body=chain.parts[1])


def _zero_of_a_case(left, body, claim) -> bool:
    """`I(X;Y) = 0` in a sentence after I(X;Y) worked out as 0.029 above: the value in a case
    the prose names (were they independent), not a slip in the number."""
    return isinstance(claim, sp.Basic) and claim.is_zero is True and isinstance(
        body, sp.Basic) and body.is_number and body.is_zero is False and bool(left.args) and all(
        isinstance(a, sp.Symbol) for a in left.args)


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


def rounded_names(lhs, rhs, values: dict, formulas: dict) -> dict:
    """{name: half a unit of its last place} of the values defined above as decimals that the
    two sides are made of: of 3 or more significant digits, or of any number for a name worked
    out from a formula (ŷ = σ(z) ≈ 0.51: rounded)."""
    names = set()
    for s in lhs.free_symbols | rhs.free_symbols:
        names |= {s} | defined_from(s, values)
    found = {}
    for name in sorted(names, key=str):
        value = values.get(name)
        digits = 1 if name in formulas else ROUNDED_DIGITS
        if isinstance(value, sp.Float):
            half = half_unit(value, digits)
        elif isinstance(value, sp.Expr) and value.is_number:  # `e = ŷ - y = 0.6225 - 1`
            halves = [h for h in (half_unit(f, digits) for f in value.atoms(sp.Float)) if h]
            half = sum(halves) if halves else None  # worked from rounded decimals
        else:
            half = None
        if half is not None:
            found[name] = half
    return dict(list(found.items())[:MAX_ROUNDED])


def within_rounded_values(sides, values: dict, rounded: dict, worked: tuple) -> Verdict | None:
    """Sides that differ by no more than the rounding of the values put in allows: "equal"
    when one rounded value explains the gap, "unknown" when several might; None otherwise.

    `sides(values)` works both sides out with those values; `worked` is what it gave (a name
    not among them, a variable the step differentiates in like a_2 in da_2/dz_2, is left)."""
    rounded = {name: half for name, half in rounded.items() if name in values}
    if not rounded:
        return None
    try:
        gap = _size(worked[0] - worked[1])
        slack, moving = sp.Integer(0), 0
        for name, half in rounded.items():
            left, right = sides({**values, name: values[name] + half})
            moved = _size(left - right - (worked[0] - worked[1]))
            slack += moved
            moving += bool(moved)
    except (TypeError, ValueError, ArithmeticError):
        return None
    shown = ", ".join(show(name) for name in rounded)
    return rounding_verdict(gap, slack, moving == 1, f"the values above ({shown})")


def _size(number) -> sp.Basic:
    """|number| to 30 digits (derivatives at a point worked out first)."""
    return abs(sp.N(number.doit() if number.has(sp.Derivative, sp.Subs) else number, 30))
