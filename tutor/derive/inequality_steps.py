"""Inequalities in a derivation: a claim `A ≤ B` (Jensen, KL ≥ 0, a bound) and lines of solving.

A claim is checked wherever both sides are defined, under the assumptions: wrong only with a
witness. A line that is a condition (`-2x < 4`, followed by another inequality) is taken as
given; the next condition must have the same real solutions, and one that lost a solution is
wrong (`inequality-flip` when the sign turned the wrong way while dividing by a negative).
"""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.derive.context import (
    Context,
    variables_of_calculus,
)
from tutor.derive.diagnosis import show
from tutor.derive.earlier_sections import given_above
from tutor.derive.inequality_diagnosis import (
    diagnose_condition,
    sign_of_denominator_decides,
    witness_point,
)
from tutor.derive.undefined import not_defined_here, undefined_value
from tutor.judge.decimals import exact
from tutor.judge.equivalence import check_inequality, compare
from tutor.judge.inequalities import ONLY_SECOND
from tutor.judge.information_formulas import GIBBS, never_negative
from tutor.judge.probabilities import judge_probabilities
from tutor.judge.probability_bounds import PROBABILITY_BOUNDS, within_probability_bounds
from tutor.judge.sample_means import MEAN_SUFFIXES
from tutor.model import Chain, Part, StepResult, assumptions_from
from tutor.notes.prose_around import TO_SOLVE

INEQUALITY_OPS = ("<", "<=", ">", ">=")
_NEGATION = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}
SOME_VALUES = "it holds for some values, not for all, so it is not checked as a claim"
CONDITION_OPS = INEQUALITY_OPS + ("=", "!=")
MAKE = {"<": sp.StrictLessThan, "<=": sp.LessThan, ">": sp.StrictGreaterThan,
        ">=": sp.GreaterThan, "=": sp.Equality, "!=": sp.Unequality}




def is_condition_line(chain: Chain) -> bool:
    """A statement of inequalities only: `-2x < 4`, `a < x <= b`, `x != 0` (with an `=` in
    it, `a = b <= c` is a derivation: each link a claim)."""
    ops = [link.op for link in chain.links]
    return bool(ops) and all(op in CONDITION_OPS and op != "=" for op in ops) and any(
        op in INEQUALITY_OPS or op == "!=" for op in ops)


def _sides_differ(chain: Chain) -> bool:
    """A link whose sides have different variables (x > 0, KL < 0): read as a condition."""
    return any(a.expr.free_symbols != b.expr.free_symbols for a, _, b in chain.steps())


def _bounded_name(a, b):
    """The name a side is when the other is a number (`n > 400`), else None."""
    for name, other in ((a, b), (b, a)):
        if isinstance(name, sp.Symbol) and other.is_number and other.is_finite:
            return name
    return None


def _is_bound(condition) -> bool:
    """Every relation bounds a lone variable by a number: `x < 3`, `0 < p \\le 1`."""
    relations = condition.args if isinstance(condition, sp.And) else (condition,)
    return all({type(side) for side in (r.lhs, r.rhs)} & {sp.Symbol}
               and any(side.is_number for side in (r.lhs, r.rhs)) for r in relations)


