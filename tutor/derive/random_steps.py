"""Steps about random variables: a declared law (`X \\sim Bin(n, p)`), a stated moment
(`E[X] = 3.5`), and claims with E, Var, Cov judged by the rules of expectation."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.context import Context, Line, WalkState, value_of
from tutor.derive.diagnosis import show
from tutor.derive.earlier_sections import LawAbove
from tutor.derive.law_moments import FAMILIES, described_moments, law_arguments, named_law
from tutor.derive.moment_hints import moment_rule_hint
from tutor.derive.moments_above import MomentsAbove, stated_value
from tutor.derive.probability_steps import declared_law
from tutor.judge.decimals import exact
from tutor.judge.equivalence import compare
from tutor.judge.law_families import BINOMIAL, NORMAL, parameter_bounds
from tutor.judge.law_formulas import named_density, positive_parameters
from tutor.judge.mean_letters import unless_mu_is_the_mean
from tutor.judge.moment_checks import sigma_as_deviation
from tutor.judge.random_variables import (
    RANDOM_NAME,
    Knowledge,
    NotMoments,
    apart_unless_constant,
    declared_variables,
    is_moment,
    judge_moments,
    moment,
    monomial_of,
    operator_calls,
    random_names,
    to_moments,
)
from tutor.model import Chain, Part, StepResult, Verdict
from tutor.trees import nodes_of

_GEOMETRIC = ("Geom", "Geometric", "Geo")  # trials or failures: the prose may say which
# laws whose one parameter is a rate, positive by the law's definition
def _by_deviation(law) -> bool:
    """`N(μ, σ)`: a normal law whose second parameter is σ itself, as writers who give it by
    its standard deviation write it (N(μ, σ²) and N(0, 4) take the variance)."""
    return law.func.__name__ in NORMAL and len(law.args) == 2 and law.args[1] == sp.Symbol(
        "sigma")


_RATE_FAMILIES = frozenset(("Exp", "Exponential", "Poisson", "Poiss", "Pois", "Poi", "Po"))
# textbook letters for laws (`X \\sim P(\\lambda)`, `E(0.5)`, as Chinese textbooks write
# Poisson and exponential), read so only after \\sim and of a number or a parameter's letter
# (P(x), E(X) stay a probability and an expectation)
_TEXTBOOK_LETTERS = {"P": "Poisson", "E": "Exp"}
_PARAMETER_LETTERS = ("lambda", "mu", "theta", "p")


def textbook_law(law):
    """`P(λ)` after \\sim as Poisson(λ) (see `_TEXTBOOK_LETTERS`); any other value as it is."""
    if not (isinstance(law, AppliedUndef) and law.func.__name__ in _TEXTBOOK_LETTERS
            and len(law.args) == 1):
        return law
    arg = law.args[0]
    if not (arg.is_number and arg.is_positive) and not (
            isinstance(arg, sp.Symbol) and arg.name in _PARAMETER_LETTERS):
        return law
    return sp.Function(_TEXTBOOK_LETTERS[law.func.__name__])(arg)


# χ²(n), χ^2_{n-1}(…), t(n - 1) after \sim: the laws of sampling, read as a letter times (n)
_SAMPLING_LAW = re.compile(r"\s*(?P<name>\\chi\s*\^\s*\{?\s*2\s*\}?|\\chi_\{?\w*\}?\^\{?2\}?|"
                           r"t|\\mathrm\{t\}|\\text\{t\})\s*(\\left)?\(")


def sampling_law(law, text: str):
    """χ²(n) or t(n - 1) after \\sim (read as χ²·n, t·(n - 1)) as the law it names, else None."""
    match = _SAMPLING_LAW.match(text)
    if match is None or not isinstance(law, sp.Mul):
        return None
    letter = None if "chi" in match.group("name") else sp.Symbol("t")
    factors = [f for f in law.args if f != letter and not (
        isinstance(f, sp.Pow) and str(f.base).startswith("chi") and f.exp == 2)]
    if len(factors) != len(law.args) - 1:
        return None
    return sp.Function("χ²" if letter is None else "t")(sp.Mul(*factors))


DECLARE_SPELLINGS = ("\\sim", "~", "\\thicksim", "∼")  # ∼ (U+223C): Word's
SCALE_NAME = re.compile(r"(sigma|tau|s)(_\w+)?$")  # a standard deviation: σ, σ_x, τ, s_1


class RandomVariableRules:
    """Mixed into the derivation checker: it needs `ctx`, `results`, `_claims`, `_result`."""

    ctx: Context
    results: list[StepResult]
    described: tuple = ()  # laws the prose describes in words where the walk stands
    above: MomentsAbove | None = None  # the moments of the displays above, to confirm

    def knowledge(self) -> Knowledge:
        values = {k: exact(v) for k, v in {**self.ctx.values, **self.ctx.given}.items()
                  if not v.free_symbols}
        return Knowledge(laws=self._laws(), moments=self.ctx.moments, values=values,
                         independent=self.ctx.independent,
                         bounds=tuple(parameter_bounds(self.ctx.distributions)),
                         named=named_law(dict(self.described).get("", ("",))[0]),
                         earlier=self.above.confirming(self.ctx.section) if self.above else {})

    def carry_moments(self, follows: bool) -> None:
        """A new display: the moments of the ones before are set aside (see MomentsAbove)."""
        if self.above is None:
            self.above = MomentsAbove()
        self.above.carry(self.ctx, follows)

    def describe(self, described: tuple) -> None:
        """The laws the prose describes where the walk stands: their moments (`_laws`) and
        masses (beside the declared laws in `ctx.distributions`, restored when they end)."""
        if described == self.described:
            return
        for name, (mine, before) in getattr(self, "_masses", {}).items():
            if self.ctx.distributions.get(name) == mine:  # not declared again since
                if before is None:
                    self.ctx.distributions.pop(name)
                else:
                    self.ctx.distributions[name] = before
        self.described, self._masses = described, {}
        for name, (family, texts) in described:
            args = law_arguments(family, texts)
            if args is not None:
                x = sp.Symbol(name)
                self._masses[x] = ((family, args), self.ctx.distributions.get(x))
                self.ctx.distributions[x] = (family, args)
                if x in self.ctx.stale:  # X = D₁ + D₂ of an example under an earlier heading:
                    self.ctx.values.pop(x, None)  # the law described here is this X's

    def _laws(self) -> dict:
        """The moments of the declared laws and of those the prose describes here (a
        description in force wins over an older declaration of the same name)."""
        if not self.described:
            return self.ctx.laws
        return {**self.ctx.laws, **described_moments(self.described)}

    def _declaration(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """`X \\sim Bin(10, 0.3)`: the law of X, its mean and variance known from here."""
        if len(chain.links) > 1 and chain.links[-1].span.text.strip() in DECLARE_SPELLINGS:
            return self._declared_at_the_end(ln, chain, state)
        if len(chain.links) != 1 or chain.links[0].span.text.strip() not in DECLARE_SPELLINGS:
            return None
        name, law = chain.parts[0].expr, textbook_law(chain.parts[1].expr)
        self._forget_law(name)  # X declared again: the old law of X is gone, read or not
        sampling = sampling_law(law, chain.parts[1].span.text)
        if sampling is not None:  # Σ(X_i - μ)²/σ² ~ χ²(n), √n(X̄ - μ)/S ~ t(n - 1)
            return self._law_said(ln, chain, state, name, sampling)
        if not isinstance(law, AppliedUndef):
            return None
        if _by_deviation(law):
            self.results.append(self._result(
                ln, chain.parts[1], "unchecked", f"{show(name)} ~ {show(law)}: σ unsquared may be "
                "the standard deviation (N(μ, σ²) takes the variance): not read as a law"))
            return replace(state, prev=None, prev_eq=None)
        params, mean, variance = FAMILIES.get(law.func.__name__, (None, None, None))
        if not (isinstance(name, sp.Symbol) and _random_letter(name.name)
                and params and len(law.args) == len(params)):  # data y_i ~ Poiss(λ), Gamma(a, b)
            return self._law_said(ln, chain, state, name, law)
        args = [exact(a) for a in law.args]
        m, v = sp.simplify(mean(*args)), sp.simplify(variance(*args))
        self.ctx.laws[moment(name)] = m
        self.ctx.distributions[name] = declared_law(name, law)
        if law.func.__name__ in _GEOMETRIC and dict(self.described).get(name.name, ("",))[0] \
                == "GeomTrials":  # `X ~ Geom(p)` that counts "the trials up to … the first success"
            self.ctx.distributions[name] = ("GeomTrials", self.ctx.distributions[name][1])
        self.ctx.laws[moment(name ** 2)] = sp.expand(v + m ** 2)
        self._parameters_named(law, params, args)
        self.results.append(self._result(ln, chain.parts[1], "unchecked", f"{show(name)} has the "
                                         f"law {show(law)} (a declaration: nothing to check)",
                                         method="definition"))
        return replace(state, prev=None, prev_eq=None)

    def _rate_named(self, expr) -> None:
        """`\\text{Exp}(\\lambda)` written alone ("the mean of Exp(λ)"): λ is a rate, so
        λ > 0 in this section, as when `X \\sim Exp(λ)` declares it."""
        if isinstance(expr, AppliedUndef) and expr.func.__name__ in _RATE_FAMILIES and len(
                expr.args) == 1 and isinstance(expr.args[0], sp.Symbol) and sp.Gt(
                expr.args[0], 0) not in self.ctx.standing:
            self.ctx.standing += (sp.Gt(expr.args[0], 0),)

    def _parameter_given_anew(self, name, value) -> None:
        """`Met $p = 0{,}2$` after `X \\sim Bin(10; 0{,}1)`: a number for the letter of a
        declared law's parameter other than the law's: the text changed the law, forgotten."""
        if not getattr(value, "is_number", False):
            return
        given = {getattr(name, "name", None): value}
        if "sigma" in given:  # σ = 3 after X ~ N(0, 4): the law's variance σ² is 9 now
            given["sigma^2"] = value ** 2
        for x, (family, args) in list(self.ctx.distributions.items()):
            letters = FAMILIES.get(family, ((),))[0]
            if any(letter in given and k < len(args) and getattr(args[k], "is_number", False)
                   and abs(sp.N(args[k] - given[letter])) > 1e-9
                   for k, letter in enumerate(letters)):
                self._forget_law(x)

    def _forget_law(self, name) -> None:
        """What an earlier law of `name` gave (its masses, its moments, moments stated for it)
        is forgotten: `X \\sim Ge(0.3)` in the next section is not X of `X \\sim Exp(0.5)`."""
        if not isinstance(name, sp.Symbol):
            return
        self.ctx.distributions.pop(name, None)
        self.ctx.stale.discard(LawAbove(name))  # declared again: the law is this section's
        self.ctx.probabilities = [p for p in self.ctx.probabilities if not any(
            name in call.free_symbols for call in p.atoms(AppliedUndef))]  # P(X = 2) = …
        for store in (self.ctx.laws, self.ctx.moments):
            for key in [k for k in store if is_moment(k) and name in monomial_of(k).free_symbols]:
                del store[key]

    def _law_named(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """`p = \\mathcal{N}(μ_1, σ_1^2)`: the law named p (a declaration), not a value of p
        (its density p(x) = … may follow). None when the right side is no law's call."""
        law = chain.parts[-1].expr
        params = FAMILIES.get(law.func.__name__, (None,))[0] if isinstance(
            law, AppliedUndef) else None
        if len(chain.parts) != 2 or not params or len(law.args) != len(params):
            return None
        self._density_named(chain.parts[0].expr, law)
        return self._law_said(ln, chain, state, chain.parts[0].expr, law)

    def _density_named(self, name, law) -> None:
        """`p = N(μ_1, σ_1^2)`: p(x) below is that density, and σ_1 (a deviation) is positive."""
        density = named_density(law)
        if isinstance(name, sp.Symbol) and density is not None:
            self.ctx.functions[name.name] = density
            self.ctx.standing += tuple(sp.Gt(s, 0) for s in positive_parameters(law)
                                       if sp.Gt(s, 0) not in self.ctx.standing)

    def _parameters_named(self, law, params, args) -> None:
        """What a declared law says of its parameters: a rate is positive, Bin's n counts, and
        np(1-p) below is in the parameters' names given numbers here."""
        if law.func.__name__ in _RATE_FAMILIES and isinstance(args[0], sp.Symbol):
            self.ctx.standing += (sp.Gt(args[0], 0),)  # Exp(λ), Poisson(λ): a rate, λ > 0
        if law.func.__name__ in BINOMIAL and isinstance(args[0], sp.Symbol):
            self.ctx.counts |= {args[0]}  # Bin(n, p): n trials, a whole number ≥ 1
        for word, arg in zip(params, args, strict=True):  # np(1-p): the names of parameters
            symbol = sp.Symbol(word.split("^")[0])
            if symbol.name not in self.ctx.seen and symbol not in self.ctx.values \
                    and not arg.free_symbols and "^" not in word:
                self.ctx.values[symbol] = arg

    def _declared_at_the_end(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """`\\frac{(n-1)S^2}{σ^2} = \\frac{Σ(X_i - X̄)^2}{σ^2} \\sim χ^2(n-1)`: the links before the
        law are claims; the law is said of the last expression (None for no law after ∼)."""
        *_, before, after = chain.parts
        law = sampling_law(after.expr, after.span.text) or textbook_law(after.expr)
        if not isinstance(law, AppliedUndef):
            return None
        state = self._claims(ln, Chain(chain.parts[:-1], chain.links[:-1]), 0, state)
        return self._law_said(ln, Chain([before, after], chain.links[-1:]), state, before.expr, law)

    def _law_said(self, ln: Line, chain: Chain, state: WalkState, name, law) -> WalkState:
        """`y_i ~ Poiss(λ)` (data), `X ~ Gamma(a, b)` (a law without rules here): said, not
        claimed; nothing is learnt from it."""
        self.results.append(self._result(ln, chain.parts[1], "unchecked", f"{show(name)} has "
                                         f"the law {show(law)} (a declaration: nothing to "
                                         "check)", method="definition"))
        return replace(state, prev=None, prev_eq=None)

    def _moment_statement(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """A claim with E, Var or Cov of a random variable: judged by the rules of expectation;
        `E[X] = 3.5` (a value no rule gives) is remembered for the lines that follow."""
        left = self.ctx.expand(chain.parts[0].expr)
        declared = declared_variables(self.knowledge())  # σ(X) of a declared X: its SD
        if not any(random_names(sigma_as_deviation(p.expr, declared)) for p in chain.parts):
            return None
        before = len(self.results)
        state = self._claims(ln, chain, 0, state)
        verdicts = [r.verdict for r in self.results[before:]]
        if verdicts and chain.links[0].op == "=" and verdicts[0] in ("unchecked", "ok") and \
                "error" not in verdicts:  # E(S) = -(… log₂ 3 …) = 1, its `= 1` a slip: not sure
            self._remember(left, stated_value(chain, self.ctx.expand))  # E(X) = Σ … = 1.7
        return state

    def _variance_given(self, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
        """`σ^2 = 0.25`, `s^2 = 2.4/(5 - 2) = 0.8`: a variance given in numbers; σ, a standard
        deviation (never negative), is its square root from here, so `(x-μ)^2/(2σ^2)` is
        checked with it; another number later is a new example (as `μ = 3` after `μ = 1.5`).
        None for anything else."""
        left, value = chain.parts[0].expr, chain.parts[1].expr
        if not (chain.links[0].op == "=" and isinstance(left, sp.Pow) and left.exp == 2
                and isinstance(left.base, sp.Symbol) and SCALE_NAME.match(left.base.name)
                and not value.free_symbols and value.is_number and value.is_positive):
            return None
        name, known = left.base, self.ctx.values.get(left.base)
        if known is not None and known.free_symbols and name not in self.ctx.stale:
            return None   # σ defined by a formula above: σ^2 = … is a claim about it
        self.ctx.values[name] = sp.sqrt(value)
        self.ctx.stale.discard(name)
        self.ctx.seen.add(name.name)
        self.results.append(self._result(ln, chain.parts[1], "unchecked", f"{show(left)} = "
                                         f"{show(value)} here (a variance given: nothing to "
                                         "check)", method="definition"))
        if len(chain.parts) > 2:
            return self._claims(ln, chain, 1, state)
        return replace(state, prev=None, prev_eq=None)

    def _remember(self, left, value) -> None:
        """E[X] = 3.5, Var(X) = 2.1: the moment this makes known (one unknown moment only)."""
        if operator_calls(value) or nodes_of(value, AppliedUndef) or not operator_calls(left):
            return
        rvs = random_names(left)
        try:
            moments = to_moments(left, rvs)
        except (NotMoments, sp.PolynomialError, TypeError, ValueError):
            return
        for unknown in sorted((s for s in moments.free_symbols if is_moment(s)),
                              key=lambda s: -sp.total_degree(monomial_of(s))):
            others = {k: v for k, v in {**self._laws(), **self.ctx.moments}.items()
                      if k != unknown}
            equation = sp.expand(moments.xreplace(others) - exact(value_of(value)))
            lower = {s for s in equation.free_symbols - {unknown} if is_moment(s)}
            if not equation.is_polynomial(unknown) or sp.degree(equation, unknown) != 1 or any(
                    # Var(Y) = 4: E[Y²] = 4 + E[Y]²; SD(Y) = 2 (a root of moments): not noted
                    sp.total_degree(monomial_of(s)) >= sp.total_degree(monomial_of(unknown))
                    for s in lower):
                continue
            try:  # E(X) = ∫_0^∞ xλe^{-λx} dx: solved by hand (sympy's solve would work the
                solved = _linear_root(equation, unknown) if equation.has(  # integral out, or
                    sp.Sum, sp.Integral) else sp.solve(equation, unknown)  # not, in its time)
            except (TypeError, ValueError, NotImplementedError):
                return
            if solved:
                self.ctx.moments[unknown] = solved[0]
            return

    def _moment_step(self, ln: Line, ea, op: str, eb, b: Part) -> StepResult | None:
        """The result of a step with E, Var or Cov of a random variable; None when the rules of
        expectation do not apply (no such operator, or a side they cannot read)."""
        if op not in ("=", "~="):
            return None
        written = judge_moments(ea, eb, self.knowledge())
        earlier = (ea.free_symbols | eb.free_symbols) & self.ctx.stale  # under a heading above
        said_zero = ea == 0 or eb == 0  # `Var(X) = 0` of a constant, on purpose
        ea, eb = self._defined_variables(ea), self._defined_variables(eb)
        verdict = judge_moments(ea, eb, self.knowledge())
        if verdict is None or (written is not None and written.status != verdict.status
                               and verdict.status in ("not_equal", "unknown") and earlier and (
                                   verdict.status == "not_equal" or written.status == "equal")):
            verdict = written  # Y = aX + b in an earlier part may be another Y: wrong only as
            # written too (Y = 2Z + 5 here: this Y); E[X] = np under `## Binomial`: as written
        if verdict is None:
            return None
        fresh = self._without_stale(ea, eb) if verdict.status == "unknown" and earlier else None
        verdict = verdict if fresh is None else fresh  # p = 1/2 two headings up: p - p² holds
        if verdict.status == "unknown" and not said_zero:  # E[(X − μ)²] = E[X]² − μ²
            apart = apart_unless_constant(ea, eb)
            verdict = verdict if apart is None else apart
        if op == "~=" and verdict.status == "not_equal":
            verdict = self._approximately(ea, eb)
        verdict = unless_mu_is_the_mean(verdict, ea, eb, self.knowledge())  # ⟨(X − μ)²⟩
        if verdict.status == "equal":
            return self._result(ln, b, "ok", "follows by the rules of expectation",
                                method=verdict.method)
        if verdict.status == "not_equal":
            return self._result(ln, b, "error", "not equal to the previous expression",
                                code="expectation", diagnosis=moment_rule_hint(ea, eb),
                                method=verdict.method)
        return self._result(ln, b, "unchecked", verdict.reason or "undecided")

    def _without_stale(self, ea, eb) -> Verdict | None:
        """The verdict with no value of an earlier heading put in, when it is equal (then the
        claim holds in the letters, whatever those values were); else None."""
        known = self.knowledge()
        fresh = replace(known, values={k: v for k, v in known.values.items()
                                       if k not in self.ctx.stale})
        verdict = judge_moments(ea, eb, fresh)
        return verdict if verdict is not None and verdict.status == "equal" else None

    def _defined_variables(self, expr):
        """`Y = aX + b` above: Y inside E, Var, Cov is aX + b; `μ = E[X]` above: μ is E[X]."""
        defined = {k: v for k, v in self.ctx.values.items() if isinstance(k, sp.Symbol) and (
            operator_calls(v) and random_names(v) or RANDOM_NAME.fullmatch(k.name)
            and any(RANDOM_NAME.fullmatch(s.name) for s in v.free_symbols))}
        return expr.xreplace(defined) if defined and operator_calls(expr) else expr

    def _approximately(self, ea, eb):
        known = self.knowledge()
        given = {**known.values, **known.moments, **known.laws}
        rvs = random_names(ea) | random_names(eb)
        left, right = to_moments(ea, rvs).xreplace(given), to_moments(eb, rvs).xreplace(given)
        return compare(left, right, self.ctx.assumptions, approx=True)


def _random_letter(name: str) -> bool:
    """X, X_1, or one small letter declared with a law (`m \\sim \\text{Bernoulli}(q)`, a
    dropout mask): never data y_i, whose law each of them has."""
    return bool(RANDOM_NAME.fullmatch(name)) or (len(name) == 1 and name.islower() and name != "e")


def _linear_root(equation, unknown) -> list:
    """The root of an equation of degree 1 in `unknown`, its other terms left as they are."""
    slope = equation.coeff(unknown)
    return [] if slope == 0 else [-(equation - slope * unknown) / slope]
