"""Φ(1.96) and Γ(1/2): a Greek capital called on a number is the function notes mean by it."""

from __future__ import annotations

import sympy as sp

from tutor.errors import Undecidable
from tutor.vocabulary import NUMBER_CALLS, NUMBER_INVERSES


def number_call(name: str, args: list, defined) -> sp.Basic | None:
    """The call of NUMBER_CALLS[name] on one number; None for anything else (Φ(z) of a
    name, a Φ the document defines, Γ(x + 1) stay what they were)."""
    function = NUMBER_CALLS.get(name)
    if function is None or name in defined or len(args) != 1:
        return None
    arg = args[0]
    if not (isinstance(arg, sp.Expr) and arg.is_number and arg.is_real is not False):
        return None
    return function(arg, evaluate=False)


def number_inverse(power, argument, bracketed: set, defined, text: str) -> sp.Basic | None:
    """Φ^{-1}(0.975), the inverse of a NUMBER_INVERSES function on a number in (0, 1) (it was
    read 0.975/Φ); None when `power` is no such inverse before a bracket. On anything else
    it is refused with its reason, never read as a division."""
    if not (isinstance(power, sp.Pow) and isinstance(power.base, sp.Symbol)
            and power.exp == -1 and id(argument) in bracketed):
        return None
    function = NUMBER_INVERSES.get(power.base.name)
    if function is None or power.base.name in defined:
        return None
    if isinstance(argument, sp.Expr) and argument.is_number and bool(0 < argument < 1):
        return function(argument, evaluate=False)
    raise Undecidable("an inverse such as Φ⁻¹(…) of an expression or of a number outside (0, 1) "
                      "is not checked", text)
