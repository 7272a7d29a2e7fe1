"""Decide whether two expressions or equations are equal: a ladder of rungs under a time budget.

The rungs: identical after evaluation; constants by exact arithmetic (a bare decimal is read to
the precision written); otherwise random points of the assumed domain, screened all at once in
floating point, then algebra (expand, cancel) when no point disagrees, then "equal" by agreement
at many points. Every numeric verdict is settled in high precision with mpmath: a "not_equal"
needs a witness whose difference is stable as the precision grows, an "equal" needs points where
the difference vanishes. Anything else is "unknown" with the reason.
"""

from __future__ import annotations

import copy

import sympy as sp

from tutor.budget import AttemptTimedOut, BudgetExceeded, Clock, deadline
from tutor.compat import InconsistentAssumptions
from tutor.errors import internal_error
from tutor.judge import caching
from tutor.judge.antiderivatives import (
    antiderivative_pair,
    integration_variables_related,
    on_one_side,
)
from tutor.judge.conditions import is_condition, is_inequality, relations_of
from tutor.judge.equations import compare_equations
from tutor.judge.expressions import Equation, compare_expressions
from tutor.judge.finite_ellipsis import compare_spelled
from tutor.judge.index_cases import (
    compare_in_cases,
    needs_cases,
    normalized,
    one_range,
    one_range_given,
)
from tutor.judge.inequalities import compare_conditions
from tutor.judge.inequality_claims import check_claim
from tutor.judge.information import compare_information
from tutor.judge.information_reading import unless_information_decides
from tutor.judge.lotus import sums_as_expectations
from tutor.judge.matrices import compare_matrices, involves_vectors
from tutor.judge.matrix_entries import compare_entries, numeric_matrices, scaled_out
from tutor.judge.optima import compare_optima, holds_optimum
from tutor.judge.probabilities import compare_events
from tutor.judge.scalar_points import (
    inner_products_as_numbers,
    inner_products_as_sums,
    points_as_numbers,
)
from tutor.judge.sequence_terms import sequence_term_in_limit
from tutor.judge.series import cut_short, is_series_pair, may_be_cut_short, series_verdict
from tutor.judge.sum_conditions import sums_under
from tutor.judge.vector_equations import compare_vector_equations
from tutor.model import Assumptions, Verdict
from tutor.names import ELLIPSIS, PLUS_MINUS
from tutor.trees import forget as forget_nodes

__all__ = ["Equation", "check_inequality", "clear_caches", "compare"]

NO_ASSUMPTIONS = Assumptions()
# verdicts of pairs already judged: a class handing in the same problem costs one learner
VERDICTS = caching.memo(4096)


def clear_caches() -> None:
    """Forget what earlier checks cached (verdicts, prepared expressions, limit values,
    evaluators of equations): for benchmarks."""
    from tutor.judge.roots import clear_evaluators

    caching.clear_all()
    clear_evaluators()
    forget_nodes()


def compare(a, b, assumptions: Assumptions = NO_ASSUMPTIONS, *, approx: bool = False,
            budget: float = 2.0, texts=(None, None)) -> Verdict:
    """Are `a` and `b` equal under the assumptions? Sound: unsure means "unknown".

    `a` and `b` are sympy expressions, relations (inequalities, conjunctions of them: compared
    by their real solution sets) or Equations (never text; `texts` are how
    they were written, when known: decimals are read to the places written). Whatever goes
    wrong inside is an "unknown" verdict with its reason; nothing is raised.

    A verdict reached with time to spare and no attempt timed out is remembered (it depends
    on nothing but the arguments): the same pair again is answered from memory.
    """
    key = verdict_key(a, b, assumptions, approx, budget, texts)
    known = VERDICTS.get(key)
    if known is not None:  # only a pair that passed the test below was ever kept
        return _copy(known)
    unknowable = sequence_term_in_limit(a, b)  # lim R_n: R_n depends on n by its subscript
    if any(_divided_by_zero(side) for x in (a, b) for side in _sides(x)):  # (-1/0)^(-x)
        unknowable = "a division by zero as written: the value is undefined"
    if unknowable:
        return Verdict("unknown", reason=unknowable)
    clock = Clock(budget)
    timeouts = caching.timeouts()
    verdict, complete = _guarded(lambda: _compare_objects(a, b, assumptions, clock, approx,
                                                          texts), clock, budget)
    if complete and caching.timeouts() == timeouts and not clock.spent():
        VERDICTS.put(key, _copy(verdict))
    return verdict


