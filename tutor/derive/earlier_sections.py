"""A wrong step through a name given under an earlier heading or problem label: unchecked."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.parameters import signature_given_here
from tutor.derive.vector_values import names_differentiated
from tutor.judge.equivalence import compare
from tutor.judge.probabilities import judge_probabilities
from tutor.judge.random_variables import (
    OPERATORS,
    Knowledge,
    judge_moments,
    operator_calls,
    random_names,
)
from tutor.model import SIBLING_SECTION, StepResult  # noqa: F401 (re-exported)

STALE_BUDGET = 1.0  # seconds to judge a step again without the values of an earlier heading


@dataclass(frozen=True)
class LawAbove:
    """A random variable whose law (X ~ Poisson(2)) was declared under an earlier heading."""

    name: sp.Symbol


@dataclass(frozen=True)
class StatedAbove:
    """A probability stated under an earlier heading (`P(A ∩ B) = 0.08` of exercise 8, as
    P(A, B) - 0.08); `far`: two headings up or more (the exercise before, not its problem)."""

    statement: sp.Expr
    far: bool = False


def given_above(name: str) -> str:
    """Why a step through a name valued under an earlier heading is not sure."""
    return (f"{name} was given under an earlier heading or problem label: the {name} meant "
            "here may be another (give it again to have this checked)")


def left_above(ctx, new_exercise: bool = False) -> set:
    """What a new heading leaves above it: the names valued (y = 1 may be another's y), the
    laws declared, the probabilities stated (each one more heading up than it was; all of them
    far at the heading of a new exercise: P(X = 0) of Opgave 1 is not that of Opgave 2)."""
    marked = {s.statement for s in ctx.stale if isinstance(s, StatedAbove)}
    return set(ctx.values) | {LawAbove(x) for x in ctx.distributions} | {
        StatedAbove(p, new_exercise or p in marked) for p in ctx.probabilities}


def under_an_earlier_heading(ctx, last: StepResult, a, b) -> None:
    """`last` (the result of the step a → b) made unchecked when it is an error through a
    function defined two headings up or more, or under the heading before after an expression
    written alone under this one (Problem 2 says 'differentiate x² + 1', then f'(x) = 2x, f of
    Problem 1 being x³), or through a name valued under an earlier heading or problem label
    (y = sinh 2x in Problem 3, y of the curve x² + xy + y² = 7 in Problem 6): the f or y meant
    here may be another (under `### Solution` right below the problem it is the problem's)."""
    if last.verdict != "error":
        return
    older = ctx.older if ctx.described != ctx.section else ctx.headed
    called = _called_through(ctx.functions, {
        f.func.__name__ for part in (a, b) for f in part.atoms(AppliedUndef)})
    old = sorted(n for n in called if n in older and ctx.functions.get(n) is older[n]
                 and not signature_given_here(ctx, older[n], n))
    if old:
        last.not_sure(f"{old[0]} was defined under an earlier heading: the {old[0]} meant "
                      "here may be another function (define it again to have this checked)")
        return
    example = _example_calls_used(ctx, a, b)
    if example:
        last.not_sure(f"{example[0]} was worked out as a number in an example above: the "
                      f"{example[0]} meant here, beside a formula, may be the general one")
        return
    stale = _stale_names_used(ctx, a, b) or _stale_parameters_used(ctx, a, b)
    if stale and not _wrong_in_its_variables(ctx, stale, a, b) and not _means_of_these(
            ctx, stale, a, b):
        last.not_sure(given_above(stale[0]))
        return
    _through_laws_above(ctx, last, a, b)


def _wrong_in_its_variables(ctx, names: list[str], a, b) -> bool:
    """Whether the step is wrong as a formula in the variables its derivatives are taken in,
    when those are the names given under an earlier heading (∂E/∂ŷ₁ = (t₁ - ŷ₁)^1 with ŷ₁ =
    σ(y₁) in the forward pass above: ŷ₁ is a variable here, its value never enters)."""
    if not set(names) <= names_differentiated(a, b):
        return False
    kept = {k: v for k, v in ctx.values.items() if getattr(k, "name", None) in names}
    for k in kept:
        del ctx.values[k]
    try:
        left, right = (ctx.expand(x).replace(lambda e: isinstance(e, sp.Derivative),
                                             lambda d: d.doit()) for x in (a, b))
        if left.has(sp.Derivative) or left.free_symbols != right.free_symbols:
            return False  # not worked out, or a value put in on one side only
        return compare(left, right, ctx.assumptions, budget=STALE_BUDGET).status == "not_equal"
    finally:
        ctx.values.update(kept)


def _means_of_these(ctx, names: list[str], a, b) -> bool:
    """Whether each name was given as a moment of random variables this step takes E, Var or
    Cov of (μ = E(X) under `# Expected value`, E((X − μ)²) under `# Variance`): the mean of X
    is the mean of X under any heading."""
    values = {k.name: v for k, v in ctx.values.items() if getattr(k, "name", None) in names}
    here = random_names(a) | random_names(b)
    return len(values) == len(names) and all(
        operator_calls(v) and random_names(v) and random_names(v) <= here
        for v in values.values())


def _called_through(functions: dict, called: set, depth: int = 3) -> set:
    """The functions called, and those their definitions call (f(x) = u(g(x)): u and g too)."""
    for _ in range(depth):
        more = {c.func.__name__ for n in called if n in functions
                for c in functions[n].expr.atoms(AppliedUndef)} - called
        if not more:
            break
        called = called | more
    return called


def _through_laws_above(ctx, last: StepResult, a, b) -> None:
    """`last` unchecked when it is wrong through the law of a random variable declared under an
    earlier heading, or through a probability stated two headings up or more (P(A ∩ B) = 0.08
    of exercise 8 is not that of exercise 20)."""
    statements = {s.statement for s in ctx.stale if isinstance(s, StatedAbove) and s.far}
    far = {c for s in statements for c in s.atoms(AppliedUndef)}
    used = {c for part in (a, b) for c in part.atoms(AppliedUndef)}
    through = sorted(map(str, far & used)) or _through_statements(ctx, statements, a, b)
    if through:
        last.not_sure(f"{through[0]} was stated under an earlier heading or problem label: "
                      "the one meant here may be another (state it again to have this checked)")
        return
    laws = sorted(s.name.name for s in ctx.stale if isinstance(s, LawAbove)
                  and s.name in a.free_symbols | b.free_symbols)
    if laws:  # X ~ Poisson(2) in section 3, X of a table of values in section 4
        last.not_sure(f"the law of {laws[0]} was declared under an earlier heading: the "
                      f"{laws[0]} meant here may be another (declare it again to have this "
                      "checked)")


def _through_statements(ctx, statements: set, a, b) -> list[str]:
    """The probabilities stated two headings up or more (or in a changed case a heading up:
    P(D) = 0.162 as the prior of a second test) that a wrong step in probabilities is wrong
    through, though it names none of them (P(D | +) = 190/1170 computed with that P(D)): the
    step is no longer wrong without them."""
    far = [s for s in ctx.probabilities if s in statements]
    if not far:
        return []
    verdict = judge_probabilities(a, b, [s for s in ctx.probabilities if s not in statements])
    if verdict is None or verdict.status == "not_equal":  # no probabilities, or wrong anyway
        return []
    return sorted(str(c) for s in far for c in s.atoms(AppliedUndef))


def _stale_names_used(ctx, a, b) -> list[str]:
    """The names valued under an earlier heading or label that the step uses, as written or
    as a function (dy/dx reads y as y(x))."""
    stale = {s.name for s in ctx.stale if isinstance(s, sp.Symbol) and getattr(  # a formula:
        ctx.values.get(s), "free_symbols", None)}  # y = sinh 2x, not x = 0 of an example
    if ctx.parents.setup_changed(ctx.values, ctx.premised):  # `## Backprop`'s a under `### ReLU`
        stale |= {s.name for s in ctx.parents.formulas}
    if not stale:
        return []
    used = {s.name for part in (a, b) for s in part.free_symbols if hasattr(s, "name")}
    used |= {f.func.__name__ for part in (a, b) for f in part.atoms(AppliedUndef)}
    return sorted(used & stale)


_PARAMETER_NAMES = frozenset({"p", "q", "n", "k", "lambda", "mu", "sigma", "theta", "alpha",
                              "beta"})


def _stale_parameters_used(ctx, a, b) -> list[str]:
    """The parameter letters (p, λ, n) valued by a number under an earlier heading that a step
    uses while a law is declared under this one: p = 0.2 of question 2's Bin(5, 0.2) is not the
    p of E[N] = 1/p under question 4's N ~ Geom(1/6)."""
    laws = [law for x, law in ctx.distributions.items() if LawAbove(x) not in ctx.stale]
    if not laws:
        return []
    in_laws = {s for _, arguments in laws for argument in arguments
               for s in getattr(argument, "free_symbols", ())}  # T ~ Exp(λ): λ is T's
    used = {s for part in (a, b) for s in part.free_symbols} | _through_moments(ctx, a, b)
    used -= in_laws
    return sorted(s.name for s in ctx.stale & used
                  if isinstance(s, sp.Symbol) and s.name in _PARAMETER_NAMES)


def _through_moments(ctx, a, b) -> set:
    """The names in the moments stated above (E(X) = np) that a step in moments uses through
    them (E(Y) = 2·4 - 1 with Y = 2X - 1 is judged with E(X) = np, and so with p); none when
    the step is wrong without them."""
    if not any(f.func.__name__ in OPERATORS for part in (a, b)
               for f in part.atoms(AppliedUndef)):
        return set()
    verdict = judge_moments(a, b, Knowledge(laws=dict(ctx.laws)))
    if verdict is not None and verdict.status == "not_equal":  # Var(2X - 1) = 2 Var(X): wrong
        return set()  # by the rules and the laws in force, whatever the moments above say
    return {s for value in ctx.moments.values() for s in getattr(value, "free_symbols", ())}


def _example_calls_used(ctx, a, b) -> list[str]:
    """The calls valued by a number in an example above (H(p, q) = -log 0.7 ≈ 0.357 for a
    one-hot p) that a step in the letters of the general formula uses: `Σᵢ pᵢ log(pᵢ/qᵢ) =
    H(p, q) - H(p)` states the identity, not the example. A call that is a whole side is the
    value restated (tutor.derive.rounded_definitions says what of it)."""
    numbers = {call: sp.Integer(0) for call, value in ctx.calls.items()
               if isinstance(value, sp.Basic) and value.is_number}
    if not (a.xreplace(numbers).free_symbols or b.xreplace(numbers).free_symbols):
        return []  # H(p, q) - H(p) = 0.3 with both worked out: a claim in numbers
    return sorted(str(call) for part in (a, b) for call in part.atoms(AppliedUndef)
                  if call in numbers and call not in (a, b))  # a side alone: restated
