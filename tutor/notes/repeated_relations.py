"""A relation written at both ends of a line break inside one equation (`a = \\\\ = b` in a
`multline`, as Russian and German lecture notes repeat the sign): it is read once."""

from __future__ import annotations

import re

_RELATION_AFTER = re.compile(r"\s*(=|\\approx|<|>|\\leq?|\\geq?)(?![=a-zA-Z])")


def repeated_relation_blanked(chars: list[str], row_start: int, at: int, after: int) -> None:
    """Blank the relation that ends the text before a break at `at` when the text after the
    break (from `after`) opens with the same relation; `chars` is the math, blanked in place."""
    before = "".join(chars[row_start:at]).rstrip()
    following = _RELATION_AFTER.match("".join(chars[after:after + 40]))
    if not following or not before.endswith(following.group(1)):
        return
    end = row_start + len(before)
    sign = end - len(following.group(1))
    if sign > row_start and chars[sign - 1] not in "<>!:=\\":
        chars[sign:end] = [" "] * (end - sign)
