"""A one-sided zero written as a value (`= \\frac{1}{0^+} = +\\infty`): a name of its own."""

from __future__ import annotations

import re

ONE_SIDED = "\ue009"  # stands for 0⁺ (then `p`) or 0⁻ (then `m`); the grammar's WORD takes it
NAMES = {"p": "0⁺", "m": "0⁻"}

# 0^+, 0^{-}: never a digit of a longer number before it, never an exponent -1 after it
_ZERO = re.compile(r"(?<![\w.])0\s*\^\s*(?:\{\s*([+-])\s*\}|([+-])(?!\s*\d))")
# the point of a limit (`\lim_{x \to 0^+}`) is no value: it stays as written
_APPROACH = re.compile(r"(?:\\to|\\rightarrow|\\longrightarrow|->|→|\\searrow|\\nearrow)\s*\Z")


def one_sided_zeros(text: str) -> str:
    """Each `0^+` or `0^-` standing as a value (not a limit's point) as the marked name, padded
    to where it stood (tutor.derive.one_sided judges the steps it stands in)."""
    if "0" not in text or "^" not in text:
        return text
    return _ZERO.sub(lambda m: m.group() if _APPROACH.search(text, 0, m.start()) else (
        ONE_SIDED + ("p" if (m.group(1) or m.group(2)) == "+" else "m")).ljust(len(m.group())),
        text)
