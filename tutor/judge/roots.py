"""Candidate roots checked: does a value solve an equation, and does it meet the assumptions."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import mpmath
import numpy as np
import sympy as sp

from tutor.judge import caching
from tutor.judge.domain import flag_mask, satisfied
from tutor.judge.high_precision import DPS, Evaluator
from tutor.model import Assumptions, Verdict


def holds(z, var, root, point) -> bool:
    """z vanishes at var = root, relative to the size of its terms (False where z is
    undefined there)."""
    return vanishes(z, var, root, point) is True


def vanishes(z, var, root, point) -> bool | None:
    """Whether z vanishes at var = root, relative to the size of its terms; None where z has no
    value there (a root off the real line, or a pole: binomial(-1, n) through mpmath's gamma),
    which neither refutes nor proves anything."""
    evaluate = _evaluator(z)
    exact_root, size = _root_value(root)
    if exact_root is None:  # a root off the real line (not only by rounding): none of z here
        return None
    value = evaluate({**point, var: exact_root}, DPS)
    if value is None or isinstance(value, str):
        return None
    return abs(value) <= 1e-20 * max(1.0, evaluate.largest, size)


@functools.lru_cache(maxsize=256)
def _root_value(root):
    """A root as the mpf the evaluator makes of it at DPS (a roots is checked in both
    equations), and its magnitude. A real root written through complex radicals (Cardano's
    formula) may come out with an imaginary part of rounding size (1e-55): its real part; the
    value is None when the imaginary part is larger than that."""
    value = sp.N(root, DPS + 10)._to_mpmath(mpmath.libmp.dps_to_prec(DPS) + 30)
    size = abs(complex(sp.N(root, 15)))
    if isinstance(value, mpmath.mpc):
        if abs(value.imag) > mpmath.mpf(10) ** (5 - DPS) * max(1, abs(value)):
            return None, size
        value = value.real
    return value, size


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


def real_value(root) -> float | None:
    """The value of a candidate root as a float, None when it is not a finite real number."""
    try:
        value = complex(sp.N(root, DPS))
    except (TypeError, ValueError, ArithmeticError):
        return None
    if not np.isfinite(value.real) or abs(value.imag) > 1e-15 * max(1, abs(value)):
        return None
    return value.real


def admissible(assumptions: Assumptions, point: dict, var, root, value: float) -> bool:
    """The root meets the flags of var (integer, positive, ...) and every relation."""
    if assumptions.is_integer(var.name):
        if abs(value - round(value)) > 1e-12:
            return False
        value = float(round(value))
    if not flag_mask(assumptions, var.name, np.array([value]))[0]:
        return False
    return meets(assumptions, point, var, root, value)


def meets(assumptions: Assumptions, point: dict, var, root, value: float) -> bool:
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


def show(point: dict) -> dict[str, str]:
    """A witness point as exact numbers where they are rational, else 15 digits."""
    shown = {}
    for s, v in point.items():
        v = sp.nsimplify(v) if v.is_Float else v
        shown[str(s)] = str(v) if v.is_Rational else str(sp.N(v, 15))
    return shown


def sign_known(symbol_name: str, assumptions: Assumptions) -> dict[str, bool]:
    """sympy assumptions (positive, negative, nonzero, integer) the assumptions give a symbol."""
    known = {}
    flags = assumptions.flags.get(symbol_name, set())
    signs = _signs_from_relations(symbol_name, assumptions) | flags
    if signs & {"positive", "natural"}:
        known["positive"] = True
    elif "negative" in signs:
        known["negative"] = True
    elif "nonzero" in signs:
        known["nonzero"] = True
    if assumptions.is_integer(symbol_name):
        known["integer"] = True
    return known


def _signs_from_relations(name: str, assumptions: Assumptions) -> set[str]:
    """"positive" from `p > 0`, `0 < p`, `p >= 2`; "negative" likewise; "nonzero" from `p != 0`."""
    found = set()
    for rel in assumptions.relations:
        if not isinstance(rel, sp.Rel):
            continue
        rel = rel.canonical
        if not (rel.lhs.is_Symbol and rel.lhs.name == name and rel.rhs.is_Rational):
            continue
        op, bound = rel.rel_op, rel.rhs
        if (op == ">" and bound >= 0) or (op == ">=" and bound > 0):
            found.add("positive")
        elif (op == "<" and bound <= 0) or (op == "<=" and bound < 0):
            found.add("negative")
        elif op == "!=" and bound == 0:
            found.add("nonzero")
    return found


@dataclass
class RootTally:
    """Roots of each equation tried in the other: does each direction hold?"""

    forward: bool | None    # every root of the first solves the second (None: not known)
    backward: bool | None   # every root of the second solves the first
    witness: dict | None = None
    checked: int = 0
    roots: int = 0

    def check(self, r1: list, r2: list, z1, z2, var, point: dict) -> None:
        self.checked += 1
        self.roots += len(r1) + len(r2)
        self.forward = self._tried(r1, z2, var, point, self.forward)
        self.backward = self._tried(r2, z1, var, point, self.backward)

    def _tried(self, roots: list, z, var, point: dict, holding: bool | None) -> bool | None:
        """Whether a direction still holds once `roots` are tried in z: a root where z has no
        value refutes nothing and proves nothing (the direction becomes unknown)."""
        for root in roots:
            found = vanishes(z, var, root, point)
            if found is False:
                holding, self.witness = False, self.witness or {**point, var: root}
            elif found is None and holding:
                holding = None
        return holding

    def verdict(self, var) -> Verdict:
        forward, backward = self.forward, self.backward
        shown = show(self.witness) if self.witness else None
        if forward and backward:
            return Verdict("equal", f"same solutions for {var}", direction="both")
        one_way_unknown = forward is None or backward is None
        if forward is False and backward is not True:  # only the converse refuted: unknown
            return Verdict("not_equal", f"solutions for {var} differ", witness=shown)
        if one_way_unknown:
            known = "forward" if forward else "backward" if backward else None
            why = (f"the solutions for {var} of the first solve the second, but the list of "
                   "solutions of the second may be incomplete" if known == "forward" else
                   f"the solutions for {var} could not all be listed (sympy's solve may miss "
                   "branches: periodic or inverse functions, a coefficient that can vanish)")
            return Verdict("unknown", f"solutions for {var} carry over", direction=known,
                           reason=why)
        if forward:
            return Verdict("not_equal", f"solutions for {var}", witness=shown,
                           direction="forward",
                           reason="follows from the previous equation, but not conversely")
        return Verdict("not_equal", f"solutions for {var}", witness=shown, direction="backward",
                       reason="a solution of the previous equation does not satisfy this one")
