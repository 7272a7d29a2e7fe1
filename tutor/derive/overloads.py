"""One name, two functions: H(p), the entropy, and H(p, q), the cross-entropy, defined after it."""

from __future__ import annotations

import sympy as sp

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


def derivatives_at_calls(expr):
    """d a(u)/d u with u a call (`a'(b(c(x)))`) as a' at u: the call may become an expression
    once its function's body is put in (sympy differentiates by symbols and calls only)."""
    def at_call(d):
        if len(d.variable_count) != 1 or not isinstance(d.variable_count[0][0], AppliedUndef):
            return d  # by a symbol, or an entry θ_k of a family (Σ_j e^{θ_j}: δ_jk), as it is
        (u, n), t = d.variable_count[0], sp.Dummy("t")
        return sp.Subs(sp.Derivative(d.expr.xreplace({u: t}), (t, n)), t, u)
    return expr.replace(lambda e: isinstance(e, sp.Derivative), at_call) if expr.has(
        sp.Derivative) else expr
