"""Probabilities of events judged with the values the text states (P(D) = 0.01, P(+|D) = 0.9).

A probability P(A, Bᶜ, …) of named events is a sum of the probabilities of the cells of the
events' Boolean algebra (A∩Bᶜ∩C, A∩Bᶜ∩Cᶜ, …); the cells sum to 1. A stated value is a linear
equation in the cells (P(A|B) = 0.9 is P(A, B) − 0.9·P(B) = 0). A claim holds when the
difference of its sides is 0 for every assignment of the cells that meets the stated values,
and fails when it is one number other than 0 there. Anything else (it depends on a value not
stated) is unknown. Events not named alike are not assumed related (J_1 and J_2 need not
partition anything): knowing less is never wrong.
"""

from __future__ import annotations

import random

import sympy as sp
from sympy.core.relational import Relational

from tutor.functions import binomial_mass, normal_cdf_formula, poisson_mass
from tutor.judge.decimals import exact
from tutor.judge.event_cells import (  # noqa: F401 (names other modules take from here)
    MAX_EVENTS,
    Cells,
    cell_solution,
    events_of,
    of_probabilities,
    probability_atoms,
    relevant,
)
from tutor.judge.law_expectations import expectations_by_law
from tutor.judge.law_families import (  # noqa: F401 (the names other modules take from here)
    BERNOULLI,
    BINOMIAL,
    EXPONENTIAL,
    GEOMETRIC,
    NORMAL,
    POISSON,
    UNIFORM,
)
from tutor.judge.rounded import (
    TERM_BY_TERM,
    half_unit,
    rounded_term_by_term,
    rounding_of,
    rounding_verdict,
)
from tutor.model import Verdict
from tutor.trees import nodes_of

UNSTATED = "depends on probabilities the text does not give"


def value_under(expr, stated: list):
    """The value of a probability expression given the statements: a number, or None when it
    is not determined by them (or they contradict each other)."""
    events = events_of(expr)
    if events is None:
        return None
    names, used = relevant(events, stated)
    if len(names) > MAX_EVENTS:
        return None
    cells = Cells(names)
    solution = cell_solution(cells, used)
    if solution is None:
        return None
    value = sp.cancel(sp.together(cells.of(expr).xreplace(solution)))
    if value.free_symbols or value.has(sp.nan, sp.zoo, sp.oo, -sp.oo):
        return None
    return value


def judge_probabilities(a, b, stated: list) -> Verdict | None:
    """Are two expressions in probabilities of events equal, given the stated values? None
    when a side is not of probabilities and numbers only."""
    if not (of_probabilities(a) or of_probabilities(b)) or not all(
            of_probabilities(x) or not x.free_symbols for x in (a, b)):
        return None
    events = [events_of(a), events_of(b)]
    if None in events:
        return None   # P(w_i | spam): not an event of the algebra
    names, used = _events_and_statements(events[0] | events[1], stated)
    if len(names) > MAX_EVENTS:
        return Verdict("unknown", reason=f"more than {MAX_EVENTS} events at once: not checked")
    cells, used = Cells(names), [_exactly(u) for u in used]  # 13.25/2 is 53/8, 1! is 1
    solution = cell_solution(cells, used)  # the cells sum to 1 even when nothing is stated
    if solution is None:
        return Verdict("unknown", reason="the probabilities stated above contradict each other")
    left, right = (sp.cancel(sp.together(cells.of(_exactly(x)).xreplace(solution)))
                   for x in (a, b))
    if left.has(sp.nan, sp.zoo) or right.has(sp.nan, sp.zoo):
        return Verdict("unknown", reason="a probability divided by a probability of 0")
    difference = sp.cancel(sp.together(left - right))
    rules = "by the rules of probability (complements, total probability, P(A|B) = P(A,B)/P(B))"
    if difference == 0:
        return Verdict("equal", rules + (", with the probabilities stated above" if used else ""))
    if difference.free_symbols:
        apart = _apart_everywhere(difference)
        return apart if apart is not None else Verdict("unknown", reason=UNSTATED)
    rounded = _first_rounding(within_rounding(a, b, left, right), lambda: _stated_rounded(
        a, b, used, cells, solution))  # 0.18 for P(S|E) = 8e^{-2}/6 stated ≈ 0.18 above
    if rounded is not None:
        return rounded
    given = "with the probabilities stated above" if used else "by the rules of probability"
    return Verdict("not_equal", f"{given} the left side is {sp.N(left, 4)} and the right side "
                                f"{sp.N(right, 4)}")


