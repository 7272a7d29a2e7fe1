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


def _denominators(condition) -> list:
    """The denominators with a variable in them of the sides of a condition's relations."""
    relations = condition.args if isinstance(condition, sp.And) else (condition,)
    found = []
    for relation in relations:
        for side in (getattr(relation, "lhs", None), getattr(relation, "rhs", None)):
            if side is None:
                continue
            for term in sp.Add.make_args(sp.together(side)):
                denominator = sp.denom(term)
                if denominator.free_symbols and denominator not in found:
                    found.append(denominator)
    return found


def sign_of_denominator_decides(old, new, witness: dict | None, assumptions: Assumptions,
                                budget: float = 2.0):
    """The denominator of `old` (`λ/(x + 1) ≤ 1`) that the witness makes negative, when the
    step holds, or is not shown wrong, where it is positive (`x ≥ λ - 1`: multiplied by x + 1,
    as a writer does who knows x ≥ 0); None when the step is wrong there too."""
    for denominator in _denominators(old) if witness else ():
        try:
            negative = bool(denominator.xreplace(witness_point(denominator, witness)) < 0)
        except TypeError:  # a name the witness does not set
            continue
        if negative:
            positive = sp.StrictGreaterThan(denominator, 0)
            verdict = compare(sp.And(old, positive), sp.And(new, positive), assumptions,
                              budget=budget)
            return denominator if verdict.status != "not_equal" else None
    return None


def witness_point(expr, witness: dict) -> dict:
    """The witness (our own numbers, by name) as exact values of the names of `expr`."""
    return {s: sp.Rational(str(v)) for s in expr.free_symbols for k, v in witness.items()
            if s.name == str(k)}
