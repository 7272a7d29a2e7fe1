"""A prime written after a call (`f(x) \\cdot g(x)'`) read as the derivative g'(x), in place."""

from __future__ import annotations

import re

# a function letter of a rule, called on one letter, primes after its bracket (never P(A)')
_PRIME_AFTER_CALL = re.compile(r"(?<![\\\w])([fghuv])\(([a-z])\)('+)")


def primes_after_calls(text: str) -> str:
    """`text` with `g(x)'` as `g'(x)` (the same length: every other character where it stood)."""
    if ")'" not in text:
        return text
    return _PRIME_AFTER_CALL.sub(lambda m: m.group(1) + m.group(3) + f"({m.group(2)})", text)
