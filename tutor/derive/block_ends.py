"""The end of a block judged: a slip carried forward to its last line, the answer to the problem."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.context import Context, Line
from tutor.derive.diagnosis import diagnose, show
from tutor.derive.messages import AGAINST_THE_ANSWER, CARRIED_FORWARD, RESTATED, TARGET
from tutor.derive.notation import approximately
from tutor.derive.undefined import undefined_names
from tutor.derive.worked import simplified
from tutor.errors import ParseError
from tutor.judge.equivalence import compare
from tutor.model import Part, Problem, StepResult
from tutor.read.parser import parse_chains
from tutor.trees import nodes_of


def _right_from_before_a_form(walker, origin, end) -> bool:
    """`lim … = (0/0) =`, then `lim … = … = 12/11` in the next display: the end is the value of
    the limit before the form, where the steps began (this display starts with a step from it)."""
    before = getattr(walker, "before_form", None)
    if not (isinstance(before, sp.Limit) and isinstance(origin, sp.Limit)
            and before.args[1:] == origin.args[1:]):
        return False
    return compare(walker.ctx.expand(before), end, walker.ctx.assumptions,
                   budget=walker.budget).status == "equal"


class BlockEnds:
    """How a block's end is judged (a mixin of the walk: it needs `ctx`, `budget`, `results`,
    `problem`, `_result`, `_with_values` and `_note_closed`)."""

    ctx: Context
    budget: float
    problem: Problem | None
    results: list[StepResult]

    def _close_block(self, origin: Part | None, last: Part | None, errors: int) -> None:
        """A derivation that started from a known value and ended elsewhere: final-answer."""
        self._note_closed(last)  # a lone expression in the prose after it (unconfirmed.py)
        if self.__dict__.pop("crossed_inequality", False):
            return  # a ≤ step in between: the end is a bound, not the value
        if origin is None or last is None or not errors or not self.results or undefined_names(
                self.ctx.expand(origin.expr)):  # the start's meaning rests on an undefined f
            return
        result = self.results[-1]
        if result.verdict != "ok" or "not carried on" in result.message:  # right past the slip
            return
        start, end = self.ctx.expand(origin.expr), self.ctx.expand(last.expr)
        if _right_from_before_a_form(self, origin.expr, end):
            return
        if compare(start, end, self.ctx.assumptions, budget=self.budget).status == "not_equal" \
                and getattr(self._with_values(start, end, claims=False), "status", None) != "equal":
            right = simplified(start)
            if (start if right is None else right).free_symbols - end.free_symbols - set(
                    self.ctx.values):  # = 0.7391 at a value of t₁ the text never gave
                return
            result.verdict, result.code = "warning", "final-answer"  # this step holds: the
            result.message = CARRIED_FORWARD  # slip above is where the error is (DESIGN: warning)
            if right is not None:
                result.method = f"the right result is {show(right)}{approximately(right)}"

    def _check_target(self, ln: Line, last: Part, errors: int) -> None:
        """A derivation of a problem that ends in final form away from the target."""
        expr = self.ctx.expand(last.expr)
        if expr.has(sp.Limit, sp.Derivative, sp.Integral) or nodes_of(expr, AppliedUndef):
            return
        try:
            target = parse_chains(self.problem.target, "auto", self.ctx.parse_context())
        except ParseError:
            return
        if len(target) != 1 or len(target[0].parts) != 1:
            return
        goal = self.ctx.expand(target[0].parts[0].expr)
        if expr.free_symbols - goal.free_symbols:
            return  # not in final form yet: it still names something the answer does not
        verdict = compare(goal, expr, self.ctx.assumptions, budget=self.budget)
        mine = [r for r in self.results if r.line == ln.line and r.source == last.span.text]
        if verdict.status == "equal" and not any(r.line == ln.line for r in self.results):
            # a first line with nothing before it: its value is the answer's
            self.results.append(self._result(ln, last, "ok", "has the value of the answer",
                                             method=AGAINST_THE_ANSWER))
        if verdict.status != "not_equal":
            return
        if mine and (mine[-1].verdict == "error" or mine[-1].message.startswith(RESTATED)):
            return  # already explained at that step; a given restated is no answer yet
        found = None if errors else diagnose(goal, expr)  # as written: its form names slips
        code, why = found if found else ("final-answer", None)
        if code == "arithmetic":  # no line above: it is the answer's value that is missed
            why = "check each number put in, and the arithmetic"
        result = self._result(ln, last, "error", "this is not the answer to the problem",
                              code=code, diagnosis=why, method=f"{TARGET}: the answer is "
                              f"{show(goal)}")
        if mine:
            self.results[self.results.index(mine[-1])] = result
        else:
            self.results.append(result)
