"""`Inner function $u = g(x) = \\cos x$, outer function $y = u(x) = x^3$`: inline math named by
the words "inner function" or "outer function" describes a part of a composition for the chain
rule. It defines none of the note's names (the y of the exercise stays the whole function, the
g of the next part is that part's) and claims nothing, so it is not read. An outer function
written as a function (`outer function $f(u) = \\sin(u)$`) is read: it is the f the lines
below differentiate in u, or the outer part of the f above (tutor.derive.outer_functions)."""

from __future__ import annotations

import re

# the words right before the math (a colon may end them): `outer function $…$`, `Inner
# function: $…$`
_PART_WORDS = re.compile(r"(?<![\w-])(?:inner|outer)\s+function\s*:?\s*\$?$", re.IGNORECASE)
_OUTER_WORDS = re.compile(r"(?<![\w-])outer\s+function\s*:?\s*\$?$", re.IGNORECASE)
# `f(u) = …`, `g(t)=…`: a function of one letter set by its formula
_FUNCTION_SET = re.compile(r"\$?\s*[a-zA-Z]\s*\(\s*[a-zA-Z]\s*\)\s*=(?!=)")
_WINDOW = 40  # characters before the math the words are looked for in


def without_composition_parts(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`regions` without the inline math right after the words "inner function" or "outer
    function" (displayed math, on lines of its own, is kept)."""
    if "function" not in text:
        return regions
    kept = []
    for start, end in regions:
        inline = text.count("\n", start, end) == 0 and not text.startswith("$$", max(0, start - 2))
        if inline and _PART_WORDS.search(text, max(0, start - _WINDOW), start) and not (
                _OUTER_WORDS.search(text, max(0, start - _WINDOW), start)
                and _FUNCTION_SET.match(text, start, end)):
            continue
        kept.append((start, end))
    return kept
