"""Compare two equations by their solution sets: equal, or one way only (roots lost or added).

Direction names the implication that holds: "forward" is old ⇒ new (the new equation follows,
as after squaring both sides: it may have gained roots), "backward" is new ⇒ old (a root of the
old equation was lost, as when x² = 4 becomes x = 2), "both" is equal solution sets.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import sympy as sp

from tutor.budget import AttemptTimedOut, Clock
from tutor.judge import caching
from tutor.judge.caching import attempt
from tutor.judge.decimals import exact
from tutor.judge.domain import sample_array, satisfied
from tutor.judge.equation_domains import lost_by_evaluation, with_sums_as_values
from tutor.judge.expressions import Equation, compare_expressions, prepare
from tutor.judge.high_precision import DPS
from tutor.judge.points import _fmt, _seed
from tutor.judge.polynomial_multiples import follows_as_multiple
from tutor.judge.roots import RootTally, admissible, holds, meets, real_value, sign_known
from tutor.judge.rounded_roots import compare_rounded_roots
from tutor.judge.said_nonzero import said_nonzero
from tutor.judge.solution_sets import compare_sets
from tutor.model import Assumptions, Verdict
from tutor.trees import nodes_of

SAMPLES = 6


def compare_equations(e1: Equation, e2: Equation, assumptions: Assumptions,
                      clock: Clock, texts=(None, None)) -> Verdict:
    """Same solution set (equal), only e1 ⇒ e2 (direction "forward"), or a counterexample.

    "equal" needs a proof that no solution is lost either way: the same polynomial up to a
    nonzero factor, sympy's complete real solution sets of a one-variable equation, or roots
    by formula (complete) at random values of the other symbols. Roots from sympy's `solve`
    (which may miss branches) only refute."""
    if any(side.has(sp.Indexed) for e in (e1, e2) for side in (e.lhs, e.rhs)):
        return with_sums_as_values(e1, e2, assumptions, clock, compare_equations)
    z1, z2 = _zero(e1, clock), _zero(e2, clock)
    if not z1.free_symbols and not z2.free_symbols:
        return _numbers(e1, e2, z1, z2, assumptions, clock)
    if _rearranged(z1, z2, assumptions, clock):
        lost = lost_by_evaluation(e1, e2, assumptions, clock, identities=False)
        if lost is not None:
            return lost
        return Verdict("equal", "the same equation rearranged", direction="both")
    verdict = _by_solving(z1, z2, assumptions, clock)
    if verdict.status == "not_equal" and len(z1.free_symbols | z2.free_symbols) == 1:
        (var,) = z1.free_symbols | z2.free_symbols
        rounded = compare_rounded_roots(e1, e2, z1, z2, var, assumptions, clock,
                                        compare_equations, texts)
        return verdict if rounded is None else rounded
    return verdict


def _by_solving(z1, z2, assumptions: Assumptions, clock: Clock) -> Verdict:
    """z1 = 0 and z2 = 0 compared by their solution sets, or solved for each unknown."""
    undecided = None
    if len(z1.free_symbols | z2.free_symbols) == 1:
        (var,) = z1.free_symbols | z2.free_symbols
        undecided = compare_sets(z1, z2, var, assumptions, clock)
        if undecided.status != "unknown":
            return undecided
    for var in _unknowns(z1, z2, assumptions):
        if clock.spent():
            break
        verdict = _by_solutions(z1, z2, var, assumptions, clock)
        if verdict is not None and verdict.status != "unknown":
            return verdict
        undecided = verdict if undecided is None else undecided
    if undecided is not None:
        return undecided
    return Verdict("unknown", reason="could not solve the equations to compare their solutions")


def _numbers(e1, e2, z1, z2, assumptions: Assumptions, clock: Clock) -> Verdict:
    """Equations whose sides evaluate to numbers: true or false everywhere they are defined,
    which the written forms decide (x/x = 1 is not 0 = 0 at x = 0)."""
    t1, t2 = _truth(z1), _truth(z2)
    if t1 is None or t2 is None:
        return Verdict("unknown", reason="could not evaluate the equations")
    if t1 and t2:
        lost = lost_by_evaluation(e1, e2, assumptions, clock, identities=True)
        if lost is not None:
            return lost
    return Verdict("equal" if t1 == t2 else "not_equal", "both sides are numbers")


def _unknowns(z1, z2, assumptions: Assumptions) -> list:
    """The symbols to solve for: those of both equations first, an integer unknown last (at
    random points it has no roots), then those of one equation only."""
    common = z1.free_symbols & z2.free_symbols
    rest = (z1.free_symbols | z2.free_symbols) - common
    def order(s):
        return (assumptions.is_integer(s.name), s.name)
    return sorted(common, key=order) + sorted(rest, key=order)


def _zero(e: Equation, clock: Clock):
    """lhs - rhs, evaluated, with the decimals as written."""
    return prepare(exact(sp.Add(e.lhs, sp.Mul(-1, e.rhs, evaluate=False), evaluate=False)),
                   clock)


def _truth(z) -> bool | None:
    """Whether a constant equation holds: exactly for a rational number (10^-30 = 0 is false)."""
    if z.is_Rational:
        return z == 0
    try:
        value = sp.N(z, DPS)
        return bool(abs(complex(value)) < 1e-20)
    except (TypeError, ValueError):
        return None


def _rearranged(z1, z2, assumptions: Assumptions, clock: Clock) -> bool:
    """z1 is z2 times a nonzero constant, and they are polynomials (defined everywhere), or
    the same written expression up to sign."""
    if z1 == z2 or z1 == -z2:
        return True
    if not (_polynomial(z1) and _polynomial(z2)):
        return False
    for sign in (1, -1):
        if compare_expressions(z1, sign * z2, assumptions, clock).status == "equal":
            return True
    try:
        if z2 != 0:
            ratio = sp.cancel(sp.together(z1 / z2))
            return bool(ratio.is_number and ratio != 0 and ratio.is_finite)
    except (TypeError, ValueError, NotImplementedError, sp.PolynomialError):
        return False
    return False


def _polynomial(z) -> bool:
    try:
        return bool(z.is_polynomial(*z.free_symbols))
    except (TypeError, ValueError, NotImplementedError):
        return False


SOLUTIONS = caching.memo(1024)   # (z, var) -> Roots, or NO_ROOTS
NO_ROOTS = "cannot solve"


@dataclass(frozen=True)
class Roots:
    """Candidate roots in var as expressions in the other symbols; `leads` are the groups of
    coefficients that must not vanish together for the formulas to list every root (None:
    the roots came from sympy's `solve`, which may miss some)."""

    found: tuple
    leads: tuple | None

    def complete(self, assumptions: Assumptions) -> bool:
        """Every root is listed wherever the other symbols may be: by formula, and the
        coefficients of each formula never vanish together (`x y = 0` has every x as a root
        when y = 0; a quadratic's leading coefficient never vanishes)."""
        return self.leads is not None and all(_no_common_zero(group, assumptions)
                                              for group in self.leads)


def _no_common_zero(group: tuple, assumptions: Assumptions) -> bool:
    """The coefficients never vanish together where the assumptions hold (then the equation
    would hold for every value of the unknown): one of them is never 0, or (one symbol) none
    of the others is 0 at an admissible real zero of the first."""
    if any(_signed_nonzero(c, assumptions) or said_nonzero(c, assumptions) for c in group):
        return True
    zeros = _admissible_zeros(group[0], assumptions)
    if zeros is None:
        return False
    return all(any(c.xreplace(z).is_zero is False for c in group[1:]) for z in zeros)


def _signed_nonzero(c, assumptions: Assumptions) -> bool:
    if c.is_number:
        return c.is_zero is False
    signed = {s: sp.Dummy(s.name, real=True, **sign_known(s.name, assumptions))
              for s in c.free_symbols}
    return c.xreplace(signed).is_zero is False


def _admissible_zeros(c, assumptions: Assumptions) -> list | None:
    """The real zeros {symbol: value} of a one-symbol c that meet the assumptions (None:
    unknown)."""
    if len(c.free_symbols) != 1:
        return None
    (s,) = c.free_symbols
    try:
        with attempt(0.2):
            zeros = sp.solveset(c, s, domain=sp.S.Reals)
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, AttributeError):
        return None
    if not isinstance(zeros, sp.FiniteSet):
        return [] if zeros is sp.S.EmptySet else None
    if any(real_value(r) is None for r in zeros):
        return None
    return [{s: r} for r in zeros if admissible(assumptions, {}, s, r, real_value(r))]


