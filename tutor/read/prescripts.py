"""`{}_n C_k`, the binomial coefficient with its n written before the C (Japanese notes), read
as `C_n^k` (the grammar's binomial), each character where it stood or a few columns on."""

from __future__ import annotations

import re

_SCRIPT = r"(\{[^{}]*\}|[A-Za-z0-9])"
_PRE_C = re.compile(r"\{\s*\}\s*[_^]\s*" + _SCRIPT + r"\s*C\s*_\s*" + _SCRIPT)  # {}^5C_2 too
# `= _{n}C_{k}` without the empty group: only where no name stands before the `_` to carry it
_BARE_PRE_C = re.compile(r"(^|[=+\-(,*/]|\\cdot|\\times)(\s*)_\s*" + _SCRIPT + r"\s*C\s*_\s*"
                         + _SCRIPT)


def prescript_binomials(text: str) -> str:
    """`{}_{10}C_{7}` as `C_{10}^{7}` (a binomial coefficient), right-aligned where it stood."""
    if "_" not in text:
        return text
    text = _PRE_C.sub(lambda m: f"C_{m.group(1)}^{m.group(2)}".rjust(len(m.group())), text)
    return _BARE_PRE_C.sub(lambda m: m.group(1) + m.group(2) + f"C_{m.group(3)}^{m.group(4)}"
                           .rjust(len(m.group()) - len(m.group(1)) - len(m.group(2))), text)
