"""Φ(1.96), Γ(1/2), Φ⁻¹(0.975), σ⁻¹(p): a Greek capital called on a number, or an inverse
function before a bracket, is the function notes mean by it (never a product or a division)."""

from __future__ import annotations

import sympy as sp

from tutor.errors import Undecidable
from tutor.functions import logit
from tutor.vocabulary import ALWAYS_CALL, NUMBER_CALLS, NUMBER_INVERSES


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
    """An inverse function before a bracket, never a division by a letter: Φ^{-1}(0.975) the
    normal quantile, σ^{-1}(p) the logit (of a name or a number); f^{-1}(y) of a function
    letter is refused with its reason. None when `power` is no inverse of a letter that calls
    (x^{-1}(x + 1) stays a product)."""
    if not (isinstance(power, sp.Pow) and isinstance(power.base, sp.Symbol)
            and power.exp == -1 and id(argument) in bracketed):
        return None
    name = power.base.name
    function = NUMBER_INVERSES.get(name)
    if function is not None and name not in defined and isinstance(argument, sp.Expr) \
            and argument.is_number and bool(0 < argument < 1):
        return function(argument, evaluate=False)
    if name == "sigma" and name not in defined and isinstance(argument, (sp.Symbol, sp.Number)):
        return logit(argument, evaluate=False)
    if function is not None or name == "sigma" or name in ALWAYS_CALL or name in defined:
        raise Undecidable("an inverse function such as f⁻¹(…) or Φ⁻¹(…) is not checked here",
                          text)
    return None
