"""Compare two conditions (inequalities, chains, equations) by their real solution sets.

One variable: sympy's solveset over the reals, within the assumed domain, under a time budget;
"equal" needs both sets known (no ConditionSet) with an empty symmetric difference, and no
disagreement at the test points (integers, halves, the ends of every interval). A "not_equal"
always carries a witness point, confirmed exactly or at 60 digits, where one condition holds
and the other does not. Several variables: the same relation rearranged (polynomials, a
positive factor) is "equal"; a confirmed witness among sampled points is "not_equal"; anything
else is "unknown".
"""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, Clock
from tutor.compat import AppliedUndef
from tutor.judge.caching import attempt
from tutor.judge.condition_points import (
    condition_masks,
    exact_point,
    in_domain,
    sample_points,
    shown,
)
from tutor.judge.conditions import FAILS, HOLDS, conjunction_at, normal, relation
from tutor.judge.decimals import exact
from tutor.judge.expressions import prepare
from tutor.model import Assumptions, Verdict
from tutor.trees import nodes_of

SOLVE_SECONDS = 1.5   # the first solveset of a process loads sympy's solvers (about 1 s); a
#                       larger budget gives it three quarters of its time (see solution_set)
BREAK_SECONDS = 0.3
CONFIRMED = 12   # candidate witnesses confirmed at most
NICE = [sp.Integer(k) for k in (0, 1, -1, 2, -2, 3, -3, 5, -5, 10, -10)] + [
    sp.Rational(k, 2) for k in (1, -1, 3, -3, 5, -5)]
CALCULUS = (sp.Derivative, sp.Integral, sp.Limit, sp.Sum, sp.Product, sp.Subs)


class Condition:
    """A conjunction of relations: as written (for values at a point) and evaluated."""

    def __init__(self, relations: list, clock: Clock):
        self.written = [(exact(lhs), op, exact(rhs)) for lhs, op, rhs in relations]
        self.evaluated = [(prepare(lhs, clock), op, prepare(rhs, clock))
                          for lhs, op, rhs in self.written]
        # values at a point come from the written form unless it holds calculus to evaluate
        self.valued = [w if not any(s.has(*CALCULUS) for s in (w[0], w[2])) else e
                       for w, e in zip(self.written, self.evaluated, strict=True)]

    @property
    def symbols(self) -> set:
        """The variables, as written too (x·y/y > 0 still depends on y: undefined at 0)."""
        return {s for lhs, _, rhs in self.evaluated + self.written
                for s in (lhs.free_symbols | rhs.free_symbols)}

    def unevaluated(self) -> str | None:
        for lhs, _, rhs in self.evaluated:
            for side in (lhs, rhs):
                if side.has(*CALCULUS) or nodes_of(side, AppliedUndef):
                    return "a side holds an unknown function or calculus sympy could not evaluate"
        return None

    def at(self, point: dict) -> str | None:
        return conjunction_at(self.valued, point)


def compare_conditions(rels_a: list, rels_b: list, assumptions: Assumptions,
                       clock: Clock) -> Verdict:
    """Do the conditions (lists of (lhs, op, rhs)) have the same real solutions?"""
    a, b = Condition(rels_a, clock), Condition(rels_b, clock)
    refused = a.unevaluated() or b.unevaluated()
    if refused:
        return Verdict("unknown", reason=refused)
    symbols = a.symbols | b.symbols
    if not symbols:
        ta, tb = a.at({}), b.at({})
        if ta is None or tb is None:
            return Verdict("unknown", reason="could not decide the relations between numbers")
        return Verdict("equal" if ta == tb else "not_equal", "both are relations of numbers")
    if _rearranged(a, b):  # no solver needed: x > 2 and 2 < x, -2x < 4 and x > -2
        return Verdict("equal", "the same inequality rearranged")
    if len(symbols) == 1 and not assumptions.is_integer(next(iter(symbols)).name):
        verdict = _by_sets(a, b, next(iter(symbols)), assumptions, clock)
        if verdict.status != "unknown":
            return verdict
    witness = sampled_witness(a, b, symbols, assumptions)
    if witness is not None:
        return _not_equal(witness, a, "sampled points")
    return Verdict("unknown", reason="could not tell whether the solution sets are the same")


