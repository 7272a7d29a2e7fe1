"""Compare two equations by their solution sets: equal, or one way only (roots lost or added).

Direction names the implication that holds: "forward" is old ⇒ new (the new equation follows,
as after squaring both sides: it may have gained roots), "backward" is new ⇒ old (a root of the
old equation was lost, as when x² = 4 becomes x = 2), "both" is equal solution sets.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import mpmath
import numpy as np
import sympy as sp

from tutor.budget import AttemptTimedOut, Clock
from tutor.judge import caching
from tutor.judge.caching import attempt
from tutor.judge.decimals import exact
from tutor.judge.domain import sample_array, satisfied
from tutor.judge.expressions import Equation, compare_expressions, prepare
from tutor.judge.high_precision import DPS, Evaluator
from tutor.judge.points import _fmt, _seed
from tutor.model import Assumptions, Verdict

SAMPLES = 6


def compare_equations(e1: Equation, e2: Equation, assumptions: Assumptions,
                      clock: Clock) -> Verdict:
    """Same solution set (equal), only e1 ⇒ e2 (direction "forward"), or a counterexample."""
    z1, z2 = _zero(e1, clock), _zero(e2, clock)
    if not z1.free_symbols and not z2.free_symbols:
        t1, t2 = _truth(z1), _truth(z2)
        if t1 is None or t2 is None:
            return Verdict("unknown", reason="could not evaluate the equations")
        return Verdict("equal" if t1 == t2 else "not_equal", "both sides are numbers")
    rearranged = _rearranged(z1, z2, assumptions, clock)
    if rearranged and _polynomial(z1) and _polynomial(z2):
        return Verdict("equal", "the same equation rearranged", direction="both")
    variables = sorted(z1.free_symbols & z2.free_symbols or z1.free_symbols | z2.free_symbols,
                       key=lambda s: (assumptions.is_integer(s.name), s.name))
    for var in variables:  # an integer unknown last: at random points it has no roots
        if clock.spent():
            break
        verdict = _by_solutions(z1, z2, var, assumptions, clock)
        if verdict is not None:
            return verdict
    if rearranged:  # equal wherever both sides are defined; the roots could not be listed
        return Verdict("equal", "the same equation rearranged", direction="both")
    return Verdict("unknown", reason="could not solve the equations to compare their solutions")


def _zero(e: Equation, clock: Clock):
    """lhs - rhs, evaluated, with the decimals as written."""
    return prepare(exact(sp.Add(e.lhs, sp.Mul(-1, e.rhs, evaluate=False), evaluate=False)),
                   clock)


def _truth(z) -> bool | None:
    try:
        value = sp.N(z, DPS)
        return bool(abs(complex(value)) < 1e-20)
    except (TypeError, ValueError):
        return None


def _polynomial(z) -> bool:
    try:
        return bool(z.is_polynomial(*z.free_symbols))
    except (TypeError, ValueError, NotImplementedError):
        return False


def _rearranged(z1, z2, assumptions: Assumptions, clock: Clock) -> bool:
    """z1 is z2 times a nonzero constant, wherever both are defined."""
    for sign in (1, -1):
        if compare_expressions(z1, sign * z2, assumptions, clock).status == "equal":
            return True
    try:
        if z1.is_rational_function() and z2.is_rational_function() and z2 != 0:
            ratio = sp.cancel(sp.together(z1 / z2))
            return bool(ratio.is_number and ratio != 0 and ratio.is_finite)
    except (TypeError, ValueError, NotImplementedError, sp.PolynomialError):
        return False
    return False


SOLUTIONS = caching.memo(1024)   # (z, var) -> candidate roots, or NO_ROOTS
NO_ROOTS = "cannot solve"


def _solve(z, var, clock: Clock):
    """Candidate roots of z in var, as expressions in the other symbols (None: cannot solve).

    Candidates may be spurious (a zero of the numerator where the denominator vanishes too):
    `_roots` keeps only those that solve z. Remembered unless the attempt ran out of time.
    """
    known = SOLUTIONS.get((z, var))
    if known is not None:
        return None if known is NO_ROOTS else list(known)
    timeouts = caching.timeouts()
    found = _polynomial_roots(z, var)
    if found is None:
        found = _inverted_roots(z, var)
    if found is None:
        found = _solved(z, var, clock)
    if caching.timeouts() == timeouts:
        SOLUTIONS.put((z, var), NO_ROOTS if found is None else tuple(found))
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


def _inverted_roots(z, var):
    """Every root of z = R(g(u)) where var appears only in one exp or log g = g(u), and R and u
    have numerators of degree 1 or 2: R's roots w by formula, then u = g⁻¹(w) by formula (g is
    one-to-one, so nothing is lost). None when z is not of that shape."""
    inner = [f for f in z.atoms(sp.exp, sp.log) if f.has(var)]
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
    roots = []
    for value in values:
        found = _polynomial_roots(g.args[0] - INVERSES[g.func](value), var)
        if found is None:
            return None
        roots += found
    return roots


def _polynomial_roots(z, var):
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
        return [-b / a]
    if len(coefficients) == 3:
        a, b, c = coefficients
        root = sp.sqrt(b**2 - 4 * a * c)
        return [(-b - root) / (2 * a), (-b + root) / (2 * a)]
    return None


def _roots(solutions, z, var, point: dict, assumptions: Assumptions) -> list | None:
    """The exact roots at one point of the other symbols that really solve z there."""
    roots = []
    for sol in solutions:
        root = sp.nsimplify(sol.xreplace(point)) if sol.has(sp.Float) else sol.xreplace(point)
        try:
            value = complex(sp.N(root, DPS))
        except (TypeError, ValueError, ArithmeticError):
            return None
        if not np.isfinite(value.real) or abs(value.imag) > 1e-15 * max(1, abs(value)):
            continue
        if root.has(sp.I):
            root = sp.re(root)
        if not _meets(assumptions, point, var, root, value.real):
            continue
        if assumptions.is_integer(var.name) and abs(value.real - round(value.real)) > 1e-12:
            continue
        if _holds(z, var, root, point) and root not in roots:
            roots.append(root)
    return roots


def _meets(assumptions: Assumptions, point: dict, var, root, value: float) -> bool:
    """`satisfied(assumptions, {**point, var: root})`: a bound on a symbol (`p < 1`) is read
    from the floating-point values when they are far apart, every other case exactly."""
    numeric = None
    for rel in assumptions.relations:
        if numeric is None:
            numeric = {**{s: float(v) for s, v in point.items()}, var: value}
        side = _clear_side(rel, numeric)
        if side is None:
            side = satisfied(Assumptions(relations=[rel]), {**point, var: root})
        if not side:
            return False
    return True


def _clear_side(rel, numeric: dict) -> bool | None:
    """Whether `a < b` (≤, >, ≥) holds, for symbols and numbers a, b whose values differ by
    far more than rounding; None otherwise."""
    if not isinstance(rel, sp.Rel) or rel.rel_op not in ("<", "<=", ">", ">="):
        return None
    values = []
    for side in (rel.lhs, rel.rhs):
        if side.is_Symbol and side in numeric:
            values.append(numeric[side])
        elif side.is_Rational:
            values.append(float(side))
        else:
            return None
    left, right = values
    if not (math.isfinite(left) and math.isfinite(right)) or abs(left - right) <= 1e-9 * max(
            1.0, abs(left), abs(right)):
        return None
    return {"<": left < right, "<=": left <= right, ">": left > right,
            ">=": left >= right}[rel.rel_op]


def _holds(z, var, root, point) -> bool:
    """z vanishes at var = root, relative to the size of its terms (False where z is
    undefined there)."""
    evaluate = _evaluator(z)
    exact_root, size = _root_value(root)
    value = evaluate({**point, var: exact_root}, DPS)
    if value is None or isinstance(value, str):
        return False
    scale = max(1.0, evaluate.largest, size)
    return abs(value) <= 1e-20 * scale


@functools.lru_cache(maxsize=256)
def _root_value(root):
    """A root as the mpf the evaluator makes of it at DPS (a roots is checked in both
    equations), and its magnitude."""
    value = sp.N(root, DPS + 10)._to_mpmath(mpmath.libmp.dps_to_prec(DPS) + 30)
    return value, abs(complex(sp.N(root, 15)))


EVALUATORS = caching.memo(64)


def clear_evaluators() -> None:
    """Forget the cached root values (benchmarks measure cold checks; `caching.clear_all`
    empties the evaluators)."""
    _root_value.cache_clear()


def _evaluator(z):
    known = EVALUATORS.get(z)
    if known is None:
        known = Evaluator(z)
        EVALUATORS.put(z, known)
    return known


def _points(others, assumptions: Assumptions, z1, z2):
    """A few points of the other symbols (exact short decimals) meeting the assumptions."""
    rng = np.random.default_rng(_seed(z1, z2))
    columns = {s: sample_array(rng, s.name, assumptions, SAMPLES * 10) for s in others}
    for k in range(SAMPLES * 10):
        point = {s: sp.Rational(_fmt(col[k])) for s, col in columns.items()}
        if satisfied(assumptions, point):
            yield point


def _show(point: dict) -> dict[str, str]:
    shown = {}
    for s, v in point.items():
        v = sp.nsimplify(v) if v.is_Float else v
        shown[str(s)] = str(v) if v.is_Rational else str(sp.N(v, 15))
    return shown


def _by_solutions(z1, z2, var, assumptions: Assumptions, clock: Clock) -> Verdict | None:
    s1, s2 = _solve(z1, var, clock), _solve(z2, var, clock)
    if s1 is None and s2 is None:
        return None
    tally = _RootTally(forward=True if s1 is not None else None,
                       backward=True if s2 is not None else None)
    others = sorted((z1.free_symbols | z2.free_symbols) - {var}, key=lambda s: s.name)
    for point in _points(others, assumptions, z1, z2):
        if tally.checked >= SAMPLES or clock.spent():
            break
        r1 = _roots(s1, z1, var, point, assumptions) if s1 is not None else None
        r2 = _roots(s2, z2, var, point, assumptions) if s2 is not None else None
        if (s1 is not None and r1 is None) or (s2 is not None and r2 is None):
            continue
        tally.check(r1 or [], r2 or [], z1, z2, var, point)
    if not tally.roots:  # no solutions anywhere proves nothing: try another unknown
        return None
    return tally.verdict(var)


@dataclass
class _RootTally:
    """Roots of each equation tried in the other: does each direction hold?"""

    forward: bool | None    # every root of the first solves the second (None: not known)
    backward: bool | None   # every root of the second solves the first
    witness: dict | None = None
    checked: int = 0
    roots: int = 0

    def check(self, r1: list, r2: list, z1, z2, var, point: dict) -> None:
        self.checked += 1
        self.roots += len(r1) + len(r2)
        for root in r1:
            if not _holds(z2, var, root, point):
                self.forward, self.witness = False, self.witness or {**point, var: root}
        for root in r2:
            if not _holds(z1, var, root, point):
                self.backward, self.witness = False, self.witness or {**point, var: root}

    def verdict(self, var) -> Verdict:
        forward, backward = self.forward, self.backward
        shown = _show(self.witness) if self.witness else None
        if forward and backward:
            return Verdict("equal", f"same solutions for {var}", direction="both")
        one_way_unknown = forward is None or backward is None
        refuted = forward is False or backward is False
        if (forward is False and backward is False) or (one_way_unknown and refuted):
            return Verdict("not_equal", f"solutions for {var} differ", witness=shown)
        if one_way_unknown:
            known = "forward" if forward else "backward" if backward else None
            why = ("follows from the previous equation; the converse was not checked"
                   if known == "forward" else "one equation could not be solved")
            return Verdict("unknown", f"solutions for {var} carry over", direction=known,
                           reason=why)
        if forward:
            return Verdict("not_equal", f"solutions for {var}", witness=shown,
                           direction="forward",
                           reason="follows from the previous equation, but not conversely")
        return Verdict("not_equal", f"solutions for {var}", witness=shown, direction="backward",
                       reason="a solution of the previous equation does not satisfy this one")
