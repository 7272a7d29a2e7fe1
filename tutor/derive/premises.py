"""Equations that are no identities: a condition after the block before, a premise, values in."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.combined_equations import note_given
from tutor.derive.context import Line, WalkState, has_calculus, symbols_differ
from tutor.derive.curve_anew import curve_anew, note_curve
from tutor.derive.diagnosis import show
from tutor.derive.implicit import (
    differentiated_along,
    differentiated_unseen,
    keep_curve,
    note_differentiated,
)
from tutor.derive.late_names import late_definition
from tutor.derive.messages import SET_TO_ZERO
from tutor.derive.notation import notation
from tutor.derive.parameter_values import gives_a_parameter
from tutor.derive.primed_names import derivative_claimed, derivative_refuted
from tutor.derive.product_rules import claims_product_rule
from tutor.derive.sequences import goes_on_from, in_sequence
from tutor.derive.systems import may_be_system
from tutor.judge.equivalence import Equation
from tutor.judge.finite_ellipsis import runs_read
from tutor.judge.law_formulas import density_written_out
from tutor.judge.probing import PART_OF_THE_DOMAIN
from tutor.judge.series import truncated
from tutor.model import Chain, StepResult
from tutor.names import ELLIPSIS

# functions that notes write out in exponentials: `σ(x) = 1/(1 + e^{-x})` states what σ is
BY_EXPONENTIALS = frozenset({"sigmoid", "tanh", "sinh", "cosh", "coth", "sech", "csch",
                             "softplus"})
RECENT = 6  # the results of a line's last steps, whose values a line may set equal

# `(fg)'`, `\\left(\\frac{f}{g}\\right)'`: the derivative of a bracket, in a statement of a rule
_PRIMED_BRACKET = re.compile(r"\)\s*'+\s*$")
# the word right before an equation that makes it a supposition (`If $x^3 + y^3 = 6xy$, find …`)
SUPPOSING = frozenset("if given suppose supposing assume assuming let when whenever since si "
                      "satisfies satisfy satisfying says wenn falls se если jeśli jeżeli nếu eğer "
                      "यदि अगर".split()) | {"such that", "given that", "provided that"}


BOTH_SIDES = ("both sides of an equation differentiated (y varying with x), the equation not "
              "stated above: taken as given; the lines after it are checked from it")


# a derivative unsure because a definition above may or may not be the one meant
_ANOTHER_DEFINITION = ("defined above in other variables", "defined under an earlier heading")

class PremiseRules:
    """How the walk treats an equation that is no identity (a mixin of the derivation checker)."""

    def _condition(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """An equation in one variable after an equation of the block before (`… = 0`, then
        `log p = log(1-p)`): a condition, compared with that equation by solutions; None when
        there is none or it is an identity (then judged as a claim)."""
        parts = chain.parts
        eq = Equation(self.ctx.expand(parts[0].expr), self.ctx.expand(parts[1].expr))
        if state.carried is None or not goes_on_from(eq, state) or not in_sequence(
                state.carried, chain, self.ctx.values):
            return None  # d/dz[-log σ(z)] = …: a claim about the derivative's value
        if self._compare(parts[0], parts[1], "=").status == "equal":
            return None
        if gives_a_parameter(state.carried, chain) and self._example_value(ln, chain):
            return replace(state, prev=None, prev_eq=None, carried=None)  # λ = 0.5
        system = may_be_system(state.carried, eq, self.results[-1] if self.results else None)
        self._equation_step(ln, state.carried, eq, parts[1], condition=not state.follows or
                            system or ln.item, across=True)  # `x + y = 10`, `x - y = 2`: a
        # system? `+ $cos(x) = 0$`, `+ $sin(x) = 0$`: items of a list, facts of their own?
        self._see(parts)
        return replace(state, prev=parts[-1], prev_eq=eq, carried=None)

    def _curve_anew(self, chains: list, state: WalkState) -> WalkState:
        """A line differentiating implicitly a curve taken as given above in a name that had a
        formula: the name is the curve's from here (curve_anew)."""
        return curve_anew(self, chains, state)

    def _last_equation(self, chain: Chain) -> Equation | None:
        """What the next equation is compared with: the last link of the chain when it is not
        an identity (`f'(p) = log(1-p) - log p = 0` sets the derivative to zero)."""
        parts, last = chain.parts, self.results[-1] if self.results else None
        if (not chain.links or chain.links[-1].op != "=" or last is None
                or last.verdict in ("ok", "error")  # a wrong claim is no equation to solve
                or last.message.startswith(PART_OF_THE_DOMAIN)  # ReLU'
                or last.source != parts[-1].span.text
                or any(p.expr.has(ELLIPSIS) for p in parts)   # 1 + x + …: no equation
                or self._undecided_identity(parts, last)):
            return None
        if parts[-1].expr == 0 and last.method == "substitution":  # dℓ/dθ = … = 0
            last.message, last.method = SET_TO_ZERO, "condition"
        equation = Equation(self.ctx.expand(parts[-2].expr), self.ctx.expand(parts[-1].expr))
        line = [r for r in self.results if r.line == last.line and r is not last]
        self.unconfirmed_equation = equation if any(  # its left side read with an L defined
            r.verdict != "ok" and any(m in r.message for m in _ANOTHER_DEFINITION)  # above
            for r in line) else None  # unsure: the slip
        return equation  # may be in the derivative (an undefined ℓ' = … = 0 is a premise)

    def _undecided_identity(self, parts, last: StepResult) -> bool:
        """The last link left unchecked with no values put in (both sides in the same names):
        an identity the engine could not settle (values too close, time spent), not an equation
        set for solving; what follows is never judged against its solutions."""
        if last.verdict != "unchecked" or last.method or "not defined here" in last.message:
            return False  # a substitution, a condition, a premise; f'(x) = √x of an f unknown
        before, after = (self.ctx.expand(p.expr) for p in parts[-2:])
        return bool(after.free_symbols) and before.free_symbols == after.free_symbols

    def _results_equated(self, parts) -> bool:
        """`5 - 2a = 4 + a` right after `lim_{x→2⁻} … = 5 - 2a` and `lim_{x→2⁺} … = 4 + a`: two
        values just worked out, set equal (a condition to solve, never an identity claimed)."""
        worked = {r.read_as for r in self.results[-RECENT:] if r.verdict == "ok"}
        if len(parts) != 2 or len(worked) < 2:
            return False  # (notation is written out only when two values may be set equal)
        shown = [notation(p.expr, written=True) for p in parts]
        return shown[0] != shown[1] and all(s in worked for s in shown)

    def _an_identity_claimed(self, ln: Line, parts, eq: Equation, verdict,
                             next_is_equation: bool) -> bool:
        """An equation judged as a claim, not taken as a premise: cos x = 1 - x²/2 + … (a
        series), Σ k = n(n-1)/2, d/dx … = …, (AB)ᵀ = AᵀBᵀ, (fg)' = f'g', P(X = k) of a law
        declared above (the law decides it)."""
        said = ln.named.lower() in SUPPOSING  # If $x^3 + y^3 = 6xy$: supposed
        if self._results_equated(parts):
            return False
        return not (next_is_equation or said or symbols_differ(eq)) \
            or has_calculus(eq.lhs) and not said \
            or truncated(eq.rhs) is not None \
            or not said and claims_product_rule(parts[0].expr, parts[1].expr) \
            or verdict.status == "not_equal" and self._law_gives(parts[0].expr) \
            or bool(_PRIMED_BRACKET.search(parts[0].span.text)) \
            or known_function_written_out(parts[0].expr, parts[1].expr) \
            or density_written_out(parts[0].expr, parts[1].expr, self.ctx.functions)

    def _both_sides_differentiated(self, ln: Line, parts, eq: Equation,
                                   state: WalkState) -> WalkState | None:
        """The walk state after `d/dx(x³) + d/dx(y³) = d/dx(6xy)`: checked along the curve
        above, or taken as given when no curve stands above; None for any other equation."""
        along = differentiated_along(self, ln, parts, eq, state)  # below x³ + y³ = 6xy: y
        if along is not None:  # along the curve
            return along
        unseen = differentiated_unseen(eq)  # no curve above: never a claim with y a constant
        if unseen is None:
            return None
        self.results.append(self._result(ln, parts[1], "unchecked", BOTH_SIDES, method="premise"))
        return replace(state, prev=parts[-1], prev_eq=unseen)

    def _premise(self, ln: Line, chain: Chain, state: WalkState,
                 next_is_equation: bool) -> WalkState | None:
        """An equation that is not an identity: a premise (equations follow) or a substitution
        of values; None when it is to be judged as a claim."""
        parts = chain.parts
        eq = Equation(self.ctx.expand(parts[0].expr), self.ctx.expand(parts[1].expr))
        verdict = self._compare(parts[0], parts[1], "=")
        if verdict.status == "equal" or _numbers(eq.lhs) and _numbers(eq.rhs) or \
                self._holds_with_values(eq):  # an identity, arithmetic (`0.3 + 0.2 = 0.6`, no
            _given_again(self.ctx, parts)  # λ = 2 under a new heading as above: this one's λ
            return None  # premise), or true with `p = 0.8` above: checked as a claim
        differentiated = self._both_sides_differentiated(ln, parts, eq, state)
        if differentiated is not None:
            return differentiated
        if self._an_identity_claimed(ln, parts, eq, verdict, next_is_equation):
            return None
        supposed = next_is_equation or ln.named.lower() in SUPPOSING  # If $x^3 + y^3 = 6xy$
        if derivative_claimed(self, ln, parts) or derivative_refuted(self, ln, parts):  # y' = …
            # under a new `y = e^{-x^2}` (refuted: wrong, right after y's formula on its line)
            state = replace(state, prev=parts[1], prev_eq=None)
            return self._claims(ln, chain, 1, state) if len(parts) > 2 else state
        fresh = parts[0].expr in self.ctx.stale  # x_0 = 1, y_0 = 1 in the next problem
        late = late_definition(self, ln, chain)  # `with z = wx`, `with x = 2`: known from here
        if late or ((fresh or not next_is_equation) and self._example_value(ln, chain)):
            worked = None if late or parts[-1].expr.is_Atom else parts[-1]  # `G = 1 - 0.6^2`,
            return replace(state, prev=worked, prev_eq=None)  # then `= 0.64`: worked out
        curve = state.prev_eq if state.prev_eq is not None else state.carried
        if curve is not None and len(parts) == 2 and note_differentiated(
                self, ln, curve, eq, parts[1]):  # 2x + 2y y' = 0 below x² + y² = 25
            self._see(parts)
            return replace(state, prev=parts[-1], prev_eq=eq)
        at = None if next_is_equation else self._at_a_written_value(ln, chain, state)
        if at is not None:  # Ŷ = 2.2 + 0.6 × 6 after Ŷ = 2.2 + 0.6X: Ŷ at X = 6
            return at
        keep_curve(self, eq)  # x² + y² = 25: a line below may differentiate it
        note_given(self, eq)  # u₀q⁸ = 2 under u₀q¹⁰ = 8: the next may divide one by the other
        why = "premise (taken as given)" if supposed else \
            f"holds when {show(eq.lhs)} = {show(eq.rhs)}"
        self.results.append(self._result(ln, parts[1], "unchecked", why, method="premise"
                                         if supposed else "substitution"))
        self.results[-1].read_as = notation(sp.Eq(parts[0].expr, parts[1].expr,
                                                  evaluate=False), written=True)
        self.ctx.premised |= {_named(p.expr) for p in parts
                              if isinstance(_named(p.expr), sp.Symbol)}
        note_curve(self, Equation(parts[0].expr, parts[1].expr), eq)  # x³ + y³ = 6xy, y = f(x)
        for name in {s for p in parts for s in p.expr.free_symbols} & self.ctx.stale:
            if getattr(self.ctx.values.get(name), "free_symbols", None):  # y = (x²+1)³ in
                self.ctx.values.pop(name)  # Problem 1, x² + y² = 25 in Problem 2: y is a
                self.ctx.stale.discard(name)  # variable of the curve here
        self._see(parts)
        return replace(state, prev=parts[-1], prev_eq=eq)

    def _law_gives(self, left) -> bool:
        """`P(X = k)` of an X whose law is declared above (X ~ Bin(n, p)): the law gives it a
        value (tutor.derive.context.Context.expand), so an equation for it is no premise."""
        if not self.ctx.distributions or not any(
                c.func.__name__ == "P" for c in left.atoms(AppliedUndef)):
            return False
        return not any(c.func.__name__ == "P" for c in self.ctx.expand(left).atoms(AppliedUndef))

    def _values_listed(self, ln: Line, chains: list) -> list[int]:
        """`$a = 0,5$`, `$x = 2,4$`, `$k = 0,12$`: a name and numbers after it split by commas
        (a decimal comma or a list of values: nothing says which): the name is given no value
        (never a = 0), and the line says so. The positions of the chains left out."""
        found: list[int] = []
        for k, chain in enumerate(chains):
            lone = 0
            while k + lone + 1 < len(chains) and not chains[k + lone + 1].links and \
                    chains[k + lone + 1].parts[0].expr.is_Number:
                lone += 1
            if not lone or k in found or len(chain.links) != 1 or chain.links[0].op != "=" or \
                    not isinstance(chain.parts[0].expr, sp.Symbol) or \
                    not chain.parts[1].expr.is_Number or (k + lone + 1 < len(chains) and chains[
                        k + lone + 1].parts[0].expr == ELLIPSIS):  # x = 1, 2, …: a range
                continue
            values = ", ".join(show(c.parts[-1].expr) for c in chains[k:k + lone + 1])
            self.results.append(self._result(
                ln, chain.parts[1], "unchecked", f"{show(chain.parts[0].expr)} = {values}: a "
                "list of values or a decimal comma (nothing says which): no value is given"))
            found += range(k, k + lone + 1)
        return found

    def _result(self, ln: Line, part, verdict: str, message: str, **details) -> StepResult:
        """A step's result; an error in a name a line above tied to another variable (ξ of
        `sin x = x - sin(ξ)x²/2, 0 < ξ < x`) is unchecked: no value of ξ refutes it alone."""
        tied = sorted((s for s in getattr(part, "expr", sp.S.Zero).free_symbols
                       if s in getattr(self, "tied", ())), key=lambda s: s.name)
        if verdict == "error" and tied:
            return super()._result(ln, part, "unchecked", f"depends on {show(tied[0])}, which a "
                                   "line above ties to another variable: not checked")
        return super()._result(ln, part, verdict, message, **details)

    def _example_chain(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """`\\bar x = \\frac{2.1 + 0.4}{2} = 1.25`, `\\hat\\mu = \\frac{15}{5} = 3`: a number
        worked out for a name with no formula above: the name is known from here (as in
        `with x = 2`), and the arithmetic after its first value is checked. None otherwise."""
        name, value = chain.parts[0].expr, chain.parts[1].expr
        if self._formula_worked_out(ln, chain):  # s = ŷ - y = 2 - 5 = -3, s used above
            return self._claims(ln, chain, 1, state)
        if len(chain.parts) < 3 or chain.links[0].op != "=" or not isinstance(name, sp.Symbol) \
                or any(p.expr.free_symbols or not p.expr.is_number for p in chain.parts[1:]) \
                or (self.ctx.values.get(name, value).free_symbols and name not in self.ctx.stale):
            return None
        eq = Equation(self.ctx.expand(name), self.ctx.expand(value))
        if self._compare(chain.parts[0], chain.parts[1], "=").status == "equal" or \
                self._holds_with_values(eq):
            return None  # ŷ = σ(0.1) with ŷ = σ(z) and z = 0.1 above: a claim, checked
        self.ctx.stale.discard(name)
        self.ctx.values[name] = value
        self.ctx.seen.add(name.name)
        self.results.append(self._result(ln, chain.parts[1], "unchecked", f"{show(name)} = "
                                         f"{show(value)} here (a value worked out: nothing to "
                                         "check)", method="definition"))
        return self._claims(ln, chain, 1, state)


    def _formula_worked_out(self, ln: Line, chain: Chain) -> bool:
        """`s = \\hat{y} - y = 2 - 5 = -3`: a name used above (`2s`) with no value, given a
        formula in names whose values are known and worked out to a number: it is defined
        from here by the formula (the arithmetic after it is checked). False otherwise."""
        name, formula, parts = chain.parts[0].expr, chain.parts[1].expr, chain.parts
        if len(parts) < 3 or any(link.op != "=" for link in chain.links) or not isinstance(
                name, sp.Symbol) or (name in self.ctx.values and name not in self.ctx.stale) \
                or name.name not in self.ctx.seen or not formula.free_symbols \
                or name in formula.free_symbols or parts[-1].expr.free_symbols \
                or not parts[-1].expr.is_number or formula.has(
                    sp.Derivative, sp.Integral, sp.Limit, AppliedUndef):
            return False
        worked = formula
        for _ in range(4):  # ŷ = w·x + b above, w, x, b numbers: ŷ a number too
            if any(symbol not in self.ctx.values for symbol in worked.free_symbols):
                return False  # every name of the formula has a number here (maybe above)
            worked = worked.xreplace(self.ctx.values)
            if not worked.free_symbols:
                break
        if worked.free_symbols:
            return False
        self.ctx.values[name], _ = formula, self.ctx.formulas.pop(name, None)
        self.ctx.stale.discard(name)
        self.results.append(self._result(ln, parts[1], "unchecked", f"{show(name)} is "
                                         f"{show(formula)} from here (a definition of a name "
                                         "used above: nothing to check)", method="definition"))
        return True


def tied_names(chains: list, bounds: list) -> set:
    """`sin x = x - sin(ξ)x²/2, 0 < ξ < x`: ξ lies between a number and another variable and
    stands on one side of the equation only, so it is a function of that variable (the point
    of a mean-value theorem), not a name free to take any value."""
    paired = {s for r in bounds if len(r.free_symbols) > 1 for s in r.free_symbols}
    one_side = set()
    for chain in chains:
        if any(link.op == "=" for link in chain.links):
            sides = [p.expr.free_symbols for p in chain.parts]
            one_side |= {s for s in set().union(*sides) if sum(s in x for x in sides) == 1}
    return paired & one_side


def _given_again(ctx, parts) -> None:
    """`λ = 2` under a new heading, the number a name had under an earlier one: the name is
    given anew here (no longer stale), so the steps below are checked with it."""
    name, value = parts[0].expr, parts[1].expr
    if len(parts) == 2 and name in ctx.stale and value.is_number and ctx.values.get(name) == value:
        ctx.stale.discard(name)


def _numbers(side) -> bool:
    """Whether a side is a number, `…` runs of numbers read (1 + 2 + … + 100) included."""
    read = runs_read(side)
    return read is not None and read.is_number


def _named(expr):
    """The name a side stands for: `μ̂^1` (a superscript 1 kept as written) is μ̂."""
    return expr.base if isinstance(expr, sp.Pow) and expr.exp == 1 else expr


def known_function_written_out(left, right) -> bool:
    """`σ(x) = 1/(1 + e^{-x})`, `tanh(x) = (e^x - e^{-x})/(e^x + e^{-x})`: a function we know,
    of a lone name, written out in exponentials of that name: a claim of what the function is
    (an error when garbled, `σ(x) = 1 + e^{-x}`), never an equation in x taken as given."""
    if not (isinstance(left, sp.Function) and not isinstance(left, AppliedUndef)
            and left.func.__name__ in BY_EXPONENTIALS and len(left.args) == 1
            and left.args[0].is_Symbol and right.free_symbols == {left.args[0]}):
        return False
    powers = [p.exp for p in right.atoms(sp.Pow) if p.base is sp.E] + [
        f.args[0] for f in right.atoms(sp.exp)]
    return any(left.args[0] in e.free_symbols for e in powers) and not right.has(left.func)
