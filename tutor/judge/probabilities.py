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

import itertools

import sympy as sp
from sympy.core.relational import Relational
from sympy.polys.polyerrors import BasePolynomialError

from tutor.compat import AppliedUndef
from tutor.functions import normal_cdf_formula
from tutor.judge.decimals import exact
from tutor.judge.law_expectations import expectations_by_law
from tutor.judge.law_families import (  # noqa: F401 (the names other modules take from here)
    BERNOULLI,
    BINOMIAL,
    EXPONENTIAL,
    GEOMETRIC,
    NORMAL,
    POISSON,
    UNIFORM,
    binomial_mass,
    poisson_mass,
)
from tutor.judge.rounded import TERM_BY_TERM, half_unit, rounded_term_by_term, rounding_verdict
from tutor.model import Verdict
from tutor.trees import nodes_of

MEASURES = ("P", "Pr", "p")
MAX_EVENTS = 6  # 64 cells at most
COMPLEMENT = "ᶜ"
_OPPOSITES = {"neg": "pos", "negative": "positive"}  # the outcome of a test, said in words
POSITIVE, NEGATIVE = "ᐩ", "ᐨ"  # a test's + and − outcomes (tutor.read.calls.SIGN_LETTERS)


def probability_atoms(expr) -> set:
    """The P(…) calls of an expression (\\Pr and a small p of events too)."""
    return {f for f in nodes_of(expr, AppliedUndef) if f.func.__name__ in MEASURES}


def of_probabilities(expr) -> bool:
    """Whether `expr` is built of P(…) of events and numbers only (at least one P)."""
    atoms = probability_atoms(expr)
    if not atoms or any(_literal(e) is None for a in atoms for e in a.args):
        return False
    dummies = {a: sp.Dummy() for a in atoms}
    rest = expr.xreplace(dummies)
    return not (rest.free_symbols - set(dummies.values())) and not nodes_of(rest, AppliedUndef)


def _named_literal(name: str) -> tuple[str, bool]:
    """(the event, whether it is the complement) of an event's name: Dᶜ, D_bar, −, and in
    words `no disease`, `not spam`, `neg` (of `pos`)."""
    if name.endswith(COMPLEMENT) and len(name) > 1:
        return name[:-1], True
    for accent in ("_bar", "_overline"):
        if name.endswith(accent) and len(name) > len(accent):
            return name[:-len(accent)], True
    if name == NEGATIVE:
        return POSITIVE, True
    for word in ("no_", "not_", "non_"):  # \text{no disease}: the complement of disease
        if name.startswith(word) and len(name) > len(word):
            return name[len(word):], True
    if name in _OPPOSITES:  # \text{neg}, \text{negative}: not positive
        return _OPPOSITES[name], True
    return name, False


def _literal(event) -> tuple[str, bool] | None:
    """(the event's name, whether it is the complement) of an argument of P."""
    if isinstance(event, sp.Symbol):
        return _named_literal(event.name)
    if (isinstance(event, sp.Pow) and isinstance(event.base, sp.Symbol)
            and event.base.name[:1].isupper() and isinstance(event.exp, sp.Symbol)
            and event.exp.name in ("c", "C")):
        return event.base.name, True  # D^c inside a joint probability
    if isinstance(event, Relational):
        return sp.srepr(event), False  # X = 2: an event of its own, related to no other
    return None


def _events_of(expr) -> set[str] | None:
    """The names of the events inside P(…); None when one is no event the algebra knows
    (P(w_i | spam): an entry of a family)."""
    literals = [_literal(e) for a in probability_atoms(expr) for e in a.args]
    return None if None in literals else {lit[0] for lit in literals}


class _Cells:
    """The cells of the Boolean algebra of some named events, one unknown each."""

    def __init__(self, names: list[str]):
        self.names = names
        self.cells = {bits: sp.Symbol(f"cell{k}")
                      for k, bits in enumerate(itertools.product((True, False), repeat=len(names)))}

    def atom(self, call) -> sp.Expr:
        """P(A, Bᶜ): the sum of the cells inside A and outside B (0 when A and Aᶜ both)."""
        wanted: dict[str, bool] = {}
        for event in call.args:
            name, negated = _literal(event)
            if wanted.setdefault(name, not negated) != (not negated):
                return sp.Integer(0)
        index = [self.names.index(n) for n in wanted]
        return sp.Add(*[cell for bits, cell in self.cells.items()
                        if all(bits[i] == wanted[self.names[i]] for i in index)])

    def of(self, expr) -> sp.Expr:
        numbers = {f: f.func(*f.args) for f in expr.atoms(sp.binomial, sp.factorial)
                   if f.is_number}  # C(5, 2) written unevaluated: 10
        return exact(expr.xreplace(numbers)).xreplace(
            {a: self.atom(a) for a in probability_atoms(expr)})