ONLY_FIRST = "holds for the first condition, not for the second"
ONLY_SECOND = "holds for the second condition, not for the first"


def _not_equal(point: dict, a: Condition, method: str) -> Verdict:
    """The witness, and which condition it satisfies (the reason says: ONLY_FIRST or
    ONLY_SECOND)."""
    return Verdict("not_equal", method, witness=shown(point),
                   reason=ONLY_FIRST if a.at(point) == HOLDS else ONLY_SECOND)


def solution_set(c: Condition, var, clock: Clock, seconds: float | None = None):
    """The real solutions of a condition in var (sympy's solveset), or None when not listed;
    each solveset in `seconds` (by default SOLVE_SECONDS, or 3/4 of a larger budget)."""
    found = sp.S.Reals
    seconds = max(SOLVE_SECONDS, 0.75 * clock.seconds) if seconds is None else seconds
    for lhs, op, rhs in c.evaluated:
        try:
            with attempt(min(clock.remaining(), seconds)):
                piece = sp.solveset(relation(lhs, op, rhs), var, domain=sp.S.Reals)
                found = sp.Intersection(found, piece)
        except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, AttributeError,
                ArithmeticError, RecursionError, sp.PolynomialError):
            return None
        if not isinstance(found, sp.Set) or found.has(sp.ConditionSet):
            return None
    return found


def assumed_set(var, assumptions: Assumptions, clock: Clock):
    """The reals var may take under the assumptions (its flags and relations in var alone)."""
    allowed = sp.S.Reals
    flags = assumptions.flags.get(var.name, set())
    for flag, interval in (("positive", sp.Interval.open(0, sp.oo)),
                           ("nonnegative", sp.Interval(0, sp.oo)),
                           ("negative", sp.Interval.open(-sp.oo, 0)),
                           ("nonpositive", sp.Interval(-sp.oo, 0)),
                           ("nonzero", sp.Union(sp.Interval.open(-sp.oo, 0),
                                                sp.Interval.open(0, sp.oo)))):
        if flag in flags:
            allowed = sp.Intersection(allowed, interval)
    for rel in assumptions.relations:
        if rel.free_symbols == {var}:
            piece = solution_set(Condition([(rel.lhs, rel.rel_op, rel.rhs)], clock), var, clock)
            if piece is None:
                return None
            allowed = sp.Intersection(allowed, piece)
        elif var in rel.free_symbols:
            return None
    return allowed


def _by_sets(a: Condition, b: Condition, var, assumptions: Assumptions,
             clock: Clock) -> Verdict:
    sets = [solution_set(c, var, clock) for c in (a, b)]
    allowed = assumed_set(var, assumptions, clock)
    if None in sets or allowed is None:
        return Verdict("unknown", reason=f"sympy could not list the real solutions for {var}")
    first, second = (sp.Intersection(s, allowed) for s in sets)
    found = []   # a point of the first set that is not in the second is shown first
    breaks = written_breaks(a.written + b.written, var, clock)
    for point in test_points(var, (first, second, breaks)):
        ta, tb = a.at(point), b.at(point)
        if {ta, tb} == {HOLDS, FAILS} and in_domain(assumptions, point):
            found.append((ta != HOLDS, point))
            if ta == HOLDS:
                break
    if found:
        return _not_equal(min(found, key=lambda f: f[0])[1], a, f"real solutions for {var}")
    try:
        with attempt(min(clock.remaining(), SOLVE_SECONDS)):
            differ = sp.SymmetricDifference(first, second, evaluate=True)
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, RecursionError):
        return Verdict("unknown", reason=f"could not compare the solution sets for {var}")
    if differ is sp.S.EmptySet:
        return Verdict("equal", f"same real solutions for {var}")
    return Verdict("unknown", reason=f"could not tell whether the real solutions for {var} "
                                     f"({sp.sstr(first)}, {sp.sstr(second)}) are the same")


