"""`p+ = 1/2`, `log2(p-)`: the share of positive and negative examples of a decision tree's
node written with a bare sign after p (or a count n): the name p₊, never p plus what follows."""

from __future__ import annotations

import re

# p+ or n- followed by `=`, `)`, `*`, `,`, a log or the end: a name (never `p + q`, `n - 1`)
_SIGNED = re.compile(r"(?<![\w\\])([pn])([+-])(?=[ \t]*(?:[=)*·,/]|$|\\?log|\\cdot|\\times))")
_SUBSCRIPT = {"+": "₊", "-": "₋"}


def class_signs_subscripted(text: str) -> str:
    """`text` with p+, p-, n+, n- as p₊, p₋, n₊, n₋ (one character for one: columns kept)."""
    if "+" not in text and "-" not in text:
        return text
    return _SIGNED.sub(lambda m: m.group(1) + _SUBSCRIPT[m.group(2)], text)
