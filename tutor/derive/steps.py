"""One step of a derivation judged: a claim, an equation step, a block's end, the target."""

from __future__ import annotations

import sympy as sp

from tutor.budget import BudgetExceeded, deadline
from tutor.compat import AppliedUndef
from tutor.derive.approximations import approximation_reason
from tutor.derive.block_ends import BlockEnds
from tutor.derive.carried_values import right_from_a_wrong_number
from tutor.derive.chosen_roots import one_root_chosen
from tutor.derive.combined_equations import combination_of
from tutor.derive.context import (
    CLAIM_OPS,
    Context,
    Line,
    failure_reason,
    older_function_forgotten,
    parameters_of,
    position_of,
    symbols_differ,
)
from tutor.derive.diagnosis import diagnose, show
from tutor.derive.diagnosis_vectors import reads_as_substitution, vector_step
from tutor.derive.gradients import exact_entries, explicit_gradients
from tutor.derive.implicit import derivatives_as_unknowns, note_differentiated, slope_defined
from tutor.derive.inequality_steps import INEQUALITY_OPS, InequalityRules
from tutor.derive.limit_forms import past_a_form
from tutor.derive.limit_readings import limit_step_either_reading
from tutor.derive.limits import LimitRules
from tutor.derive.lost_superscripts import on_a_lost_superscript
from tutor.derive.new_names import constant_function
from tutor.derive.notation import notation
from tutor.derive.one_sided import one_sided_step
from tutor.derive.other_readings import identity_said, within_reach
from tutor.derive.percent_once import percent_written_once
from tutor.derive.powered_logs import on_a_powered_log
from tutor.derive.primed_names import derivative_restated
from tutor.derive.probability_steps import ProbabilityRules
from tutor.derive.random_steps import RandomVariableRules
from tutor.derive.second_looks import second_look
from tutor.derive.series_steps import rest_no_witness, series_origin, series_slip
from tutor.derive.solving import (
    as_unknowns,
    both_roots,
    compared_where_defined,
    derivatives_taken,
    estimates_named,
    shown_conditions,
    solve_step_diagnosis,
)
from tutor.derive.symbol_anew import function_named, through_formulas
from tutor.derive.tables import UNIT_CHANGE, from_a_definition
from tutor.derive.unbracketed_arguments import on_an_unbracketed_fraction
from tutor.derive.undefined import not_defined_here, undefined_value
from tutor.derive.unit_vectors import has_unit_vectors, unit_vectors_as_columns
from tutor.derive.unsettled import UnsettledRules
from tutor.derive.worked import value_of
from tutor.judge.antiderivatives import antiderivative_pair
from tutor.judge.equivalence import Equation, compare
from tutor.judge.index_cases import coinciding, one_range
from tutor.judge.matrices import involves_vectors
from tutor.judge.matrix_shapes import as_matrices, matrix_names
from tutor.judge.probabilities import within_rounding
from tutor.judge.series import SERIES
from tutor.judge.units import unit_factor
from tutor.model import Part, Problem, StepResult, Verdict
from tutor.vectors import has_vectors

STOPPED = "this step took longer than its time budget and was stopped"


