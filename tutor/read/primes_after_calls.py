"""A prime written after a call (`f(x) \\cdot g(x)'`) or after a bracketed function name
(`(\\sin^{-1})'(x)`) read as the derivative (g'(x), \\arcsin'(x)), in place."""

from __future__ import annotations

import re

# a function letter of a rule, called on one letter, primes after its bracket (never P(A)')
# (or the moment generating φ of a letter or a number: `\phi(t)'`, `\phi(0)'` as φ'(0))
_PRIME_AFTER_CALL = re.compile(r"(?<![\\\w])([fghuv]|\\(?:phi|varphi|psi))\(([a-z]|\d+)\)('+)")


def primes_after_calls(text: str) -> str:
    """`text` with `g(x)'` as `g'(x)` (the same length: every other character where it stood)."""
    if ")'" not in text:
        return text
    text = _PRIME_AFTER_NAME.sub(_name_primed, text)
    return _PRIME_AFTER_CALL.sub(lambda m: m.group(1) + m.group(3) + f"({m.group(2)})", text)


# a function's name in brackets, primed: (\tan)'(x), (\sin^{-1})'(x) (the inverse: arcsin)
_PRIME_AFTER_NAME = re.compile(r"\(\\(sin|cos|tan|ln|exp|log|sinh|cosh|tanh|arcsin|arccos|"
                               r"arctan)(\^\{-1\}|\^-1)?\)('+)(?=\s*\()")


def _name_primed(m: re.Match) -> str:
    name, inverse, primes = m.group(1), m.group(2), m.group(3)
    if inverse and name not in ("sin", "cos", "tan"):
        return m.group(0)
    read = "\\" + ("arc" if inverse else "") + name + primes
    return read.rjust(len(m.group(0)))  # the same length: columns stay where they were
