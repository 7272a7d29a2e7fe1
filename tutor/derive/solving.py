"""Conventions of solving steps: an estimate named after its unknown (θ̂ after an equation in θ),
and what the writer divides by taken nonzero."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from tutor.budget import AttemptTimedOut
from tutor.compat import AppliedUndef
from tutor.derive.context import value_of
from tutor.derive.diagnosis import diagnose, diagnose_solve_step, show
from tutor.derive.diagnosis_equations import diagnose_equation
from tutor.judge.caching import attempt
from tutor.judge.equivalence import Equation, compare
from tutor.model import Verdict
from tutor.names import PLUS_MINUS
from tutor.trees import nodes_of

ESTIMATE = re.compile(r"(?P<unknown>[^_]+)((?:_(?:hat|star|tilde|MLE|ML|MAP|opt|n))*)")
MARKS = ("hat", "star", "MLE", "ML", "MAP", "opt")  # one of them makes a name an estimate


def as_unknowns(old: Equation, new: Equation) -> tuple[Equation, dict]:
    """`new` with each estimate (θ_hat) written as its unknown (θ) when the unknown stands in
    `old` and not in `new`: `⇒ \\hat\\theta = k/n` solves the equation above for θ. Returns the
    equation and the renaming made (empty: `new` as it was)."""
    old_symbols = old.lhs.free_symbols | old.rhs.free_symbols
    new_symbols = new.lhs.free_symbols | new.rhs.free_symbols
    renaming = {}
    for s in new_symbols - old_symbols:
        m = ESTIMATE.fullmatch(s.name)
        marked = m is not None and any(f"_{mark}" in m.group(2) + "_" for mark in MARKS)
        unknown = next((u for u in old_symbols if marked and u.name == m.group("unknown")), None)
        if unknown is not None and unknown not in new_symbols:
            renaming[s] = unknown
    if not renaming:
        return new, {}
    return Equation(new.lhs.xreplace(renaming), new.rhs.xreplace(renaming)), renaming


def estimates_named(ctx, new: Equation, renaming: dict) -> str:
    """`⇒ μ̂_MLE = Σx_i/n`, right after the equation in μ: how the solving reads ("μ̂_MLE for μ"),
    and the estimate is named by its value from here (never given one above), so the lines below
    that write μ̂ for the sample mean are checked with it, never held to a free μ̂."""
    if len(renaming) == 1:
        estimate, unknown = next(iter(renaming.items()))
        if new.lhs == unknown and unknown not in new.rhs.free_symbols and \
                estimate not in ctx.values:
            ctx.values[estimate] = new.rhs
    return solved_for(renaming)


def solved_for(renaming: dict) -> str:
    """How the renaming reads in a message: "θ_hat for θ"."""
    return ", ".join(f"{show(e)} for {show(u)}" for e, u in sorted(
        renaming.items(), key=lambda item: item[0].name))


def nonzero_divisors(old: Equation, new: Equation) -> list:
    """`d ≠ 0` for each factor d of a denominator of the two equations, except those holding
    the unknown the new equation isolates: the old equation is undefined where its own vanish
    (k/θ = … then k = θ…), and dividing by a parameter (n θ = k, then θ = k/n) takes it
    nonzero. Empty when there is nothing to divide by."""
    unknown = _isolated(new)
    found = []
    for side in (old.lhs, old.rhs, new.lhs, new.rhs):
        try:
            taken = derivatives_taken(side)  # dℓ/dp; -y³/(3xy² + 3y²): y ≠ 0 too, as written
            denominator = sp.Mul(sp.fraction(sp.together(taken))[1], *written_divisors(taken))
            atoms = {s: sp.Dummy() for s in denominator.atoms(sp.Sum)}  # n/Σx_i: Σx_i a value
            factors = [(f.xreplace({d: s for s, d in atoms.items()}), k) for f, k in sp.factor_list(
                denominator.xreplace(atoms))[1]] if denominator.free_symbols else []
        except (sp.PolynomialError, TypeError, ValueError, NotImplementedError):
            return []
        for factor, _ in factors:
            if factor.free_symbols and (unknown is None or unknown not in factor.free_symbols) \
                    and _polynomial_in_sums(factor) and sp.Ne(factor, 0) not in found:  # ln 2: no
                found.append(sp.Ne(factor, 0))
    return found


def written_divisors(side) -> list:
    """The bases of the negative powers of `side` as written, before a common factor is
    cancelled (`-y^3/(3xy^2 + 3y^2)` is undefined at y = 0, though `-y/(3x + 3)` is not)."""
    return [p.base for p in side.atoms(sp.Pow) if p.exp.is_negative]


def _polynomial_in_sums(factor) -> bool:
    """A polynomial, each sum over the data (Σx_i) taken as one value."""
    return factor.xreplace({s: sp.Dummy() for s in factor.atoms(sp.Sum)}).is_polynomial()


def _isolated(eq: Equation):
    """The symbol standing alone on one side and nowhere on the other (x in x = b/a)."""
    for alone, other in ((eq.lhs, eq.rhs), (eq.rhs, eq.lhs)):
        if isinstance(alone, sp.Symbol) and alone not in other.free_symbols:
            return alone
    return None


def shown_conditions(relations: list) -> str:
    """`n ≠ 0, θ ≠ 1` for a message."""
    return ", ".join(sorted(_shown_condition(r.lhs) for r in relations))


def _shown_condition(factor) -> str:
    if len(factor.free_symbols) == 1:
        (s,) = factor.free_symbols
        poly = sp.Poly(factor, s)
        if poly.degree() == 1:
            a, b = poly.all_coeffs()
            return f"{show(s)} ≠ {show(-b / a)}"
    return f"{show(factor)} ≠ 0"


def compared_where_defined(old: Equation, new: Equation, ctx, budget: float,
                           written: str | None = None) -> tuple[Verdict, list]:
    """The verdict on two equations (`ctx`: the walk's Context), and the divisors it takes
    nonzero: undecided as they stand, they are compared again where what is divided by is
    not 0 (`nonzero_divisors`). `written`: the line `new` stands in (its decimals' places)."""
    pair = sp.Eq(old.lhs, old.rhs, evaluate=False), sp.Eq(new.lhs, new.rhs, evaluate=False)
    verdict = compare(*pair, ctx.assumptions, budget=budget, texts=(None, written))
    if verdict.status == "not_equal" and _undefined_of_unknowns(pair):
        return Verdict("unknown", reason="a function not defined here takes the unknown: the "
                       "solutions of the equation above are not known"), []
    if verdict.status == "not_equal" and compare(old.lhs, old.rhs, ctx.assumptions,
                                                 budget=budget).status == "equal":
        return Verdict("unknown", reason="the equation above holds for every value, as read "
                       "(d Var(p_M)/dp = 0 with Var(p_M) not in p): nothing follows from it"), []
    # not equal only where a parameter divided by is 0 (w = y/x after x(wx - y) = 0): retried
    # when the new equation isolates its unknown (never for a root gained or lost in x itself)
    retry = verdict.status == "unknown" or verdict.status == "not_equal" and _isolated(new)
    divisors = nonzero_divisors(old, new) if retry else []
    if not divisors:
        return verdict, []
    with ctx.assuming(divisors):
        again = compare(*pair, ctx.assumptions, budget=budget)
        if again.status == "unknown":  # λ = n/Σx_i after n/λ - Σx_i = 0: Σx_i one value
            again = _with_sums_as_values(pair, _isolated(new), ctx, budget)
    return (again, divisors) if again.status == "equal" else (verdict, [])


def _with_sums_as_values(pair: tuple, unknown, ctx, budget: float) -> Verdict:
    """The two equations compared with each sum over the data that does not hold the unknown
    as a value of its own (Σx_i as S, S ≠ 0 where divided by): only `equal` is kept, since it
    holds for every S and so for the sum; anything else is unknown."""
    sums = {s for eq in pair for s in eq.atoms(sp.Sum)}
    if unknown is None or not sums or any(unknown in s.free_symbols for s in sums):
        return Verdict("unknown", reason="no sum to take as a value")
    values = {s: sp.Symbol(f"sum_{k}_") for k, s in enumerate(sorted(sums, key=sp.srepr))}
    known = ctx.assumptions
    assumed = replace(known, relations=[r.xreplace(values) for r in known.relations])
    found = compare(*(eq.xreplace(values) for eq in pair), assumed, budget=budget)
    return found if found.status == "equal" else Verdict("unknown", reason=found.reason)


def one_variable(eq: Equation):
    """The one symbol an equation is about (`log p = log(1-p)`: p), or None."""
    found = eq.lhs.free_symbols | eq.rhs.free_symbols
    if len(found) != 1 or nodes_of(eq.lhs, AppliedUndef) or nodes_of(eq.rhs, AppliedUndef):
        return None
    return next(iter(found))


def solve_for(eq: Equation, var: sp.Symbol):
    try:
        sols = sp.solve(sp.Add(eq.lhs, -eq.rhs), var, rational=True)
        return sols[0] if len(sols) == 1 else None
    except (NotImplementedError, ValueError, TypeError):
        return None


def solves(eq: Equation) -> bool:
    """`x = 2`, `2 = x` or `x = ±2`: an equation that states a solution (or two)."""
    return any(isinstance(a, sp.Symbol) and a != PLUS_MINUS and (
        b.is_number is True or b.has(PLUS_MINUS) and b.free_symbols == {PLUS_MINUS})
        for a, b in ((eq.lhs, eq.rhs), (eq.rhs, eq.lhs)))


def derivatives_taken(expr):
    """`expr` with its derivatives worked out, when that is quick (else as it is): which names a
    side holds is read after them (d²/dλ² of n log λ - λ Σ t_i holds no t_i)."""
    if not expr.has(sp.Derivative):
        return expr
    try:
        with attempt(0.2):
            return expr.replace(lambda e: isinstance(e, sp.Derivative), lambda e: e.doit())
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError):
        return expr


def solve_step_diagnosis(old: Equation, new: Equation, assumptions,
                         budget: float) -> tuple[str, str | None]:
    """Why `new` does not follow from `old`: the slip on the right side, or the value."""
    code, why = "solve-step", None
    same_lhs = compare(old.lhs, new.lhs, assumptions, budget=budget)
    if same_lhs.status == "equal" and not isinstance(new.lhs, sp.Symbol):
        found = diagnose(value_of(old.rhs), new.rhs)
        if found:
            code, why = found
    elif isinstance(new.lhs, sp.Symbol):
        correct = solve_for(old, new.lhs)
        if correct is not None:
            code, why = diagnose_solve_step(correct, new.rhs, new.lhs)
    if why is None or code in ("term", "arithmetic"):  # what was done to the equation
        found = diagnose_equation(old.lhs, old.rhs, new.lhs, new.rhs)
        if found:
            code, why = found
    return code, why


def both_roots(eq: Equation) -> Equation:
    """`x = 2 ± √3` as the equation its two roots solve, (x - 2 - √3)(x - 2 + √3) = 0; any
    other equation as it is."""
    if not eq.rhs.has(PLUS_MINUS) or eq.lhs.has(PLUS_MINUS) \
            or eq.rhs.xreplace({PLUS_MINUS: 0}).has(PLUS_MINUS):
        return eq
    plus, minus = (eq.rhs.xreplace({PLUS_MINUS: sign}) for sign in (1, -1))
    return Equation(sp.Mul(eq.lhs - plus, eq.lhs - minus), sp.S.Zero)


def estimate_after(left, state) -> bool:
    """`\\hat p = …` right after an equation in p (the block before, or this one): it solves
    that equation, it does not define a new name."""
    before = state.prev_eq or (state.carried if state.follows else None)
    if before is None or not isinstance(left, sp.Symbol):
        return False
    m = ESTIMATE.fullmatch(left.name)
    if m is None or not any(f"_{mark}" in m.group(2) + "_" for mark in MARKS):
        return False
    return any(u.name == m.group("unknown") for u in before.lhs.free_symbols
               | before.rhs.free_symbols)


def as_their_unknowns(names: set, unknowns: set) -> set:
    """`names` with each estimate (θ_hat, p_MLE) written as its unknown when that unknown is
    one of `unknowns`: `7(1-θ) = 3θ, so \\hat\\theta = 0.7` solves for θ."""
    found = set()
    for s in names:
        m = ESTIMATE.fullmatch(getattr(s, "name", ""))
        marked = m is not None and any(f"_{mark}" in m.group(2) + "_" for mark in MARKS)
        unknown = next((u for u in unknowns if marked and u.name == m.group("unknown")), None)
        found.add(unknown if unknown is not None else s)
    return found


def _undefined_of_unknowns(pair: tuple) -> bool:
    """Whether an equation holds a function not defined here called on a name of the other
    (`KL(N(μ, 1) ‖ N(0, 1)) = μ²/2`, then `μ = 3`: which μ solve it is not known)."""
    for k, equation in enumerate(pair):
        names = pair[1 - k].free_symbols
        if any(call.free_symbols & names for call in equation.atoms(AppliedUndef)):
            return True
        if any(at.has(AppliedUndef) and set().union(*(v.free_symbols for v in at.point)) & names
               for at in equation.atoms(sp.Subs)):  # Var'(p) at p = p_M, Var not defined
            return True
    return False
