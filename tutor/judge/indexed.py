"""Values of indexed symbols: x_1, x_2, … each its own value at every sampled point."""

from __future__ import annotations

import zlib
from fractions import Fraction

import numpy as np
import sympy as sp

from tutor.trees import nodes_of

# which random draw of the x_i a point uses: a hidden column of whole numbers
SEED = sp.Dummy("ix", integer=True)
MASK = (1 << 32) - 1
SPREAD = 10007


COUNTS = 1 << 32  # a code's flag: its family counts (x_i!): whole values 0..9 at every point


def label_code(item: sp.Indexed) -> int:
    label = item.base.label
    counts = getattr(label, "is_integer", False) and getattr(label, "is_nonnegative", False)
    return zlib.crc32(str(label).encode()) | (COUNTS if counts else 0)


def _mix(h):
    """A 32-bit hash step, the same on Python ints and numpy uint64 arrays."""
    h = (h ^ (h >> 15)) * 0x2C1B3C6D & MASK
    h = (h ^ (h >> 12)) * 0x297A2D39 & MASK
    return h ^ (h >> 15)


def _hash(code: int, index, seed):
    return _mix((seed * 0x9E3779B1 + index * 0x85EBCA77 + code) & MASK)


def index_of(indices) -> int | None:
    """Several indices (x_{ij}) as one whole number, or None when one is not whole."""
    total = 0
    for i in indices:
        if int(i) != i:
            return None
        total = total * 1_000_003 + int(i)
    return total


def exact_value(code: int, index: int, seed: int) -> Fraction:
    """x_index at the point with this seed: in (0, 1) at even seeds (probabilities, weights),
    in (-5, 5) at odd ones (data of either sign); a whole number 0..9 for a family that counts."""
    if code & COUNTS:
        return Fraction(_hash(code & MASK, index & MASK, seed & MASK) % 10)
    r = _hash(code, index & MASK, seed & MASK) % SPREAD
    if seed % 2 == 0:
        return Fraction(r + 1, SPREAD + 1)
    return Fraction(r - SPREAD // 2, 1000)


def float_values(code: int, indices: list, seeds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(values, where an index is not whole) of x_index at every point at once."""
    index = np.zeros(len(seeds), dtype=np.int64)
    whole = np.ones(len(seeds), dtype=bool)
    for i in indices:
        i = np.broadcast_to(np.asarray(i, dtype=float), seeds.shape)
        whole &= np.isfinite(i) & (i == np.round(i))
        index = index * 1_000_003 + np.where(whole, i, 0).astype(np.int64)
    seed = seeds.astype(np.int64).astype(np.uint64)
    h = _hash(np.uint64(code & MASK), index.astype(np.uint64) & np.uint64(MASK),
              seed & np.uint64(MASK))
    if code & COUNTS:
        return (h % np.uint64(10)).astype(float), ~whole
    r = (h % np.uint64(SPREAD)).astype(float)
    values = np.where(seeds % 2 == 0, (r + 1) / (SPREAD + 1), (r - SPREAD // 2) / 1000)
    return values, ~whole


def free_values(*exprs) -> set:
    """The symbols a point gives values to: free symbols, not the x_i themselves nor an x
    that is only the name of x_i; the hidden seed when there are x_i."""
    found = set()
    indexed = False
    for e in exprs:
        items = nodes_of(e, sp.Indexed)
        indexed = indexed or bool(items)
        stripped = e.xreplace({x: sp.Dummy() for x in items}) if items else e
        found |= {s for s in stripped.free_symbols if not isinstance(s, sp.Dummy)}
        found |= {s for x in items for i in x.indices for s in i.free_symbols} & e.free_symbols
    return found | {SEED} if indexed else found


def index_symbols(*exprs) -> set:
    """Free symbols used as an index (x_i with i free): they take whole values."""
    return {s for e in exprs for x in nodes_of(e, sp.Indexed) for i in x.indices
            for s in i.free_symbols} & set().union(*(e.free_symbols for e in exprs))


def summed_deltas(expr):
    """Sums of Kronecker deltas done: Σ_j δ_ij f(j) is f(i) when i lies in the sum's range
    (a Piecewise on the range otherwise decided), the other terms of the sum kept."""
    if not expr.has(sp.KroneckerDelta):
        return expr
    return expr.replace(_sums_a_delta, _summed)


def _sums_a_delta(e) -> bool:
    return (isinstance(e, sp.Sum) and len(e.limits) == 1
            and any(e.limits[0][0] in d.free_symbols
                    for d in nodes_of(e.function, sp.KroneckerDelta)))


def _summed(big: sp.Sum):
    var, low, high = big.limits[0]
    body = summed_deltas(big.function)
    kept, done = [], []
    for term in sp.Add.make_args(sp.expand(body, deep=False, power_base=False, power_exp=False,
                                           log=False, multinomial=False)):
        picked = _delta_of(term, var)
        if picked is None:
            kept.append(term)
            continue
        delta, at = picked
        value = sp.Mul(*[f for f in sp.Mul.make_args(term) if f is not delta]).xreplace({var: at})
        inside = sp.And(sp.Ge(at, low), sp.Le(at, high))
        done.append(value if inside is sp.true else sp.S.Zero if inside is sp.false
                    else sp.Piecewise((value, inside), (0, True)))
    rest = sp.Sum(sp.Add(*kept), big.limits[0]) if kept else sp.S.Zero
    return sp.Add(rest, *done)


def _delta_of(term, var):
    """(the factor δ(var, at), at) of a product term, else None."""
    for factor in sp.Mul.make_args(term):
        if isinstance(factor, sp.KroneckerDelta) and var in factor.args:
            at = factor.args[1] if factor.args[0] == var else factor.args[0]
            if var not in at.free_symbols:
                return factor, at
    return None
