"""A letter defined as a function above and used as an increment on a line (`x + h`, `…/h`,
`h → 0`): on that line `h(2x + h)` is a product, never a call of the function h."""

from __future__ import annotations

import re

# `x + h`, `- h` (no call after it), `\frac{…}{h}`, `/h`, `h \to 0`, `h → 0`, `h->0`
_USES = (r"[\w)}]\s*[-+]\s*{n}(?![\w(^])", r"\}\s*\{\s*{n}\s*\}", r"/\s*{n}(?![\w(^])",
         r"(?<![\w\\]){n}\s*(?:\\to|\\rightarrow|→|->)\s*0")


def increments_on_line(text: str, functions) -> frozenset:
    """The one-letter function names that `text` uses as an increment (read as plain names)."""
    return frozenset(name for name in functions if len(name) == 1 and name.isalpha() and any(
        re.search(use.replace("{n}", re.escape(name)), text) for use in _USES))
