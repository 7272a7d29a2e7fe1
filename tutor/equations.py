"""Compare two equations by their solution sets: equal, or one way only (roots lost or added)."""

from __future__ import annotations

import random

import sympy as sp

from tutor.assumptions import Assumptions
from tutor.budget import BudgetExceeded, Clock, deadline
from tutor.equivalence import (
    DPS,
    Equation,
    _fmt,
    _seed,
    compare_expressions,
    exact,
    prepare,
    sample_value,
    satisfied,
)
from tutor.model import Verdict

SAMPLES = 6


def compare_equations(e1: Equation, e2: Equation, assumptions: Assumptions,
                      clock: Clock) -> Verdict:
    """Same solution set (equal), only e1 ⇒ e2 (direction "forward"), or a counterexample."""
    z1 = exact(prepare(sp.Add(e1.lhs, -e1.rhs), clock))
    z2 = exact(prepare(sp.Add(e2.lhs, -e2.rhs), clock))
    if not z1.free_symbols and not z2.free_symbols:
        t1, t2 = _truth(z1), _truth(z2)
        if t1 is None or t2 is None:
            return Verdict("unknown", reason="could not evaluate the equations")
        return Verdict("equal" if t1 == t2 else "not_equal", "both sides are numbers")
    for sign in (1, -1):
        same = compare_expressions(z1, sign * z2, assumptions, clock)
        if same.status == "equal":
            return Verdict("equal", "the same equation rearranged", direction="both")
    variables = sorted(z1.free_symbols & z2.free_symbols, key=lambda s: s.name) or sorted(
        z1.free_symbols | z2.free_symbols, key=lambda s: s.name)
    for var in variables:
        if clock.spent():
            break
        verdict = _by_solutions(z1, z2, var, assumptions, clock)
        if verdict is not None:
            return verdict
    return Verdict("unknown", reason="could not solve the equations to compare their solutions")


def _truth(z) -> bool | None:
    try:
        value = sp.N(z, DPS)
        return bool(abs(complex(value)) < 1e-20)
    except (TypeError, ValueError):
        return None


def _solve(z, var, clock: Clock):
    try:
        with deadline(min(clock.remaining(), 0.8)):
            return sp.solve(z, var, dict=False, check=False, rational=True)
    except (BudgetExceeded, NotImplementedError, ValueError, TypeError, sp.PolynomialError):
        return None


def _roots(solutions, var, others, point, assumptions: Assumptions) -> list | None:
    values = []
    subs = {s: sp.Float(v, DPS) if isinstance(v, float) else sp.Integer(v)
            for s, v in point.items()}
    for sol in solutions:
        try:
            v = sp.N(sol.xreplace(subs), DPS)
        except (TypeError, ValueError, ArithmeticError):
            return None
        if not v.is_number or v.has(sp.nan, sp.zoo, sp.oo, -sp.oo):
            continue
        if abs(complex(v).imag) > 1e-15 * max(1, abs(complex(v))):
            continue
        v = sp.re(v)
        if not satisfied(assumptions, {**subs, var: v}):
            continue
        if assumptions.is_integer(var.name) and abs(float(v) - round(float(v))) > 1e-12:
            continue
        values.append(v)
    return sorted(values)


def _holds(z, var, root, point) -> bool | None:
    """Does the equation z = 0 hold at the root? Relative to the size of its terms."""
    subs = {s: sp.Float(v, DPS) if isinstance(v, float) else sp.Integer(v)
            for s, v in point.items()}
    subs[var] = root
    try:
        terms = [sp.N(t.xreplace(subs), DPS) for t in sp.Add.make_args(z)]
        if any(not t.is_number or t.has(sp.nan, sp.zoo) for t in terms):
            return None
        scale = max([1.0] + [abs(complex(t)) for t in terms])
        return abs(complex(sp.Add(*terms))) <= 1e-12 * scale
    except (TypeError, ValueError, ArithmeticError):
        return None


def _by_solutions(z1, z2, var, assumptions: Assumptions, clock: Clock) -> Verdict | None:
    s1, s2 = _solve(z1, var, clock), _solve(z2, var, clock)
    if s1 is None and s2 is None:
        return None
    others = sorted((z1.free_symbols | z2.free_symbols) - {var}, key=lambda s: s.name)
    rng = random.Random(_seed(z1, z2))
    forward = backward = True
    witness = None
    checked = 0
    for _ in range(SAMPLES * 10):
        if checked >= SAMPLES or clock.spent():
            break
        point = {s: sample_value(rng, s.name, assumptions) for s in others}
        if not satisfied(assumptions, {s: sp.Float(v) for s, v in point.items()}):
            continue
        r1 = _roots(s1, var, others, point, assumptions) if s1 is not None else None
        r2 = _roots(s2, var, others, point, assumptions) if s2 is not None else None
        if r1 is None and r2 is None:
            continue
        checked += 1
        for root in r1 or []:
            if _holds(z2, var, root, point) is False:
                forward, witness = False, witness or {**point, var: root}
        for root in r2 or []:
            if _holds(z1, var, root, point) is False:
                backward, witness = False, witness or {**point, var: root}
        if s1 is None or s2 is None:
            backward = backward if s2 is not None else None
            forward = forward if s1 is not None else None
    if not checked:
        return None
    shown = {str(k): _fmt(float(v)) for k, v in (witness or {}).items()}
    if forward and backward:
        return Verdict("equal", f"same solutions for {var}", direction="both")
    if forward and backward is None:
        return Verdict("unknown", f"solutions for {var} carry over", direction="forward",
                       reason="follows from the previous equation; the converse was not checked")
    if forward:
        return Verdict("not_equal", f"solutions for {var}", witness=shown, direction="forward",
                       reason="follows from the previous equation, but not conversely")
    if backward:
        return Verdict("not_equal", f"solutions for {var}", witness=shown, direction="backward",
                       reason="a solution of the previous equation does not satisfy this one")
    return Verdict("not_equal", f"solutions for {var} differ", witness=shown, direction=None)
