"""Statements about names: definitions, a left side written again, a named value again."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.chained_definitions import function_named_too, value_named_too
from tutor.derive.context import Line, WalkState, names_a_value
from tutor.derive.diagnosis import show
from tutor.derive.formulas import keep_formula
from tutor.derive.function_forms import form_kept
from tutor.derive.function_of_y import note_formula_block
from tutor.derive.general_formulas import any_function_formula
from tutor.derive.late_names import names_late
from tutor.derive.listed_values import another_value, said_against
from tutor.derive.measure_definitions import measure_said, measure_stated
from tutor.derive.new_names import constant_function
from tutor.derive.one_sided_branches import one_sided_branch
from tutor.derive.outer_functions import forget_function, outer_function, second_value_on_line
from tutor.derive.overloads import arity_name
from tutor.derive.primed_names import as_derivative, derivative_restated
from tutor.derive.recurrences import recurrence_instance, rules_in, worked_out
from tutor.derive.rounded_definitions import restated_as_definition, restated_verdict
from tutor.derive.swapped_formulas import through_swapped_formula
from tutor.derive.symbol_anew import at_a_point, defined_anew, symbol_anew, unvalued, value_anew
from tutor.derive.undefined import undefined_names
from tutor.derive.values_in_use import note_value_given, valued_like_another
from tutor.judge.equivalence import Equation
from tutor.judge.overlapping_cases import disagreeing_cases
from tutor.model import Chain, Part, StepResult
from tutor.names import ELLIPSIS, PRIME


class DefinitionRules:
    """How the walk treats `g(x) = …` (a definition), `g(x) = …` again (a claim against it)
    and `P(y=1) = …` twice (the right sides compared). Mixed into the derivation checker."""

    def _named_value(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """A variance given (σ^2 = 0.25), a name of an earlier problem defined anew, a left side
        written again, a declared law, a stated probability, a claim about E, Var, Cov; or
        None."""
        for rule in (self._variance_given, self._anew, partial(symbol_anew, self),
                     partial(value_anew, self), self._same_left_side, self._call_anew,
                     self._declaration, self._probability_statement, self._moment_statement,
                     partial(names_late, self)):
            walked = rule(ln, chain, state)
            if walked is not None:
                return walked
        return None

    def _restated(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """A defined function's call on the left again: a chain closed, or a claim about it."""
        if self._closes_chain(chain, state):
            return self._continuation(ln, Chain(chain.parts[1:], chain.links[1:]), "=", state)
        if self._redefines(chain.parts[0].expr):
            return self._against_definition(ln, chain, state)
        return None

    def _closes_chain(self, chain: Chain, state: WalkState) -> bool:
        """`J(w) &= …` again after rows that went on from `J(w) &= …`: the writer closes the
        chain with its left side; the row is a step from the row above when it follows from it
        (a definition written in other letters, p_i for σ(z_i), is no claim against it)."""
        left = chain.parts[0].expr
        if state.prev is None or len(chain.parts) != 2 or chain.links[0].op != "=" or not (
                isinstance(left, AppliedUndef) and left.func.__name__ in self.ctx.functions):
            return False
        return self._compare(state.prev, chain.parts[1], "=").status == "equal"

    def _same_left_side(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """`P(y=1) = …` and then `P(y=1) = 0.2689` (in one block, or in the block right after):
        the right sides are claimed equal. Only for a left side that names a value through
        unknown functions (`P(y=1)`, `E(X)`, `f(2)`), or said to be a number twice
        (`p/(1-p) = e^{-1}`, then `p/(1-p) = 0.3678`): an equation `x^2 - 4 = …` may go on
        with a rewritten right side."""
        before = state.prev_eq or (state.carried if state.follows else None)
        left = self.ctx.expand(chain.parts[0].expr)
        if before is None or left != before.lhs:
            before = state.valued  # `p/(1-p) = e^{-1}` shown, then `p/(1-p) = 0.3678`
        primed = self._derivative_again(left, chain.parts[1].expr)
        if before is None and primed:  # y' = (−7x² + 2x + 7)/… given above, y' = … again
            before = Equation(left, self.ctx.values[left])
        if (before is None or chain.links[0].op != "=" or left != before.lhs
                or left.has(ELLIPSIS)  # 1 + 2 + … + 64 again: each line is its own sum
                or left.is_number and valued_like_another(chain.parts[0].expr, self.ctx, left)
                or not (names_a_value(left) or _numbers(before.rhs, chain.parts[1].expr)
                        or primed)
                or another_value(chain.parts[0].expr, before.rhs, chain.parts[1].expr)):
            return None
        start, item = len(self.results), ln.item and state.prev_eq is None  # an item above
        self._step(ln, Part(before.rhs, chain.parts[0].span), "=", chain.parts[1], state.errors)
        first = self.results[start] if len(self.results) > start else None
        if first is not None and first.verdict == "error":
            said_against(first, before.rhs, chain, self.ctx.values.get(left), item)
            derivative_restated(self, first, chain.parts[0].expr, chain.parts[1].expr)  # y' = …
        elif first is not None and first.verdict == "ok":
            first.message = f"agrees with {show(left)} above"
        walked = self._claims(ln, chain, 1, replace(state, carried=None))
        if first is not None and first.verdict == "ok" and _numbers(before.rhs):
            walked = replace(walked, valued=before)  # the exact value, not a decimal of it
        return walked

    def _derivative_again(self, left, right) -> bool:
        """`y' = …` with y' given a formula in this section, and a formula again (never
        `y' = 0`: the derivative set to a number, an equation to solve)."""
        return isinstance(left, sp.Symbol) and left.name.endswith(PRIME) \
            and left in self.ctx.values and left not in self.ctx.stale \
            and bool(right.free_symbols) and bool(self.ctx.values[left].free_symbols)

    def _call_anew(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """`H(X) = 1` for a fair coin, later `H(X) = -0.8 log₂ 0.8 - … = 0.7219` for a biased
        one (not right after it: that is compared): a number worked out anew for a call with a
        number above is a new example; the arithmetic after it is checked. None otherwise."""
        left, parts = chain.parts[0].expr, chain.parts
        old = self.ctx.calls.get(left) if isinstance(left, AppliedUndef) else None
        right = parts[1].expr
        if old is None or old.free_symbols or right.free_symbols or right.is_Number or chain.links[
                0].op != "=" or self._compare(parts[0], parts[1], "=").status != "not_equal":
            return None
        self.ctx.calls[left] = parts[1].expr
        self.results.append(self._result(ln, parts[1], "unchecked", f"a new value for "
                                         f"{show(left)} (the value above is another: a new "
                                         "example)", method="definition"))
        if len(parts) > 2:
            return self._claims(ln, chain, 1, state)
        return replace(state, prev=None, prev_eq=None)

    def _against_definition(self, ln: Line, chain: Chain, state: WalkState) -> WalkState:
        """`g(x) = …` written again: a claim checked against the definition above; `g(w) = …`
        in a new letter on its own, or, in notes, another body (a list of exercises, `for
        $f(x) = x^2$` after f(x) = x³ - 3x): a new definition (a later exercise reuses the
        name). Typed as steps (no notes), a body right after the definition is a claim."""
        left = chain.parts[0].expr
        defined = self.ctx.functions.get(left.func.__name__)
        status = "equal" if defined is None else self._compare(chain.parts[0], chain.parts[
            1], "=").status if len(left.args) == len(defined.variables) else "unknown"  # H(p, q)
        reused = ln.locate is not None or not self._restated_at_once(left.func.__name__)
        if status == "not_equal" and self._holds_with_values(Equation(self.ctx.expand(left),
                self.ctx.expand(chain.parts[1].expr)), skip=self.ctx.stale):  # not x = 0 of
            status = "equal"  # an earlier heading: at x = 1, f(x) = -11; L(x) = 9 + 6(x - 3), a = 3
        worked = not self.ctx.expand(left).free_symbols  # I(X; Y) = 2H(X) - H(X, Y) = 0.5:
        reused = reused and not (worked and not chain.parts[-1].expr.free_symbols) or ln.item
        same_letters = status == "equal" or set(left.args) & set(defined.variables) and len(
            left.args) == len(defined.variables)  # H(p, q) after H(p): a new function
        if status == "not_equal" and reused and same_letters and ln.locate is not None and \
                form_kept(defined.expr) == form_kept(chain.parts[1].expr) and not (
                    constant_function(left, defined.expr)
                    and chain.parts[1].expr.free_symbols):  # f(x) = π, then f(x) = 2/(3√x)
            return self._ambiguous_restatement(ln, chain, state, defined)
        if (status != "equal" and not same_letters) or (
                status == "not_equal" and reused):  # notes: "1. f(x) = …  2. f(x) = …"
            if len(left.args) != len(defined.variables):  # H(p) stays beside H(p, q)
                self.ctx.functions[arity_name(left.func.__name__, len(defined.variables))] = defined
            return outer_function(self, ln, chain, state, defined) or defined_anew(  # f(u) = sin u
                self, ln, chain, state, left)  # under f(x) = sin(3x²) is its outer function
        before = len(self.results)
        walked = self._claims(ln, chain, 0, state)
        first = self.results[before] if len(self.results) > before else None
        restated_verdict(first, chain.parts[0].expr, self.ctx.expand(chain.parts[0].expr),
                         self.ctx.expand(chain.parts[1].expr))
        through_swapped_formula(first, chain.parts[0].expr, defined)
        one_sided_branch(first, ln.text, self.ctx.expand(chain.parts[0].expr),
                         self.ctx.expand(chain.parts[1].expr))  # x → 4⁻: f(x) = 16 - x²
        return restated_as_definition(state, walked, first, chain)  # g(x) = x³ again

    def _ambiguous_restatement(self, ln: Line, chain: Chain, state: WalkState,
                               defined) -> WalkState:
        """`ℓ(λ) = …` again in notes, another body of the same kind: a slip in a step, or the
        next exercise's ℓ. Neither is sure, so nothing is claimed, and ℓ is known no more
        (lines after it are not held to either body)."""
        left = chain.parts[0].expr
        forget_function(self, ln, chain.parts[1], left.func.__name__, f"{show(left)} was "
                        f"defined above as {show(defined.expr)}: this is a slip or a new "
                        f"{show(left)}")  # what comes after it is claimed (`= … = 1.5`)
        return self._claims(ln, chain, 1, replace(state, prev=None, prev_eq=None))

    def _anew(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """`x_{n+1} = …` under a new heading, valued otherwise under an earlier one: a new
        definition (the next problem reuses the name), the links after it claims; else None."""
        name, value = chain.parts[0].expr, chain.parts[1].expr
        if not (isinstance(name, sp.Symbol) and name in self.ctx.stale and len(chain.links) > 1
                and chain.links[0].op == "=" and name not in value.free_symbols):
            return None
        if self._compare(chain.parts[0], chain.parts[1], "=").status == "equal" or \
                self._holds_with_values(Equation(self.ctx.expand(name), self.ctx.expand(value))):
            return None  # z = w x + b again, true with the values it has now: a claim
        return defined_anew(self, ln, chain, state, name)

    def _note_chain(self) -> None:
        """Count the statements walked: tells f restated at once from f of a later exercise."""
        self.__dict__["chains_walked"] = self.__dict__.get("chains_walked", 0) + 1

    def _restated_at_once(self, name: str) -> bool:
        """Whether the statement before this one defined `name` (`g(x) = x^2`, then `g(x) =
        x^2 + 1`: a claim about g); anything said between, and it is the next exercise's."""
        return self.__dict__.get("chains_walked", 0) - 1 == self.__dict__.get(
            "defined_at", {}).get(name)

    def _redefines(self, left) -> bool:
        """`g(x) = …` again: the name was defined above, so this is a claim about it."""
        return (isinstance(left, AppliedUndef) and left.func.__name__ in self.ctx.defined
                and all(isinstance(a, sp.Symbol) for a in left.args))

    def _definition(self, ln: Line, chain: Chain, state: WalkState) -> WalkState:
        """`g(x) = …`, `p = 0.8`: a new name is defined; `g(x) = a = b` goes on as claims."""
        law = self._law_named(ln, chain, state)  # p = N(μ, σ^2): a law, not a value
        law = law or any_function_formula(self, ln, chain, state)  # f(x) = Σ f^{(k)}(0)/k! x^k
        law = law or second_value_on_line(self, ln, chain, state)  # EX. f(x) = … EX. f(x) = …
        law = law or measure_stated(self, ln, chain, state)  # D(p‖q) = Σ p log p/q: no new name
        if law is not None:
            return law
        parts = chain.parts
        self._define(*_named_value(parts[0].expr, parts[1].expr))
        note_value_given(self, ln, parts[0].expr, parts[1].expr)  # `$a = 1$`: a slip below
        note_formula_block(self, ln, parts[0].expr)  # `y = …`: an f below may be read as it
        if isinstance(parts[0].expr, AppliedUndef):  # which statement defined it; a new
            self.__dict__.setdefault("defined_at", {})[parts[0].expr.func.__name__] = \
                self.__dict__.get("chains_walked", 0)  # function's derivation is its own:
            state = replace(state, errors=0, origin=None, first=None)  # no slip carried into it
        self.results.append(self._defined_said(ln, parts))
        as_derivative(self, ln, parts)  # y' = 2cosh²(2x) + … below y = sinh(2x)cosh(2x)
        self._against_rule(ln, parts, state)
        if len(parts) == 2:  # a bare definition: only a line that opens with = goes on from it
            self._see(parts)
            worked = said_value(chain, self.ctx)  # σ = √1.47, then σ = 1.2124: compared
            return replace(state, prev=None, prev_eq=None, body=parts[1], valued=worked if (
                worked is not None and isinstance(parts[0].expr, sp.Symbol)
                and not parts[1].expr.is_Number) else None)
        if function_named_too(self, ln, chain) or value_named_too(self, ln, chain):  # y = f(x) = …
            self._see(parts)
            if len(parts) == 3:
                return replace(state, prev=None, prev_eq=None, body=parts[2])
            return self._claims(ln, chain, 2, state)
        start = len(self.results)
        state = self._claims(ln, chain, 1, state)
        steps = self.results[start:]
        if len(steps) == len(parts) - 2:  # ℓ(λ) = log L = n log λ - λ Σ t_i: the last form
            right = next((k for k, r in enumerate(steps) if r.verdict != "ok"), len(steps))
            if right:  # shown equal to the first is what the lines after differentiate
                self._define(parts[0].expr, parts[1 + right].expr)
                keep_formula(self.ctx, parts[0].expr, parts[1:2 + right])  # z = wx + b = 0.6
            elif self._leans_on_undefined(parts[1].expr):  # LL(λ) = log p(y|λ) = log ∏ …
                explicit = next((p for p in parts[2:] if not self._leans_on_undefined(p.expr)),
                                None)
                if explicit is not None:
                    self._define(parts[0].expr, explicit.expr)
        self._worked_to_a_number(parts)
        return state

    def _defined_said(self, ln: Line, parts: list[Part]) -> StepResult:
        """What a definition's line says: nothing to check (ok when it is an identity of
        information too: D(p‖q) = H(p,q) − H(p), the name defined rightly)."""
        if (said := measure_said(self, ln, parts)) is not None:
            return said
        if clash := disagreeing_cases(parts[1].expr):  # λe^{-λx} for x ≤ 0, 0 for x < 0
            return self._result(ln, parts[1], "warning", clash, method="cases")
        return self._result(ln, parts[0], "unchecked", f"definition of {show(parts[0].expr)} "
                            "(not a claim: nothing to check)", method="definition")

    def _leans_on_undefined(self, expr) -> bool:
        """Whether expr holds a function this document never defined (p(y|λ)): a definition by
        it says nothing the lines after can be checked against."""
        return bool(undefined_names(self.ctx.expand(expr)))

    def _worked_to_a_number(self, parts: list[Part]) -> None:
        """`dW = dZ A^T = -0.4645 × 0.7616 ≈ -0.3538`: a name defined through names with no
        value, worked out to a number in the same chain, has that number from here (the update
        `W := W - α dW = 1.5 - 0.1 × (-0.3538)` is then checked with it)."""
        name, last = parts[0].expr, parts[-1].expr
        if not (isinstance(name, sp.Symbol) and isinstance(last, sp.Number)):
            return
        body = self.ctx.expand(self.ctx.values.get(name, parts[1].expr))
        if body.free_symbols - set(self.ctx.values):  # A, Y of the course's notation: unknown
            self.ctx.values[name] = last
            keep_formula(self.ctx, name, [parts[1], parts[-1]])  # L = s² = 9: ∂L/∂s is 2s

    def _against_rule(self, ln: Line, parts: list[Part], state: WalkState) -> None:
        """`x_1 = 2(0.5) - 0.25` after `x_{n+1} = 2x_n - x_n^2` and `x_0 = 0.5` in this section:
        the value written is claimed to be the rule at n = 0 (tutor.derive.recurrences)."""
        name = parts[0].expr
        rules = rules_in(self.ctx.values, self.ctx.stale) if isinstance(name, sp.Symbol) else {}
        found = recurrence_instance(name, {k: worked_out(self.ctx.expand(v)) for k, v in
                                           rules.items()}) if rules else None
        if found is None:
            return
        instance, left = found
        known = {s: self.ctx.values.get(s) for s in instance.free_symbols}
        disputed = self.__dict__.setdefault("disputed_iterates", set())
        if any(s in self.ctx.stale or s in disputed or not isinstance(v, sp.Basic)
               or v.free_symbols for s, v in known.items()):
            return  # x_0 of an earlier problem, a wrong x_1, not a number: nothing to hold to
        start = len(self.results)
        self._step(ln, Part(instance.xreplace(known), parts[0].span), "=", parts[1],
                   state.errors)
        result = self.results[start] if len(self.results) > start else None
        rule = f"{show(left)} = {show(self.ctx.values[left])}"
        if result is not None and result.verdict == "ok":
            result.message = f"agrees with the rule {rule} above"
        elif result is not None:  # wrong, or not settled (0.7 for 0.75: cut off or a slip)
            disputed.add(name)
        if result is not None and result.verdict == "error":
            result.message = f"the rule {rule} above gives {show(instance)} = " \
                f"{show(instance.xreplace(known))} here, not this"

    def _update(self, ln: Line, chain: Chain, state: WalkState) -> WalkState:
        """`w ← w - η g = -0.2 + 0.095 = -0.105`: the steps after the arrow are checked with
        the value w had; from then on w has the last one."""
        name, parts = chain.parts[0].expr, chain.parts
        self.results.append(self._result(ln, parts[1], "unchecked", f"{show(name)} ← its new "
                                         "value (an update: nothing to check)",
                                         method="definition"))
        new, start = self.ctx.expand(parts[-1].expr), len(self.results)
        state = self._claims(ln, chain, 1, state)
        first = self.results[start] if len(self.results) > start else None
        if first is not None and first.method == "substitution":  # the values it has now
            ea, eb = self.ctx.expand(parts[1].expr), self.ctx.expand(parts[2].expr)
            again = self._with_values(ea, eb, chain.links[1].op == "~=")
            if again is not None and again.status == "not_equal":
                self.results[start] = self._wrong_with_values(ln, ea, eb, parts[2], again)
        if isinstance(name, sp.Symbol) and name not in new.free_symbols:
            self.ctx.values[name] = new
        return replace(state, prev=None, prev_eq=None)

    def _example_value(self, ln: Line, chain: Chain) -> bool:
        """`With $x = 2$, $w = 0.5$:` a number for a name used above that has no definition
        (or another number: a new example): known from here, so `z = wx + b = 0.5·2 - 1` is
        checked with it. False (nothing done) for anything else."""
        name, value = chain.parts[0].expr, chain.parts[1].expr
        formula = self.ctx.values.get(name, value)
        if len(chain.links) != 1 or not isinstance(name, sp.Symbol) or value.free_symbols \
                or not value.is_number or (formula.free_symbols and name not in self.ctx.stale
                                           and not unvalued(formula, self.ctx.values)
                                           and not at_a_point(self, ln, name)):  # `at $z = 0$`
            return False
        self.ctx.stale.discard(name)
        self.ctx.values[name] = value
        self._parameter_given_anew(name, value)  # `with p = 0.2` after X ~ Bin(10, 0.1)
        self.results.append(self._result(ln, chain.parts[1], "unchecked", f"{show(name)} = "
                                         f"{show(value)} here (a value given: nothing to check)",
                                         method="definition"))
        return True

    def _values_given(self, ln: Line, chain: Chain) -> bool:
        """`With $a = b = 3$`: one number given to several names at once (names with no
        formula above): each is known from here. False (nothing done) for anything else."""
        if self._constant_named(ln, chain):
            return True
        names, value = [p.expr for p in chain.parts[:-1]], chain.parts[-1].expr
        if len(names) < 2 or any(link.op != "=" for link in chain.links) or not all(
                isinstance(n, sp.Symbol) for n in names) or len(set(names)) < len(names) \
                or value.free_symbols or not value.is_number or any(
                self.ctx.values.get(n, value).free_symbols and n not in self.ctx.stale
                for n in names):
            return False
        for part in chain.parts[:-1]:
            self.ctx.stale.discard(part.expr)
            self.ctx.values[part.expr] = value
            self.ctx.seen.add(part.expr.name)
            self.results.append(self._result(ln, part, "unchecked", f"{show(part.expr)} = "
                                             f"{show(value)} here (a value given: nothing to "
                                             "check)", method="definition"))
        return True

    def _constant_named(self, ln: Line, chain: Chain) -> bool:
        r"""`\pi = 0.25` (a prior named π) where the section also uses π the constant: a name
        given a value far from the constant's, no claim about 3.14159 (nothing to check)."""
        constant, value = chain.parts[0].expr, chain.parts[1].expr
        if not (constant in (sp.pi, sp.E) and len(chain.links) == 1 and chain.links[0].op == "="
                and value.is_number and not value.free_symbols
                and abs(sp.N(value - constant)) > sp.N(constant) / 2):
            return False
        self.results.append(self._result(ln, chain.parts[1], "unchecked", f"{show(constant)} "
                                         f"is given the value {show(value)} here (a name, not "
                                         "the constant): nothing to check", method="definition"))
        return True


def _numbers(*exprs) -> bool:  # numbers, no names in them
    return all(getattr(e, "is_number", False) and not e.free_symbols for e in exprs)


def said_value(chain: Chain, ctx) -> Equation | None:
    """`p/(1-p) = e^{-1} = 0.3679`: the left side and the first number it is said to be (the
    most exact), when every link is `=`; else None."""
    if not chain.links or any(link.op != "=" for link in chain.links):
        return None
    for part in chain.parts[1:]:
        value = ctx.expand(part.expr)
        if _numbers(value):
            return Equation(ctx.expand(chain.parts[0].expr), value)
    return None


def _named_value(left, right) -> tuple:
    """(the name, its value) a definition gives: σ² = … gives σ its square root (a standard
    deviation); any other left side, the right side."""
    return (left.base, sp.sqrt(right)) if isinstance(left, sp.Pow) else (left, right)
