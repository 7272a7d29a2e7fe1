"""Two expressions compared: a ladder of rungs (identity, constants, numeric probes, algebra)."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor.budget import AttemptTimedOut, Clock
from tutor.compat import AppliedUndef
from tutor.functions import expand_ml
from tutor.judge import caching
from tutor.judge.abs_derivatives import real_abs_derivatives
from tutor.judge.algebra_proofs import cheap_proof
from tutor.judge.caching import attempt
from tutor.judge.compiling import _infinite
from tutor.judge.conventions import learner_conventions, linked_indices
from tutor.judge.convergence import divergent_as_undefined
from tutor.judge.counted_families import counted_families
from tutor.judge.decimals import APPROX_TOLERANCE, compare_numbers, exact, rounding_interval
from tutor.judge.difference_quotients import quotient_limits_as_derivatives
from tutor.judge.evaluation import evaluated
from tutor.judge.high_precision import _magnitude
from tutor.judge.imaginary_unit import imaginary_name, imaginary_reason
from tutor.judge.indexed import index_symbols, summed_deltas
from tutor.judge.indexed_sums import split_indexed_sums
from tutor.judge.infinite_limits import infinite_limit
from tutor.judge.linearity import INTEGRANDS_AGREE, by_integrands, by_linearity
from tutor.judge.matrix_reading import MATRIX_READING, fails_for_matrices
from tutor.judge.opaque import opaque
from tutor.judge.plus_minus import by_both_signs
from tutor.judge.probing import Probe
from tutor.judge.rounded import decimal_of_a_constant, within_rounding
from tutor.judge.sample_means import MEAN_METHOD, mean_reason, sample_means
from tutor.judge.series_closed_forms import closed_series
from tutor.judge.signed_parameters import signed_symbols
from tutor.judge.sum_ranges import SEVERAL_BOUNDS, several_bounds
from tutor.judge.written import domain_difference, domain_form
from tutor.model import Assumptions, Verdict
from tutor.names import unwritten
from tutor.trees import nodes_of

MAX_NODES = 1500     # larger expressions are not checked

@dataclass
class Equation:
    """lhs = rhs, compared with other equations by solution sets."""

    lhs: sp.Basic
    rhs: sp.Basic

    @property
    def zero(self) -> sp.Basic:
        return sp.Add(self.lhs, -self.rhs)


def compare_expressions(a, b, assumptions: Assumptions, clock: Clock, *,
                        approx: bool = False, texts=(None, None)) -> Verdict:
    """The ladder for two expressions (`texts`: how they were written, when known).

    "equal" means the same function: where one side is defined as written and the other is
    not (2 ln x and ln x², √x·√y and √(xy)), the answer is "unknown" with that point."""
    signs = by_both_signs(a, b, lambda x, y: compare_expressions(
        x, y, assumptions, clock, approx=approx))  # (1 ± √50)/7 = (1 ± 5√2)/7
    if signs is not None:
        return signs
    a, b = counted_families(a, b)  # x_i!: the x_i count (whole numbers ≥ 0)
    written = domain_form(a), domain_form(b)   # where each is defined, as written
    verdict = _ladder(a, b, assumptions, clock, approx, texts, written)
    if verdict.status == "not_equal":
        verdict = _unless_a_reading_decides(verdict, a, b, assumptions, clock, approx)
    unit = imaginary_name(a, b) if verdict.status == "not_equal" else None
    if unit:  # e^{iπ} = cos π + i sin π
        return Verdict("unknown", reason=imaginary_reason(unit))
    if verdict.status == "equal" and a != b and verdict.method != INTEGRANDS_AGREE:
        analytic = prepare(exact(a), clock), prepare(exact(b), clock)  # remembered
        differs = domain_difference(written, assumptions, clock, analytic)
        if differs:
            return Verdict("unknown", reason=differs)
        differs = fails_for_matrices(a, b)
        if differs:
            return Verdict("unknown", method=MATRIX_READING, reason=differs)
    return verdict


def _ladder(a, b, assumptions: Assumptions, clock: Clock, approx: bool, texts,
            written: tuple) -> Verdict:
    if a == b:
        return Verdict("equal", "identical")
    a, b = linked_indices(a, b)
    as_written = a, b
    early = _settled_before_evaluating(a, b, assumptions, clock)
    if early is not None:
        return early
    rounded = rounding_interval(a, texts[0]), rounding_interval(b, texts[1])
    counting = _counting_symbols(a) | _counting_symbols(b) | index_symbols(a, b)
    try:
        a, b = _prepared_pair(a, b, assumptions, clock)
    except (ValueError, OverflowError, ZeroDivisionError) as exc:  # sympy's own evaluation
        return Verdict("unknown", reason=f"could not evaluate: {exc or type(exc).__name__}")
    if a == b:
        return Verdict("equal", "identical after evaluation")
    unevaluated = _unevaluated(a) or _unevaluated(b)
    if unevaluated:  # lim_{h→0} (10x + 2 + h² …)/h beside 2x + 5: no finite value to compare
        return infinite_limit(a, b, assumptions, unevaluated)
    linear = by_linearity(a, b, lambda f, g: compare_expressions(  # E_{x∼p}[log p - log q]
        f, g, assumptions, clock))  # = E[log p(x)] - E[log q(x)]
    if linear is not None:
        return linear
    a_open, b_open, opened = opaque(a, b)
    opened.counting = counting
    opened.long_ranges = counting and not (_nested_sums(a_open) or _nested_sums(b_open))
    if not (a_open.free_symbols or b_open.free_symbols):
        verdict = compare_numbers(a, b, rounded, approx)
        if verdict.status == "not_equal":
            return _first(within_rounding(*as_written, a, b), verdict)
        return verdict
    proof = cheap_proof(a, b)  # before points are drawn: a proof needs none
    if proof and proof[0] == "equal":
        return Verdict("equal", proof[1])
    checks = Probe(a_open, b_open, assumptions, clock, opened=opened,
                   tolerance=APPROX_TOLERANCE if approx else None, written=written)
    return _unless_meaning_decides(_probe_and_prove(checks, proof), a_open, b_open, opened)


def _settled_before_evaluating(a, b, assumptions: Assumptions, clock: Clock) -> Verdict | None:
    """A pair refused as written (unknown, with why), or integrals over one range whose
    integrands agree (∫_x p log(1/p) dx = -∫_x p log p dx: no integral is taken); else None."""
    refused = _not_checkable(a, b)
    if refused:
        return Verdict("unknown", reason=refused)
    if not (a.has(sp.Integral) or b.has(sp.Integral)):
        return None
    return by_integrands(a, b, lambda f, g: compare_expressions(f, g, assumptions, clock))


def _prepared_pair(a, b, assumptions: Assumptions, clock: Clock) -> tuple:
    """Both sides exact and prepared; with the signs the assumptions give parameters when a
    side stays unevaluated (∫_0^∞ e^{-ax} dx closes once a > 0 is used)."""
    exact_a, exact_b = exact(a), exact(b)
    a, b = prepare(exact_a, clock), prepare(exact_b, clock)
    if _unevaluated(a) or _unevaluated(b):
        a, b = _prepared_with_signs(exact_a, exact_b, assumptions, clock) or (a, b)
    return a, b


def _unless_a_reading_decides(verdict: Verdict, a, b, assumptions: Assumptions, clock: Clock,
                              approx: bool) -> Verdict:
    """A difference is no refutation when the writer's reading may remove it: sums without
    bounds beside several bounds (which one?), or x̄ beside sums of the x_i when the
    difference vanishes with x̄ their mean (Σ(x_i - x̄) vs 0): then equal by that reading, the
    sample mean, which is what x̄ means beside the sum of the x_i in notes on estimation."""
    if several_bounds(a, b):
        return Verdict("unknown", reason=SEVERAL_BOUNDS)
    means = sample_means(a, b)
    if not means:  # else 0.1823 for ln 1.2 in a formula: read as the constant it rounds
        return decimal_of_a_constant(verdict, a, b, assumptions, clock, compare_expressions)
    a_mean, b_mean = a.xreplace(means), b.xreplace(means)
    again = _ladder(a_mean, b_mean, assumptions, clock, approx, (None, None),
                    (domain_form(a_mean), domain_form(b_mean)))
    if again.status == "not_equal":
        return verdict
    if again.status == "equal":
        return Verdict("equal", method=MEAN_METHOD)
    return Verdict("unknown", reason=mean_reason(means))


def _prepared_with_signs(a, b, assumptions: Assumptions, clock: Clock) -> tuple | None:
    """a and b prepared with the signs the assumptions give their parameters, the plain
    symbols put back (the points probed meet those assumptions); None when nothing closes."""
    signs = signed_symbols((a, b), assumptions)
    if not signs:
        return None
    back = {v: k for k, v in signs.items()}
    done = tuple(prepare(e.xreplace(signs), clock).xreplace(back) for e in (a, b))
    return None if _unevaluated(done[0]) or _unevaluated(done[1]) else done


def _not_checkable(a, b) -> str | None:
    """Why the pair cannot be checked at all (`…`, `±`, a power too large), or None."""
    return unwritten(a, b) or _too_big(a) or _too_big(b)


def _unless_meaning_decides(verdict: Verdict, a_open, b_open, opened) -> Verdict:
    """A difference that only holds for some meaning of an unknown function is no refutation."""
    if verdict.status != "not_equal":
        return verdict
    if opened.meaning:
        return Verdict("unknown", reason=f"depends on what {opened.meaning} means",
                       witness=verdict.witness)
    one_sided = _one_sided(a_open, b_open, opened)
    if one_sided:
        return Verdict("unknown", reason=f"holds for some choice of {one_sided}: an unknown "
                                         "function on one side only cannot be refuted")
    return verdict


def _probe_and_prove(checks: Probe, proof) -> Verdict:
    """Points the float screen found disagreeing are settled first; then the points the screen
    could not evaluate; then agreement at enough points (`proof`: what algebra said, no proof
    of equality: a constant difference, or None)."""
    if not checks.points.n:
        return Verdict("unknown", reason="found no point that meets the assumptions")
    verdict = checks.refute(unscreened=False)
    if verdict is not None:
        return verdict
    verdict = _first(checks.refute(), checks.landmarks, checks.conclude)
    if proof and verdict.status != "not_equal":
        verdict = _first(checks.constant_difference(proof[1]), verdict)
    return verdict


def _first(found: Verdict | None, *then) -> Verdict:
    """`found` if there is one, else the first of `then` that gives one (a verdict, or a
    function called only when needed). Verdicts have no truth value: `or` is not used."""
    for later in then:
        if found is not None:
            return found
        found = later() if callable(later) else later
    return found


def _one_sided(a, b, opened) -> str | None:
    """A named function's value on one side only (`int(x^x, x)` vs `x`, `var(X)` vs `1`).

    f, g, h… are any functions: a claim about them must hold for all of them, so a witness
    stands. A function with a meaning (var, E, int, KL…) may make the claim true: unknown.
    """
    for s, call in opened.names.items():
        name = getattr(getattr(call, "func", None), "__name__", "")
        if (len(name) > 1 or name == "E") and (s in a.free_symbols) != (s in b.free_symbols):
            return str(call)
    return None


# --- preparing the expressions -----------------------------------------------------------

def _too_big(expr) -> str | None:
    for p in nodes_of(expr, sp.Pow):
        if p.exp.is_number and p.base not in (0, 1, -1) and not p.exp.is_infinite \
                and _exceeds(p.exp, 1e5):  # e^{∞} is ∞ (sympy's own value)
            return "a power too large to evaluate"
    for f in nodes_of(expr, sp.factorial, sp.binomial):
        if any(a.is_number and _exceeds(a, 5000) for a in f.args):
            return "a factorial too large to evaluate"
    for product in nodes_of(expr, sp.Product):  # ∏ k over a huge range is a factorial in disguise
        if any(hi.is_number and _exceeds(hi, 5000) or lo.is_number and _exceeds(-lo, 5000)
               for _, lo, hi in product.limits):
            return "a product too large to evaluate"
    if _node_count(expr, MAX_NODES) > MAX_NODES:
        return "expression too large to check"
    return None


def _exceeds(number, bound: float) -> bool:
    """|number| > bound (a rational exactly, anything else through its float magnitude)."""
    if number.is_Rational:
        return abs(number.p) > bound * number.q
    return _magnitude(number) > bound


def _counting_symbols(expr) -> set:
    """Symbols that bound a sum or product, or Latin letters a binomial coefficient chooses
    with (C(n, k) of a likelihood): they count, so they take whole values."""
    found = set()
    for big in nodes_of(expr, sp.Sum, sp.Product):
        for _, low, high in big.limits:
            found |= low.free_symbols | high.free_symbols
    for choose in nodes_of(expr, sp.binomial):  # not C(α, k) of a binomial series in α
        found |= {s for a in choose.args for s in a.free_symbols if s.name[0].isascii()}
    return found


def _nested_sums(expr) -> bool:
    """A sum or product over several indices or inside another: its terms multiply."""
    return any(len(big.limits) > 1 or big.function.has(sp.Sum, sp.Product)
               for big in nodes_of(expr, sp.Sum, sp.Product))


def _node_count(expr, limit: int) -> int:
    """How many nodes expr has, counting no further than just past `limit`."""
    count = 0
    for _ in sp.preorder_traversal(expr):
        count += 1
        if count > limit:
            break
    return count


def _unevaluated(expr) -> str | None:
    if expr.has(sp.Limit):
        unknown = sorted({f.func.__name__ for lim in nodes_of(expr, sp.Limit)
                          for f in nodes_of(lim, AppliedUndef)})
        if unknown:  # lim f'(x)/g'(x): a statement about any f and g, not a value
            return (f"a limit of {', '.join(unknown)}, not defined here: a statement about any "
                    "such function, not checked")
        return "the limit could not be evaluated and confirmed numerically in time"
    if expr.has(sp.Integral):
        return "the integral could not be evaluated in time"
    if any(not s.is_number for d in nodes_of(expr, sp.Derivative) for s in [d.expr]
           if not isinstance(d.expr, AppliedUndef)):
        return "the derivative could not be evaluated"
    return None


# prepared expressions: a derivation's line is the second side of one step and the first of
# the next, and a class hands in the same lines
PREPARED = caching.memo(2048)
# an infinite sum needs its closed form: sympy takes 0.3-0.7 s for a Poisson series here (a
# quarter of what is left of the step's time caps it: 0.5 s in a default 2 s step)
INFINITE_SUM_SECONDS = 1.0


def prepare(expr, clock: Clock):
    """Expand ML functions and evaluate derivatives, limits, sums and integrals in the budget.

    Remembered unless an attempt ran out of time (more time could have evaluated more); then
    remembered for the rest of this check."""
    known = PREPARED.get(expr)
    if known is None:
        known = clock.partial.get(("prepared", expr))
    if known is not None:
        return known
    timeouts = caching.timeouts()
    done = _prepare(expr, clock)
    if caching.timeouts() == timeouts and not clock.spent():
        PREPARED.put(expr, done)
    elif _closed_form_budget(expr) < INFINITE_SUM_SECONDS:  # a finite sum's attempt would
        clock.partial["prepared", expr] = done  # run out again; an infinite one may close now
    return done


def _prepare(expr, clock: Clock):
    expr = learner_conventions(evaluated(expand_ml(expr)))
    if expr.has(sp.Limit) and expr.has(AppliedUndef):  # lim (f(x+h) - f(x))/h: f'(x)
        expr = quotient_limits_as_derivatives(expr)
    if expr.has(sp.Derivative, sp.Integral, sp.Subs):
        try:
            with attempt(min(clock.remaining(), 1.0)):
                expr = real_abs_derivatives(expr)  # d/dw |w| = sign(w), not through re and im
                expr = expr.replace(lambda e: isinstance(e, (sp.Derivative, sp.Integral, sp.Subs)),
                                    lambda e: e.doit())
                expr = summed_deltas(expr)  # Σ_j δ_ij f(j) = f(i)
                expr = divergent_as_undefined(expr)
        except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, AttributeError):
            pass  # sympy fails on some integrands (P(a < y) differentiated by heurisch)
    if expr.has(sp.Limit):  # sympy's limit is trusted only when numbers near the point agree
        from tutor.judge.limit_values import verified_limit

        limits = nodes_of(expr, sp.Limit)
        for lim in sorted(limits, key=sp.count_ops) if len(limits) > 1 else limits:
            value = verified_limit(lim, min(clock.remaining(), 1.0))
            if value is not None:
                expr = expr.xreplace({lim: value})
    expr = closed_series(split_indexed_sums(expr))  # Σ k p(1-p)^{k-1}: at once, not in seconds
    seconds = _closed_form_budget(expr)
    if seconds:
        try:
            with attempt(min(clock.remaining() / 4, seconds)):
                done = expr.doit()
                if not done.has(sp.Sum, sp.Product) or _node_count(done, 10**4) < 4 * _node_count(
                        expr, 10**4) + 40:
                    expr = done
        except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, OverflowError):
            pass
    return learner_conventions(expr)  # closed forms may bring (-1)^(1/3) back


def _closed_form_budget(expr) -> float:
    """Seconds to spend looking for closed forms of sums and products (then they are evaluated
    term by term at the sampled points). Infinite sums need a closed form: more time."""
    limits = [lim for big in nodes_of(expr, sp.Sum, sp.Product) for lim in big.limits]
    if not limits:
        return 0
    if any(_infinite(low) or _infinite(high) for _, low, high in limits):
        return INFINITE_SUM_SECONDS
    return 0.05
