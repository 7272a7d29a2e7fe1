"""Does `A ≤ B` (<, >, ≥) hold at every point of the domain where both sides are defined?

A claim is wrong only with a witness: a point of the assumed domain where both sides are real
and the relation fails, confirmed exactly or at 60 digits. It holds ("equal") when sympy's real
solutions of its negation are empty (one variable), or when no counterexample turns up at many
points of the domain (short decimals, breakpoints, values across scales) nor in a search for
the minimum of B - A around the closest ones: the judge's standard of agreement at many points.
A strict claim whose two sides come within rounding of each other is left "unknown".
"""

from __future__ import annotations

import numpy as np
import sympy as sp

from tutor.budget import Clock
from tutor.judge.condition_points import exact_point, in_domain, sample_points, shown, side_values
from tutor.judge.conditions import FAILS, HOLDS, NEGATION, normal, truth_at
from tutor.judge.domain import flag_mask
from tutor.judge.inequalities import (
    NICE,
    SOLVE_SECONDS,
    Condition,
    assumed_set,
    solution_set,
    test_points,
)
from tutor.judge.points import Points
from tutor.model import Assumptions, Verdict

ENOUGH = 100       # defined points needed before "no counterexample" means anything
CLEAR = 1e-9       # a float margin this far from rounding is a violation worth confirming
TIGHT = 1e-6       # a strict claim whose margin comes this close to 0 is not decided
STARTS = 8         # local searches for the minimum of the margin
ROUNDS, SPREAD = 24, 32


def check_claim(lhs, op: str, rhs, assumptions: Assumptions, clock: Clock) -> Verdict:
    """"equal": `lhs op rhs` holds wherever both are defined; "not_equal" with a witness."""
    claim = Condition([(lhs, op, rhs)], clock)
    refused = claim.unevaluated()
    if refused:
        return Verdict("unknown", reason=refused)
    symbols = claim.symbols
    if not symbols:
        truth = infinite_order(*claim.valued[0]) or claim.at({})  # lim … ≥ +∞: ∞ ≥ ∞ holds
        if truth is None:
            return Verdict("unknown", reason="could not decide the relation between numbers")
        return Verdict("equal" if truth == HOLDS else "not_equal", "a relation of numbers")
    if len(symbols) == 1 and not assumptions.is_integer(next(iter(symbols)).name):
        verdict = _one_variable(claim, next(iter(symbols)), assumptions, clock)
        if verdict.status != "unknown":
            return verdict
    return _sampled(claim, symbols, assumptions, clock)


def infinite_order(lhs, op: str, rhs) -> str | None:
    """HOLDS or FAILS for a relation of numbers with ±∞ on a side (ordered as the extended
    reals: ∞ ≥ ∞, -∞ < 3); None when neither side is ±∞ or the other is no real number."""
    infinite = (sp.oo, sp.S.NegativeInfinity)
    if lhs not in infinite and rhs not in infinite:
        return None
    rank = [2 if v == sp.oo else -2 if v == sp.S.NegativeInfinity else 0 if v.is_real and (
        v.is_finite) else None for v in (lhs, rhs)]
    if None in rank:
        return None
    holds = {"<": rank[0] < rank[1], "<=": rank[0] <= rank[1], ">": rank[0] > rank[1],
             ">=": rank[0] >= rank[1], "==": rank[0] == rank[1], "!=": rank[0] != rank[1]}[op]
    return HOLDS if holds else FAILS


def _fails_at(claim: Condition, point: dict, assumptions: Assumptions) -> bool:
    lhs, op, rhs = claim.valued[0]
    return truth_at(lhs, op, rhs, point) == FAILS and in_domain(assumptions, point)


def _witness(point: dict, method: str) -> Verdict:
    return Verdict("not_equal", method, witness=shown(point),
                   reason="the inequality fails at this point")


def _one_variable(claim: Condition, var, assumptions: Assumptions, clock: Clock) -> Verdict:
    """By sympy's real solutions of the negation, within the assumed domain (a failure at a
    simple point first: no solver needed for x > 2)."""
    for point in ({var: value} for value in NICE):
        if _fails_at(claim, point, assumptions):
            return _witness(point, "a simple point")
    lhs, op, rhs = claim.evaluated[0]
    # half the time at most: sampling gets the rest when sympy cannot solve it
    negation = solution_set(Condition([(lhs, NEGATION[op], rhs)], clock), var, clock,
                            seconds=min(SOLVE_SECONDS, clock.remaining() / 2))
    allowed = assumed_set(var, assumptions, clock)
    if negation is None or allowed is None:
        return Verdict("unknown", reason=f"sympy could not solve the negation for {var}")
    negation = sp.Intersection(negation, allowed)
    for point in test_points(var, (negation, allowed)):
        if _fails_at(claim, point, assumptions):
            return _witness(point, f"real solutions for {var}")
    if negation is sp.S.EmptySet:
        return Verdict("equal", f"no real {var} breaks it (sympy's solutions of the negation)")
    return Verdict("unknown", reason=f"sympy says it fails for {var} in {sp.sstr(negation)}, "
                                     "but no point there could be confirmed")


