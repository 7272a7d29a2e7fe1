"""Whether a derivation's last line is the problem's answer, in the form the problem asks."""

from __future__ import annotations

import sympy as sp

from tutor.derive.context import as_lines
from tutor.derive.derivation import DerivationChecker
from tutor.derive.forms import form_problem
from tutor.errors import ParseError
from tutor.judge.equivalence import compare
from tutor.model import Problem
from tutor.read.parser import parse_chains
from tutor.trees import nodes_of


def reaches_target(lines, problem: Problem) -> bool:
    """Whether the last line of a derivation equals the problem's target, in the asked form."""
    return answer_state(lines, problem) == ("solved", None)


def answer_state(lines, problem: Problem) -> tuple[str, str | None]:
    """The last line against the target: ("solved", None); ("equal", why it is not yet in
    the asked form); or ("no", None) when it is not the answer (or cannot be read as one)."""
    lines = as_lines(lines)
    if not lines or not problem.target:
        return "no", None
    checker = DerivationChecker(problem, [], None, 2.0)
    try:
        chains = parse_chains(lines[-1].text, lines[-1].syntax, checker.ctx.parse_context())
        target = parse_chains(problem.target, "auto", checker.ctx.parse_context())
    except ParseError:
        return "no", None
    last, goal = chains[-1].parts[-1].expr, target[-1].parts[-1].expr
    if last.has(sp.Limit, sp.Derivative) or any(s.name in checker.ctx.functions for s in
                                                  nodes_of(last, sp.Symbol)):
        return "no", None
    # the order, budget and expansion of the target check (`_check_target`): one verdict,
    # remembered, serves both
    verdict = compare(checker.ctx.expand(goal), checker.ctx.expand(last),
                      checker.ctx.assumptions, budget=checker.budget)
    if verdict.status != "equal":
        return "no", None
    why = form_problem(last, goal, problem.form)
    return ("equal", why) if why else ("solved", None)
