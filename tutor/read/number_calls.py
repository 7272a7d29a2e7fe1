"""Φ(1.96) and Γ(1/2): a Greek capital called on a number is the function notes mean by it."""

from __future__ import annotations

import sympy as sp

from tutor.vocabulary import NUMBER_CALLS


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