class InequalityRules:
    """Steps and lines with inequalities (a mixin of the walk: it needs `ctx`, `budget`,
    `results` and `_result`)."""

    ctx: Context
    budget: float
    results: list[StepResult]

    def _unequal_step(self, ln, ea, eb, b: Part) -> StepResult:
        """`A ≠ B`: between numbers (or stated probabilities), or between two expressions (not
        the same expression: (a+b)² ≠ a² + b²), wrong when the sides are equal; a name against
        something (`k ≠ i`, `x ≠ 2`) is a condition, nothing to check."""
        why = not_defined_here(ea, eb) or undefined_value(ea) or undefined_value(eb)
        if why:
            return self._result(ln, b, "unchecked", why)
        verdict = judge_probabilities(ea, eb, self.ctx.probabilities)
        if verdict is None:
            symbols = ea.free_symbols | eb.free_symbols
            if symbols and (any(isinstance(x, sp.Symbol) or not x.free_symbols
                                for x in (ea, eb))):
                return self._result(ln, b, "unchecked", f"a condition ({show(ea)} ≠ {show(eb)}):"
                                    " nothing to check")
            verdict = compare(ea, eb, self.ctx.assumptions, budget=self.budget)
        if verdict.status == "equal":
            return self._result(ln, b, "error", "the two sides are equal", code="relation",
                                diagnosis="≠ says they differ", method=verdict.method)
        if verdict.status == "not_equal":
            return self._result(ln, b, "ok", "the two sides differ", method=verdict.method)
        return self._result(ln, b, "unchecked", verdict.reason or "undecided")

    def _inequality_step(self, ln, ea, op: str, eb, b: Part) -> StepResult:
        """`A op B` as a claim: it holds wherever both sides are defined."""
        self.crossed_inequality = True  # the block's end is a bound (see _close_block)
        if never_negative(ea, op, eb):  # D_KL(P‖Q) ≥ 0, I(X; Y) ≥ 0 (Gibbs' inequality)
            return self._result(ln, b, "ok", GIBBS, method="information")
        if within_probability_bounds(ea, op, eb):  # P(A) ≥ 0, P(A) ≤ 1: the axioms
            return self._result(ln, b, "ok", PROBABILITY_BOUNDS, method="probability")
        why = not_defined_here(ea, eb) or undefined_value(ea) or undefined_value(eb)
        if why:
            return self._result(ln, b, "unchecked", why)
        values = self._values_in(ln, ea, eb)
        stale = sorted(show(k) for k in (ea.free_symbols | eb.free_symbols) & set(values)
                       if k in self.ctx.stale)  # n = 15 in Problem 1, n ≥ 44.9 in Problem 2
        written = ea, eb  # `2x - 6 ≥ 0 ⇒ x ≥ 3` is about x, whatever value x had above
        ea, eb = ea.xreplace(values), eb.xreplace(values)
        verdict = check_inequality(ea, op, eb, self.ctx.assumptions, budget=self.budget)
        if verdict.status == "equal":
            return self._result(ln, b, "ok", "the inequality holds", method=verdict.method)
        if verdict.status == "not_equal":
            return self._failed(ln, b, verdict, (ea, op, eb), written, stale)
        return self._result(ln, b, "unchecked", verdict.reason or "undecided",
                            method=verdict.method or None)

    def _values_in(self, ln, ea, eb) -> dict:
        """The values put in an inequality: not of a variable differentiated in, supposed
        otherwise by the text (η = 0.1, then "if η > 1"), or solved for in this section."""
        values = {k: exact(v) for k, v in self.ctx.values.items()}
        for variable in variables_of_calculus(ea, eb):  # ∂L/∂o ≥ 0 keeps o a variable
            values.pop(variable, None)
        for variable in supposed_against_value(self.ctx.standing, values):
            values.pop(variable)  # η = 0.1 above, then "if η > 1, |1 - 2η| > 1": η is free
        solved = self.__dict__.get("solved_for", (None, ()))
        for variable in solved[1] if solved[0] == ln.section else ():
            values.pop(variable, None)  # 1 - 0.95^n ≥ 0.9 to solve: n is its unknown here
        return values

    def _failed(self, ln, b: Part, verdict, relation: tuple, written: tuple,
                stale: list) -> StepResult:
        """An inequality that fails somewhere: an error, unless it is a bound or a condition
        of solving, rests on a mean's sign or on a name of an earlier heading."""
        ea, op, eb = relation
        bounded = _bounded_name(ea, eb)
        if bounded is not None:  # `n > 4/0.01 = 400` solving: a bound, never a claim for all n
            return self._result(ln, b, "unchecked", f"a bound on {show(bounded)} (a condition): "
                                + SOME_VALUES, method="condition")
        if any(k.endswith(MEAN_SUFFIXES) for k in (verdict.witness or {})):  # -n/ȳ < 0 fails
            return self._result(ln, b, "unchecked", "holds or not by the sign of a mean the "
                                "text does not give", method=verdict.method)  # for ȳ < 0
        if getattr(self, "implying", False) and self._holds_somewhere(written[0], op,
                                                                       written[1]):
            names = ", ".join(sorted(show(s) for s in written[0].free_symbols  # f(0) < 0,5 ⇒
                                     | written[1].free_symbols))  # (15/16)^n < 0,5: n must meet
            return self._result(ln, b, "unchecked", f"a condition on {names} (a step of solving, "
                                "⇒ beside it): " + SOME_VALUES, method="condition")
        if stale:
            return self._result(ln, b, "unchecked", given_above(stale[0]))
        where = ", ".join(f"{k} = {v}" for k, v in (verdict.witness or {}).items())
        return self._result(ln, b, "error", "the inequality does not hold", code="inequality",
                            diagnosis=f"it fails at {where}" if where else None,
                            method=verdict.method)

    def _holds_somewhere(self, ea, op: str, eb) -> bool:
        """The inequality holds at some point of its variables (its negation fails there)."""
        if not (ea.free_symbols or eb.free_symbols):
            return False
        return check_inequality(ea, _NEGATION[op], eb, self.ctx.assumptions,
                                budget=self.budget / 2).status == "not_equal"

    def _condition_line(self, ln, chain: Chain, state, more_follow: bool, lead=None):
        """A line of relations as a condition: compared with the condition above it, or
        taken as given when conditions follow it; None when it is to be checked as a claim.
        After ⇒ or ⇔ it follows from all the conditions of the chain before (α < 0 ⇒ α - 1 < 0
        ⇒ α(α - 1) > 0 uses α < 0), so those stay together; the case ends with the line (the
        next line, `x < 2 ⇒ …` after `x > 2 ⇒ y' > 0`, is another case, no step on)."""
        condition = self._condition_of(chain)
        if not lead and self._holds_everywhere(chain):
            return None  # x^2 + 1 >= 2x: a claim that holds, checked as one
        previous = state.prev_condition
        if previous is not None and not previous.free_symbols & condition.free_symbols:
            previous = None
        if previous is not None:
            self.results.append(self._condition_step(ln, previous, condition, chain.parts[-1]))
        elif more_follow or ln.named == TO_SOLVE:  # `Solve: $… < …$`: posed, no claim
            self.results.append(self._result(
                ln, chain.parts[-1], "unchecked", "premise (taken as given): an inequality to "
                f"solve, {show(condition)}", method="premise"))
            self.__dict__["solved_for"] = (ln.section, condition.free_symbols)
            self.ctx.standing = standing_with(self.ctx.standing, bounds_of_one_name(
                chain, self.ctx))  # λ > 0, then equations
        elif _sides_differ(chain):  # x > 0, 0 < p < 1, -2x < 4: a condition, not an identity
            names = ", ".join(sorted(show(s) for s in condition.free_symbols))
            self.results.append(self._result(
                ln, chain.parts[-1], "unchecked", f"a condition on {names}: " + SOME_VALUES,
                method="condition"))
            self.ctx.standing = standing_with(self.ctx.standing, bounds_of_one_name(
                chain, self.ctx))  # λ > 0: from here on
        else:
            return None
        self._see(chain.parts)
        return replace(state, prev=None, prev_eq=None, prev_condition=sp.And(
            previous, condition) if lead and previous is not None else condition,
            in_case=bool(lead))

    def _holds_everywhere(self, chain: Chain) -> bool:
        if len(chain.links) != 1 or chain.links[0].op not in INEQUALITY_OPS:
            return False
        a, link, b = chain.steps()[0]
        verdict = check_inequality(self.ctx.expand(a.expr), link.op, self.ctx.expand(b.expr),
                                   self.ctx.assumptions, budget=self.budget)
        return verdict.status == "equal"

    def _condition_of(self, chain: Chain):
        relations = [MAKE[link.op](self.ctx.expand(a.expr), self.ctx.expand(b.expr),
                                   evaluate=False) for a, link, b in chain.steps()]
        return relations[0] if len(relations) == 1 else sp.And(*relations)

    def _condition_step(self, ln, old, new, part: Part) -> StepResult:
        verdict = compare(old, new, self.ctx.assumptions, budget=self.budget)
        if verdict.status == "equal":
            return self._result(ln, part, "ok", "an equivalent inequality",
                                method=verdict.method)
        if verdict.status == "unknown":
            return self._result(ln, part, "unchecked", verdict.reason or "undecided",
                                method=verdict.method or None)
        if verdict.reason == ONLY_SECOND:
            return self._result(ln, part, "unchecked", "this inequality has solutions the one "
                                "above has not: it is weaker, not equivalent",
                                method=verdict.method)
        code, why = diagnose_condition(old, new, self.ctx.assumptions, self.budget)
        where = ", ".join(f"{k} = {v}" for k, v in (verdict.witness or {}).items())
        signed = sign_of_denominator_decides(old, new, verdict.witness, self.ctx.assumptions,
                                             self.budget / 2)
        if signed is not None:  # λ/(x + 1) ≤ 1 ⇒ x ≥ λ - 1: x a count, x + 1 > 0 unsaid
            return self._result(ln, part, "unchecked", f"holds where {show(signed)} > 0 (both "
                                f"sides multiplied by it); {where} makes it negative",
                                method=verdict.method)
        shared = _shared_factor_zero(old, verdict.witness)
        if shared is not None:  # 6p²(1-p)² + … ≥ 2p(1-p) + p² ⇒ p ≥ 2/3: p divided out
            return self._result(ln, part, "unchecked", f"a factor of both sides, {show(shared)},"
                                f" divided out: {where} makes it 0 (the step may hold where it "
                                "is not)", method=verdict.method)
        if code != "inequality-flip" and _is_bound(old) and _is_bound(new):  # x > 0, x < 5
            return self._result(ln, part, "unchecked", "another condition, or a step that lost "
                                f"solutions ({where} solves the line above, not this one)",
                                method=verdict.method)
        return self._result(ln, part, "error", "this inequality does not follow from the "
                            f"previous one ({where} solves the previous one, not this)",
                            code=code, diagnosis=why, method=verdict.method)


