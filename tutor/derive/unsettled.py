"""Steps undecided as written: decided with the values defined above, or with a family's total."""

from __future__ import annotations

import sympy as sp

from tutor.budget import limits_hit
from tutor.compat import AppliedUndef
from tutor.derive.called_points import at_the_called_point
from tutor.derive.claimed_derivatives import with_claimed
from tutor.derive.combined_equations import note_given
from tutor.derive.context import value_of, variables_of_calculus
from tutor.derive.data_as_written import judged_as_written
from tutor.derive.data_means import holds_with_means
from tutor.derive.defined_values import named_entry, resolved, worked
from tutor.derive.diagnosis import diagnose, show
from tutor.derive.graph import written_down_to
from tutor.derive.lost_dependency import lost_dependency
from tutor.derive.messages import REPLACES_LINE_ABOVE, VECTOR_IN_BODY
from tutor.derive.model_links import cross_entropy_weights, gradient_by_the_link
from tutor.derive.primed_names import primed_values, primes_worked_out
from tutor.derive.rounded_definitions import rounded_names, within_rounded_values
from tutor.derive.rule_statements import rule_statement
from tutor.derive.substitution import wrong_back_in_x
from tutor.derive.tables import with_tables
from tutor.derive.values_in_use import note_values_used, values_just_used
from tutor.derive.written_numbers import WRITTEN_NUMBER, written_values
from tutor.judge.decimals import exact
from tutor.judge.equivalence import Equation, compare
from tutor.judge.family_totals import family_totals
from tutor.judge.index_cases import coinciding
from tutor.judge.matrices import involves_vectors
from tutor.judge.probabilities import within_rounding
from tutor.model import Part, StepResult, Verdict
from tutor.trees import nodes_of

# `dℓ/dp = A = 0` with the derivative A unconfirmed, then an equation that does not follow from
# A = 0: the slip may be in A (the right equation after a wrong derivative)
UNCONFIRMED_EQUATION = ("one of the two lines is wrong: this equation does not follow from the "
                        "one above, but that one was itself not confirmed (the slip may be there)")