def test_points(var, sets) -> list[dict]:
    """Points where two solution sets may differ: every end of their intervals and their
    isolated points, a little to either side of each, then nice numbers."""
    found: list = list(NICE)
    for s in sets:
        for piece in (s.args if isinstance(s, sp.Union) else (s,)):
            if isinstance(piece, sp.Interval):
                ends = [e for e in (piece.start, piece.end) if e.is_finite]
                found += ends + [e + d for e in ends for d in (sp.Rational(1, 64),
                                                               -sp.Rational(1, 64))]
                found += _inside(piece)
            elif isinstance(piece, sp.FiniteSet):
                found += [p for p in piece if p.is_real]
    unique = list(dict.fromkeys(p for p in found if p.is_real and p.is_finite))
    return [{var: p} for p in unique]


def written_breaks(relations: list, var, clock: Clock):
    """Where a side as written may stop being defined: the zeros of its denominators and of
    the arguments of its logs and roots ((x-7)/(x-7) is undefined at 7 though it evaluates
    to 1). A FiniteSet of the real ones sympy lists in time."""
    bases = set()
    for lhs, _, rhs in relations:
        for side in (lhs, rhs):
            for node in sp.preorder_traversal(side):
                if isinstance(node, sp.Pow) and node.exp.is_number and not (
                        node.exp.is_Integer and node.exp >= 0):
                    bases.add(node.base)
                elif isinstance(node, sp.log):
                    bases.add(node.args[0])
    found = set()
    for base in sorted(bases, key=sp.default_sort_key)[:12]:
        if var not in base.free_symbols or clock.spent():
            continue
        try:
            with attempt(min(clock.remaining(), BREAK_SECONDS)):
                zeros = sp.solveset(base, var, domain=sp.S.Reals)
        except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, AttributeError,
                ArithmeticError, RecursionError, sp.PolynomialError):
            continue
        if isinstance(zeros, sp.FiniteSet):
            found.update(zeros)
    return sp.FiniteSet(*found)


def _inside(interval: sp.Interval) -> list:
    lo, hi = interval.start, interval.end
    if lo.is_finite and hi.is_finite:
        return [(lo + hi) / 2]
    if lo.is_finite:
        return [lo + 1, lo + 100]
    if hi.is_finite:
        return [hi - 1, hi - 100]
    return []


def _rearranged(a: Condition, b: Condition) -> bool:
    """One relation each, g op 0 and h op 0 with g = c·h, c a positive number (any nonzero
    number for = and ≠), both polynomials: defined everywhere, so the same solutions."""
    if len(a.evaluated) != 1 or len(b.evaluated) != 1:
        return False
    (g, op_g), (h, op_h) = normal(*a.evaluated[0]), normal(*b.evaluated[0])
    written = normal(*a.written[0])[0], normal(*b.written[0])[0]
    if not all(_polynomial(w) for w in written):
        return False  # x·y/y > 0 evaluates to x > 0 but is undefined at y = 0
    if op_g != op_h or not (_polynomial(g) and _polynomial(h)) or sp.expand(h) == 0:
        return False
    try:
        ratio = sp.cancel(sp.together(g / h))
    except (TypeError, ValueError, NotImplementedError, sp.PolynomialError):
        return False
    if not (ratio.is_number and ratio.is_finite and ratio != 0):
        return False
    return op_g in ("==", "!=") or bool(ratio.is_positive)


def _polynomial(z) -> bool:
    symbols = sorted(z.free_symbols, key=str)
    return bool(symbols) and z.is_polynomial(*symbols)


def sampled_witness(a: Condition, b: Condition, symbols, assumptions: Assumptions):
    """A point of the domain where exactly one condition holds, confirmed exactly; or None."""
    points = sample_points(symbols, assumptions, [e for _, _, e in a.evaluated + b.evaluated])
    if not points.n:
        return None
    masks = condition_masks(a.valued, points), condition_masks(b.valued, points)
    if None in masks:  # the written forms cannot be screened: the evaluated ones
        masks = condition_masks(a.evaluated, points), condition_masks(b.evaluated, points)
    if None in masks:
        return None
    (ha, fa), (hb, fb) = masks
    for mask in (ha & fb, fa & hb):  # a point of the first that is not of the second, first
        for k in mask.nonzero()[0][:CONFIRMED]:
            point = exact_point(points, int(k))
            if {a.at(point), b.at(point)} == {HOLDS, FAILS} and in_domain(assumptions, point):
                return point
    return None
