"""Events inside P(…) as notes write them: a test's signs, complements (Dᶜ, D^-, \\neg D)."""

from __future__ import annotations

import sympy as sp

from tutor.errors import ParseError
from tutor.names import symbol

SIGN_LETTERS = {"+": "ᐩ", "-": "ᐨ"}
COMPLEMENT = "ᶜ"  # Dᶜ: a modifier letter c, so the complement shows as written


def complement_of(name, text: str):
    """The complement of the event `name`: the name with ᶜ after it (D -> Dᶜ)."""
    if not isinstance(name, sp.Symbol):
        raise ParseError("the complement (\\neg, ^c) is read of an event name only, e.g. "
                         "P(\\neg D)", text)
    return symbol(name.name + COMPLEMENT)


def complement_power(arg, text: str):
    """`D^c`, `A^C` inside P(…) (an upper-case event to the power c): the complement Dᶜ."""
    if (isinstance(arg, sp.Pow) and isinstance(arg.base, sp.Symbol) and arg.base.name[:1].isupper()
            and isinstance(arg.exp, sp.Symbol) and arg.exp.name in ("c", "C")):
        return complement_of(arg.base, text)
    return arg
