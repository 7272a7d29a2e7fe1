"""Inline definitions said beside a displayed row (`$$\\int_0^2 x(x^2+1)^2 dx$$ with $u = x^2 + 1$,
bounds $1 \\to 5$`) just before a row that goes on with `= …`: asides, so that the `= …`
continues the displayed row, not the last definition (whose right side it never meant)."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.notes.fragments import Fragment

# `u = x^2 + 1`, `du = 2x \, dx`, `\mathrm{d}u = …`, `u: 1 \to 5`, `t = \sin\theta`: a name set
_SIDE = re.compile(r"\s*(?:d\s*|\\mathrm\s*\{\s*d\s*\}\s*)?(?:\\?[a-zA-Z]+)(?:_\{?\w+\}?)?\s*"
                   r"(?:=(?!=)[^=<>]*|:\s*[^=<>:]*(?:\\to|\\rightarrow|→)[^=<>]*)"
                   r"|[^=<>:]*(?:\\to|\\rightarrow|→)[^=<>]*")  # `1 \to 5`: where bounds go
_NEAR = 2  # lines between the displayed row and the row that continues it, at most


def side_definitions(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments with each inline definition between a displayed row and a row that
    continues it (`= …`) marked as an aside (a reason row)."""
    lines = text.split("\n")
    done = list(fragments)
    for k in range(1, len(done) - 1):
        if done[k].continues or not _is_side(done[k], lines):
            continue
        first = k
        while first > 0 and _is_side(done[first - 1], lines) and not done[first - 1].continues:
            first -= 1
        last = k
        while last + 1 < len(done) and _is_side(done[last + 1], lines) \
                and not done[last + 1].continues:
            last += 1
        if first == 0 or last + 1 >= len(done) or not done[last + 1].continues:
            continue
        shown, after = done[first - 1], done[last + 1]
        if _inline(shown, lines) or not shown.end_line <= done[k].line <= after.line \
                or after.line - shown.end_line > _NEAR:
            continue
        done[k] = replace(done[k], reason=True, block=shown.block)
    return done


def _is_side(fragment: Fragment, lines: list[str]) -> bool:
    """An inline fragment that sets a name (or says where its bounds go)."""
    return _inline(fragment, lines) and bool(_SIDE.fullmatch(fragment.text))


def _inline(fragment: Fragment, lines: list[str]) -> bool:
    """Does the fragment stand between `$…$` or `\\(…\\)` in a line of prose?"""
    if not 0 < fragment.line <= len(lines) or fragment.end_line != fragment.line:
        return False
    before = lines[fragment.line - 1][:max(0, fragment.column - 1)].rstrip()
    return before.endswith("\\(") or before.endswith("$") and not before.endswith("$$")
