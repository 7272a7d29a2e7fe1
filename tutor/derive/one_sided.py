"""A step through a one-sided zero written as a value (`= \\frac{5}{0^-} = -\\infty`): the
sides compared as the one-sided limits they stand for, never as a product with a name 0⁻."""

from __future__ import annotations

from tutor.judge.one_sided import SHOWN, one_sided_value, one_sided_zeros_in, same_value


def one_sided_step(a, b) -> tuple[str, str, str] | None:
    """(verdict, message, method) of the step a = b when a side holds 0⁺ or 0⁻; None when
    neither does. Equal values are ok; anything else is unchecked with the reason (a slip in
    the sign of an infinity is left to the limit it came from)."""
    zeros = one_sided_zeros_in(a) + one_sided_zeros_in(b)
    if not zeros:
        return None
    method = "as one-sided limits"
    (left, why_left), (right, why_right) = one_sided_value(a), one_sided_value(b)
    if left is None or right is None:  # the reason of a side holding the zero first
        why = why_right if right is None and one_sided_zeros_in(b) else why_left or why_right
        return "unchecked", f"{SHOWN[zeros[0].name]} written as a value: {why}", method
    if same_value(left, right):
        return "ok", "follows from the previous expression", f"{method}: both are {left}"
    return "unchecked", f"{SHOWN[zeros[0].name]} written as a value: as limits the sides are " \
        f"{left} and {right} (not checked further)", method
