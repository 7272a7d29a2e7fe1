"""A relation written inside one pair of parentheses, as prose puts an aside: `$(e^{-0.59} - 1
\\approx -0.45)$` is the relation e^{-0.59} - 1 ≈ -0.45, its parentheses only ink."""

from __future__ import annotations

import re

# =, <, >, ≈, ≤, ≥ and their commands: what makes the inside a relation
_RELATION = re.compile(r"=|<|>|≈|≤|≥|\\(?:approx|le|ge|leq|geq|neq|ne)(?![a-zA-Z])")


def unwrapped(text: str) -> str:
    """`text` with one pair of parentheses around all of it blanked when a relation stands
    inside them at their own depth (`(a ≈ b)`; never `(a, b) = (1, 2)` or `(x + 1)^2 = y`);
    each character where it stood. Linear in the text's length."""
    start, end = len(text) - len(text.lstrip()), len(text.rstrip()) - 1
    if end <= start or text[start] != "(" or text[end] != ")":
        return text
    depth, outer = 0, []
    for k in range(start, end + 1):
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        if depth == 0 and k < end:
            return text  # the first parenthesis closes before the end: not one pair
        if depth == 1 and text[k] not in "()":
            outer.append(k)
    kept = set(outer)
    inside = "".join(text[k] if k in kept else " " for k in range(start + 1, end))
    if depth or not _RELATION.search(inside) or "," in inside:
        return text
    return text[:start] + " " + text[start + 1:end] + " " + text[end + 1:]
