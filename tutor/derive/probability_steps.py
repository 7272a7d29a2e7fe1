"""Steps about probabilities of events: a stated value (`P(D) = 0.01`, `P(+|D) = 0.9`) is known
from there on; claims with P(…) are judged by the rules of probability with those values; P(X = k)
of a declared discrete law (`X \\sim Bin(10, 0.3)`) is its probability mass."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.conditional_laws import conditional_law
from tutor.derive.context import Context, Line, WalkState
from tutor.derive.diagnosis import show
from tutor.derive.earlier_sections import StatedAbove
from tutor.derive.named_masses import named_mass
from tutor.judge.decimals import exact
from tutor.judge.equivalence import Equation, compare
from tutor.judge.information import compare_information
from tutor.judge.probabilities import (
    judge_probabilities,
    of_probabilities,
    probability_atoms,
    value_under,
)
from tutor.model import Chain, StepResult
from tutor.trees import nodes_of


class ProbabilityRules:
    """Mixed into the derivation checker: it needs `ctx`, `results`, `_claims`, `_result`."""

    ctx: Context
    results: list[StepResult]

    def _probability_statement(self, ln: Line, chain: Chain,
                               state: WalkState) -> WalkState | None:
        """`P(D) = 0.01`: a value not known yet is stated (a given, remembered); one known
        already is a claim (judged as a step). None when the left side is no probability."""
        if chain.links[0].op not in ("=", "~="):
            return None
        mass = self._mass_function(ln, chain, state)
        if mass is not None:
            return mass
        left, right = self.ctx.expand(chain.parts[0].expr), self.ctx.expand(chain.parts[1].expr)
        if chain.links[0].op == "~=":  # P(S|F) ≈ 0.837: a claim when the values give P(S|F)
            known = of_probabilities(left) and value_under(left, self.ctx.probabilities) \
                is not None
            return self._claims(ln, chain, 0, state) if known else None
        if not (of_probabilities(left) or probability_atoms(chain.parts[0].expr)) or not (
                of_probabilities(right) or not right.free_symbols):
            return None
        stated = self.ctx.probabilities
        if not left.free_symbols or value_under(left, stated) is not None:
            if len(chain.links) == 1 and chain.parts[1].expr.is_Number or _restated(
                    left, right, stated):
                verdict = judge_probabilities(left, right, stated)
                if verdict is not None and verdict.status == "not_equal" and left.free_symbols \
                        and not _solving_on(left, state):
                    return self._new_example(ln, chain, left, right, state)
            return self._claims(ln, chain, 0, state)  # judged by `_probability_step`
        if right.free_symbols and value_under(right, stated) is None:
            return self._claims(ln, chain, 0, state)  # P(+) = P(+|D)P(D) + …: an identity?
        self.ctx.probabilities = [*stated, left - right]
        self.results.append(self._result(ln, chain.parts[0], "unchecked",
                                         f"{chain.parts[0].span.text.strip()} is given (a stated "
                                         "value: nothing to check)", method="definition"))
        if len(chain.parts) == 2:  # the same left side in the block after compares with it
            return replace(state, prev=None, prev_eq=Equation(left, right), body=chain.parts[1])
        return self._claims(ln, chain, 1, state)

    def _mass_function(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """`P(X = k) = λ^k e^{-λ}/k!`, `p(x | λ) = …`, `P(x_i|θ) = θ^{x_i}(1-θ)^{1-x_i}`: a
        law given as a formula in its outcome (a definition, nothing to check); else None."""
        outcome = mass_outcome(chain.parts[0].expr, chain.parts[1].expr)
        if chain.links[0].op != "=" or outcome is None or outcome in self.ctx.values or any(
                isinstance(x, sp.Symbol) and x in self.ctx.distributions
                for x in chain.parts[0].expr.free_symbols):
            return None
        self.results.append(self._result(
            ln, chain.parts[1], "unchecked", f"{chain.parts[0].span.text.strip()}: a law "
            f"given as a formula in {show(outcome)} (a definition: nothing to check)",
            method="definition"))
        self._law_learnt(chain.parts[0].expr, chain.parts[1].expr)
        if len(chain.parts) > 2:
            return self._claims(ln, chain, 1, state)
        return replace(state, prev=None, prev_eq=None)

    def _law_learnt(self, left, right) -> None:
        """`p(x | μ, σ²) = …`: this call, and p at any outcome under these conditions."""
        law = conditional_law(left, right)
        if law is None:  # this call only (its outcome is no plain name)
            self.ctx.calls[left] = right
        else:  # laws_put_in opens this call too: log p(x | μ, σ²) below
            self.ctx.conditionals = {**self.ctx.conditionals, law[0]: law[1]}

    def _new_example(self, ln: Line, chain: Chain, left, right, state: WalkState) -> WalkState:
        """`P(A) = 0.3` where the values above make it 0.4: a new example, not a slip; the
        statements about these events are set aside and this one is known from here."""
        kept = [s for s in self.ctx.probabilities if not s.has(*probability_atoms(left))]
        events = {e for a in probability_atoms(left) for e in a.args}
        variables = {x for e in events if isinstance(e, sp.Rel) for x in e.free_symbols}
        if value_under(left, kept) is not None or variables:  # P(X = 1) goes with P(X = 0)
            kept = [s for s in kept if not any(a.has(*events, *variables)
                                               for a in probability_atoms(s))]
        self.ctx.probabilities = [*kept, left - right]
        self.ctx.stale.add(StatedAbove(left - right))  # a changed case: doubtful a heading on
        self.results.append(self._result(
            ln, chain.parts[1], "unchecked", f"a new value for {show(chain.parts[0].expr)} (the "
            "values above give another): the values stated before for these events are set "
            "aside", method="definition"))
        if len(chain.parts) > 2:   # P(X = 0) = 0.4 + 0.1 = 0.5: the arithmetic after is checked
            return self._claims(ln, chain, 1, state)
        return replace(state, prev=None, prev_eq=None)

    def _probability_step(self, ln: Line, ea, op: str, eb, b) -> StepResult | None:
        """A step between expressions in probabilities of events (and numbers), judged with
        the values stated above; None when a side is something else."""
        if op not in ("=", "~="):
            return None
        verdict = judge_probabilities(ea, eb, self.ctx.probabilities)
        named = named_mass(self, ln, ea, op, eb, b) if verdict is None or (
            verdict.status == "unknown") else None  # P(X = 0) = (1-p)^n under "## Binomial"
        if named is not None:
            return named
        if verdict is None:
            return self._information_step(ln, ea, op, eb, b)
        if verdict.status == "not_equal" and op == "~=":  # to the precision written
            values = [value_under(x, self.ctx.probabilities) if of_probabilities(x) else x
                      for x in (ea, eb)]
            if any(v is None for v in values):
                return None
            verdict = compare(*values, self.ctx.assumptions, approx=True, budget=self.budget)
        if verdict.status == "equal":
            return self._result(ln, b, "ok", "follows by the rules of probability",
                                method=verdict.method)
        if verdict.status == "not_equal":
            return self._result(ln, b, "error", "not equal to the previous expression",
                                code="probability", diagnosis="check the numbers put in for "
                                "each probability, and the arithmetic", method=verdict.method)
        return self._result(ln, b, "unchecked", verdict.reason or "undecided")


    def _information_step(self, ln: Line, ea, op: str, eb, b) -> StepResult | None:
        """H(X|Y) = H(X,Y) − H(Y), D(p‖q) = H(p,q) − H(p): an identity of information."""
        verdict = compare_information(ea, eb) if op == "=" else None
        if verdict is None:
            return None
        if verdict.status == "equal":
            return self._result(ln, b, "ok", "follows by the identities of information",
                                method=verdict.method)
        if verdict.witness:  # no identity: the laws the text gives (or says) may decide
            return None
        return self._result(ln, b, "error", "not equal to the previous expression",
                            code="information", diagnosis="check the identity used",
                            method=verdict.method)


def _solving_on(left, state: WalkState) -> bool:
    """`2P(Z ≤ z) = 0.75` just after `2P(Z ≤ z) - 1 = 0.75`: a side that is no lone probability,
    in the probabilities of the equation just above (no prose between), is a step of solving
    it (judged), never a new example's value (those name the probability alone: `P(A) = 0.3`)."""
    above = state.prev_eq or (state.valued if state.follows else None)
    return not isinstance(left, AppliedUndef) and above is not None and bool(
        probability_atoms(left)) and probability_atoms(left) <= probability_atoms(
        above.lhs - above.rhs)


