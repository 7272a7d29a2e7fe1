"""Decide whether two expressions or equations are equal: a ladder of rungs under a time budget.

The rungs: identical after evaluation; constants by exact arithmetic (a bare decimal is read to
the precision written); otherwise random points of the assumed domain, screened all at once in
floating point, then algebra (expand, cancel) when no point disagrees, then "equal" by agreement
at many points. Every numeric verdict is settled in high precision with mpmath: a "not_equal"
needs a witness whose difference is stable as the precision grows, an "equal" needs points where
the difference vanishes. Anything else is "unknown" with the reason.
"""

from __future__ import annotations

import sympy as sp

from tutor.budget import BudgetExceeded, Clock, deadline
from tutor.errors import internal_error
from tutor.judge.equations import compare_equations
from tutor.judge.expressions import Equation, compare_expressions
from tutor.model import Assumptions, Verdict

__all__ = ["Equation", "clear_caches", "compare", "compare_expressions"]

NO_ASSUMPTIONS = Assumptions()


def clear_caches() -> None:
    """Forget what earlier checks cached (evaluators of equations): for benchmarks."""
    from tutor.judge.equations import clear_evaluators

    clear_evaluators()


def compare(a, b, assumptions: Assumptions = NO_ASSUMPTIONS, *, approx: bool = False,
            budget: float = 2.0, texts=(None, None)) -> Verdict:
    """Are `a` and `b` equal under the assumptions? Sound: unsure means "unknown".

    `a` and `b` are sympy expressions, relations or Equations (never text; `texts` are how
    they were written, when known: decimals are read to the places written). Whatever goes
    wrong inside is an "unknown" verdict with its reason; nothing is raised.
    """
    clock = Clock(budget)
    try:
        with deadline(budget):
            return _compare_objects(a, b, assumptions, clock, approx, texts)
    except BudgetExceeded:
        return Verdict("unknown", reason=f"time budget of {budget:g} s spent")
    except RecursionError:
        return Verdict("unknown", reason="expression too deeply nested to check")
    except MemoryError:
        return Verdict("unknown", reason="expression too large to check")
    except Exception as exc:  # noqa: BLE001 - any other failure is an honest "unknown"
        return Verdict("unknown", reason=internal_error(exc))


def _compare_objects(a, b, assumptions: Assumptions, clock: Clock, approx: bool,
                     texts) -> Verdict:
    if isinstance(a, sp.Equality):
        a = Equation(a.lhs, a.rhs)
    if isinstance(b, sp.Equality):
        b = Equation(b.lhs, b.rhs)
    if isinstance(a, sp.Rel) or isinstance(b, sp.Rel):
        return _compare_relations(a, b)
    if isinstance(a, Equation) and isinstance(b, Equation):
        return compare_equations(a, b, assumptions, clock)
    if isinstance(a, Equation) or isinstance(b, Equation):
        return Verdict("unknown", reason="one side is an equation, the other is not")
    return compare_expressions(a, b, assumptions, clock, approx=approx, texts=texts)


def _compare_relations(a, b) -> Verdict:
    """Inequalities: the same relation written either way round; other pairs are not decided."""
    if isinstance(a, sp.Rel) and isinstance(b, sp.Rel):
        if a.canonical == b.canonical or (
                isinstance(a, sp.Unequality) and isinstance(b, sp.Unequality)
                and {a.lhs, a.rhs} == {b.lhs, b.rhs}):
            return Verdict("equal", "the same relation, written the other way round")
        return Verdict("unknown", reason="inequalities are compared only when they are the "
                                         "same relation written another way")
    return Verdict("unknown", reason="one side is an inequality, the other is not")
