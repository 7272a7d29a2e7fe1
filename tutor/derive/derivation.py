"""Check a derivation line by line: the walk over definitions, claims, premises and equations."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import sympy as sp

from tutor.budget import BudgetExceeded, deadline
from tutor.derive import leading_relations, lone_calls, sequences
from tutor.derive.carried_values import note_wrong_numbers
from tutor.derive.claimed_derivatives import note_claimed
from tutor.derive.composed_primes import composed_primes_unsure
from tutor.derive.context import (
    Context,
    Line,
    ParsedLine,
    WalkState,
    failure_reason,
    has_calculus,
    is_equation,
    repeats_a_variable,
)
from tutor.derive.definitions import DefinitionRules, said_value
from tutor.derive.diagnosis import show
from tutor.derive.differentials import read_chains, substitutions_tied
from tutor.derive.fresh_rows import starts_afresh
from tutor.derive.function_of_y import function_of_y
from tutor.derive.index_conditions import case_said, conditions_beside, with_one_hot
from tutor.derive.inequality_steps import (
    condition_said,
    conditions_follow,
    line_bound,
    line_conditions,
)
from tutor.derive.leading_relations import LEADING_RELATION, leading_op
from tutor.derive.listings import value_listings, values_listed
from tutor.derive.log_definitions import log_definition, log_of_defined
from tutor.derive.named_constants import named_constant_sections
from tutor.derive.new_names import definable
from tutor.derive.parameter_values import gives_a_parameter, worked_solution
from tutor.derive.premises import PremiseRules, tied_names
from tutor.derive.primed_names import derivative_chain, with_derivative_of_named
from tutor.derive.quotient_functions import function_from_quotient
from tutor.derive.read_ahead import noted_early, read_ahead, read_with_sums, unreadable_definitions
from tutor.derive.reason_rows import ReasonRows
from tutor.derive.root_lists import roots_joined
from tutor.derive.said_forms import SaidForms
from tutor.derive.sequences import in_sequence, openings, split_implications
from tutor.derive.shared_values import shared_value_chains
from tutor.derive.solving import estimate_after
from tutor.derive.stated_laws import StatedLaws
from tutor.derive.steps import StepRules
from tutor.derive.systems import may_be_system  # x + y = 3, x - y = 1: maybe a system
from tutor.derive.tables import listed_anew, read_table
from tutor.derive.trailing_conditions import with_trailing_conditions
from tutor.derive.unconfirmed import UnconfirmedRules
from tutor.derive.undefined import through_undefined
from tutor.derive.unreadable import read_on
from tutor.derive.written_numbers import point_written
from tutor.errors import NotAClaim, ParseError, Undecidable
from tutor.judge.decimals import exact
from tutor.judge.equivalence import Equation
from tutor.model import Chain, Problem, StepResult
from tutor.read.grammar import load_parsers

DEFINING, APPROXIMATELY = ("=", ":=", "==="), ("\\approx", "≈")  # (≈ before a number only)

__all__ = ["DerivationChecker", "Line", "ParsedLine", "WalkState"]


class DerivationChecker(DefinitionRules, PremiseRules, ReasonRows, SaidForms, StepRules,
                        UnconfirmedRules):
    """Walks the lines in order, carrying the context and the previous expression."""

    def __init__(self, problem: Problem | None, assume: list, log_base, budget: float, vectors=()):
        self.problem, self.budget = problem, budget
        self.ctx = Context(assume=list(problem.assume if problem else []) + assume,
                           vectors=frozenset(vectors),
                           log_base=log_base if log_base is not None else (
                               int(problem.log_base) if problem and problem.log_base
                               and str(problem.log_base).isdigit() else None))
        self.results: list[StepResult] = []
        self.skip_lines: frozenset[int] = frozenset()  # steps a supervisor had to stop
        self.named_constants: dict[int, frozenset] = {}  # sections naming π or e
        self.stated_laws = StatedLaws()  # P(X = 0) = 0.8, …: a table of P for Σ_x P(x) …
        self.form_said: tuple | None = None  # (the limit, its block) of `lim … = 0/0` above
        if problem:
            for name, value in (problem.given or {}).items():
                self._define_text(name, value)
            self.ctx.given = {k: exact(v) for k, v in self.ctx.values.items()}  # 0.05 = 1/20
            self.ctx.values = {}

    def _define_text(self, name: str, value: str) -> None:
        try:
            chains = read_chains(f"{name} = {value}", "auto", self.ctx.parse_context())
            self._define(chains[0].parts[0].expr, chains[0].parts[1].expr)
        except Exception:  # noqa: BLE001 - an unreadable given defines nothing
            pass

    def _parse_contained(self, ln: Line):
        try:
            with deadline(self.budget):
                return self._parse(ln)
        except BudgetExceeded:
            return ln, [], None, self._result(ln, None, "unchecked", self._spent())
        except Exception as exc:  # noqa: BLE001 - containment, as in `_contained`
            return ln, [], None, self._result(ln, None, "unchecked", failure_reason(exc))

    def _parse(self, ln: Line):
        text = ln.text
        if text.strip().endswith("?"):
            unfinished = self._result(ln, None, "unchecked", "unfinished line (ends with ?)")
            return ln, [], None, unfinished
        lead = leading_relations.carried_lead(ln.continues, text)  # an `=` carried over
        m = LEADING_RELATION.match(text)
        if m and (ln.continues is not False or m.group(1).startswith("\\xrightarrow")):
            lead = leading_op(m.group(1))  # \xrightarrow{(1)} first: from what is not written
            text = " " * m.end() + text[m.end():]
        ln, text = read_ahead(self.ctx, ln, text)  # v(t) = … a call; `n \in \mathbb{N}` beside
        context = self.ctx.parse_context(text)
        if ln.section in self.named_constants:  # π = 0.1, e = y - ŷ: names (named_constants)
            context = replace(context, symbols=context.symbols | self.named_constants[ln.section])
        try:
            chains = roots_joined(read_with_sums(self.ctx, ln, text, context), text, lead)
        except NotAClaim as exc:  # a tuple, a list, a lone function name: prose, skipped;
            undecided = isinstance(exc, Undecidable)  # ∂L/∂a unknown: what follows its = is read
            return ln, read_on(text, 0, ln.syntax, context) if undecided else [], None, (
                self._result(ln, None, "unchecked", exc.message) if undecided else None)
        except ParseError as exc:
            pos = sum(len(x) + 1 for x in text.split("\n")[:exc.line - 1]) + exc.column - 1
            line, col = ln.locate(pos) if ln.locate else (ln.line + exc.line - 1, (
                ln.column + exc.column - 1) if exc.line == 1 else exc.column)
            error = StepResult(line, line, col, ln.text.strip(), None, "parse_error",
                               exc.message)
            return ln, read_on(text, pos, ln.syntax, context), None, error
        chains = noted_early(self.ctx, chains, text, lambda: roots_joined(read_chains(  # x = 8
            text, ln.syntax, self.ctx.parse_context(text)), text, lead))  # L = …, L_ŷ: again
        return ln, chains, lead, None

    def _chain(self, ln: Line, chain: Chain, lead: str | None, state: WalkState,
               next_is_equation: bool) -> WalkState:
        """One statement of a line, after `state`: which kind of step it is, then judged."""
        links = chain.links
        self._note_chain()  # f restated at once, or f of the next exercise (definitions)
        if state.prev is None and lead and state.unreadable:
            return self._continued(ln, chain, lead, state)
        continued = lone_calls.defined_below(self, ln, chain, lead, state) or \
            self._continuation(ln, chain, lead, state)
        if continued is not None:
            return continued
        state = replace(state, body=None, first=None, prev_condition=state.prev_condition
                        if condition_said(chain, lead, state) and (lead or not state.in_case)
                        else None, in_case=False)  # its own start; a new line, a new case
        if not links:  # `differentiate $x^2 + 1$`: this section's function, maybe not f's
            self.ctx.described = ln.section if chain.parts[0].expr.free_symbols else None
            self._rate_named(chain.parts[0].expr)  # `Exp(λ)` alone: λ > 0 here
            return self._claims(ln, chain, 0, self._lone_after_block(chain.parts[0], state))
        if links[0].op == "<-" or (links[0].op == ":=" and chain.parts[0].expr in (  # w := w -
                chain.parts[1].expr.free_symbols)):  # η g too: an update
            return self._update(ln, chain, state)
        for piece in (pieces := shared_value_chains(chain, self.ctx)) or ():  # H(X) = H(Y) = 1
            state = self._statement(ln, piece, lead, state, next_is_equation)
        if pieces or self._values_given(ln, chain):  # a = b = 3
            return replace(state, prev=None, prev_eq=None)
        return function_of_y(self, ln, chain, state) or self._statement(  # f(0) under y = …
            ln, chain, lead, state, next_is_equation)

    def _statement(self, ln: Line, chain: Chain, lead: str | None, state: WalkState,
                   next_is_equation: bool) -> WalkState:
        """A relation with its own left side: a definition, a claim, an equation of a sequence."""
        parts, links = chain.parts, chain.links
        if repeats_a_variable(parts[0].expr):
            self.results.append(self._result(ln, parts[1], "unchecked", f"{show(parts[0].expr)} "
                                             "repeats a variable: it defines nothing"))
            return replace(state, prev=None, prev_eq=None)
        defining = links[0].op in DEFINING or links[0].span.text.strip() in APPROXIMATELY and \
            not parts[1].expr.free_symbols  # p_1 ≈ 0.665 (never X \sim Bern(0.25): a law)
        if defining and definable(parts[0].expr, self.ctx, parts[1].expr) and not \
                estimate_after(parts[0].expr, state):  # p̂ = Σx_i/n solves the equation above
            return self._definition(ln, chain, state)
        # log L(λ) = …; the left side again; P(y=1), X \sim Bin(n, p), E[X] = …; f not defined
        for rule in (partial(derivative_chain, self), partial(log_definition, self),
                     partial(log_of_defined, self), self._restated, self._named_value,
                     partial(function_from_quotient, self), partial(through_undefined, self)):
            found = rule(ln, chain, state)
            if found is not None:
                return found
        if is_equation(chain) and not lead and with_derivative_of_named(self, ln, chain.parts):
            return replace(state, prev=chain.parts[-1], prev_eq=None)  # y'/y = ln x + 1
        sequel = self._sequel(ln, chain, lead, state, next_is_equation)
        if sequel is not None:
            return sequel
        if is_equation(chain) and not lead:
            condition = self._condition(ln, chain, state)
            if condition is not None:
                return condition
            premise = self._premise(ln, chain, state, next_is_equation)
            if premise is not None:
                return premise
        worked = None if lead else self._example_chain(ln, chain, state)  # x̄ = 7.5/5 = 1.5
        return worked if worked is not None else self._claims(ln, chain, 0, state)

    def _sequel(self, ln: Line, chain: Chain, lead: str | None, state: WalkState,
                next_is_equation: bool) -> WalkState | None:
        """A line of solving: an inequality (-2x < 4, then x > -2), an equation after one."""
        if condition_said(chain, lead, state):  # -2x < 4; `⇒ x > -2` after a condition
            solving = self._condition_line(ln, chain, state, next_is_equation, lead)
            if solving is not None:
                return solving
        if gives_a_parameter(state.prev_eq, chain) and self._example_value(ln, chain):
            return replace(state, prev=None, prev_eq=None)  # λ = 0.5 after P(X > t) = e^{-λt}
        if chain.links[0].op == "=" and state.prev_eq is not None and in_sequence(
                state.prev_eq, chain, self.ctx.values, self.ctx.expand):  # ∂L/∂w = …: a claim
            return self._next_equation(ln, chain, state)
        if worked_solution(chain, state, self.results[-1].method if self.results else None):
            return self._next_equation(ln, chain, replace(state, prev_eq=state.carried))
        return None

    def _continuation(self, ln: Line, chain: Chain, lead: str | None,
                      state: WalkState) -> WalkState | None:
        """A line going on from the one before (`&= …`, a lone expression; after `g(x) = …` only
        `&= …`), judged as a step from it; `⇒ x = 2` as the next equation. None: afresh."""
        prev = state.prev if state.prev is not None else (state.body if lead else None)
        if lead in leading_relations.NAMED_LEADS and ln.named:  # `sum $≈ 11.107$`: no step on
            return self._continued(ln, chain, lead, state,
                                   leading_relations.named_value_said(ln.named, lead))
        if prev is None and lead and not chain.links:
            self.results.append(self._result(ln, chain.parts[0], "unchecked", "this goes on "
                                             f"with {lead}, but nothing comes before it"))
            return self._unconfirmed_start(chain.parts[0], state)
        if prev is None or not (lead or (not chain.links and ln.continues is None)):
            return None
        if lead in ("=>", "->") and sequences.own_statement(chain):  # ⇒ f'(x) = …, ⇒ x ≥ 3
            return None  # a claim or a condition of its own, never a step on from above
        if lead in ("=>", "->", "<=>") and chain.links and (sequences.states_a_root(chain) or (
                chain.links[0].op == "=" and not has_calculus(chain.parts[0].expr))):  # ⇒ x = 2
            before = state.prev_eq or state.carried  # equation (in its own block too), not 0 = x
            return self._next_equation(ln, chain, replace(state, prev_eq=before)) \
                if before else None
        first = state.first if state.first is not None else prev
        state = replace(state, prev=prev, body=None, first=first)
        self._step(ln, prev, lead or "=", chain.parts[0], state.errors, first=first)
        return self._claims(ln, chain, 0, state)

    def _continued(self, ln: Line, chain: Chain, lead: str, state: WalkState, reason: str =
                   "continues a line that could not be read or checked: nothing to compare it with"
                   ) -> WalkState:
        """`= …` after a row that could not be read (or a word's value): unconfirmed."""
        self.results.append(self._result(ln, chain.parts[0], "unchecked", reason))
        return self._claims(ln, chain, 0, self._unconfirmed_start(chain.parts[0], state))

    def _next_equation(self, ln: Line, chain: Chain, state: WalkState) -> WalkState:
        """An equation after an equation: the same solutions? `p = a = b`: then claims."""
        parts, links = chain.parts, chain.links
        eq = Equation(self.ctx.expand(parts[0].expr), self.ctx.expand(parts[1].expr))
        system = may_be_system(state.prev_eq, eq, self.results[-1] if self.results else None)
        self._equation_step(ln, state.prev_eq, eq, parts[1], condition=state.beside or system)
        for k in range(1, len(links)):
            self._step(ln, parts[k], links[k].op, parts[k + 1], state.errors,
                       label=links[k].label)
        self._see(parts)
        return replace(state, prev=parts[-1],
                       prev_eq=Equation(eq.lhs, self.ctx.expand(parts[-1].expr)))

    def _claims(self, ln: Line, chain: Chain, start: int, state: WalkState) -> WalkState:
        """`a = b = c` from part `start` on: each link a claim about its neighbours."""
        parts, links = chain.parts, chain.links
        origin = state.origin
        if starts_afresh(parts, start, state):  # g(0) = 3/8 after a slip in g(x) = ...,
            origin = parts[start]  # f(2) = 8 - 4 after f'(2) = 12: from its own left
        first = state.first if state.first is not None else parts[start]
        self.chain_head = (first.expr, ln.block)  # f(4) = … in x = … (derive.called_points)
        before = len(self.results)
        self._after_form(ln, parts[start], state)
        for k in range(start, len(links)):
            self._step(ln, parts[k], links[k].op, parts[k + 1], state.errors,
                       label=links[k].label, first=first)
        self._see(parts)
        wrong = any(r.verdict == "error" for r in self.results[before:])
        if len(parts) == start + 2 and isinstance(parts[start].expr, sp.Limit) and \
                self.results[-1].method == "form" and self.results[-1].verdict == "ok":
            self.form_said = (parts[start], ln.block)
        return replace(state, prev=parts[-1], prev_eq=self._last_equation(chain), origin=origin,
                       first=first, valued=None if wrong else said_value(chain, self.ctx))

    def run(self, lines: list[Line]) -> list[StepResult]:
        """Check all lines (the batch path): each is walked knowing the line after it."""
        if self.problem and self.problem.start:
            lines = [Line(self.problem.start, line=0, syntax="auto"), *lines]
        self.named_constants = named_constant_sections(lines)
        parsed = substitutions_tied(with_trailing_conditions([self.parse_line(ln) for ln in lines]))
        state = WalkState()
        for item, opens in zip(parsed, openings(parsed), strict=True):
            state = self.walk_line(item, state, opens)
        self.finish(parsed[-1] if parsed else None, state)
        return self.results

    def parse_line(self, ln: Line) -> ParsedLine:
        """A line read once (its parser built or loaded before the line's time budget starts)."""
        load_parsers(((ln.text, ln.syntax),))
        return ParsedLine(*self._parse_contained(ln))

    def walk_line(self, item: ParsedLine, state: WalkState, next_is_equation: bool) -> WalkState:
        """Judge one parsed line after `state`; its results are appended to `results`."""
        ln, self.implying = item.line, sequences.implying(item.chains, item.lead)  # ⇒ on it
        self.ctx.enter_section(ln.section, ln.independent, ln.level)  # a heading; independence
        self.ctx.totals = with_one_hot(getattr(self.ctx, "totals", []), ln.one_hot)  # Σ y_k = 1
        self.describe(ln.described)  # "X is the score of a fair die" (random_steps)
        self.ctx.tables.update(ln.tables)  # | Hours (X) | …: a Markdown table of data above
        if not item.chains and item.error is None:  # p = (0.5, 0.25, 0.25): summed over below
            point = point_written(ln.text)  # `At $(2, 2)$:` the claims after it on its line
            self.point_said = (ln.line, point) if point else None
            tables = read_table(ln.text)
            self.ctx.tables.update(tables)  # y = (0, 1, 0) after y = 1: the list from here
            listed_anew(self.ctx, tables)
        if ln.block != state.block:
            state = self._enter_block(item, state)
        if item.error is not None:
            state = self._unreadable(item, state)
            if not item.chains:
                return state   # else the members after the unreadable one, read afresh
        if ln.reason and (state.prev or state.body or state.unreadable):  # `∵ σ(z) = …`
            return self._aside(item, state, next_is_equation)
        before, lead = len(self.results), item.lead
        pieces = [(n, part) for n, chain in enumerate(item.chains)
                  for part in split_implications(chain, led=n == 0 and lead == "=")]  # n: chain
        chains = [part for _, part in pieces]
        bounds = line_conditions(chains) + list(ln.trailing)  # `√(y²) = y, y ≥ 0`: under y ≥ 0
        self.tied = getattr(self, "tied", set()) | tied_names(chains, [  # ξ of 0 < ξ < x
            b for b in bounds if not isinstance(b, tuple)])  # (n, natural): n ∈ ℕ beside
        beside, at = conditions_beside(chains)  # `…, i = j`: the claims' condition
        bounds += self.ctx.index_conditions(chains, ln.block, beside, ln.line)  # k ≠ i said
        at += [0] if case_said(chains) else []  # `When $i = k$`: a case, no definition of i
        at += [*value_listings(chains), *self._values_listed(ln, chains)]  # x = 1, 2, …; a = 0,5
        pieces = [p for k, p in enumerate(pieces) if k not in at]
        chains = [part for _, part in pieces]
        state = self._curve_anew(chains, state)  # y' beside y below x³ + y³ = 6xy: y the curve's
        for k, chain in enumerate(chains):
            then_equation = next_is_equation or not values_listed(chains, k) and any(
                is_equation(c) for c in chains[k + 1:]) or conditions_follow(pieces, k)
            beside = k > 0 and pieces[k][0] != pieces[k - 1][0] and is_equation(chain) \
                and is_equation(chains[k - 1])
            with self.ctx.assuming([] if line_bound(chain) else bounds):
                walked = self._contained(ln, self._chain, ln, chain, lead,
                                         replace(state, beside=beside), then_equation,
                                         steps=len(chain.links) + 1)
            state = replace(walked, beside=False) if walked else replace(  # out of time:
                state, prev=None, prev_eq=None, beside=False, unreadable=True)  # never skipped
            # `A = 0 ⇒ μ̂ = …`: the piece after ⇒ goes on from this one, as a line opening so
            lead = "=>" if k + 1 < len(chains) and pieces[k + 1][0] == pieces[k][0] else None
        self.stated_laws.note(chains, self.ctx.tables)  # P(X = 0) = 0.8, P(X = 1) = 0.2
        note_claimed(self.ctx, chains)  # ∂L/∂z = ŷ - y = -0.4905: its value from here
        note_wrong_numbers(self, chains, self.results[before:], ln)  # ∂L/∂a₂ = 0.562, wrong
        if ln.line == 0:  # the problem's start line is context, not a step of the learner
            del self.results[before:]
        self._past_reason(before)
        composed_primes_unsure(self.results[before:], chains, self.ctx)  # a'(b(c(x))) = y'
        errors = state.errors + sum(r.verdict == "error" for r in self.results[before:])
        return replace(state, errors=errors, unreadable=bool(chains) and not walked, follows=False,
                       mentions=state.mentions and bool(item.chains) and not any(
                           c.links for c in item.chains))  # a data list `t = (1, 2)` is no mention

    def _unreadable(self, item: ParsedLine, state: WalkState) -> WalkState:
        """A line that cannot be read: its error shown, the functions it may define anew known
        no more (`g(u) = e^u \\qog …`), the walk told it could not read the line."""
        if item.line.line > 0:
            self.results.append(item.error)
        unreadable_definitions(self.ctx, item.line.text)
        return WalkState(block=state.block, origin=state.origin, errors=state.errors,
                         unreadable=True)

    def _enter_block(self, item: ParsedLine, state: WalkState) -> WalkState:
        """The block before closed; what the first line of a new block goes on from."""
        ln = item.line
        self.carry_moments(ln.follows)  # E[X] = 3.5 above: confirms only from here
        self._contained(ln, self._close_block, state.origin, state.prev, state.errors)
        wrong = bool(self.results) and self.results[-1].verdict == "error"  # `$$= a^2$$` goes on
        carried = None if self.ctx.new_exercise else state.carried if state.mentions and \
            state.prev_eq is None else state.prev_eq  # prose naming an expression: none ends
        if ln.zero_said and state.prev is not None:  # "setting it to zero": what stood above
            carried = Equation(self.ctx.expand(state.prev.expr), sp.S.Zero)
        kept = ln.adjacent and not self.ctx.new_exercise  # `$$0.1n - 2√n > 0$$`, `$$0.01n² > 4n$$`
        return WalkState(block=ln.block, carried=carried, valued=state.valued if kept else None,
                         prev=state.prev if item.lead and not self.ctx.section_entered else None,
                         follows=ln.follows and not wrong,  # `= …` under a new heading: no more
                         prev_condition=state.prev_condition if kept else None,
                         body=state.body if item.lead else None,  # H(X) = …, then `= …`
                         first=state.first if item.lead else None)

    def finish(self, last: ParsedLine | None, state: WalkState) -> None:
        """The end of the derivation: a block that ended away from its start, the target."""
        if last is None:
            return
        ln = last.line
        self._contained(ln, self._close_block, state.origin, state.prev, state.errors)
        if self.problem and self.problem.target and state.prev is not None:
            self._contained(ln, self._check_target, ln, state.prev, state.errors)

