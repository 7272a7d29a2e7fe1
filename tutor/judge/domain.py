"""The domain of a check: values for each symbol sampled from its assumptions."""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

from tutor.model import Assumptions


def round_significant(values: np.ndarray, digits: int = 4) -> np.ndarray:
    """Values rounded to a few significant digits: the doubles nearest to short decimals, so
    that they print as those decimals."""
    return np.array([float(f"{v:.{digits}g}") for v in np.asarray(values, dtype=float)])


def sample_array(rng: np.random.Generator, name: str, a: Assumptions, n: int,
                 integer: bool = False) -> np.ndarray:
    """`n` values for one symbol from its flags and bounds, as short decimals (or integers)."""
    lo, hi = _limits(name, a)
    if integer or a.is_integer(name):
        low = math.ceil(lo) if lo is not None else -5
        if a.flag(name, "positive") or a.flag(name, "natural"):
            low = max(low, 1)
        high = math.floor(hi) if hi is not None else low + 14
        values = rng.integers(low, max(low, high) + 1, size=n)
        if a.flag(name, "even"):
            values = values + values % 2
        elif a.flag(name, "odd"):
            values = values + (1 - values % 2)
        return values.astype(float)
    near = rng.random(n) < 0.8
    if lo is not None and hi is not None:
        width = hi - lo
        return lo + round_significant(rng.uniform(width * 1e-3, width * (1 - 1e-3), size=n))
    if lo is not None or hi is not None:  # a step away from the bound, on the scale of the bound
        bound = lo if lo is not None else hi
        steps = np.where(near, rng.uniform(0.05, 4, n), rng.uniform(4, 40, n)) * max(1.0,
                                                                                     abs(bound))
        return round_significant(bound + steps if lo is not None else bound - steps)
    magnitude = np.where(rng.random(n) < 0.85, rng.uniform(0.1, 4, n), rng.uniform(4, 20, n))
    return round_significant(np.where(rng.random(n) < 0.5, magnitude, -magnitude))


def _limits(name: str, a: Assumptions) -> tuple:
    """(lowest, highest) allowed by the bounds and sign flags of `name` (None: unbounded)."""
    lo, hi = a.bounds.get(name, [None, None])
    if a.flag(name, "positive") or a.flag(name, "natural") or a.flag(name, "nonnegative"):
        lo = max(lo, 0) if lo is not None else 0
    if a.flag(name, "negative") or a.flag(name, "nonpositive"):
        hi = min(hi, 0) if hi is not None else 0
    return lo, hi


def wide_array(rng: np.random.Generator, name: str, a: Assumptions, n: int,
               integer: bool = False) -> np.ndarray:
    """`n` full-precision values across scales (magnitudes 1e-4 … 1e12, whole numbers too),
    inside the bounds: a difference far away, on a narrow interval or at values no
    short decimal reaches is met here."""
    lo, hi = _limits(name, a)
    # a quarter of them huge (to 10^12): floor(k/10^9), t + floor(t/10^11)
    scale = 10 ** np.where(rng.random(n) < 0.25, rng.uniform(6, 12, n), rng.uniform(-4, 6, n))
    if lo is not None and hi is not None:
        width = hi - lo
        ends = rng.random(n) < 0.3   # a third of them close to one end or the other
        offset = np.where(ends, width * np.minimum(10 ** rng.uniform(-6, -1, n), 0.5),
                          rng.uniform(0, width, n))
        values = np.where(rng.random(n) < 0.5, lo + offset, hi - offset)
    elif lo is not None or hi is not None:
        bound = lo if lo is not None else hi
        steps = scale * max(1.0, abs(bound))
        values = bound + steps if lo is not None else bound - steps
    else:
        values = np.where(rng.random(n) < 0.5, scale, -scale)
    if integer or a.is_integer(name):
        values = np.round(values)
    return values


def flag_mask(a: Assumptions, name: str, values: np.ndarray) -> np.ndarray:
    """Which values meet the flags of `name` (positive, integer, odd, ...)."""
    keep = np.ones(len(values), dtype=bool)
    flags = a.flags.get(name, set())
    tests = {"positive": values > 0, "natural": values > 0, "nonnegative": values >= 0,
             "negative": values < 0, "nonpositive": values <= 0, "nonzero": values != 0}
    for flag, ok in tests.items():
        if flag in flags:
            keep &= ok
    if a.is_integer(name):
        keep &= values == np.round(values)
    if "even" in flags:
        keep &= values % 2 == 0
    if "odd" in flags:
        keep &= values % 2 == 1
    return keep


def satisfied(a: Assumptions, values: dict[sp.Symbol, object]) -> bool:
    """Whether a sampled point meets every relational assumption."""
    for rel in a.relations:
        try:
            if not bool(rel.xreplace(values)):
                return False
        except TypeError:
            continue
    return True
