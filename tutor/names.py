"""Names the builder gives symbols and functions: only letters, digits and `_`, never code."""

from __future__ import annotations

import re

import sympy as sp

from tutor.compat import printer_names

ELLIPSIS = sp.Dummy("ellipsis")  # a Dummy: no name a learner writes equals it
PLUS_MINUS = sp.Dummy("plus_minus")
PERCENT = sp.Rational(1, 100)  # `5%`: 5·PERCENT, unevaluated (5/100 is 5·100^(-1))
# O(x^4), o(x^2): the rest of a truncated series; finite=True keeps them apart from a function
# a learner names O (tutor.judge.series reads them)
BIG_O = sp.Function("O", finite=True)
LITTLE_O = sp.Function("o", finite=True)
PRIME = "ʹ"  # U+02B9 MODIFIER LETTER PRIME: a letter, so `y'` keeps its look as a name


def _allowed(ch: str) -> bool:
    return ch == "_" or (ch.isalnum() and ("_" + ch).isidentifier())


def safe_name(text: str) -> str:
    """`text` as a name of letters, digits and `_`: primes become ʹ, any other character
    `_hex_` (so distinct texts stay distinct names); never empty."""
    out = []
    for ch in text.replace("'", PRIME).replace("′", PRIME):
        out.append(ch if _allowed(ch) else f"_{ord(ch):x}_")
    return "".join(out) or "_"


_ESCAPED = re.compile(r"_(2[0-9a-f]|3[a-f]|40|5[b-e]|60|7[b-e])_")


def written_name(name: str) -> str:
    """The text a name of `safe_name` was made from, its punctuation back (x_n_2b_1: x_{n+1}):
    for showing, never for reading."""
    plain = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), name).replace(",_", ", ")
    base, underscore, sub = plain.partition("_")
    if plain == name or not underscore or not re.fullmatch(r"[^\W_]+", base) \
            or re.fullmatch(r"\w+", sub):
        return plain
    return f"{base}_{{{sub}}}"


def symbol(name: str, **assumptions) -> sp.Symbol:
    """A sympy symbol named from user text."""
    return sp.Symbol(safe_name(name), **assumptions)


def function(name: str):
    """An undefined sympy function named from user text."""
    return sp.Function(safe_name(name))


def opaque_function(name: str):
    """An unknown function; a name printers dispatch on (`Rational`) gets a trailing `_`."""
    return function(name + "_" if name in printer_names() else name)


def is_safe(name: str) -> bool:
    """Letters, digits and `_` only (what `safe_name` makes)."""
    return bool(name) and all(_allowed(ch) for ch in name)


def unwritten(*exprs) -> str | None:
    """Why expressions holding `…` or `±` cannot be checked (terms or a sign not written), or
    None."""
    for special, shown in ((ELLIPSIS, "…"), (PLUS_MINUS, "±")):
        if any(e.has(special) for e in exprs):
            return f"'{shown}' cannot be checked"
    return None


def name_spans(text: str, name: str):
    """(start, end) of each place `name` is written in `text`, found by comparing strings:
    callers test what stands around it with patterns of their own, never one made of a name
    the user's text gave."""
    start = text.find(name) if name else -1
    while start >= 0:
        yield start, start + len(name)
        start = text.find(name, start + 1)