def _shared_factor_zero(old, witness: dict | None):
    """The factor both sides of the inequality `old` share (a divisor a writer cancels, p in
    p(2 - p) ≤ p^4 + …) when the witness makes it 0, else None."""
    if not witness or not isinstance(old, sp.core.relational.Relational):
        return None
    try:
        shared = sp.gcd(sp.factor(old.lhs), sp.factor(old.rhs))
        point = witness_point(shared, witness)
        return shared if shared.free_symbols and len(point) == len(shared.free_symbols) and \
            shared.xreplace(point) == 0 else None
    except (sp.PolynomialError, TypeError, ValueError, sp.SympifyError):
        return None


def supposed_against_value(standing: tuple, values: dict) -> set:
    """The names a relation in force bounds where their value above does not lie (η = 0.1,
    then `if η > 1`): a supposition, so the name is a variable again under that bound."""
    found = set()
    for relation in standing:
        names = relation.free_symbols
        if len(names) != 1 or next(iter(names)) not in values:
            continue
        name = next(iter(names))
        if relation.xreplace({name: values[name]}) is sp.false:
            found.add(name)
    return found


def bounds_of_one_name(chain: Chain, ctx) -> tuple:
    """`λ > 0`, `0 < p < 1`, `|r| < 1`: each relation of one name to a number, as a relation
    the lines after it may assume (empty for anything else: `-2x < 4`, `x > y`)."""
    found = []
    for a, link, b in chain.steps():
        left, right = ctx.expand(a.expr), ctx.expand(b.expr)
        named = [e for e in (left, right) if isinstance(e, sp.Symbol) or (
            isinstance(e, sp.Abs) and isinstance(e.args[0], sp.Symbol))]  # |r| < 1 too
        if link.op not in MAKE or len(named) != 1 or not (left.is_number or right.is_number):
            return ()
        found.append(MAKE[link.op](left, right, evaluate=False))
    return tuple(found)