def check_inequality(lhs, op: str, rhs, assumptions: Assumptions = NO_ASSUMPTIONS, *,
                     budget: float = 2.0) -> Verdict:
    """Does `lhs op rhs` (op one of < <= > >=) hold wherever both sides are defined?

    "equal" when it holds (proved, or no counterexample at many points: `method` says which),
    "not_equal" with a witness where it fails, "unknown" with the reason; nothing is raised."""
    key = verdict_key(lhs, rhs, assumptions, False, budget, (op, "claim"))
    known = VERDICTS.get(key)
    if known is not None:
        return _copy(known)
    clock = Clock(budget)
    timeouts = caching.timeouts()
    verdict, complete = _guarded(lambda: check_claim(lhs, op, rhs, assumptions, clock), clock,
                                 budget)
    if complete and caching.timeouts() == timeouts and not clock.spent():
        VERDICTS.put(key, _copy(verdict))
    return verdict


def facts_told_afresh(exc: InconsistentAssumptions) -> bool:
    """Tell the object whose facts clashed only the facts it was made with (its deductions are
    made again when asked): facts left half told by an alarm inside sympy's deduction, or a
    wrong one stored there, are gone. False when the clash names no such object."""
    known = exc.args[0] if exc.args else None
    given = getattr(known, "_generator", None)
    if not isinstance(known, dict) or not isinstance(given, dict):
        return False
    known.clear()
    known.deduce_all_facts(given.items())
    return True


def _guarded(work, clock: Clock, budget: float, again: bool = True) -> tuple[Verdict, bool]:
    """(work's verdict, True), or (an "unknown" saying what went wrong, False)."""
    try:
        with deadline(budget):
            return work(), True
    except InconsistentAssumptions as exc:  # an object's facts half told: told afresh, once
        if again and facts_told_afresh(exc) and clock.remaining() > 0:
            return _guarded(work, clock, clock.remaining(), again=False)
        reason = internal_error(exc)
    except BudgetExceeded:
        reason = f"time budget of {budget:g} s spent"
    except RecursionError:
        reason = "expression too deeply nested to check"
    except MemoryError:
        reason = "expression too large to check"
    except OverflowError:  # sympy turning a huge integer into a count or a float
        reason = "a number too large to check"
    except Exception as exc:  # noqa: BLE001 - any other failure is an honest "unknown"
        reason = internal_error(exc)  # a known failure of sympy's says what it means
    return Verdict("unknown", reason=reason), False


def verdict_key(a, b, assumptions: Assumptions, approx: bool, budget: float, texts):
    """What a verdict depends on. sympy's == is structural (types, arguments, a Float's
    precision, a symbol's assumptions), so the objects themselves are the key, as their srepr
    would be; None when something cannot be a key."""
    try:
        key = (_object_key(a), _object_key(b), _assumptions_key(assumptions), bool(approx),
               float(budget), tuple(texts))
        hash(key)
    except (TypeError, ValueError, AttributeError, RecursionError):
        return None
    return key


def _object_key(x):
    if isinstance(x, Equation):
        return ("Equation", _object_key(x.lhs), _object_key(x.rhs))
    if not isinstance(x, sp.Basic):
        raise TypeError("only sympy objects are keys")
    return x


def _assumptions_key(a: Assumptions) -> tuple:
    return (tuple(sorted((name, tuple(sorted(flags))) for name, flags in a.flags.items())),
            tuple(a.relations),
            tuple(sorted((name, tuple(bound)) for name, bound in a.bounds.items())))


def _copy(verdict: Verdict) -> Verdict:
    """A verdict the caller may change without changing the remembered one."""
    made = copy.copy(verdict)
    made.witness = dict(verdict.witness) if verdict.witness is not None else None
    return made