def _restated(left, right, stated: list) -> bool:
    """`P(X = 0) = 0.4 + 0.1` where `P(X = 0) = 0.8` was given itself: the writer computes a
    given anew from numbers (a new table or example), not a value the rules derive."""
    return isinstance(left, AppliedUndef) and not right.free_symbols and any(
        s.has(left) and not (s - left).free_symbols for s in stated)


def mass_outcome(left, right):
    """The outcome k of `P(X = k) = f(k)`, x of `p(x) = f(x)` or of `p(x | θ) = f(x, θ)` (read
    as p(θ, x)/p(θ)):
    a name that stands free in the formula, which holds no probability itself; else None."""
    if isinstance(left, AppliedUndef) and len(left.args) == 1 and isinstance(
            left.args[0], sp.Eq):
        outcome, calls = left.args[0].rhs, {left.func}
    elif isinstance(left, AppliedUndef) and left.func.__name__ in ("p", "P") and len(
            left.args) == 1 and isinstance(left.args[0], sp.Symbol):  # p(x) = π(1-π)^{x-1}
        outcome, calls = left.args[0], {left.func}
    elif isinstance(left, sp.Mul) and len(left.args) == 2:
        joint, given = sorted(left.args, key=lambda a: isinstance(a, sp.Pow))
        if not (isinstance(joint, AppliedUndef) and isinstance(given, sp.Pow)
                and given.exp == -1 and isinstance(given.base, AppliedUndef)
                and given.base.func == joint.func and set(given.base.args) < set(joint.args)):
            return None
        extra = [a for a in joint.args if a not in given.base.args]
        outcome, calls = (extra[0] if len(extra) == 1 else None), {joint.func}
    else:
        return None
    if not isinstance(outcome, sp.Symbol) or outcome not in right.free_symbols or any(
            f.func in calls or f.func.__name__ in ("P", "p")
            for f in nodes_of(right, AppliedUndef)):
        return None
    return outcome


def declared_law(name, law) -> tuple:
    """What `X \\sim Bin(10, 0.3)` tells of the masses: (the family's name, its arguments)."""
    return law.func.__name__, tuple(exact(a) for a in law.args)