def standing_with(standing: tuple, relations: tuple) -> tuple:
    """The conditions standing after `relations` are said too; bounds of a name that leave it
    no value (`x < 0.131` and `2.535 < x`: the pieces of a union, or cases one after another)
    are alternatives, not conditions that hold together, so no bound on that name stands."""
    joined = standing + tuple(r for r in relations if r not in standing)
    bounds = assumptions_from({}, list(joined)).bounds
    empty = {name for name, (lo, hi) in bounds.items()
             if lo is not None and hi is not None and lo >= hi}
    return tuple(r for r in joined if not {s.name for s in r.free_symbols} & empty)


def line_conditions(chains: list) -> list:
    """The bounds a line states beside its claims (`…, y ≥ 0`, `… for 0 < p < 1`): relations
    of a chain of <, ≤, >, ≥ with a plain number in it, when the line also claims an =."""
    if not any(link.op == "=" for chain in chains for link in chain.links):
        return []
    return [MAKE[link.op](a.expr, b.expr, evaluate=False)
            for chain in chains if line_bound(chain) for a, link, b in chain.steps()]


def line_bound(chain: Chain) -> bool:
    """A chain of <, ≤, >, ≥ with a plain number in it: `y ≥ 0`, `0 < p < 1`."""
    ops = [link.op for link in chain.links]
    return bool(ops) and all(op in INEQUALITY_OPS for op in ops) and any(
        not part.expr.free_symbols for part in chain.parts)



def conditions_follow(pieces: list, k: int) -> bool:
    """`p² ≥ p ⇒ p ≥ 1`: of the (chain number, piece) pieces of a line, the k-th a condition
    in one letter on both sides with another after ⇒ in its chain: posed, the one after
    compared with it (never a claim for all p; `t > 3 ⇒ …` is a condition as it is)."""
    return k + 1 < len(pieces) and pieces[k + 1][0] == pieces[k][0] and is_condition_line(
        pieces[k][1]) and is_condition_line(pieces[k + 1][1]) and not _sides_differ(pieces[k][1])


def condition_said(chain: Chain, lead: str | None, state) -> bool:
    """A line of conditions of its own (`-2x < 4`), or one after ⇒ right after a condition
    (`α > 1 ⇒ α - 1 > 0`: said to follow from it, never a claim for all α)."""
    return is_condition_line(chain) and (not lead or lead in ("=>", "->", "<=>") and (
        state.prev_condition is not None))
