"""A bare `\\sum` with nothing to add up (`\\frac{e_i}{\\sum}`, `e_i \\sum' - …`, `\\sum^2`): the
writer's name for the sum of the terms (softmax notes), read as the name Σ."""

from __future__ import annotations

import re

SUM_NAME = "\ue008"  # stands for such a \sum (the grammar's WORD takes it; the name Sigma)

_AFTER = r"\s*(?:[-+})=&,'/]|\\right(?![a-zA-Z])|\\\\|\\cdot(?![a-zA-Z])|\Z)"
_BARE_SUM = re.compile(r"\\sum(?![a-zA-Z])(?=" + _AFTER + r"|\s*\^\s*(?:\d|\{\s*\d+\s*\})" + _AFTER
                       + r")")


def bare_sums_named(text: str) -> str:
    """`text` with each `\\sum` followed by no term, limit or bound as the name Σ."""
    if "\\sum" not in text:
        return text
    return _BARE_SUM.sub(SUM_NAME + "   ", text)
