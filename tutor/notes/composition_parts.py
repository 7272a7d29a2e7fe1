"""`Inner function $u = g(x) = \\cos x$, outer function $y = u(x) = x^3$`: inline math named by
the words "inner function" or "outer function" describes a part of a composition for the chain
rule. It defines none of the note's names (the y of the exercise stays the whole function, the
g of the next part is that part's) and claims nothing, so it is not read."""

from __future__ import annotations

import re

# the words right before the math (a colon may end them): `outer function $…$`, `Inner
# function: $…$`
_PART_WORDS = re.compile(r"(?<![\w-])(?:inner|outer)\s+function\s*:?\s*\$?$", re.IGNORECASE)
_WINDOW = 40  # characters before the math the words are looked for in


def without_composition_parts(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`regions` without the inline math right after the words "inner function" or "outer
    function" (displayed math, on lines of its own, is kept)."""
    if "function" not in text:
        return regions
    kept = []
    for start, end in regions:
        inline = text.count("\n", start, end) == 0 and not text.startswith("$$", max(0, start - 2))
        if inline and _PART_WORDS.search(text, max(0, start - _WINDOW), start):
            continue
        kept.append((start, end))
    return kept
