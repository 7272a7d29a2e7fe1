"""The private sympy and mpmath API we lean on, in one place; each use says why.

pyproject.toml bounds sympy (<1.15) and mpmath (<1.4) because of these: when one of them moves,
this is the only module to mend.
"""

from __future__ import annotations

from functools import lru_cache

import mpmath
import sympy as sp
from sympy.core.function import AppliedUndef  # noqa: F401 - the class of f(x) for an unknown f

__all__ = ["AppliedUndef", "evalf_of", "float_digits", "printer_names", "to_mpf", "written_mpf"]


def to_mpf(number, bits: int) -> mpmath.mpf | mpmath.mpc:
    """A sympy number as mpmath at `bits` of precision.

    `_to_mpmath` is the exact binary value sympy holds; going through str or float would round.
    """
    dps = mpmath.libmp.prec_to_dps(bits)
    value = number if isinstance(number, sp.Float) else sp.N(number, dps)
    return value._to_mpmath(bits)


def float_digits(f: sp.Float) -> int:
    """The decimal digits a sympy Float carries (its `_prec`: there is no public attribute)."""
    return mpmath.libmp.prec_to_dps(f._prec)


def written_mpf(f: sp.Float, extra_bits: int = 10) -> mpmath.mpf:
    """A Float's own binary value with a few guard bits, as mpmath (for printing its digits)."""
    return f._to_mpmath(f._prec + extra_bits)


def evalf_of(expr: sp.Basic, prec: int):
    """`_eval_evalf`: the hook our Function classes (sigmoid, logit) implement by evaluating
    their definition; calling the definition's own hook keeps sympy's precision handling."""
    return expr._eval_evalf(prec)


@lru_cache(maxsize=1)
def printer_names() -> frozenset[str]:
    """Class names sympy's printers dispatch on (Rational, Sum, Max, beta, ...): their
    `_print_<Name>` methods, found by name, since no public registry lists them."""
    from sympy.printing.latex import LatexPrinter
    from sympy.printing.precedence import PRECEDENCE_FUNCTIONS
    from sympy.printing.pretty.pretty import PrettyPrinter
    from sympy.printing.str import StrPrinter

    names = set(PRECEDENCE_FUNCTIONS)
    for printer in (LatexPrinter, PrettyPrinter, StrPrinter):
        names |= {m[len("_print_"):] for m in dir(printer) if m.startswith("_print_")}
    return frozenset(names)