def _defined_for_all_others(z, var, assumptions: Assumptions) -> bool:
    """No value of the other symbols makes z undefined for every value of var (`x = -z/y` at
    y = 0, where `x y = -z` still has solutions)."""
    try:
        _, denominator = sp.fraction(sp.together(z))
        others, _ = denominator.as_independent(var, as_Add=False)
    except (TypeError, ValueError, NotImplementedError, sp.PolynomialError):
        return False
    return _no_common_zero((others,), assumptions)


def _solve(z, var, clock: Clock) -> Roots | None:
    """Candidate roots of z in var (None: cannot solve).

    Candidates may be spurious (a zero of the numerator where the denominator vanishes too):
    `_roots` keeps only those that solve z. Remembered unless the attempt ran out of time.
    """
    known = SOLUTIONS.get((z, var))
    if known is not None:
        return None if known is NO_ROOTS else known
    timeouts = caching.timeouts()
    found = _polynomial_roots(z, var) or _inverted_roots(z, var)
    if found is None:
        solved = _solved(z, var, clock)
        found = None if solved is None else Roots(tuple(solved), None)
    if caching.timeouts() == timeouts:
        SOLUTIONS.put((z, var), NO_ROOTS if found is None else found)
    return found


def _solved(z, var, clock: Clock):
    """sympy's solve, over the reals, within the budget."""
    real = sp.Dummy(var.name, real=True)
    try:
        with attempt(min(clock.remaining(), 0.8)):
            found = sp.solve(z.xreplace({var: real}), real, dict=False, check=False,
                             rational=True, simplify=False)
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, AttributeError,
            sp.PolynomialError):
        return None
    if not isinstance(found, list) or any(isinstance(r, (tuple, dict)) for r in found):
        return None
    return [r.xreplace({real: var}) for r in found]


