"""`dσ/dx = dσ/du · du/dx`: the chain rule written out in Leibniz's notation, never called wrong.

Each fraction is read as the derivative of a function of its own lower letter (dσ/du as σ(u),
the sigmoid at u), but in the chain rule the letters stand for quantities along one chain of
dependence (σ of u, u of x): the reading is not what the text means, so a comparison that
fails on it proves nothing. The step is made unchecked when its right side is a product of
first derivatives that telescopes from the left side's function to its variable.
"""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.model import StepResult

MOST_FACTORS = 6  # a chain dL/dŷ · dŷ/dz · dz/dw of a network is a few links long


def _link(expr) -> tuple[str, sp.Symbol] | None:
    """(the function's name, the variable) of a first derivative d/dv F(v), else None."""
    if not isinstance(expr, sp.Derivative) or len(expr.variable_count) != 1:
        return None
    (var, order), inner = expr.variable_count[0], expr.expr
    if order != 1 or not isinstance(var, sp.Symbol) or not isinstance(
            inner, (AppliedUndef, sp.Function)) or inner.args != (var,):
        return None
    return getattr(inner.func, "__name__", None), var


def chain_rule_written(a, b) -> bool:
    """Whether a is dF/dx and b a product dF/du · du/dv · … · dw/dx (in any order)."""
    start = _link(a)
    factors = list(b.args) if isinstance(b, sp.Mul) else []
    links = [_link(f) for f in factors]
    if start is None or not 1 < len(links) <= MOST_FACTORS or None in links:
        return False
    name, end = start
    for _ in factors:
        nxt = next((k for k in links if k[0] == name), None)
        if nxt is None:
            return False
        links.remove(nxt)
        name = nxt[1].name
    return not links and name == end.name


def on_a_written_chain_rule(last: StepResult, a, b) -> None:
    """`last` (the step a → b) made unchecked when it is wrong only on that reading."""
    if last.verdict == "error" and chain_rule_written(a, b):
        last.not_sure("the chain rule written in Leibniz's notation: each letter stands for a "
                      "quantity of the one below it here, not for a function of that letter, "
                      "so the reading it was found wrong on is not the text's")
