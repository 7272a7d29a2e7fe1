"""Limits of bodies holding a series' rest: `lim (x²/2 + o(x²))/x²` is lim of the body without
it, when its coefficient times its order tends to a finite number (0 for a big O)."""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, attempt
from tutor.compat import AppliedUndef
from tutor.names import BIG_O, LITTLE_O


def has_order_terms(expr) -> bool:
    """Whether expr holds an o(…) or O(…) of a truncated series."""
    return any(f.func in (BIG_O, LITTLE_O) for f in expr.atoms(AppliedUndef))


def without_order_terms(lim: sp.Limit, seconds: float = 0.5) -> sp.Limit | None:
    """The limit with its order terms dropped, when that is sound: each o(g) with g → 0 at the
    point, the body linear in the order terms (no product or power of them), and coefficient·g
    tending to a finite number (to 0 for O(g)): then coefficient·o(g) → 0. Else None."""
    body, var, point, direction = lim.args
    terms = sorted((f for f in body.atoms(AppliedUndef) if f.func in (BIG_O, LITTLE_O)),
                   key=sp.default_sort_key)
    if not terms or not point.is_finite:
        return None
    rests = [sp.Dummy(f"rest{k}") for k in range(len(terms))]
    plain = body.xreplace(dict(zip(terms, rests, strict=True)))
    zero = dict.fromkeys(rests, 0)
    try:
        with attempt(seconds):
            for term, rest in zip(terms, rests, strict=True):
                order = term.args[0]
                if order.free_symbols != {var} or sp.simplify(order.subs(var, point)) != 0:
                    return None
                if any(sp.simplify(sp.diff(plain, rest, other)) != 0 for other in rests):
                    return None  # o(x²)², o(x)·o(x²): not linear in the rests
                weight = sp.diff(plain, rest).xreplace(zero) * order
                sides = ("+", "-") if str(direction) == "+-" else (str(direction),)
                values = [sp.limit(weight, var, point, side) for side in sides]
                if not all(v.is_finite for v in values) or (term.func is BIG_O and any(
                        v != 0 for v in values)):
                    return None
            return sp.Limit(plain.xreplace(zero), var, point, direction)
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, ZeroDivisionError):
        return None


def without_general_orders(expr):
    """`expr` with each rest of a general order, o(x^n), as o(x): its n is no value of the
    statement (`e^x = 1 + x + … + o(x^n)` holds no n)."""
    if not isinstance(expr, sp.Basic) or not expr.has(BIG_O, LITTLE_O):
        return expr
    return expr.replace(lambda e: isinstance(e, AppliedUndef) and e.func in (BIG_O, LITTLE_O)
                        and e.args[0].as_base_exp()[1].is_Symbol,
                        lambda e: e.func(e.args[0].as_base_exp()[0]))
