"""A bare `\\lim` later in a row that opened with `\\lim_{x \\to a}` (`… = \\lim (x + 3) = 3`): the
limit goes on in the same variable, so the subscript written first is read there too."""

from __future__ import annotations

import re

# `\lim_{x \to 0}`, `\lim\limits_{x \to \infty}`: a limit with its subscript
_WRITTEN = re.compile(r"\\lim(?:\s*\\limits)?\s*(_\s*\{(?:[^{}]|\{[^{}]*\})*\})")
# `\lim (x + 3)`, `\lim \frac{…}{…}`: no subscript follows
_BARE = re.compile(r"\\lim(?![a-zA-Z])(?!\s*(?:\\limits|\\nolimits)?\s*_)")


def bare_limits_filled(row: str, origins: tuple) -> tuple[str, tuple]:
    """`row` with the subscript of the last written limit before each bare `\\lim` after it,
    and for each character the offset in the row as written it comes from (the inserted ones
    point at their `\\lim`); `origins` as given ((): nothing moved) when there is none."""
    if row.count("\\lim") < 2:
        return row, origins
    written = list(_WRITTEN.finditer(row))
    if not written:
        return row, origins
    places = origins or tuple(range(len(row)))
    out, moved, at = [], [], 0
    for bare in _BARE.finditer(row):
        before = [m for m in written if m.end() <= bare.start()]
        if not before:
            continue
        subscript = before[-1].group(1)
        out += [row[at:bare.end()], subscript]
        moved += [*places[at:bare.end()], *[places[bare.start()]] * len(subscript)]
        at = bare.end()
    if not out:
        return row, origins
    return "".join(out) + row[at:], tuple(moved) + places[at:]
