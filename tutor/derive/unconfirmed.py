"""A step wrong after a line that was itself never confirmed: which of the two lines slipped.

`= B` goes on from something it could not be compared with (an expression lost or opaque, a
substitution, nothing at all), then `= C` does not follow from B. The step B → C is wrong,
but the writer's slip may be in B as well as in C: C is often the right line after a slip
in B (a density written √(2πσ) for √(2π)σ, then the product worked out right). So when B is
a formula and C too (arithmetic keeps its error: a number is worked out from the line
above it), and B is no value given to a name (p = …: nothing to slip in), C is judged against
the expression before B when there is one: equal there, C is right; different there too, C
is wrong; otherwise C is `unchecked`, the slip on one of the two lines (unless B and C stand
on one line: `B = C` is written there, and it is false).
"""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.context import WalkState, symbols_differ
from tutor.derive.diagnosis import show
from tutor.derive.messages import REPLACES_LINE_ABOVE
from tutor.judge.equivalence import Equation, compare
from tutor.model import Part

EITHER_LINE = ("one of the two lines is wrong: not equal to the line above, but that line was "
               "itself not confirmed from the one before it (the slip may be there)")


class UnconfirmedRules:
    """Mixin of the walk (it needs `ctx`, `budget`, `results`, `_result`)."""

    unconfirmed: tuple | None = None  # (z or None, B): the last step B that stayed unchecked

    def _unconfirmed_start(self, b: Part, state: WalkState) -> WalkState:
        """`= B` stands with nothing before it: B is not confirmed; the walk goes on from it."""
        self.unconfirmed = (None, b)
        return replace(state, prev=b, body=None)

    def _lone_after_block(self, b: Part, state: WalkState) -> WalkState:
        """A lone expression opening a block after a derivation (`the factor $(x-5)$ cancels`
        in the prose between two displays): a mention or the start of something new. Either
        way it is not confirmed: a step from it that fails is judged again against where the
        derivation above ended (`$$= \\frac{x+7}{x+5}$$` goes on from the display, not from
        the factor named)."""
        last = self.__dict__.get("closed_last")
        self.mention = (last, b) if state.prev is None and last is not None else None
        self.lone = (b, state.block)  # `f(x)` alone, `= …` below it: tutor.derive.lone_calls
        return state

    def _note_closed(self, last: Part | None) -> None:
        """A block closed on `last`: where a derivation ended, unless `last` is an expression
        named in the prose (`$x^2+7x-5x-35$ and $(x-5)$` between two displays: the display)."""
        mention = self.__dict__.get("mention")
        if mention is None or last is not mention[1]:
            self.closed_last = last

    def _past_a_mention(self, ln, a: Part, b: Part) -> None:
        """The step a → b just judged wrong, a a lone expression after a derivation: right when
        b equals where that derivation ended (b goes on from it); else the error stands."""
        mention, self.mention = self.__dict__.get("mention"), None
        if mention is None or mention[1] is not a or self.results[-1].verdict != "error":
            return
        ez, eb = self.ctx.expand(mention[0].expr), self.ctx.expand(b.expr)
        if symbols_differ(Equation(ez, eb)) or not getattr(eb, "free_symbols", None):
            return  # a number, or other letters: nothing says it goes on from the display
        verdict = compare(ez, eb, self.ctx.assumptions, budget=self.budget)
        if verdict.status == "equal":
            self.results[-1] = self._result(ln, b, "ok", f"right: equal to {show(mention[0].expr)}"
                                            ", where the derivation above ended (the expression "
                                            "named between is not what it goes on from)",
                                            method=verdict.method)

    def _right_again(self, ln, first: Part, b: Part) -> None:
        """A line that is wrong after the line before but equal to where the steps began is
        right: it replaces the wrong line above (learners correct themselves)."""
        ea, eb = self.ctx.expand(first.expr), self.ctx.expand(b.expr)
        if isinstance(ea, sp.Limit) and not (isinstance(eb, sp.Limit) and eb.args[1:] == ea.args[
                1:]) or isinstance(ea, sp.Rel) or isinstance(eb, sp.Rel):  # L'Hôpital again
            return
        verdict = compare(ea, eb, self.ctx.assumptions, budget=self.budget)
        if verdict.status == "equal":
            self.results[-1] = self._result(ln, b, "ok", f"right: equal to {show(first.expr)}, "
                                            f"where the steps began; {REPLACES_LINE_ABOVE}",
                                            method=verdict.method)

    def _stopped(self, ln, a: Part, b: Part, reason: str) -> None:
        """The step a → b stopped before its verdict (time spent, a failure): unchecked, and b
        stays unconfirmed, so a line after it that is not equal to it is judged again, a number too
        (it may be worked out from a, not from b: a time limit must not make it wrong)."""
        self.results.append(self._result(ln, b, "unchecked", reason))
        self.unconfirmed = None if _a_name(a.expr) else _carried(self.unconfirmed, a, b, True)

    def _past_a_wrong_or_unconfirmed(self, ln, a: Part, op: str, b: Part, plain: bool) -> None:
        """The step a → b just judged (its result last): after a wrong step (_past_a_wrong_step),
        or after an unconfirmed one: remembered when it stays unchecked; an error after an
        unconfirmed `a` is judged again (see the module docstring)."""
        self._past_a_wrong_step(ln, a, op, b, plain)
        self._past_a_mention(ln, a, b)
        before, self.unconfirmed = self.unconfirmed, None
        same_line, self.unconfirmed_on = self.__dict__.get("unconfirmed_on") is ln, None
        last = self.results[-1]
        if last.verdict == "unchecked" and not _a_name(a.expr):  # p_1 = e^{z_1}/(…): the
            self.unconfirmed, self.unconfirmed_on = _carried(before, a, b), ln  # value a name
            return  # is given, no step to slip in
        if last.verdict != "error" or before is None or before[1] is not a:
            return
        ea, eb = self.ctx.expand(a.expr), self.ctx.expand(b.expr)
        arithmetic = not getattr(ea, "free_symbols", None) or not getattr(eb, "free_symbols", None)
        if arithmetic and len(before) == 2:
            return  # arithmetic: the number below is worked out from the line above
        z = before[0]
        ez = None if z is None else self.ctx.expand(z.expr)
        verdict = None if ez is None or len(before) == 2 else self._with_values(ez, eb)
        if verdict is None:  # a stopped step: with the values above (e^{-(x-1)²} at x = 2)
            verdict = None if ez is None or symbols_differ(Equation(ez, eb)) else compare(
                ez, eb, self.ctx.assumptions, budget=self.budget)  # no values put in between
        if verdict is not None and verdict.status == "not_equal":
            return  # wrong against both lines above
        if verdict is not None and verdict.status == "equal":
            above = "was not checked in time" if len(before) == 3 else "does not follow from it"
            self.results[-1] = self._result(ln, b, "ok", f"right: equal to {show(z.expr)}, "
                                            f"where the line above came from (that line {above})",
                                            method=verdict.method)
            return
        if verdict is None and same_line:
            return  # `= B = C` on one line: B = C is written there, and false
        self.results[-1] = self._result(ln, b, "unchecked", EITHER_LINE)


def _carried(before, a: Part, b: Part, stopped: bool = False) -> tuple:
    """(z, b), or (z, b, "stopped") when a step of the run was stopped: z is `a`, or, when `a`
    was itself unconfirmed, the line before the whole unconfirmed run (a line after two
    unconfirmed ones is judged against the last line that came before them)."""
    z = a
    if before is not None and before[1] is a and before[0] is not None:
        z, stopped = before[0], stopped or len(before) == 3
    return (z, b, "stopped") if stopped else (z, b)


def _a_name(expr) -> bool:
    """A lone name, an entry x_i, a call f(x) or a derivative of one (∂L/∂b): what a statement
    gives a value."""
    while isinstance(expr, (sp.Derivative, sp.Subs)):
        expr = expr.args[0]
    return isinstance(expr, (sp.Symbol, sp.Indexed, AppliedUndef))