def _exactly(expr):
    """`expr` with its decimals as the rationals written and its factorials of numbers worked
    out (`2.5^1/1!` as 5/2: cancelled against 5/2 exactly, never a float's last bit off); the
    events inside its probabilities as written (they name the cells)."""
    held = {a: sp.Dummy() for a in probability_atoms(expr)}
    expr = exact(expr.xreplace(held)).xreplace({d: a for a, d in held.items()})
    counted = expr.atoms(sp.factorial, sp.binomial)
    return expr.xreplace({f: f.func(*f.args) for f in counted}) if counted else expr


def _events_and_statements(events: set, stated: list) -> tuple[list, list]:
    """The events of the claim and of the statements linked to it, and those statements; past
    MAX_EVENTS (naive Bayes: P(Yes|X) ≈ 0.007 under a dozen likelihoods), the claim's events
    and the statements made of those alone (what they fix holds under the rest too)."""
    names, used = relevant(events, stated)
    if len(names) <= MAX_EVENTS:
        return names, used
    return sorted(events), [st for st in stated if (events_of(st) or {None}) <= events]


def _first_rounding(found: Verdict | None, then) -> Verdict | None:
    return found if found is not None else then()


def _stated_rounded(a, b, used: list, cells: Cells, solution: dict) -> Verdict | None:
    """`\\frac{0.18·0.55}{…}` for P(S|E)P(E)/… with P(S|E) = 8e^{-2}/6 ≈ 0.18 stated above: the
    decimals of the right side that are the stated probabilities of the left rounded (to any
    number of digits) move by their rounding; within it, no slip (tutor.judge.rounded)."""
    atoms = set().union(*(probability_atoms(x) for x in (a, *used)))
    values = [v for v in (cells.of(p).xreplace(solution) for p in atoms) if v.is_number]
    halves = {f: half_unit(abs(f), 1) for f in nodes_of(b, sp.Float)}
    halves = {f: half for f, half in halves.items()
              if half is not None and any(abs(exact(f) - v) <= half for v in values)}
    left, right = (cells.of(x).xreplace(solution) for x in (a, b))
    return _gap_within((b,), left, right, halves, "the probabilities stated above, as rounded "
                       "here")


def _apart_everywhere(difference) -> Verdict | None:
    """not_equal when a difference linear in the probabilities left open (of cells, each
    between 0 and 1) is not 0 anywhere in that box (`P(A) = 100 - P(A)`: no probability is 50);
    the box holds every distribution of the events, so no distribution makes the sides equal.
    None otherwise."""
    cells = sorted(difference.free_symbols, key=str)
    try:
        poly = sp.Poly(difference, *cells)
    except sp.PolynomialError:
        return None
    if poly.total_degree() != 1 or not all(c.is_number for c in poly.coeffs()):
        return None
    slopes = [poly.coeff_monomial(c) for c in cells]
    low = poly.coeff_monomial(1) + sum(min(k, 0) for k in slopes)
    high = poly.coeff_monomial(1) + sum(max(k, 0) for k in slopes)
    if low <= 0 <= high:
        return None
    return Verdict("not_equal", "no probabilities (each between 0 and 1) make the sides equal: "
                   f"the left side minus the right stays between {sp.N(low, 4)} and "
                   f"{sp.N(high, 4)}")


def compare_events(a, b) -> Verdict | None:
    """Two expressions in probabilities of events with no value stated (`tutor.compare`): by
    the algebra of the events; a difference that depends on the probabilities is not_equal
    with a distribution of the events under which the sides differ (P(A) and P(Aᶜ) always sum
    to 1 there). None when a side is not of probabilities and numbers only."""
    verdict = judge_probabilities(a, b, [])
    if verdict is None or verdict.reason != UNSTATED:
        return verdict
    differing = _differing_distribution(a, b)
    return verdict if differing is None else differing


def _differing_distribution(a, b) -> Verdict | None:
    """not_equal with cell probabilities (drawn, fixed seed) under which `a` and `b` differ;
    None when two events are conditions on a variable (X = 2, X ≤ 2: how they overlap is not
    known here, so a drawn distribution of them may be no distribution of X)."""
    conditions = {e for atom in probability_atoms(a) | probability_atoms(b) for e in atom.args
                  if isinstance(e, Relational)}
    if len(conditions) > 1:
        return None
    names = sorted(events_of(a) | events_of(b))
    cells = Cells(names)
    draw = random.Random(len(names))
    for _ in range(3):
        weights = [draw.randint(1, 9) for _ in cells.cells]
        point = {cell: sp.Rational(w, sum(weights))
                 for cell, w in zip(cells.cells.values(), weights, strict=True)}
        left, right = (sp.cancel(cells.of(x).xreplace(point)) for x in (a, b))
        if not all(v.is_Rational for v in (left, right)) or left == right:
            continue
        atoms = sorted(probability_atoms(a) | probability_atoms(b), key=str)
        witness = {_atom_text(atom): str(cells.atom(atom).xreplace(point)) for atom in atoms}
        shown = ", ".join(f"{k}={v}" for k, v in witness.items())
        return Verdict("not_equal", f"numeric witness {shown} (a distribution of the events): "
                                    f"{float(left):.6g} vs {float(right):.6g}", witness=witness)
    return None