def _sampled(claim: Condition, symbols, assumptions: Assumptions, clock: Clock) -> Verdict:
    """A counterexample among many points of the domain and near the smallest margins."""
    lhs, op, rhs = claim.evaluated[0]
    g, strict = normal(lhs, op, rhs)
    points = sample_points(symbols, assumptions, [lhs, rhs])
    margins = _margins(g, lhs, rhs, points)
    if margins is None:
        return Verdict("unknown", reason="the sides cannot be evaluated at sampled points")
    found = _confirmed(claim, points, margins, assumptions)
    if found is not None:
        return _witness(found, "sampled points")
    defined = np.isfinite(margins)
    if defined.sum() < ENOUGH:
        return Verdict("unknown", reason="too few points of the domain where both sides are "
                                         "defined")
    smallest = float(np.nanmin(margins))
    starts = np.argsort(np.where(defined, margins, np.inf))[:STARTS] if not points.integer else []
    lowest = []
    for start in starts:
        if clock.spent():
            return Verdict("unknown", reason="time ran out searching for a counterexample")
        near = _descend(g, lhs, rhs, points, int(start), assumptions)
        if near is None:
            continue
        found = _confirmed(claim, *near, assumptions)
        if found is not None:
            return _witness(found, "search for the minimum")
        smallest = min(smallest, float(near[1][0]))
        lowest.append(near[0])
    if strict == ">" and smallest < TIGHT:
        found = _touching(claim, lowest, assumptions)
        if found is not None:  # ln x < x - 1 fails at x = 1, where the sides meet
            return _witness(found, "search for the minimum")
        return Verdict("unknown", reason="the two sides come within rounding of each other: "
                                         "a strict inequality cannot be told by sampling")
    return Verdict("equal", f"no counterexample at {int(defined.sum())} points of the domain "
                   "nor near the smallest margins (sampled, not proved)")


def _touching(claim: Condition, lowest: list, assumptions: Assumptions):
    """A point where a strict claim fails with equality: the lowest points of the searches
    rounded to a few digits, checked exactly; or None."""
    for points in lowest:
        for digits in (1, 2, 3, 4, 6):
            point = {s: sp.Rational(f"{float(col[0]):.{digits}g}")
                     for s, col in points.columns.items()}
            if _fails_at(claim, point, assumptions):
                return point
    return None


def _margins(g, lhs, rhs, points: Points):
    """g / max(1, |lhs|, |rhs|) at the points: NaN where a side is undefined; None when the
    sides cannot be evaluated in floating point."""
    found = [side_values(e, points) for e in (g, lhs, rhs)]
    if None in found:
        return None
    (vg, ug), (vl, ul), (vr, ur) = found
    with np.errstate(all="ignore"):
        scaled = vg / np.maximum(1.0, np.maximum(np.abs(vl), np.abs(vr)))
    return np.where(ug | ul | ur, np.nan, scaled)


def _confirmed(claim: Condition, points: Points, margins, assumptions: Assumptions):
    """The first of the points with a clearly negative margin that fails exactly, or None."""
    with np.errstate(invalid="ignore"):
        bad = np.flatnonzero(margins < -CLEAR)
    for k in bad[:12]:  # short decimals come first
        point = exact_point(points, int(k))
        if _fails_at(claim, point, assumptions):
            return point
    return None


def _descend(g, lhs, rhs, points: Points, start: int, assumptions: Assumptions):
    """A random local search for the smallest margin from point `start`: (points, margins)
    of the best point met, or None."""
    rng = np.random.default_rng(start)
    best = {s: float(col[start]) for s, col in points.columns.items()}
    value = None
    step = 0.25
    for _ in range(ROUNDS):
        columns = {s: _short(v + rng.normal(0, step * max(1.0, abs(v)), SPREAD))
                   for s, v in best.items()}
        trial = Points(columns, points.integer, points.names)
        keep = np.ones(SPREAD, dtype=bool)
        for s, col in columns.items():
            keep &= flag_mask(assumptions, s.name, col)
        margins = _margins(g, lhs, rhs, trial)
        if margins is None:
            return None
        margins = np.where(keep, margins, np.nan)
        if np.all(np.isnan(margins)):
            step /= 2
            continue
        k = int(np.nanargmin(margins))
        if value is None or margins[k] < value:
            value = margins[k]
            best = {s: float(col[k]) for s, col in columns.items()}
        else:
            step /= 2
    if value is None:
        return None
    columns = {s: np.array([v]) for s, v in best.items()}
    return Points(columns, points.integer, points.names), np.array([value])


def _short(values: np.ndarray) -> np.ndarray:
    """Values as short decimals (a witness reads well and is exact as written)."""
    return np.array([float(f"{v:.6g}") for v in values])