def _compare_objects(a, b, assumptions: Assumptions, clock: Clock, approx: bool,
                     texts) -> Verdict:
    a, b = _as_equation(a), _as_equation(b)
    if any(holds_optimum(side) for side in (*_sides(a), *_sides(b))):  # argmax_θ L = argmax_θ log L
        return _compare_optima(a, b, assumptions, clock, approx)
    a, b = scaled_out(a), scaled_out(b)  # 0.0478 × [0.88, 0.91]: the products' list
    if numeric_matrices(a, b):  # [σ(0.2); σ(0.4)] ≈ [0.55; 0.60]: each entry a number
        return compare_entries(a, b, texts, lambda x, y, written: _compare_objects(
            x, y, assumptions, clock, approx, written))
    if _vectors(a) or _vectors(b):
        verdict = _compare_vectors(a, b)
        if verdict.status != "unknown" or any(
                isinstance(x, Equation) or is_inequality(x) for x in (a, b)):
            return verdict
        return _vectors_as_numbers(a, b, verdict, lambda x, y: _compare_objects(
            x, y, assumptions, clock, approx, texts))
    if is_inequality(a) or is_inequality(b):
        return _compare_relations(a, b, assumptions, clock)
    if isinstance(a, Equation) and isinstance(b, Equation):
        for side in (a.lhs, a.rhs, b.lhs, b.rhs):
            if side.has(ELLIPSIS, PLUS_MINUS):
                return Verdict("unknown", reason="'…' or '±' cannot be checked")
        pair = one_range(sp.Tuple(a.lhs, a.rhs), sp.Tuple(b.lhs, b.rhs))  # Σ x_i, Σ_1^n x_i
        a, b = (Equation(*sides.args) for sides in pair)
        return compare_equations(a, b, assumptions, clock, texts)
    if isinstance(a, Equation) or isinstance(b, Equation):
        return Verdict("unknown", reason="one side is an equation, the other is not")
    verdict = _compare_plain(a, b, assumptions, clock, approx, texts)
    return unless_information_decides(verdict, a, b, lambda x, y: _compare_plain(  # Σ I(X=v)
        x, y, assumptions, clock, approx, (None, None)))  # P(X=v): indicator or information?


def _vectors_as_numbers(a, b, verdict: Verdict, judge) -> Verdict:
    """An unknown between vector expressions settled by the scalar engine (`judge`) where the
    vectors can be put behind numbers or written out (tutor.judge.scalar_points)."""
    numbers = points_as_numbers(a, b)
    if numbers is not None:  # d/dp (-ln p) at p = σ(wᵀx + b): the point one number
        scalar = judge(*numbers)
        return scalar if scalar.status == "equal" else verdict
    inner = inner_products_as_numbers(a, b)
    if inner is not None:  # ∂L/∂b of L(σ(wᵀx + b)): wᵀx one number
        scalar = judge(*inner[:2])
        if scalar.status == "equal" or (inner[2] and scalar.status == "not_equal"):
            return scalar
    summed = inner_products_as_sums(a, b)
    if summed is not None:  # ∂/∂w_j (wᵀx + b): Σ_k w_k x_k in w_j
        scalar = judge(*summed)
        return scalar if scalar.status != "unknown" else verdict
    return verdict


def _compare_plain(a, b, assumptions: Assumptions, clock: Clock, approx: bool, texts) -> Verdict:
    """Two expressions (no equation, relation or vector)."""
    events = compare_events(a, b)  # P(A) = 1 - P(Aᶜ): by the algebra of the events
    if events is None:
        events = compare_information(a, b)  # H(X|Y) = H(X,Y) - H(Y)
    if events is not None:
        return events
    if (expected := sums_as_expectations(a, b)) is not None:  # Σ_x e^{xt} P(X = x): E[e^{Xt}]
        return _compare_plain(*expected, assumptions, clock, approx, texts)
    spelled = compare_spelled(a, b, lambda x, y: _compare_plain(x, y, assumptions, clock,
                                                                approx, texts))
    if spelled is not None:  # 1 + 2 + 3 + … + 100: the sum of the run
        return spelled
    if is_series_pair(a, b, approx):  # 1 + x + x²/2 + …, + O(x⁴), sin x ≈ x - x³/6
        return series_verdict(a, b, approx)
    related = integration_variables_related(a, b)  # ∫ u dv = uv - ∫ v du: u, v of each other
    if related:
        return Verdict("unknown", reason=related)
    written, (a, b) = (a, b), antiderivative_pair(a, b) or (a, b)  # ∫ x dx = x²/2 + C
    a, b = sums_under(a, b, assumptions)  # Σ x^n = 1/(1 - x) where |x| < 1 is assumed
    a, b, assumptions = one_range_given(a, b, assumptions)  # Σ_i x_i beside Σ_{i=1}^n x_i
    a, b, assumptions = normalized(a, b, assumptions)  # Σ_k y_k = 1 given
    if needs_cases(a, b):  # ∂z_j/∂z_i, δ_ik: each way the free indices can coincide
        return compare_in_cases(a, b, assumptions, lambda x, y, case: compare_expressions(
            x, y, case, clock, approx=approx))
    verdict = compare_expressions(a, b, assumptions, clock, approx=approx, texts=texts)
    one_side = on_one_side(*written, lambda sign: compare_expressions(
        a, b, assumptions.with_relation(sign), clock).status == "equal") if (
        verdict.status == "not_equal" and (a, b) != written) else None
    if one_side:  # (F + C)' = f for x > 0 only
        return Verdict("unknown", reason=one_side)
    if verdict.status == "not_equal" and not approx:  # sin x - x cos x = x³/3 (a series cut)
        cut = _cut_short_in_time(a, b, clock)
        return verdict if cut is None else cut
    return verdict