INVERSES = {sp.exp: sp.log, sp.log: sp.exp}


def _inverted_roots(z, var) -> Roots | None:
    """Every root of z = R(g(u)) where var appears only in one exp or log g = g(u), and R and u
    have numerators of degree 1 or 2: R's roots w by formula, then u = g⁻¹(w) by formula (g is
    one-to-one, so nothing is lost). None when z is not of that shape."""
    inner = [f for f in nodes_of(z, sp.exp, sp.log) if f.has(var)]
    if len(inner) != 1:
        return None
    g = inner[0]
    w = sp.Dummy("w")
    outer = z.xreplace({g: w})
    if outer.has(var):
        return None
    values = _polynomial_roots(outer, w)
    if values is None:
        return None
    roots, leads = [], list(values.leads)
    for value in values.found:
        found = _polynomial_roots(g.args[0] - INVERSES[g.func](value), var)
        if found is None:
            return None
        roots += found.found
        leads += found.leads
    return Roots(tuple(roots), tuple(leads))


def _polynomial_roots(z, var) -> Roots | None:
    """Roots of a numerator of degree 1 or 2 in var by formula (None: not that simple)."""
    try:
        numerator, _ = sp.fraction(sp.together(z))
        if not numerator.is_polynomial(var):
            return None
        coefficients = sp.Poly(numerator, var).all_coeffs()
    except (sp.PolynomialError, TypeError, ValueError, NotImplementedError):
        return None
    if len(coefficients) == 2:
        a, b = coefficients
        return Roots((-b / a,), ((a, b),))
    if len(coefficients) == 3:
        a, b, c = coefficients
        root = sp.sqrt(b**2 - 4 * a * c)
        return Roots(((-b - root) / (2 * a), (-b + root) / (2 * a)), ((a,),))
    return None


def _roots(solutions, z, var, point: dict, assumptions: Assumptions) -> list | None:
    """The exact roots at one point of the other symbols that really solve z there."""
    roots = []
    for sol in solutions:
        try:  # a root holding dy/dx (implicit differentiation) cannot take x's value: unknown
            root = sp.nsimplify(sol.xreplace(point)) if sol.has(sp.Float) else \
                sol.xreplace(point)
        except ValueError:
            return None
        try:
            value = complex(sp.N(root, DPS))
        except (TypeError, ValueError, ArithmeticError):
            return None
        if not np.isfinite(value.real) or abs(value.imag) > 1e-15 * max(1, abs(value)):
            continue
        if root.has(sp.I):
            root = sp.re(root)
        if not meets(assumptions, point, var, root, value.real):
            continue
        if assumptions.is_integer(var.name) and abs(value.real - round(value.real)) > 1e-12:
            continue
        if holds(z, var, root, point) and root not in roots:
            roots.append(root)
    return roots


def _points(others, assumptions: Assumptions, z1, z2):
    """A few points of the other symbols (exact short decimals) meeting the assumptions."""
    rng = np.random.default_rng(_seed(z1, z2))
    columns = {s: sample_array(rng, s.name, assumptions, SAMPLES * 10) for s in others}
    for k in range(SAMPLES * 10):
        point = {s: sp.Rational(_fmt(col[k])) for s, col in columns.items()}
        if satisfied(assumptions, point):
            yield point


def _by_solutions(z1, z2, var, assumptions: Assumptions, clock: Clock) -> Verdict | None:
    """Roots for var at random values of the other symbols, each tried in the other equation.
    A direction holds when its roots were listed completely (by formula), or z2 = polynomial·z1."""
    s1, s2 = _solve(z1, var, clock), _solve(z2, var, clock)
    if s1 is None and s2 is None:
        return None
    defined = all(_defined_for_all_others(z, var, assumptions) for z in (z1, z2))
    tally = RootTally(forward=defined and s1 is not None and s1.complete(assumptions) or
                       follows_as_multiple(z1, z2) or None,  # 4a(ax² + bx + c) = 0 follows
                       backward=defined and s2 is not None and s2.complete(assumptions) or None)
    others = sorted((z1.free_symbols | z2.free_symbols) - {var}, key=lambda s: s.name)
    for point in _points(others, assumptions, z1, z2):
        if tally.checked >= SAMPLES or clock.spent():
            break
        r1 = _roots(s1.found, z1, var, point, assumptions) if s1 is not None else None
        r2 = _roots(s2.found, z2, var, point, assumptions) if s2 is not None else None
        if (s1 is not None and r1 is None) or (s2 is not None and r2 is None):
            continue
        tally.check(r1 or [], r2 or [], z1, z2, var, point)
    if not tally.roots:  # no solutions anywhere proves nothing: try another unknown
        return None
    return tally.verdict(var)