def _atom_text(atom) -> str:
    """P(A, Bᶜ), P(X = 2): a probability as notes write it."""
    events = [f"{e.lhs} {'=' if e.rel_op == '==' else e.rel_op} {e.rhs}"
              if isinstance(e, Relational) else str(e) for e in atom.args]
    return f"{atom.func.__name__}({', '.join(events)})"


def within_rounding(a, b, left, right) -> Verdict | None:
    """Sides equal but for the rounding of decimals of 3 or more significant digits written in
    them (1 − 0.837 for 1 − 0.83721): "equal" when one such decimal explains the gap (it is
    that value rounded), "unknown" when several might; None when rounding cannot explain it."""
    if rounded_term_by_term(a, b):
        return Verdict("equal", TERM_BY_TERM)
    halves = {f: rounding_of(f) for f in nodes_of(a, sp.Float) | nodes_of(b, sp.Float)}
    halves = {f: half for f, half in halves.items() if half is not None}
    return _gap_within((a, b), left, right, halves, "the decimals written")


def _gap_within(sides: tuple, left, right, halves: dict, rounded: str) -> Verdict | None:
    """rounding_verdict on the gap of the sides' values `left`, `right` (worked out: ∂L/∂w at a
    point is a Subs) and on how far moving each decimal of `halves` by its half unit moves the
    first of `sides` that holds it."""
    if not halves:
        return None
    try:
        gap = abs(sp.N(sp.Add(left, -right).doit(), 30))
        slack = sp.Integer(0)
        for f, half in halves.items():
            side = next(x for x in sides if x.has(f))
            slack += abs(sp.N(exact(side.xreplace({f: exact(f) + half})) - exact(side), 30))
    except (TypeError, ValueError, ArithmeticError, RecursionError):  # Abs(1 - P(Z ≤ z)) loops
        return None
    return rounding_verdict(gap, slack, len(halves) == 1, rounded)


MAX_TERMS = 200  # P(X ≤ k): a sum of at most this many masses


def probability_masses(expr, distributions: dict):
    """P(X = 2), P(X ≤ 2), … of a declared discrete law with numbers (`distributions`: X ->
    (family, arguments)) replaced by their values; E[e^U] of a continuous one too."""
    masses = {}
    for atom in probability_atoms(expr):
        if len(atom.args) == 1 and isinstance(atom.args[0], Relational):
            value = _mass(atom.args[0], distributions)
            if value is None:
                value = _continuous_tail(atom.args[0], distributions)
            if value is not None:
                masses[atom] = value
        elif len(atom.args) == 1 and isinstance(atom.args[0], sp.And):  # P(85 < X < 130)
            value = _between(atom.args[0], distributions)
            if value is not None:
                masses[atom] = value
    return expectations_by_law(expr.xreplace(masses) if masses else expr, distributions)


def _other_mass(family: str, args: tuple):
    """The mass function of a die-like law on a, …, b or of a geometric law described as the
    trials to the first success (1, 2, …; its p may be a name: a declared Geom(p) may count
    failures, 0, 1, …); None for another law."""
    if family in ("DUniform",) and len(args) == 2 and all(a.is_Integer for a in args) \
            and args[0] <= args[1]:
        low, high = args
        return lambda k: sp.Integer(1) / (high - low + 1) if low <= k <= high else sp.Integer(0)
    if family in GEOMETRIC and len(args) == 1:
        p = args[0]
        return lambda k: (1 - p) ** (k - 1) * p if k >= 1 else sp.Integer(0)
    return None


def _mass_at(law: tuple, k: sp.Symbol):
    """P(X = k) at a symbolic outcome k of a binomial or a Poisson law (the geometric may count
    trials or failures: not given), or None."""
    family, args = law
    if family in BINOMIAL and len(args) == 2:
        return binomial_mass(k, *args)
    if family in POISSON and len(args) == 1:
        return poisson_mass(k, *args)
    return None


def standard_normal_cdf(z):
    """Φ(z) of an exact z (tutor.functions.normal_cdf_formula)."""
    return normal_cdf_formula(exact(z))


def _continuous_tail(event, distributions: dict):
    """P(H > 185) of H ~ N(170, 10²) (1 - Φ(1.5)), P(T > 1) of T ~ Exp(2) (e^{-2}), P(U < 2)
    of U ~ Uniform(0, 6); None for anything else."""
    law = distributions.get(event.lhs)
    if law is None or not all(s.name[:1].islower() for s in event.rhs.free_symbols):
        return None  # P(T > t) of Exp(λ): e^{-λt}; P(T_1 > T_2) is no tail
    below = _distribution_function(law, exact(event.rhs))
    if below is None:
        return None
    kind = type(event).__name__
    if kind in ("StrictLessThan", "LessThan"):
        return below
    if kind in ("StrictGreaterThan", "GreaterThan"):
        return 1 - below
    return sp.Integer(0) if kind == "Equality" else None


