"""Rows that give a reason (`\\because σ(z_i) = …`) between two rows of a chain: an aside."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.context import WalkState

PAST_AN_UNUSED_REASON = ("does not follow from the row before the reason, and the reason "
                         "between is no definition or identity the step can use here: not "
                         "checked")
_UNSETTLED = ("substitution", "premise")
PARTS_GIVEN_BESIDE = ("the formula before names parts ({}) that are given values beside it, "
                      "and names above hold other values: which ones the step puts in is "
                      "not sure: not checked")
_PRIMES = "ʹ'′"


class ReasonRows:
    """How the walk treats a reason row (a mixin of the derivation checker)."""

    def _aside(self, item, state: WalkState, next_is_equation: bool) -> WalkState:
        """The reason checked on its own; the row after it goes on from the row before it.
        When the reason is not settled (`∵ σ(z_i) = P_i`, P_i named nowhere else), a step
        after it that does not follow is unchecked, never an error: the writer may use it."""
        start = len(self.results)
        known = set(self.ctx.functions) | {v.name for v in self.ctx.values}  # before the aside
        aside = self.walk_line(replace(item, line=replace(item.line, reason=False)), replace(
            state, prev=None, prev_eq=None), next_is_equation)
        self.unsettled_reason = any(r.verdict == "unchecked" and r.method in _UNSETTLED
                                    for r in self.results[start:])
        shared = _names_set(item.chains) & _names_in(state.prev.expr) if state.prev else set()
        if shared & known:  # `f(x) = …` above, then `$\frac{f'g - g'f}{g^2}$ with $f' = 0$,
            # $g(x) = x^2$`: the f of the rule here may be another than the f above
            self.unsettled_reason = PARTS_GIVEN_BESIDE.format(", ".join(sorted(shared)))
        return replace(state, errors=aside.errors)

    def _past_reason(self, start: int) -> None:
        """Errors of the row after an unsettled reason become unchecked."""
        if not getattr(self, "unsettled_reason", False):
            return
        why, self.unsettled_reason = self.unsettled_reason, False
        for result in self.results[start:]:
            if result.verdict == "error":
                result.verdict = "unchecked"
                result.message = why if isinstance(why, str) else PAST_AN_UNUSED_REASON
                result.code = result.diagnosis = None


def _names_set(chains) -> set[str]:
    """The letters the chains set (`g(x) = …`, `g'(x) = …`, `u = …`: g, u), primes dropped."""
    return {name for chain in chains if chain.links and chain.links[0].op == "="
            for name in _names_in(chain.parts[0].expr, top=True)}


def _names_in(expr, top: bool = False) -> set[str]:
    """The letters of the names and functions in `expr` (only the outermost one with `top`),
    primes dropped: f'(x)·g(x) gives f and g."""
    if top and isinstance(expr, sp.Derivative):
        expr = expr.expr
    if top:
        found = [expr] if isinstance(expr, (sp.Symbol, AppliedUndef)) else []
    else:
        found = [*expr.free_symbols, *expr.atoms(AppliedUndef)] if isinstance(expr, sp.Basic) \
            else []
    return {(x.name if isinstance(x, sp.Symbol) else x.func.__name__).rstrip(_PRIMES)
            for x in found}
