"""The door for text: read what the user wrote with our grammars, then hand objects to the judge."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp
from sympy.logic.boolalg import BooleanAtom

from tutor.bank.lookup import as_problem
from tutor.derive import incremental
from tutor.judge.equivalence import clear_caches as clear_judge_caches
from tutor.judge.equivalence import compare as judge
from tutor.judge.expressions import Equation
from tutor.model import Chain, Problem, StepResult, Verdict
from tutor.read.assumptions import read_assumptions
from tutor.read.calls import ParseContext
from tutor.read.membership import read_membership
from tutor.read.parser import clear_parse_cache, parse_chains

RELATIONS = {"<": sp.StrictLessThan, "<=": sp.LessThan, ">": sp.StrictGreaterThan,
             ">=": sp.GreaterThan, "!=": sp.Unequality}
ARGUMENT_TYPES = (str, sp.Basic, Chain, Equation)


@dataclass(frozen=True)
class Refused:
    """Text that reads fine but is not one expression, relation or equation (a chain, several
    statements): compare answers "unknown" with the reason."""

    reason: str


def compare(a, b, assume=(), *, approx: bool = False, budget: float = 2.0,
            context: ParseContext | None = None) -> Verdict:
    """Are `a` and `b` equal under the assumptions? Sound: unsure means "unknown".

    `a`, `b`: text, sympy objects or Chains; `assume`: texts such as "x > 0" (or one text).
    Raises ParseError for text it cannot read and TypeError for an argument that is neither
    text nor a sympy object; anything else that goes wrong inside is an "unknown" verdict.
    """
    for x in (a, b):
        if not isinstance(x, ARGUMENT_TYPES):
            raise TypeError(f"compare takes text or sympy expressions, not {type(x).__name__}")
    assumptions = read_assumptions(assume)
    (a, text_a), (b, text_b) = read_object(a, context), read_object(b, context)
    for x in (a, b):
        if isinstance(x, Refused):
            return Verdict("unknown", reason=x.reason)
    return judge(a, b, assumptions, approx=approx, budget=budget, texts=(text_a, text_b))


class Derivation(incremental.Derivation):
    __doc__ = incremental.Derivation.__doc__ + """
    `problem` may be a Problem or its id or alias (`"PRB-33"`)."""

    def __init__(self, problem: Problem | str | None = None, assume=(),
                 log_base: int | None = None, *, budget: float = 2.0):
        super().__init__(as_problem(problem), assume, log_base, budget=budget)


def check_derivation(lines, problem: Problem | str | None = None, assume=(), *,
                     log_base: int | None = None, budget: float = 2.0) -> list[StepResult]:
    """Check every step of a derivation (a list of lines or one text); one StepResult per step.
    `problem` may be a Problem or its id or alias; an unknown id raises ProblemError."""
    return incremental.check_derivation(lines, as_problem(problem), assume, log_base=log_base,
                                        budget=budget)


def read_object(x, context: ParseContext | None = None):
    """(expression, relation, Equation or Refused; the text of a lone expression, if any).

    A chain of inequalities (`-2 < x \\le 3`) and an interval membership (`x \\in (0, 1)`)
    are the conjunction of the relations they mean."""
    source = x if isinstance(x, str) else None   # an equation's decimals: places as written
    if isinstance(x, str):
        interval = read_membership(x, context)
        if interval is not None:
            return _conjunction(interval), None
        chains = parse_chains(x, "auto", context)
        if len(chains) != 1:
            return Refused("several statements: compare one expression or equation at a time"), None
        x = chains[0]
    if isinstance(x, Chain):
        if len(x.parts) == 1:
            return x.parts[0].expr, x.parts[0].span.text
        if len(x.parts) == 2 and x.links[0].op == "=":
            return Equation(x.parts[0].expr, x.parts[1].expr), source
        if len(x.parts) == 2 and x.links[0].op in RELATIONS:
            return RELATIONS[x.links[0].op](x.parts[0].expr, x.parts[1].expr,
                                            evaluate=False), None
        if all(link.op in RELATIONS or link.op == "=" for link in x.links) and any(
                link.op in RELATIONS for link in x.links):  # a < x < b: every link holds
            return _conjunction(sp.And(*[_relation(link.op, left.expr, right.expr)
                                         for left, link, right in x.steps()])), None
        return Refused("a chain of relations: compare one expression or equation at a time"), None
    return x, None


def _conjunction(condition):
    """A conjunction as sympy made it, or Refused when sympy decided it outright (`1 < x < 0`
    is False as soon as it is built: there is nothing left to compare)."""
    if isinstance(condition, BooleanAtom):
        return Refused("these relations hold for no value or for every value: nothing to "
                       "compare")
    return condition


def _relation(op: str, left, right):
    make = RELATIONS.get(op, sp.Equality)
    return make(left, right, evaluate=False)


def clear_caches() -> None:
    """Forget every line read and every verdict reached so far (benchmarks time cold checks)."""
    clear_parse_cache()
    clear_judge_caches()


__all__ = ["Refused", "clear_caches", "compare", "read_object"]