def _relevant(claim_events: set[str], stated: list) -> tuple[list[str], list]:
    """The events of the claim and of the statements linked to them, and those statements."""
    names, used, grew = set(claim_events), [], True
    while grew:
        grew = False
        for statement in stated:
            events = _events_of(statement) or set()
            if statement not in used and events & names:
                used.append(statement)
                names |= events
                grew = True
    return sorted(names), used


def _solution(cells: _Cells, stated: list) -> dict | None:
    """The cells in terms of the free ones, given the statements; None when they contradict."""
    unknowns = list(cells.cells.values())
    equations = [sp.Add(*unknowns) - 1]
    for statement in stated:
        numerator = sp.together(cells.of(statement)).as_numer_denom()[0]
        try:
            if sp.Poly(numerator, *unknowns).total_degree() <= 1:
                equations.append(sp.expand(numerator))
        except sp.PolynomialError:
            continue
    try:
        solved = sp.linsolve(equations, unknowns)
    except (BasePolynomialError, NotImplementedError):  # a value sympy's domains cannot hold
        return None
    if not solved:
        return None
    return dict(zip(unknowns, next(iter(solved)), strict=True))


def value_under(expr, stated: list):
    """The value of a probability expression given the statements: a number, or None when it
    is not determined by them (or they contradict each other)."""
    events = _events_of(expr)
    if events is None:
        return None
    names, used = _relevant(events, stated)
    if len(names) > MAX_EVENTS:
        return None
    cells = _Cells(names)
    solution = _solution(cells, used)
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
    events = [_events_of(a), _events_of(b)]
    if None in events:
        return None   # P(w_i | spam): not an event of the algebra
    names, used = _relevant(events[0] | events[1], stated)
    if len(names) > MAX_EVENTS:
        return Verdict("unknown", reason=f"more than {MAX_EVENTS} events at once: not checked")
    cells = _Cells(names)
    if not used:
        solution = {}
    else:
        solution = _solution(cells, used)
        if solution is None:
            return Verdict("unknown", reason="the probabilities stated above contradict each "
                                             "other")
    left, right = (sp.cancel(sp.together(cells.of(x).xreplace(solution))) for x in (a, b))
    if left.has(sp.nan, sp.zoo) or right.has(sp.nan, sp.zoo):
        return Verdict("unknown", reason="a probability divided by a probability of 0")
    difference = sp.cancel(sp.together(left - right))
    rules = "by the rules of probability (complements, total probability, P(A|B) = P(A,B)/P(B))"
    if difference == 0:
        return Verdict("equal", rules + (", with the probabilities stated above" if used else ""))
    if difference.free_symbols:
        return Verdict("unknown", reason="depends on probabilities the text does not give")
    rounded = within_rounding(a, b, left, right)
    if rounded is not None:
        return rounded
    return Verdict("not_equal", f"with the probabilities stated above the left side is "
                                f"{sp.N(left, 4)} and the right side {sp.N(right, 4)}")


def within_rounding(a, b, left, right) -> Verdict | None:
    """Sides equal but for the rounding of decimals of 3 or more significant digits written in
    them (1 − 0.837 for 1 − 0.83721): "equal" when one such decimal explains the gap (it is
    that value rounded), "unknown" when several might; None when rounding cannot explain it."""
    if rounded_term_by_term(a, b):
        return Verdict("equal", TERM_BY_TERM)
    floats = [f for f in nodes_of(a, sp.Float) | nodes_of(b, sp.Float) if half_unit(f) is not None]
    if not floats:
        return None
    try:
        gap = abs(sp.N(left - right, 30))
        slack = sp.Integer(0)
        for f in floats:
            moved = (a if a.has(f) else b).xreplace({f: exact(f) + half_unit(f)})
            slack += abs(sp.N(exact(moved) - exact(a if a.has(f) else b), 30))
    except (TypeError, ValueError, ArithmeticError):
        return None
    return rounding_verdict(gap, slack, len(floats) == 1)


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