class UnsettledRules:
    """How a step undecided as written is settled: with the values defined above, or a
    family's total (a mixin of the step rules: it needs `_result`, `ctx` and `budget`)."""

    def _unsettled(self, ln, a: Part, b: Part, ea, eb, op: str, verdict: Verdict,
                   differ: bool) -> StepResult:
        """The result of a step undecided as written, or whose sides name different symbols:
        a rule for any functions (`(u + v)' = u'v + uv'`), decided with the values defined
        above, else a substitution or unchecked."""
        rule = rule_statement(self, ln, a, b, ea, eb) if differ else None
        return rule if rule is not None else self._unsettled_by_values(
            ln, a, b, ea, eb, op, verdict, differ)

    def _unsettled_by_values(self, ln, a: Part, b: Part, ea, eb, op: str, verdict: Verdict,
                             differ: bool) -> StepResult:
        """A step undecided as written: with the values defined above, else unchecked."""
        again = self._with_values(ea, eb, op == "~=") if differ else None
        if again is not None and again.status == "equal":
            note_values_used(self, ln, (ea.free_symbols | eb.free_symbols) & set(self.ctx.values))
            return self._result(ln, b, "ok", "follows with the values defined above",
                                method=again.method)
        stale = self.ctx.stale & (ea.free_symbols | eb.free_symbols)  # valued in a problem above
        if stale & ea.free_symbols & eb.free_symbols and getattr(again, "status", "") == \
                "not_equal":  # a_2 on both sides: wrong as a function of a_2 (not at a point)?
            again, stale = self._with_values(ea, eb, op == "~=", skip=stale), set()
        if again is not None and again.status == "not_equal" and not stale and (
                (self._derivative_of_value(a) and eb != 0)  # `set f'(x) = 0`: an equation
                or self._values_put_in(ea, eb, b) or values_just_used(self, ln, a, eb)
                or primes_worked_out(self.ctx, ea, eb)):
            return self._wrong_with_values(ln, ea, eb, b, again)
        put_in = self._put_in(ln, a, b) if differ else None
        if put_in is None and differ:  # `At (2, 2): D = 24`, D = 12x: holds at x = 2
            put_in = self._at_the_point(ln, ea, eb, b)
        if put_in is not None:  # Ŷ = 2.2 + 0.6 × 6 after Ŷ = 2.2 + 0.6X: Ŷ at X = 6
            return put_in
        means = holds_with_means(ea, eb, self.ctx, self.budget) if differ else None
        if means:  # x = (3, 1, 4, 2, 0) above: x̄ = (3 + 1 + 4 + 2 + 0)/5
            return self._result(ln, b, "ok", f"follows with the mean of the data above ({means})",
                                method="data mean")
        if verdict.status == "unknown":
            return self._result(ln, b, "unchecked", verdict.reason or "undecided",
                                method=verdict.method or None)
        wrong = wrong_back_in_x(ea, eb, self.ctx.values, self.ctx.stale, lambda x, y: compare(
            x, y, self.ctx.assumptions, budget=self.budget)) if differ else None
        if wrong is not None:  # ∫ u⁴ du = (x³+1)⁵/4 + C with u = x³ + 1 above
            return self._result(ln, b, "error", wrong[0], method=wrong[1])
        judged = self._judged_otherwise(ln, a, b, ea, eb) if differ else None
        if judged is not None:  # given above: a claim about every sample
            return judged
        note_given(self, Equation(ea, eb))  # u₀q¹⁰ = 8: a line below may divide by it
        return self._result(ln, b, "unchecked", f"a substitution: holds when {show(ea)} = "
                            f"{show(eb)}", method="substitution")

    def _judged_otherwise(self, ln, a: Part, b: Part, ea, eb) -> StepResult | None:
        """ℓ'' = Σx_i/λ² with data given above (a claim about every sample), or f(4) = … in x
        = … in numbers (the number put in); None otherwise."""
        judged = judged_as_written(self, ln, a, b)
        return judged if judged is not None else at_the_called_point(self, ln, a, ea, eb, b)

    def _at_the_point(self, ln, ea, eb, b: Part) -> StepResult | None:
        """`At $(2, 2)$: $D = 24$` on one line, D = 12x above: the step holds with the
        variables of the function defined last in as many variables at that point (ok);
        None otherwise — a point never makes an error (it may be an interval)."""
        said = getattr(self, "point_said", None)
        if said is None or said[0] != ln.line:
            return None
        function = next((f for f in reversed(list(self.ctx.functions.values()))
                         if len(f.variables) == len(said[1])), None)
        if function is None:
            return None
        at = dict(zip(function.variables, said[1], strict=True))
        values = {**{k: exact(v) for k, v in self.ctx.values.items()}, **at}
        left, right = (worked(resolved(x, values)).xreplace(at) for x in (ea, eb))
        if left.free_symbols or right.free_symbols or compare(
                left, right, self.ctx.assumptions, budget=self.budget).status != "equal":
            return None
        point = ", ".join(show(v) for v in said[1])
        return self._result(ln, b, "ok", f"holds at the point ({point}) written before it",
                            method="at a point")

    def _with_values(self, lhs, rhs, approx=False, skip=frozenset(), claims=True) -> Verdict | None:
        """The comparison with the values defined earlier (`p = 0.8`; `p_i = 0.5` gives p[i] its
        value inside `\\sum_i p_i …`), but those in `skip` (and derivatives given, `claims`)."""
        given = lhs, rhs
        lhs, rhs, claimed = with_claimed(lhs, rhs, self.ctx) if claims else (lhs, rhs, None)
        values = {k: exact(v) for k, v in self.ctx.values.items() if k not in skip}  # 0.5: 1/2
        values.update(primed_values(self.ctx, lhs, rhs))  # u' of u = x³ above: 3x²
        for item in (nodes_of(lhs, sp.Indexed) | nodes_of(rhs, sp.Indexed)):
            name = named_entry(item)
            if name in values:
                values[item] = values[name]
        at_point = {v: values.pop(v) for v in variables_of_calculus(lhs, rhs)  # ∂L/∂o keeps
                    if v in values}                                          # o a variable
        at_point = {v: self.ctx.expand(x) if isinstance(x, sp.Basic) else x  # dJ/dp at p = σ(z)
                    for v, x in at_point.items()}  # with z = wᵀx + b: in w, as the other side
        used = [k for k in values if isinstance(k, sp.Indexed) or k in (
            lhs.free_symbols | rhs.free_symbols)]
        summed = self.ctx.tables and (lhs.has(sp.Sum) or rhs.has(sp.Sum))  # over p = (…)
        if not (used or at_point or summed or claimed):
            return None
        verdict, left, right = self._judged_with(lhs, rhs, values, at_point, approx)
        if claimed and verdict.status == "not_equal":  # a value the learner gave: no error
            named = self._without_claims(*given, values, at_point, approx)
            return named if named is not None else Verdict("unknown", reason="not equal with "
                "the derivatives' values given above (one of them may be wrong): not checked")
        one_side = left.free_symbols ^ right.free_symbols
        if verdict.status == "not_equal" and one_side and not coinciding(verdict):  # i, a[i]
            return Verdict("unknown", reason="with the values defined above, one side still "  # z
                           f"holds {show(next(iter(one_side)))}: "
                           "a value at some point, not checked")  # = (1, 0, 0) not put in z_2
        return verdict

    def _judged_with(self, lhs, rhs, values: dict, at_point: dict, approx: bool) -> tuple:
        """(the verdict with the values put in, the two sides so worked out); numbers that
        differ by no more than the rounding of the decimals in them are not called unequal."""
        left, right = self._sides_with(lhs, rhs, values, at_point)
        verdict = compare(left, right, self.ctx.assumptions, approx=approx, budget=self.budget)
        if verdict.status == "not_equal" and not (left.free_symbols or right.free_symbols):
            rounded = within_rounding(lhs, rhs, left, right)  # σ(0.1) written 0.525 above
            if rounded is None:  # ŷ ≈ 0.5095 above, then ∂L/∂z = ŷ - y with ŷ = σ(z)
                rounded = within_rounded_values(
                    lambda shifted: self._sides_with(lhs, rhs, shifted, at_point), values,
                    rounded_names(lhs, rhs, self.ctx.values, self.ctx.formulas), (left, right))
            verdict = verdict if rounded is None else rounded
        return verdict, left, right

    def _without_claims(self, lhs, rhs, values: dict, at_point: dict,
                        approx: bool) -> Verdict | None:
        """The verdict with the derivatives worked out from the definitions above instead of
        the numbers given for them (a number given may be wrong; the step may still hold in
        the names, or fail in them): None unless every derivative given is one worked out and
        the verdict is decided on numbers."""
        given = [k for k in self.ctx.claimed if lhs.has(k) or rhs.has(k)]
        if not given or not all(isinstance(k, (sp.Derivative, sp.Subs)) for k in given):
            return None
        verdict, left, right = self._judged_with(lhs, rhs, values, at_point, approx)
        if verdict.status == "equal" or verdict.status == "not_equal" and not (
                left.free_symbols or right.free_symbols):
            return verdict
        return None

    def _sides_with(self, lhs, rhs, values: dict, at_point: dict) -> tuple:
        """Both sides with the values (and the definitions) above put in."""
        left, right = (with_tables(self.ctx.expand(resolved(x, values)), self.ctx)  # w = 0.5
                       for x in (lhs, rhs))
        if at_point and (lhs.free_symbols and rhs.free_symbols):  # f'(a) on one side only:
            at_point = {v: at_point[v] for v in at_point  # the value of a was put in there
                        if (v in left.free_symbols) != (v in right.free_symbols)}
        if at_point:  # ∂L/∂w = -0.475 there
            left, right = (resolved(value_of(x), {**values, **at_point}) for x in (left, right))
        return left, right

    def _given_or_lost(self, ln, a: Part, op: str, b: Part, ea, eb) -> StepResult | None:
        """`∂L/∂z · h = -0.49 × 0.46` with ∂L/∂z = -0.49 given above: ok when equal so; a lost
        dependency (∂L/∂w, L a number here): unchecked; else None (judged as usual)."""
        if op in ("=", "~=") and with_claimed(ea, eb, self.ctx)[2]:
            verdict = self._with_values(ea, eb, op == "~=")
            if verdict is not None and verdict.status == "equal":
                return self._result(ln, b, "ok", "follows with the values given above (the "
                                    "numbers worked out for derivatives and names too)",
                                    method=verdict.method)
        lost = lost_dependency(self.ctx, a.expr) or lost_dependency(self.ctx, b.expr)
        lost = None if VECTOR_IN_BODY in (lost or "") and involves_vectors(ea, eb) else lost
        linked = lost and gradient_by_the_link(ea, eb, self.ctx, self.budget)  # ŷ = σ(z)
        return self._result(ln, b, *(("ok", linked) if linked else ("unchecked", lost)),
                            method="a model's link" if linked else None) if lost else None

    def _holds_with_values(self, eq: Equation, skip=frozenset()) -> bool:
        verdict = self._with_values(eq.lhs, eq.rhs, skip=frozenset(skip))
        return verdict is not None and verdict.status == "equal"

    def _with_total(self, ln, ea, eb, b: Part) -> StepResult | None:
        """A step that holds once a family's total is 1 (Σ_k y_k = 1: one-hot labels said in
        prose): unchecked with that condition, never an error."""
        for total in family_totals(ea, eb):
            if total in self.ctx.assumptions.relations:
                continue  # given: the step was judged with it
            verdict = compare(ea, eb, self.ctx.assumptions.with_relation(total),
                              budget=self.budget)
            if verdict.status == "equal" and total.rhs == 1 and cross_entropy_weights(
                    total, ea, eb):
                return self._result(ln, b, "ok", f"follows with Σ_{total.lhs.limits[0][0]} "
                                    f"{show(total.lhs.function)} = 1: the targets of a cross-"
                                    "entropy are a distribution", method=verdict.method or None)
            if verdict.status != "not_equal":  # undecided in time: it may, never an error
                return self._result(ln, b, "unchecked", f"holds when {show(total.lhs)} = "
                                    f"{show(total.rhs)}" if verdict.status == "equal" else
                                    f"may hold when {show(total.lhs)} = {show(total.rhs)}: "
                                    f"{verdict.reason}", method=verdict.method or None)
        return None

    def _past_a_wrong_equation(self, ln, old: Equation, new: Equation, part: Part,
                               start: int) -> None:
        """`new` after a wrong equation `old`: when it does not follow from `old` but from the
        equation before the wrong one, it is right (the slip above is not carried on); a wrong
        equation is remembered for the step after it."""
        before, self.wrong_equation = getattr(self, "wrong_equation", None), None
        if [r.verdict for r in self.results[start:]] != ["error"]:
            return
        if getattr(self, "unconfirmed_equation", None) is old:  # d/dp log L = … = 0 unchecked
            self.results[-1] = self._result(ln, part, "unchecked", UNCONFIRMED_EQUATION)
            return
        if before is not None and (before[1].lhs, before[1].rhs) == (old.lhs, old.rhs):
            mark = len(self.results)  # judged against the equation before the wrong one
            self._judge_equation(ln, before[0], new, part, False, False)
            again = [r.verdict for r in self.results[mark:]]
            del self.results[mark:]
            if again == ["ok"]:
                self.results[-1] = self._result(ln, part, "ok", "right: follows from the "
                                                "equation before the wrong step (its slip is "
                                                "not carried on)")
            return
        self.wrong_equation = (old, new)

    def _past_a_wrong_step(self, ln, a: Part, op: str, b: Part, plain: bool) -> None:
        """The step a → b right after a wrong step z → a: when b is wrong after a but equal
        to z, the line is right (the slip above is not carried on); a plain wrong step is
        remembered for the step after it."""
        before, self.wrong_step = getattr(self, "wrong_step", None), None
        last = self.results[-1]
        if (last.verdict != "error" or not plain) and last.code != "limit-rewrite":  # or equal
            return  # limits, the bodies not (unchecked): a line right again is compared too
        if before is not None and before[1] is a:
            ez, eb = self.ctx.expand(before[0].expr), self.ctx.expand(b.expr)
            under = isinstance(ez, sp.Limit) and isinstance(eb, sp.Limit) and ez.args[1:] == \
                eb.args[1:]  # lim (3x² + 3xh + h²) after a slip in lim (…)/h: the same
            if under:  # expression under the same limit
                ez, eb = ez.args[0], eb.args[0]
            verdict = None if {type(ez), type(eb)} & {sp.Limit, sp.Eq} else \
                self._with_values(ez, eb, op == "~=")
            hits = limits_hit()
            if verdict is None and not {type(ez), type(eb)} & {sp.Limit, sp.Eq}:
                verdict = compare(ez, eb, self.ctx.assumptions, approx=op == "~=",
                                  budget=self.budget)
            if verdict is not None and verdict.status == "equal":
                self.results[-1] = self._result(ln, b, "ok", f"right: equal to "
                                                f"{show(before[0].expr)}, the expression before "
                                                "the wrong step (its slip is not carried on)"
                                                + (f"; {REPLACES_LINE_ABOVE}" if under else ""))
            elif verdict is not None and verdict.status == "unknown" and limits_hit() != hits:
                self.results[-1] = self._result(ln, b, "unchecked", "not equal to the wrong step "
                                                "above; against the expression before it: not "
                                                "decided in time")  # right after all, maybe
            return
        self.wrong_step = (a, b)

    def _at_a_written_value(self, ln, chain, state):
        """`Ŷ = 2.2 + 0.6 × 6` after `Ŷ = 2.2 + 0.6X` as a statement of its own: ok (see
        _put_in) and the chain goes on (the walk state after it); None otherwise."""
        found = self._put_in(ln, chain.parts[0], chain.parts[1])
        if found is None:
            return None
        self.results.append(found)
        return self._claims(ln, chain, 1, state)

    def _put_in(self, ln, a: Part, b: Part) -> StepResult | None:
        """`Ŷ = 2.2 + 0.6 × 6` after `Ŷ = 2.2 + 0.6X` (X said in prose: "for 6 hours"): a
        name defined by a formula in one variable with no value, equal to the second side
        when a number written there is put in for it: ok; None otherwise."""
        name = a.expr
        body = self.ctx.values.get(name) if isinstance(name, sp.Symbol) else None
        eb = self.ctx.expand(b.expr)
        if body is None or eb.free_symbols or len(body.free_symbols) != 1:
            return None
        (variable,) = body.free_symbols
        if variable in self.ctx.values:
            return None
        for text in dict.fromkeys(WRITTEN_NUMBER.findall(b.span.text)):
            number = exact(sp.Float(text)) if "." in text else sp.Integer(text)
            if compare(body.xreplace({variable: number}), eb, self.ctx.assumptions,
                       budget=self.budget).status == "equal":
                return self._result(ln, b, "ok", f"equal to {show(name)} at {show(variable)} "
                                    f"= {show(number)}, the number put in",
                                    method="substitution")
        return None

    def _values_put_in(self, ea, eb, b: Part) -> bool:
        """`= \\frac{1}{\\sqrt{2\\pi \\cdot 0.25}} e^{-(2-1.5)^2/…}` after a formula in x, μ, σ with
        x = 2, μ = 1.5, σ^2 = 0.25 defined above: the second side has no names left and the
        value of each name of the first (or its square) is written in it; these values are
        put in, so a result that differs is wrong, not another example."""
        if eb.free_symbols or not ea.free_symbols:
            return False
        written = written_values(b.span.text.replace("{,}", "."))  # 0{,}5: 0.5
        for name in ea.free_symbols:
            value = self.ctx.values.get(name)
            if value is None or not value.is_number:
                return False
            value = abs(exact(value))
            if value not in written and value ** 2 not in written:
                return False
        return True

    def _derivative_of_value(self, a: Part) -> bool:
        """Whether a side is a derivative of a value or function defined above (∂L/∂w with
        L = … or L(w) = …)."""
        return any(isinstance(d.expr, AppliedUndef) and (
            sp.Symbol(d.expr.func.__name__) in self.ctx.values
            or d.expr.func.__name__ in self.ctx.functions) for d in nodes_of(a.expr, sp.Derivative))

    def _wrong_with_values(self, ln, ea, eb, b: Part, verdict: Verdict) -> StepResult:
        """A derivative of names defined above (∂L/∂w with L and a = wx + b) claimed equal
        to what it is not, once the definitions are put in: an error, diagnosed as usual."""
        values = {k: exact(v) for k, v in self.ctx.values.items() if isinstance(k, sp.Symbol)}
        found = diagnose(value_of(ea), written_down_to(eb, values, set()), previous=ea)
        code, why = found if found and not (found[0] == "arithmetic" and eb.free_symbols) else (
            "other", None)  # `dL/da_2 = a_2`: a formula written, no number to call a slip
        return self._result(ln, b, "error", "not equal to the previous expression with the "
                            "values defined above", code=code, diagnosis=why,
                            method=verdict.method)
