"""Solutions an equation loses or gains when sympy's evaluation widens where it is defined.

`z(z-5)/(z-5) = 5` has no solution (z = 5 divides by zero), though evaluated it is `z = 5`;
`x/x = 1` holds for every x but 0; `√x² = x` only for x ≥ 0. The written forms decide.
"""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, Clock
from tutor.judge.caching import attempt
from tutor.judge.domain import satisfied
from tutor.judge.expressions import Equation
from tutor.judge.indexed import free_values
from tutor.judge.written import domain_form, where_one_is_defined
from tutor.model import Assumptions, Verdict
from tutor.trees import nodes_of

MAX_DEGREE = 4


def lost_by_evaluation(e1, e2, assumptions: Assumptions, clock: Clock,
                       identities: bool) -> Verdict | None:
    """A witness that the written equations e1, e2 (one variable) do not have the same
    solutions, though their evaluated forms do; None when none is found. `identities`: both
    hold wherever they are defined (then their domains are their solution sets)."""
    symbols = free_values(e1.lhs, e1.rhs, e2.lhs, e2.rhs)
    if len(symbols) != 1:
        return None
    (x,) = symbols
    try:
        with attempt(min(0.3, clock.remaining())):
            for x0 in _zeros_of_denominators((e1, e2), x):
                h1, h2 = _holds(e1, x, x0), _holds(e2, x, x0)
                if None not in (h1, h2) and h1 != h2:
                    return _witness(x, x0, h1)
    except AttemptTimedOut:
        return None
    return _domains_differ(e1, e2, x, assumptions, clock) if identities else None


def _zeros_of_denominators(equations, x) -> list:
    """Real zeros of the denominators written in the equations (polynomials in x)."""
    zeros = []
    for e in equations:
        for side in (e.lhs, e.rhs):
            for p in nodes_of(side, sp.Pow):
                if p.exp.is_number and p.exp.is_negative and p.base.has(x) and \
                        p.base.is_polynomial(x) and sp.degree(p.base, x) <= MAX_DEGREE:
                    zeros += [r for r in sp.real_roots(sp.Poly(p.base, x)) if r.is_real]
    return list(dict.fromkeys(zeros))


def _holds(e, x, x0) -> bool | None:
    """Whether the written equation holds at x = x0 (False where a side is undefined)."""
    left, right = e.lhs.subs(x, x0), e.rhs.subs(x, x0)
    if any(v.has(sp.nan, sp.zoo, sp.oo, -sp.oo) for v in (left, right)):
        return False
    difference = sp.simplify(left - right)
    if not difference.is_number:
        return None
    return bool(difference == 0)


def _domains_differ(e1, e2, x, assumptions: Assumptions, clock: Clock) -> Verdict | None:
    """Two equations that hold wherever they are defined: a point where only one is."""
    forms = [domain_form(sp.Add(e.lhs, e.rhs, evaluate=False)) for e in (e1, e2)]
    if None in forms or forms == [0, 0]:
        return None
    for points, k, first in where_one_is_defined(forms, assumptions, clock, wide=False):
        return _witness(x, points.exact(k)[x], first)
    return None


def _witness(x, x0, first: bool) -> Verdict:
    which, other = ("first", "second") if first else ("second", "first")
    return Verdict("not_equal", f"{x} = {x0} solves the {which} equation, not the {other} "
                   "(it is undefined there)", witness={str(x): str(x0)})