CUT_SHORT_SECONDS = 0.8  # sympy's first series in a process takes 0.4 s


def _cut_short_in_time(a, b, clock: Clock) -> Verdict | None:
    """`cut_short` in a window of its own, at most half the time the budget has left. When the
    pair has the shape of a series cut short and the window is too short or runs out, the
    not_equal is not confirmed: a time limit never makes an error (x cos x = x(1 - x²/2))."""
    if may_be_cut_short(a, b) is None:
        return None  # z + sin(z)^100000 against z: no series, the not_equal stands
    seconds = min(CUT_SHORT_SECONDS, clock.remaining() / 2)
    if seconds >= 0.05:
        try:
            with caching.attempt(seconds):
                return cut_short(a, b)
        except AttemptTimedOut:
            pass
    return Verdict("unknown", reason="not settled in time whether it is a Taylor polynomial "
                                     "written with = (a series cut short)")


def _compare_vectors(a, b) -> Verdict:
    """Vector and matrix expressions (tutor.judge.matrices); equations of them: not yet."""
    if isinstance(a, Equation) and isinstance(b, Equation):
        return compare_vector_equations(a, b)
    if any(isinstance(x, Equation) or is_inequality(x) for x in (a, b)):
        return Verdict("unknown", reason="an equation of vectors beside an expression is not "
                                         "compared")
    return compare_matrices(a, b)


def _compare_optima(a, b, assumptions: Assumptions, clock: Clock, approx: bool) -> Verdict:
    if isinstance(a, Equation) and isinstance(b, Equation) and a.lhs == b.lhs:
        a, b = a.rhs, b.rhs
    return compare_optima(a, b, lambda x, y: _compare_objects(x, y, assumptions, clock, approx,
                                                              (None, None)))


def _as_equation(x):
    return Equation(x.lhs, x.rhs) if isinstance(x, sp.Equality) else x


def _divided_by_zero(x) -> bool:
    """1/0 written (0 to a negative power), or ∞/0 already undefined (zoo, nan)."""
    return isinstance(x, sp.Basic) and (x.has(sp.zoo, sp.nan) or any(
        p.base == 0 and p.exp.is_negative for p in x.atoms(sp.Pow)))


def _sides(x) -> tuple:
    return (x.lhs, x.rhs) if isinstance(x, Equation) else (x,)


def _vectors(x) -> bool:
    sides = (x.lhs, x.rhs) if isinstance(x, Equation) else (x,)
    return any(involves_vectors(side, side) for side in sides)


def _compare_relations(a, b, assumptions: Assumptions, clock: Clock) -> Verdict:
    """Inequalities (and chains of them, and an equation against one): the same relation
    written either way round, else compared by their real solution sets."""
    if not (is_condition(a) and is_condition(b)):
        return Verdict("unknown", reason="one side is an inequality, the other is not")
    if isinstance(a, sp.Rel) and isinstance(b, sp.Rel) and (a.canonical == b.canonical or (
            isinstance(a, sp.Unequality) and isinstance(b, sp.Unequality)
            and {a.lhs, a.rhs} == {b.lhs, b.rhs})):
        return Verdict("equal", "the same relation, written the other way round")
    for side in (a, b):
        for lhs, _, rhs in relations_of(side):
            if lhs.has(ELLIPSIS, PLUS_MINUS) or rhs.has(ELLIPSIS, PLUS_MINUS):
                return Verdict("unknown", reason="'…' or '±' cannot be checked")
    return compare_conditions(relations_of(a), relations_of(b), assumptions, clock)