class StepRules(LimitRules, InequalityRules, RandomVariableRules, ProbabilityRules, UnsettledRules,
                BlockEnds):
    """How one step is judged (a mixin of the walk: it needs `ctx`, `budget`, `results`)."""

    ctx: Context
    budget: float
    problem: Problem | None
    results: list[StepResult]
    skip_lines: frozenset[int]
    on_step = None

    def _contained(self, ln: Line, work, *args, steps: int = 1):
        """`work(*args)` within the budget of `steps` steps; an unexpected error or a spent budget
        makes this line's step `unchecked`, never a crash or a hang (the rest checked as usual)."""
        started = len(self.results)
        if self._stopped_before(ln):
            return None
        try:
            with deadline(self.budget * steps):
                return work(*args)
        except (BudgetExceeded, Exception) as exc:  # noqa: BLE001 - any bug stays in its step
            reason = self._spent() if isinstance(exc, BudgetExceeded) else failure_reason(exc)
            if all(r.message != reason for r in self.results[started:]):  # said once a line
                self.results.append(self._result(ln, None, "unchecked", reason))
        return None

    _spent = lambda self: f"time budget of {self.budget:g} s spent"  # noqa: E731

    def _stopped_before(self, ln: Line) -> bool:
        """Name the line in progress to a supervisor (negative: outside a step, until `_step`
        names it); True for a line it had to stop outside a step (then unchecked, said once)."""
        if not self._named_to_supervisor(-ln.line):
            return False
        if all(r.line != ln.line or r.message != STOPPED for r in self.results):
            self.results.append(self._result(ln, None, "unchecked", STOPPED))
        return True

    def _named_to_supervisor(self, work: int) -> bool:
        """Tell a supervising process the work in progress (a line; negative: outside its
        steps); whether that work was stopped in an earlier run (then it is skipped)."""
        if self.on_step is not None:
            self.on_step(work)
        return work in self.skip_lines

    def _see(self, parts) -> None:
        for p in parts:
            self.ctx.seen.update(s.name for s in p.expr.free_symbols)
            self.ctx.note_counts(p.expr)

    def _define(self, left, right) -> None:
        if isinstance(left, sp.Subs | sp.Abs) or isinstance(left, AppliedUndef) and not (
                right.free_symbols & set(left.args) or constant_function(left, right)):
            # M'_X(0) = λ, H(S) = 0.97, |S| = 36: one value (f(x) = 5 is a constant function)
            self.ctx.calls[left] = right  # H(S) = 0.97 says nothing of H(S_L)
            self.ctx.given_at[left] = self.ctx.section
        elif isinstance(left, AppliedUndef) and parameters_of(left.args, right) is None:  # ℓ(μ, σ²)
            self.ctx.calls[left], _ = right, older_function_forgotten(self.ctx, left.func.__name__)
        elif isinstance(left, AppliedUndef):  # L(w) = (Xw - y)ᵀ(Xw - y) keeps its order:
            right = as_matrices(right, matrix_names(right))  # its vectors noncommuting
            self.ctx.calls.pop(left, None)  # y(x) = 4 + sin 2 of an earlier exercise
            self.ctx.functions[left.func.__name__] = sp.Lambda(*parameters_of(left.args, right))
            function_named(self.ctx, left.func.__name__, right, len(left.args))  # h'(2) of an old h
        elif isinstance(left, sp.Symbol):
            self.ctx.values[left], _ = right, self.ctx.formulas.pop(left, None)
            self.ctx.functions.pop(left.name, None)  # L = -Σ y_k log p_k after L(w) = ‖Xw - y‖²
            self.ctx.seen.add(left.name)
            self._parameter_given_anew(left, right)  # `with p = 0.2` after X ~ Bin(10, 0.1)
            if right.free_symbols - {left}:  # `the curve y = x³`: this section's function,
                self.ctx.described = self.ctx.section  # maybe not the f of the one before

    def _compare(self, a: Part, b: Part, op: str) -> Verdict:
        ea, eb = self.ctx.expand(a.expr), self.ctx.expand(b.expr)
        fa, fb = unit_factor(a.unit), unit_factor(b.unit)
        if a.unit and b.unit and fa and fb and fa != fb:
            ea, eb = ea * sp.nsimplify(fa), eb * sp.nsimplify(fb)
        verdict = compare(ea, eb, self.ctx.assumptions, approx=(op == "~="), budget=self.budget)
        if verdict.status == "unknown" and has_vectors(ea) and (ea, eb) != (a.expr, b.expr):
            written = compare(a.expr, b.expr, self.ctx.assumptions, budget=self.budget)  # X̂ =
            verdict = written if written.status == "equal" else verdict  # [X; 1]: any X
        return within_reach(verdict, (a, ea), (b, eb), self.ctx, lambda x, y: compare(  # ∫ du
            x, y, self.ctx.assumptions, budget=self.budget))  # in x, d/dx x² + 3x, 1/2x, a(x)

    def _step(self, ln, a: Part, op: str, b: Part, errors: int, label: str | None = None,
              first: Part | None = None):
        if self._named_to_supervisor(ln.line):
            self.results.append(self._result(ln, b, "unchecked", STOPPED))
            return
        started = len(self.results)
        try:
            with deadline(self.budget):
                a = series_origin(past_a_form(self, a), b, first, lambda x, y: self._compare(
                    x, y, "="))
                self._check_step(ln, a, op, b, errors)
                self._along_an_arrow(ln, a, op, b, label)  # f/g →(1) f'/g': L'Hôpital's
                last = self.results[-1]
                if first is not None and first is not a and last.verdict == "error" \
                        and last.code not in _WRONG_WAY \
                        and op not in INEQUALITY_OPS:
                    self._right_again(ln, first, b)
                self._past_a_wrong_or_unconfirmed(ln, a, op, b, last.code not in _WRONG_WAY)
                second_look(self.ctx, self.results, a.expr, b.expr, ln, first)
                right_from_a_wrong_number(self, ln, a, b)  # 0.562 · 0.246, 0.562 wrong above
                on_an_unbracketed_fraction(self.results[-1], a.span.text, b.span.text)
                percent_written_once(self.results[-1], a, b, self.ctx.expand)  # 1.2 + 4 = 5.2%
        except (BudgetExceeded, Exception) as exc:  # noqa: BLE001 - one bad step must not stop
            del self.results[started:]  # the others; a verdict before its second looks ended
            self._stopped(ln, a, b, self._spent() if isinstance(exc, BudgetExceeded) else
                          failure_reason(exc))  # is not sure; the next line judged again

    def _settled_first(self, ln, a: Part, op: str, b: Part, ea, eb) -> StepResult | None:
        """A step settled before any comparison: derivatives given values above, a lost dependency,
        an inequality (A <= B holds wherever both sides are defined) or ≠, or no plain step."""
        if op in ("=", "~=") and (sided := one_sided_step(ea, eb)) is not None:  # 1/0⁺ = +∞
            return self._result(ln, b, *sided[:2], method=sided[2])
        given = self._given_or_lost(ln, a, op, b, ea, eb)  # ∂L/∂z = -0.49 above; L a number
        if given is not None:
            return given
        if op == "!=":
            return self._unequal_step(ln, ea, eb, b)
        if op in INEQUALITY_OPS:
            return self._inequality_step(ln, ea, op, eb, b)
        return self._not_a_plain_step(ln, ea, op, eb, b, a)

    def _check_step(self, ln, a: Part, op: str, b: Part, errors: int):
        ea, eb = self.ctx.expand(a.expr), self.ctx.expand(b.expr)
        settled = self._settled_first(ln, a, op, b, ea, eb)
        if settled is not None:
            self.results.append(settled)
            return
        verdict = rest_no_witness(self._compare(a, b, op), ea, eb)  # e·exp(… + O(x³))
        if verdict.status == "not_equal" and not (ea.free_symbols or eb.free_symbols):  # 0.525
            rounded = within_rounding(a.expr, b.expr, value_of(ea), value_of(eb))
            verdict = verdict if rounded is None else rounded
        if verdict.status == "equal" and self._first_principles() and b.expr.has(sp.Derivative):
            self.results.append(self._result(
                ln, b, "error", "this problem asks for the derivative from first principles",
                code="method", diagnosis="use the limit of the difference quotient, not the "
                "rules of differentiation", method=verdict.method))
            return
        if verdict.status == "equal":
            note = " (it carries the earlier error forward)" if errors else ""
            said = verdict.reason if verdict.method == SERIES else "follows from the previous " \
                "expression"  # a truncated series: the Taylor series agrees up to x^n
            self.results.append(self._result(ln, b, "ok", said + note, method=verdict.method))
            return
        written = symbols_differ(Equation(ea, eb)) and not antiderivative_pair(ea, eb) \
            and symbols_differ(Equation(derivatives_taken(ea), derivatives_taken(eb)))
        # (+ C; d²/dλ² of n log λ - λ Σ t_i holds no t_i); Σ x_i beside Σ_1^n x_i: one range
        differ = written and symbols_differ(Equation(*one_range(ea, eb)))
        if verdict.status == "unknown" or differ:
            self.results.append(self._unsettled(ln, a, b, ea, eb, op, verdict,
                                                written if verdict.status == "unknown" else differ))
            return
        total = self._with_total(ln, ea, eb, b)
        if total is not None or (total := through_formulas(self, ln, ea, eb, b)) is not None:
            self.results.append(total)
            return
        if isinstance(ea, sp.Limit) and isinstance(eb, sp.Limit):
            found = diagnose(ea.args[0], eb.args[0])
        else:
            worked = ea.has(sp.Derivative, sp.Sum, sp.Product, sp.Integral, sp.Subs)
            found = coinciding(verdict) or self._coinciding_valued(ea, eb) or series_slip(
                verdict) or diagnose(
                    value_of(ea) if worked else ea, eb, previous=ea)
        code, why = found if found else ("other", None)
        if code == "log-base":  # DESIGN: it holds in another base: a warning that says so
            unit = from_a_definition(a.expr, self.ctx) or "two bases" in why  # H(p) in bits
            self.results.append(self._result(ln, b, "unchecked" if unit else "warning",
                                             (UNIT_CHANGE if unit else "holds only with the "
                                              "logarithm in another base"), code=code,
                                             diagnosis=why, method=verdict.method))
            return
        self.results.append(self._result(ln, b, "error", "not equal to the previous expression",
                                         code=code, diagnosis=why, method=verdict.method))

    def _coinciding_valued(self, ea, eb) -> tuple | None:
        """The diagnosis of a step wrong only where indices meet once the values above are put
        in (u = e^{a_0} + e^{a_1} + e^{a_2} said above): ∂/∂a_0 e^{a_i}/u for i ≠ 0."""
        if not (ea.free_symbols | eb.free_symbols) & set(self.ctx.values):
            return None
        valued = self._with_values(ea, eb)
        return coinciding(valued) if valued is not None else None

    def _not_a_plain_step(self, ln, ea, op: str, eb, b: Part, a: Part | None = None):
        """The result of a step that is not judged as two equal expressions: one that cannot
        be judged (an undefined function on one side, no value, ≈ between expressions of a
        variable, a relation not checked yet), or a step under a limit; else None."""
        worked = explicit_gradients(ea), explicit_gradients(eb)  # ∇h(1, 1) of h(x, y) above
        if worked != (ea, eb):  # = (3.2, 2.4): the decimals as written
            ea, eb = exact_entries(worked[0]), exact_entries(worked[1])
        ea, eb = unit_vectors_as_columns(ea), unit_vectors_as_columns(eb)  # y î + x ĵ
        if involves_vectors(ea, eb) and op in CLAIM_OPS:  # tutor.derive.diagnosis_vectors
            found = vector_step(ea, eb, lambda x, y, **given: compare(  # ≈ read entry-wise
                x, y, approx=op == "~=", **given), self.budget, self.ctx.values)
            numbers = found.pop("numbers", False)  # ∇_w L at the w given, against a number
            if found["verdict"] == "error" and has_unit_vectors(ea, eb):  # î of what?
                return self._result(ln, b, "unchecked", "a vector on unit vectors î, ĵ that "
                                    "does not fit the other side: not compared")
            if found["verdict"] == "error" and not numbers and reads_as_substitution(
                    ea, eb, self.ctx.values):
                return self._result(ln, b, "unchecked", f"a substitution: holds when "
                                    f"{show(ea)} = {show(eb)}", method="substitution")
            return self._result(ln, b, found.pop("verdict"), found.pop("message"), **found)
        moments = self._moment_step(ln, ea, op, eb, b)  # E, Var, Cov of random variables
        if moments is None:
            moments = self._probability_step(ln, ea, op, eb, b)  # P(A|B) with stated values
        if moments is not None:
            return moments
        form = self._form_claimed(ln, ea, eb, b) if isinstance(ea, sp.Limit) and op == "=" \
            else self._form_worked(ln, ea, eb, b)  # lim sin(3x)/x = 0/0: the form
        if form is not None:
            return form
        why = (f"the relation {op} is not checked yet" if op not in CLAIM_OPS else
               not_defined_here(ea, eb) or undefined_value(ea) or undefined_value(eb)
               or approximation_reason(self.ctx, ea, eb, op))
        if why:
            return self._result(ln, b, "unchecked", why)
        if isinstance(ea, sp.Limit):  # \sin x(\cos h - 1) above: sin(x)·(…) may be meant
            return limit_step_either_reading(self, ln, a, ea, eb, b)
        return None

    def _equation_step(self, ln, old: Equation, new: Equation, part: Part,
                       condition: bool = False, across: bool = False) -> None:
        """`new` after `old`: the same solutions? `condition`: old stands in an earlier block,
        so a new equation that does not follow is left unchecked, not called wrong; `across`:
        old is in the block before, so picking one of its solutions is not called wrong."""
        before = len(self.results)
        self._judge_equation(ln, old, new, part, condition, across)
        one_root_chosen(self.ctx, self.results[before:], old, new, self.budget)  # x = (-b + √Δ)/2a
        self._past_a_wrong_equation(ln, old, new, part, before)  # its slip not carried on
        if [r.verdict for r in self.results[before:]] == ["ok"]:  # proved: dy/dx = -x/y
            slope_defined(self.ctx, new)  # is y' at a point (1, 2) from here
        equation = notation(sp.Eq(new.lhs, new.rhs, evaluate=False), written=True)
        for result in self.results[before:]:  # read as the whole equation, not its right side
            result.read_as = equation

    def _judge_equation(self, ln, old: Equation, new: Equation, part: Part,
                        condition: bool, across: bool) -> None:
        old, new = derivatives_as_unknowns(old, new)  # 2x + 2y y' = 0 ⇒ y' = -x/y
        new, estimates = as_unknowns(old, both_roots(new))  # ⇒ θ̂ = k/n: solves it for θ
        old_symbols = old.lhs.free_symbols | old.rhs.free_symbols
        gone = old_symbols - (new.lhs.free_symbols | new.rhs.free_symbols)
        verdict, divisors = compared_where_defined(old, new, self.ctx, self.budget, ln.text)
        added = (new.lhs.free_symbols | new.rhs.free_symbols) - old_symbols
        if gone and not added and verdict.status != "equal":  # Σ(x_i - μ)/σ² = 0, then
            names = ", ".join(sorted(show(s) for s in gone))  # Σ x_i = nμ: equal
            self.results.append(self._result(ln, part, "unchecked", "a substitution: values "
                                             f"were put in for {names}", method="substitution"))
            return
        if added and verdict.status != "equal":  # ⇒ σ̂² = … after an equation in v
            if note_differentiated(self, ln, old, new, part):  # y' of the y above
                return
            names = ", ".join(sorted(show(s) for s in added))
            self.results.append(self._result(ln, part, "unchecked", f"{names}: new here, not in "
                                             "the equation above, so it cannot follow from it"))
            return
        if verdict.status == "equal":
            named = estimates_named(self.ctx, new, estimates) if estimates else None
            why = f"solves the equation above ({named})" if named else "an equivalent equation"
            why += f" where {shown_conditions(divisors)}" if divisors else ""
            self.results.append(self._result(ln, part, "ok", why, method=verdict.method))
        elif verdict.direction == "forward":
            self.results.append(self._result(ln, part, "warning", verdict.reason or
                                             "follows, but not conversely", method=verdict.method))
            on_a_powered_log(self.ctx, self.results[-1], sp.Eq(old.lhs, old.rhs, evaluate=False),
                             sp.Eq(new.lhs, new.rhs, evaluate=False), ln.text)  # \ln(u)^2
        elif (condition or across or _a_product_set_to_zero(old)) \
                and verdict.direction == "backward":  # 2p(1 - p)(1 - 2p) = 0 ⇒ p = 1/2
            self.results.append(self._result(ln, part, "unchecked", "one of the solutions of the "
                                             f"equation above ({verdict.reason})",
                                             method=verdict.method or None))
        elif condition:
            names = ", ".join(sorted(show(s) for s in new.lhs.free_symbols | new.rhs.free_symbols))
            self.results.append(self._result(
                ln, part, "unchecked", f"an equation in {names}: a condition, not an identity; "
                "it does not follow from the equation above", method=verdict.method or None))
        elif verdict.status == "not_equal":
            self._not_following(ln, old, new, part, verdict)
        else:
            self.results.append(self._result(ln, part, "unchecked", verdict.reason or "undecided"))

    def _not_following(self, ln, old: Equation, new: Equation, part: Part, verdict) -> None:
        """An equation not equivalent to the one before: another case, two equations combined,
        an identity (true whatever came before), or a slip."""
        if combined := combination_of(self, old, new):
            self.results.append(self._result(ln, part, "unchecked", combined))
        elif (how := identity_said(new, ln.text, self.ctx.assumptions, self.budget)) is not None:
            self.results.append(self._result(ln, part, "ok", "an identity: it holds for every "
                                             f"value, whatever the line before{how}"))
        else:
            code, why = solve_step_diagnosis(old, new, self.ctx.assumptions, self.budget)
            why = why or (verdict.reason if verdict.direction == "backward" else None)  # x = -2
            self.results.append(self._result(ln, part, "error", "this equation does not follow "
                                             "from the previous one", code=code, diagnosis=why,
                                             method=verdict.method))
            on_a_lost_superscript(self.results[-1], ln.text)  # … / g(x)2: g(x)² lost its 2
            on_a_powered_log(self.ctx, self.results[-1], sp.Eq(old.lhs, old.rhs, evaluate=False),
                             sp.Eq(new.lhs, new.rhs, evaluate=False), None)  # \ln(u)^2 above
            if new.lhs == old.lhs:  # y' = A (taken as given), then y' = B, the derivative of y
                derivative_restated(self, self.results[-1], new.lhs, new.rhs)

    def _result(self, ln: Line, part: Part | None, verdict: str, message: str, *,
                code=None, diagnosis=None, method=None) -> StepResult:
        if part is None:
            return StepResult(ln.line, ln.line, ln.column, ln.text.strip(), None, verdict,
                              message, code, diagnosis, method)
        line, col, end = position_of(ln, part.span)
        read_as = notation(part.expr, written=True) + (f" {part.unit}" if part.unit else "")
        return StepResult(line, end, col, part.span.text, "=", verdict, message, code,
                          diagnosis, method, read_as)


# a step whose value may be right and its way is not: no later line makes it right
_WRONG_WAY = ("limit-rewrite", "method", "lhopital-not-indeterminate", "lhopital-quotient-rule")


def _a_product_set_to_zero(eq: Equation) -> bool:
    """A product of factors set to 0 (2p(1 - p)(1 - 2p) = 0): solved a factor at a time, so a
    root of one factor alone is one of its solutions, not a slip."""
    return any(side == 0 and isinstance(other, sp.Mul) for side, other in (
        (eq.lhs, eq.rhs), (eq.rhs, eq.lhs)))