def with_sums_as_values(e1, e2, assumptions: Assumptions, clock: Clock, compare) -> Verdict:
    """Equations with sums of x_i: each sum (its index renamed alike) becomes one unknown
    value. Equal then is equal for every value of the sums, so for the true ones; a
    difference may be one the sums' own meaning removes, so it is only "unknown"."""
    values: dict = {}

    def value_of(big):
        key = big.xreplace({big.limits[0][0]: INDEX}) if len(big.limits) == 1 else big
        return values.setdefault(key, sp.Symbol(f"Σ{len(values)}"))  # no name the reader makes

    def as_values(e):
        e = e.replace(lambda x: isinstance(x, sp.Sum) and x.has(sp.Indexed), split_sum)
        return e.replace(lambda x: isinstance(x, (sp.Sum, sp.Product)) and x.has(sp.Indexed),
                         value_of)
    plain = [Equation(as_values(e.lhs), as_values(e.rhs)) for e in (e1, e2)]
    if any(side.has(sp.Indexed) for e in plain for side in (e.lhs, e.rhs)):
        return Verdict("unknown", reason="x_i outside a sum in an equation is not compared")
    verdict = compare(*plain, assumptions, clock)
    if verdict.status == "equal":
        return Verdict("equal", f"{verdict.method}, each sum taken as one value",
                       direction=verdict.direction)
    if verdict.status == "unknown":
        return verdict
    refuted = _at_a_count(e1, e2, assumptions, clock, compare)
    if refuted is not None:
        return refuted
    return Verdict("unknown", reason="with each sum taken as one value they differ, but what "
                   "the sums are may make them agree")


def _at_a_count(e1, e2, assumptions: Assumptions, clock: Clock, compare) -> Verdict | None:
    """Sums of x_i up to one count n, written out term by term at two small counts the
    assumptions allow (2 and 3 unless they say more): where neither
    equation then follows from the other, the step fails for that n (`Σ x_i - nμ = 0`, then
    `μ = Σ x_i`). None when no count refutes it, or a mean x̄ may remove the difference."""
    sides = [side for e in (e1, e2) for side in (e.lhs, e.rhs)]
    counts = {high for side in sides for big in nodes_of(side, sp.Sum, sp.Product)
              for _, low, high in big.limits if isinstance(high, sp.Symbol) and low.is_Integer}
    if len(counts) != 1 or any(s.name.endswith("_bar") for side in sides
                               for s in side.free_symbols):
        return None
    (n,) = counts
    for count in [c for c in (2, 3, 5, 8) if satisfied(assumptions, {n: sp.Integer(c)})][:2]:
        written = [_written_out(side, n, count) for side in sides]
        if any(w is None for w in written) or clock.spent():
            return None
        verdict = compare(Equation(*written[:2]), Equation(*written[2:]), assumptions, clock)
        if verdict.status == "not_equal" and verdict.direction is None:
            witness = {str(n): str(count), **(verdict.witness or {})}
            return Verdict("not_equal", f"{verdict.method}, at {n} = {count}", witness=witness)
    return None


def _written_out(side, n, count: int):
    """`side` at n = count with its sums written out and x[1] as the symbol x_1; None when
    a sum or an x_i is left."""
    try:
        with attempt(0.2):
            done = side.xreplace({n: count}).doit()
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError):
        return None
    done = done.replace(lambda e: isinstance(e, sp.Indexed) and all(
        k.is_Integer for k in e.indices), lambda e: sp.Symbol(
        f"{e.base}_{'_'.join(str(k) for k in e.indices)}"))
    return None if done.has(sp.Sum, sp.Product, sp.Indexed) else done


INDEX = sp.Dummy("k", integer=True)
MAX_TERMS = 12


def split_sum(big: sp.Sum):
    """Σ(x_i - μ) as Σ x_i - nμ: a sum over one index split into its terms, the factors free
    of the index taken out (a sum of many terms once expanded is left whole)."""
    if len(big.limits) != 1:
        return big
    index, low, high = big.limits[0]
    terms = sp.Add.make_args(sp.expand(big.function)) if _small_powers(big.function) else ()
    if not terms or len(terms) > MAX_TERMS:
        return big
    total = sp.S.Zero
    for term in terms:
        factor, rest = term.as_independent(index, as_Add=False)
        total += factor * (high - low + 1 if rest == 1 else sp.Sum(rest, (index, low, high)))
    return total


def _small_powers(expr) -> bool:
    return all(not p.exp.is_Integer or abs(p.exp) <= 4 for p in nodes_of(expr, sp.Pow))
