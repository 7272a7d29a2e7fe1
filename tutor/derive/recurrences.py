"""An iterate against its rule: `x_{n+1} = 2x_n - x_n^2` said, then `x_1 = …` is the rule at
n = 0 (Newton's method, gradient descent steps written one by one)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.names import symbol

# a name with a subscript in one letter: x_n, x_{n+1} (x_n_2b_1), θ_{k-1} (theta_k_2d_1)
_LETTER_INDEX = re.compile(r"(?P<base>[A-Za-z]+)_(?P<var>[a-z])(?:_(?P<sign>2b|2d)_(?P<shift>\d))?")
_NUMBER_INDEX = re.compile(r"(?P<base>[A-Za-z]+)_(?P<k>\d{1,3})")
_UNDONE = (sp.Derivative, sp.Subs, sp.Integral, sp.Sum, sp.Product, sp.Limit)


def _letter_index(symbol: sp.Symbol) -> tuple[str, str, int] | None:
    """(base, index letter, shift) of x_n (0), x_{n+1} (1), x_{n-1} (-1); else None."""
    m = _LETTER_INDEX.fullmatch(symbol.name)
    if m is None:
        return None
    shift = int(m["shift"] or 0) * (-1 if m["sign"] == "2d" else 1)
    return m["base"], m["var"], shift


def rules_in(values: dict, stale: set) -> dict:
    """The rules x_{n+1} = F(x_n) among the values defined in this section (not `stale`)."""
    return {left: body for left, body in values.items() if isinstance(left, sp.Symbol)
            and left not in stale and isinstance(body, sp.Basic) and _letter_index(left)}


def recurrence_instance(name: sp.Symbol, rules: dict):
    """(the rule's right side at the index of `name`, the rule's left side) when `name` is an
    iterate x_k and one of `rules` (x_{n+1} = F(x_n, n), worked out) is of the same letter;
    None otherwise. In F every name indexed by n takes its index at that n."""
    m = _NUMBER_INDEX.fullmatch(name.name)
    if m is None:
        return None
    for left, body in rules.items():
        base, var, shift = _letter_index(left)
        at = int(m["k"]) - shift  # n such that n + shift = k
        if base != m["base"] or at < 0 or body.has(*_UNDONE):
            continue
        instance = _at_index(body, var, at)
        if instance is not None:
            return instance, left
    return None


def _at_index(body, var: str, at: int):
    """`body` with n = `at`: x_n → x_at, x_{n-1} → x_{at-1}, n → at; None if an index falls
    below 0 or the body holds no iterate."""
    replace: dict = {}
    for s in body.free_symbols:
        found = _letter_index(s) if isinstance(s, sp.Symbol) else None
        if found is not None and found[1] == var:
            index = at + found[2]
            if index < 0:
                return None
            replace[s] = symbol(f"{found[0]}_{index}")
        elif isinstance(s, sp.Symbol) and s.name == var:
            replace[s] = sp.Integer(at)
    if not any(isinstance(v, sp.Symbol) for v in replace.values()):
        return None
    return body.xreplace(replace)


def worked_out(body):
    """A rule's right side with its derivatives taken (x_n - f(x_n)/f'(x_n) with f defined);
    as it is when they cannot be taken."""
    if not body.has(sp.Derivative, sp.Subs):
        return body
    try:
        return body.doit()
    except (ValueError, TypeError, NotImplementedError, AttributeError):
        return body
