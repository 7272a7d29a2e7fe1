"""Numbers said for one name: `u = 1` and `u = 2`, the roots `x = 0` and `x = 60/11`."""

from __future__ import annotations

import sympy as sp


def another_value(name, before, after) -> bool:
    """`u = 1` and `u = 2` (a substitution's limits, two cases), `x = 0` and `x = 60/11` (the
    roots listed): a name given two numbers, each written as a number or a fraction."""
    return isinstance(name, sp.Symbol) and plain_number(before) and plain_number(after)


def plain_number(expr) -> bool:
    """A number as written alone: `3`, `0.5`, `60/11`, `-4/3` (no sum, no root, no call)."""
    if expr.is_Number:
        return True
    factors = sp.Mul.make_args(expr) if isinstance(expr, sp.Mul) else (expr,)
    return all(f.is_Number or isinstance(f, sp.Pow) and f.base.is_Number and f.exp == -1
               for f in factors)  # 60/11 is 60·11^(-1); √1.47 is no plain number
