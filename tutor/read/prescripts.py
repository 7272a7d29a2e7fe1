"""`{}_n C_k`, the binomial coefficient with its n written before the C (Japanese notes), read
as `C_n^k` (the grammar's binomial), each character where it stood or a few columns on."""

from __future__ import annotations

import re

_SCRIPT = r"(\{[^{}]*\}|[A-Za-z0-9])"
_C = r"(?:C|\\(?:mathrm|textrm|text)\s*\{\s*C\s*\}|\{\\rm\s*C\s*\})"  # C, \mathrm{C}, {\rm C}
_PRE_C = re.compile(r"\{\s*\}\s*[_^]\s*" + _SCRIPT + r"\s*" + _C + r"\s*_\s*" + _SCRIPT)  # {}^5C_2
# `= _{n}C_{k}` without the empty group: only where no name stands before the `_` to carry it
_BARE_PRE_C = re.compile(r"(^|[=+\-(,*/]|\\cdot|\\times)(\s*)_\s*" + _SCRIPT + r"\s*" + _C
                         + r"\s*_\s*" + _SCRIPT)


def prescript_binomials(text: str) -> str:
    """`{}_{10}C_{7}` as `C_{10}^{7}` (a binomial coefficient), right-aligned where it stood."""
    if "_" not in text:
        return text
    text = _PRE_C.sub(lambda m: _binomial(m.group(1), m.group(2), len(m.group())), text)
    return _BARE_PRE_C.sub(lambda m: m.group(1) + m.group(2) + _binomial(
        m.group(3), m.group(4), len(m.group()) - len(m.group(1)) - len(m.group(2))), text)


def _binomial(n: str, k: str, width: int) -> str:
    """`\\binom{n-1}{k-1}` where it fits in `width` (any n and k), else `C_n^k` (one character
    or a number each: the grammar's binomial), right-aligned."""
    written = f"\\binom{{{n.strip('{}')}}}{{{k.strip('{}')}}}"
    return (written if len(written) <= width else f"C_{n}^{k}").rjust(width)
