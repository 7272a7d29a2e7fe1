"""Numbers said for one name: `u = 1` and `u = 2`, the roots `x = 0` and `x = 60/11`."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis import show


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


def said_against(first, before, chain, rule=None, item: bool = False) -> None:
    """The message of a name's value said again against the one above (`first`, an error):
    unchecked when each is a computation of its own (worked_anew) and the name has no rule in
    other names (`x_new = x - α f'(x)` above: a second value with the same inputs is a slip),
    or when it opens an item of a list (`+ $cos(x) = 1$`, `+ $cos(x) = -1$`: cases listed)."""
    name = show(chain.parts[0].expr)
    if item and not getattr(rule, "free_symbols", None):
        first.not_sure(f"{name} is {show(before)} in the item above: an item of a list may "
                       "be another case")
    elif worked_anew(before, chain) and not getattr(rule, "free_symbols", None):
        first.not_sure(f"{name} is {show(before)} above: worked out anew to another value, "
                       "this may be another example")
    else:
        first.message = f"{name} is {show(before)} above, not this"


def worked_anew(before, chain) -> bool:
    """`H = -0.25 log₂ 0.25 · 4 = 2`, then `H = -(0.5 log₂ 0.5 + 0.5 log₂ 0.5) = 1`: the
    same name worked out twice from numbers, each a computation of its own carried on to a
    value (another example, as often as a slip): never called wrong for that alone."""
    right = chain.parts[1].expr
    return len(chain.parts) > 2 and not (before.free_symbols or right.free_symbols) \
        and not plain_number(before) and not plain_number(right)