def _distribution_function(law: tuple, t):
    """P(X ≤ t) of a declared continuous law with numbers; None for another law."""
    family, args = law
    if not all(a.is_number for a in (*args, t)):
        return _symbolic_distribution_function(law, t)
    if family in NORMAL and len(args) == 2 and args[1] > 0:
        return standard_normal_cdf((t - args[0]) / sp.sqrt(args[1]))
    if family in EXPONENTIAL and len(args) == 1 and args[0] > 0:
        return 1 - sp.exp(-args[0] * t) if t > 0 else sp.Integer(0)
    if family in UNIFORM and len(args) == 2 and args[1] > args[0]:
        return min(max((t - args[0]) / (args[1] - args[0]), sp.Integer(0)), sp.Integer(1))
    return None


def _symbolic_distribution_function(law: tuple, t):
    """P(X ≤ t) of an exponential law for a t written as a name (a time: t ≥ 0, in the law's
    support), its rate a name (λ > 0 by the law) or a positive number; None otherwise."""
    family, args = law
    if family in EXPONENTIAL and len(args) == 1 and args[0].is_positive is not False and \
            t.is_nonpositive is not True:
        return 1 - sp.exp(-args[0] * t)
    return None


def _mass(event, distributions: dict):
    law = distributions.get(event.lhs)
    bound = event.rhs
    if law is not None and isinstance(bound, sp.Symbol) and isinstance(event, sp.Eq):
        return _mass_at(law, bound)  # P(X = k) of X ~ Bin(n, p): the formula in k
    if law is None or not (bound.is_Integer and 0 <= bound <= MAX_TERMS):
        return None
    family, args = law
    if family in BERNOULLI and len(args) == 1:
        family, args = BINOMIAL[0], (sp.Integer(1), *args)
    if family in BINOMIAL and len(args) == 2 and args[0].is_Integer \
            and 0 < args[0] <= MAX_TERMS:  # p a number or a name (P(X = 1) = p of Bern(p))
        n, p = args

        def mass(k):
            return binomial_mass(k, n, p) if k <= n else sp.Integer(0)
    elif family in POISSON and len(args) == 1 and (not args[0].is_number or args[0] > 0):
        lam = args[0]

        def mass(k):
            return poisson_mass(k, lam)
    else:
        mass = _other_mass(family, args)
        if mass is None:
            return None
    k = int(bound)
    below = sp.Add(*[mass(j) for j in range(k)])  # P(X < k)
    return {"Equality": mass(k), "StrictLessThan": below, "LessThan": below + mass(k),
            "GreaterThan": 1 - below, "StrictGreaterThan": 1 - below - mass(k)}.get(
        type(event).__name__)


def _between(event: sp.And, distributions: dict):
    """P(85 < X < 130), P(1 ≤ X ≤ 3) of a declared law with numbers: P(X below the upper
    end) − P(X below or at the lower end); None for anything else."""
    ends = [_end(relation) for relation in event.args]
    if len(ends) != 2 or None in ends or ends[0][0] != ends[1][0] or ends[0][1] == ends[1][1]:
        return None
    (variable, _, low, low_strict), (_, _, high, high_strict) = sorted(
        ends, key=lambda end: end[1] != "lower")
    if (high - low).is_number and high <= low:
        return sp.Integer(0)
    below_high = (sp.StrictLessThan if high_strict else sp.LessThan)(variable, high)
    below_low = (sp.LessThan if low_strict else sp.StrictLessThan)(variable, low)
    values = []
    for below in (below_high, below_low):
        value = _mass(below, distributions)
        values.append(_continuous_tail(below, distributions) if value is None else value)
    return None if None in values else values[0] - values[1]


def _end(relation) -> tuple | None:
    """(variable, "lower" or "upper", the bound, strict?) of `85 < X` or `X ≤ 130`; None
    when neither side alone is a number."""
    if not isinstance(relation, Relational) or isinstance(relation, (sp.Eq, sp.Ne)):
        return None
    less = isinstance(relation, (sp.StrictLessThan, sp.LessThan))
    strict = isinstance(relation, (sp.StrictLessThan, sp.StrictGreaterThan))
    if relation.rhs.is_number and isinstance(relation.lhs, sp.Symbol):
        return relation.lhs, "upper" if less else "lower", exact(relation.rhs), strict
    if relation.lhs.is_number and isinstance(relation.rhs, sp.Symbol):
        return relation.rhs, "lower" if less else "upper", exact(relation.lhs), strict
    return None
