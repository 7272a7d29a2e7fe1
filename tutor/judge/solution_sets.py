"""Real solution sets of one-variable equations (sympy's solveset), compared without losing any.

A set is used only when sympy lists all of it: finite points, periodic families b + a·n (n any
integer) and intervals. A ConditionSet, or any set of another shape, means sympy could not say
which reals solve the equation: the comparison is then "unknown", never "equal". A member of
one set that does not solve the other equation is a witness; "equal" needs each set inside the
other: sympy's `is_subset`, or the points checked one by one and the periodic families compared
residue by residue modulo a common period.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import sympy as sp

from tutor.budget import AttemptTimedOut, Clock
from tutor.judge import caching
from tutor.judge.caching import attempt
from tutor.judge.roots import admissible, holds, real_value, show
from tutor.model import Assumptions, Verdict

SOLVESET_SECONDS = 0.8
SUBSET_SECONDS = 0.3
MAX_RESIDUES = 48      # residues of the periodic families compared at most
MEMBERS = 6            # members of a family tried beyond the other set's points
SETS = caching.memo(512)   # (z, var) -> the real solution set, or why it is not known


@dataclass
class Parts:
    """A solution set cut into what can be listed."""

    points: list = field(default_factory=list)     # exact real numbers
    families: list = field(default_factory=list)   # (a, b): b + a·n for every integer n, a > 0
    intervals: list = field(default_factory=list)  # sympy Intervals (Reals included)


def compare_sets(z1, z2, var, assumptions: Assumptions, clock: Clock) -> Verdict:
    """Do z1 = 0 and z2 = 0 have the same real solutions in var (the only symbol)?"""
    sets = []
    for z in (z1, z2):
        found = real_solutions(z, var, clock)
        if isinstance(found, str):
            return Verdict("unknown", reason=found)
        sets.append(found)
    parts = [_parts(s) for s in sets]
    for k in (0, 1):
        if parts[k] is None:
            return Verdict("unknown", reason=f"sympy's real solutions for {var} of the "
                           f"{ORDINAL[k]} equation ({sets[k]}) cannot be compared")
        if any(not holds((z1, z2)[k], var, r, {}) for r in parts[k].points):
            return Verdict("unknown", reason=f"sympy's solutions for {var} of the {ORDINAL[k]} "
                                             "equation do not all solve it")
    lost = [_escapee(parts[0], parts[1], z1, z2, var, assumptions),
            _escapee(parts[1], parts[0], z2, z1, var, assumptions)]
    inside = [lost[0] is None and _contained(sets[0], sets[1], parts[0], parts[1], clock),
              lost[1] is None and _contained(sets[1], sets[0], parts[1], parts[0], clock)]
    return _verdict(var, lost, inside)


ORDINAL = ("first", "second")


def real_solutions(z, var, clock: Clock):
    """sympy's solveset over the reals within the budget, or why the set is not known.
    Remembered unless the attempt ran out of time."""
    known = SETS.get((z, var))
    if known is not None:
        return known
    timeouts = caching.timeouts()
    try:
        with attempt(min(clock.remaining(), SOLVESET_SECONDS)):
            found = sp.solveset(z, var, domain=sp.S.Reals)
    except AttemptTimedOut:
        return f"sympy could not list the real solutions for {var} in time"
    except (NotImplementedError, ValueError, TypeError, AttributeError, ArithmeticError,
            RecursionError, sp.PolynomialError):
        found = f"the real solutions for {var} could not be worked out (sympy cannot solve it)"
    if isinstance(found, sp.Set) and found.has(sp.ConditionSet):
        found = f"sympy could not list every real solution for {var}"
    if caching.timeouts() == timeouts:
        SETS.put((z, var), found)
    return found


def listed_points(z, var, clock: Clock) -> list | None:
    """The real solutions of z = 0 in var when sympy lists them all and they are finitely many
    points; None otherwise."""
    found = real_solutions(z, var, clock)
    parts = None if isinstance(found, str) else _parts(found)
    if parts is None or parts.families or parts.intervals:
        return None
    return parts.points


def _parts(s) -> Parts | None:
    """Points, periodic families and intervals of a set; None for any other shape."""
    parts = Parts()
    for piece in s.args if isinstance(s, sp.Union) else (s,):
        if piece is sp.S.EmptySet:
            continue
        if isinstance(piece, sp.FiniteSet):
            if not all(p.is_number and p.is_real is not False for p in piece):
                return None
            parts.points += list(piece)
        elif isinstance(piece, sp.ImageSet):
            family = _family(piece)
            if family is None:
                return None
            parts.families.append(family)
        elif isinstance(piece, sp.Interval) or piece is sp.S.Reals:
            parts.intervals.append(sp.Interval(-sp.oo, sp.oo) if piece is sp.S.Reals else piece)
        else:
            return None
    return parts


def _family(image: sp.ImageSet) -> tuple | None:
    """(a, b) for the set {a·n + b : n integer}, a > 0 a number; None otherwise."""
    if image.base_sets != (sp.S.Integers,) or len(image.lamda.variables) != 1:
        return None
    (n,) = image.lamda.variables
    expr = sp.expand(image.lamda.expr)
    a = expr.coeff(n, 1)
    b = sp.expand(expr - a * n)
    if not (a.is_number and b.is_number) or b.has(n) or a.is_zero is not False:
        return None
    return (abs(a), b)


def _escapee(mine: Parts, theirs: Parts, z_mine, z_theirs, var, assumptions: Assumptions):
    """A member of my set, within the assumptions, that does not solve the other equation."""
    for member in _members(mine, len(theirs.points) + MEMBERS):
        value = real_value(member)
        if value is None or not admissible(assumptions, {}, var, member, value):
            continue
        if holds(z_mine, var, member, {}) and not holds(z_theirs, var, member, {}):
            return member
    return None


def _members(parts: Parts, reach: int) -> list:
    """Points, members of the families (n from -reach to reach) and points inside the
    intervals, nearest to zero first."""
    found = list(parts.points)
    for a, b in parts.families:
        found += [b + a * n for n in range(-reach, reach + 1)]
    for interval in parts.intervals:
        found += _inside(interval)
    return sorted(found, key=_nearness)


def _nearness(member) -> tuple:
    value = real_value(member) or 0.0
    return abs(value), value < 0


def _inside(interval: sp.Interval) -> list:
    """A few points strictly inside an interval."""
    lo, hi = interval.start, interval.end
    if lo.is_finite and hi.is_finite:
        return [lo + (hi - lo) * sp.Rational(k, 4) for k in (2, 1, 3)]
    if lo.is_finite:
        return [lo + sp.Rational(1, 2), lo + 1, lo + 10]
    if hi.is_finite:
        return [hi - sp.Rational(1, 2), hi - 1, hi - 10]
    return [sp.S.Zero, sp.S.Half, -sp.S.Half, sp.Integer(10), sp.Integer(-10)]


def _contained(mine: sp.Set, theirs: sp.Set, p_mine: Parts, p_theirs: Parts,
               clock: Clock) -> bool:
    """Proven: my set lies inside theirs (my points were already checked one by one)."""
    if mine is sp.S.EmptySet or mine == theirs:
        return True
    if not p_mine.intervals and _families_within(p_mine.families, p_theirs.families):
        return True
    try:
        with attempt(min(clock.remaining(), SUBSET_SECONDS)):
            return mine.is_subset(theirs) is True
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, AttributeError,
            RecursionError):
        return False


def _families_within(mine: list, theirs: list) -> bool:
    """Every family of mine is a union of residues of theirs modulo a common period."""
    if not mine:
        return True
    period = _common_period([a for a, _ in mine + theirs])
    if period is None:
        return False
    residues = [_residues(f, period) for f in mine], [_residues(f, period) for f in theirs]
    if any(r is None for side in residues for r in side):
        return False
    their_residues = [r for rs in residues[1] for r in rs]
    return all(any(_same(r, s) for s in their_residues) for rs in residues[0] for r in rs)


def _common_period(steps: list):
    """The least common multiple of the steps, when they are rational multiples of one."""
    first = steps[0]
    ratios = [sp.nsimplify(a / first) for a in steps]
    if not all(r.is_Rational and r > 0 for r in ratios):
        return None
    multiple = sp.Rational(math.lcm(*(r.p for r in ratios)), math.gcd(*(r.q for r in ratios)))
    return first * multiple


def _residues(family: tuple, period) -> list | None:
    """The members of a family modulo the period: b + k·a for k = 0 … period/a - 1."""
    a, b = family
    count = sp.nsimplify(period / a)
    if not count.is_Integer or count > MAX_RESIDUES:
        return None
    found = []
    for k in range(int(count)):
        value = b + k * a
        turns = sp.floor(value / period)
        if not turns.is_Integer:
            return None
        found.append(sp.expand(value - turns * period))
    return found


def _same(r, s) -> bool:
    """Two residues are the same number (exactly: their difference expands to 0)."""
    return sp.expand(r - s) == 0


def _verdict(var, lost: list, inside: list) -> Verdict:
    forward = False if lost[0] is not None else (True if inside[0] else None)
    backward = False if lost[1] is not None else (True if inside[1] else None)
    if forward and backward:
        return Verdict("equal", f"same real solutions for {var}", direction="both")
    if lost[0] is None and lost[1] is None:
        return Verdict("unknown", reason=f"could not tell whether the real solution sets for "
                                         f"{var} are the same (periodic families or intervals)")
    k = 0 if lost[0] is not None else 1
    root = lost[k]
    why = f"{var} = {root} solves the {ORDINAL[k]} equation, not the {ORDINAL[1 - k]}"
    direction = "forward" if forward else "backward" if backward else None
    if direction == "forward":
        why = f"follows from the previous equation, but not conversely: {why}"
    elif direction == "backward":
        why = f"a solution of the previous equation does not satisfy this one: {why}"
    return Verdict("not_equal", f"real solutions for {var}", witness=show({var: root}),
                   reason=why, direction=direction)
