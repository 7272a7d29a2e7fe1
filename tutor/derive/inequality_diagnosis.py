"""Why an inequality does not follow from the one before: a sign turned the wrong way."""

from __future__ import annotations

import sympy as sp

from tutor.judge.equivalence import compare
from tutor.model import Assumptions

FLIPPED = {"<": sp.StrictGreaterThan, "<=": sp.GreaterThan, ">": sp.StrictLessThan,
           ">=": sp.LessThan}
FLIP_SENTENCE = ("the inequality sign points the wrong way: multiplying or dividing both sides "
                 "by a negative number reverses it")


def flipped(condition):
    """The condition with every inequality reversed (`x < -2` becomes `x > -2`); None when it
    has no inequality to reverse."""
    relations = condition.args if isinstance(condition, sp.And) else (condition,)
    turned = [FLIPPED[r.rel_op](r.lhs, r.rhs, evaluate=False) if r.rel_op in FLIPPED else r
              for r in relations]
    if all(r.rel_op not in FLIPPED for r in relations):
        return None
    return turned[0] if len(turned) == 1 else sp.And(*turned)


def diagnose_condition(old, new, assumptions: Assumptions,
                       budget: float = 2.0) -> tuple[str, str | None]:
    """(code, sentence) for a condition `new` that does not follow from `old`:
    "inequality-flip" when `new` with its signs reversed is `old` again, else "solve-step"."""
    turned = flipped(new)
    if turned is not None and compare(old, turned, assumptions,
                                      budget=budget).status == "equal":
        return "inequality-flip", FLIP_SENTENCE
    return "solve-step", None
