"""Rows that give a reason (`\\because σ(z_i) = …`) between two rows of a chain: an aside."""

from __future__ import annotations

from dataclasses import replace

from tutor.derive.context import WalkState

PAST_AN_UNUSED_REASON = ("does not follow from the row before the reason, and the reason "
                         "between is no definition or identity the step can use here: not "
                         "checked")
_UNSETTLED = ("substitution", "premise")


class ReasonRows:
    """How the walk treats a reason row (a mixin of the derivation checker)."""

    def _aside(self, item, state: WalkState, next_is_equation: bool) -> WalkState:
        """The reason checked on its own; the row after it goes on from the row before it.
        When the reason is not settled (`∵ σ(z_i) = P_i`, P_i named nowhere else), a step
        after it that does not follow is unchecked, never an error: the writer may use it."""
        start = len(self.results)
        aside = self.walk_line(replace(item, line=replace(item.line, reason=False)), replace(
            state, prev=None, prev_eq=None), next_is_equation)
        self.unsettled_reason = any(r.verdict == "unchecked" and r.method in _UNSETTLED
                                    for r in self.results[start:])
        return replace(state, errors=aside.errors)

    def _past_reason(self, start: int) -> None:
        """Errors of the row after an unsettled reason become unchecked."""
        if not getattr(self, "unsettled_reason", False):
            return
        self.unsettled_reason = False
        for result in self.results[start:]:
            if result.verdict == "error":
                result.verdict, result.message = "unchecked", PAST_AN_UNUSED_REASON
                result.code = result.diagnosis = None
