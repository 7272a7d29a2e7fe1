"""A letter defined as a function above and used as an increment on a line (`x + h`, `…/h`,
`h → 0`): on that line `h(2x + h)` is a product, never a call of the function h."""

from __future__ import annotations

import re

from tutor.names import name_spans

# (before the letter, after it): `x + h`, `- h` (no call after it), `\frac{…}{h}`, `/h`,
# `h \to 0`, `h → 0`, `h->0`
_USES = tuple((re.compile(before + r"\Z"), re.compile(after)) for before, after in (
    (r"[\w)}]\s*[-+]\s*", r"(?![\w(^])"), (r"\}\s*\{\s*", r"\s*\}"), (r"/\s*", r"(?![\w(^])"),
    (r"(?<![\w\\])", r"\s*(?:\\to|\\rightarrow|→|->)\s*0")))


def increments_on_line(text: str, functions) -> frozenset:
    """The one-letter function names that `text` uses as an increment (read as plain names)."""
    return frozenset(name for name in functions if len(name) == 1 and name.isalpha() and any(
        before.search(text, 0, start) and after.match(text, end)
        for start, end in name_spans(text, name) for before, after in _USES))
