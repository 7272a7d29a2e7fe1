"""One name, two functions: H(p), the entropy, and H(p, q), the cross-entropy, defined after it."""

from __future__ import annotations

from tutor.compat import AppliedUndef


def arity_name(name: str, count: int) -> str:
    """The key a function defined with `count` arguments keeps once the name is defined again
    with another number of them (H(p), then H(p, q)): both stay known."""
    return f"{name}/{count}"


def defined_body(functions: dict, expr):
    """The body of the function a call names, with its number of arguments (H(p) beside H(p, q)
    defined after it); None when no function of that name takes that many."""
    if not isinstance(expr, AppliedUndef):
        return None
    for key in (expr.func.__name__, arity_name(expr.func.__name__, len(expr.args))):
        body = functions.get(key)
        if body is not None and len(expr.args) == len(body.variables):
            return body
    return None
