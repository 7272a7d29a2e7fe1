"""`g(u(x))`: a letter with a lone name in brackets, the whole argument of a function's call,
is a function of its own applied to that name (a composition), not the product u·x."""

from __future__ import annotations

import sympy as sp

from tutor.names import opaque_function


def nested_calls(args: list, products: dict) -> list:
    """`args` of a function's call with each whole argument written `u(x)` or `u(v(x))` (a
    product read from a letter and its bracket, in `products` by identity) read as calls."""
    return [_as_call(a, products) for a in args]


def _as_call(arg, products: dict):
    if id(arg) not in products or not isinstance(arg, sp.Mul) or len(arg.args) != 2:
        return arg
    head, inner = arg.args
    if not (isinstance(head, sp.Symbol) and len(head.name) == 1 and head.name.isalpha()):
        return arg
    inner = _as_call(inner, products)
    if not isinstance(inner, sp.Symbol) and not (
            isinstance(inner, sp.Function) and len(inner.args) == 1):
        return arg
    if head in inner.free_symbols:  # x(x): a product
        return arg
    return opaque_function(head.name)(inner)
