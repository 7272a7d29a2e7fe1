"""Read assumption text (`x > 0`, `0 < p < 1`, `n integer positive`) and sample points from it."""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import sympy as sp

from tutor.errors import ParseError

WORDS = {"integer", "positive", "negative", "nonnegative", "nonpositive", "real", "natural",
         "nonzero", "odd", "even"}
OPS = {"<": sp.StrictLessThan, "<=": sp.LessThan, ">": sp.StrictGreaterThan,
       ">=": sp.GreaterThan, "!=": sp.Unequality}


class AssumptionError(ParseError):
    """An assumption that cannot be read (text that cannot be read: a ParseError)."""

    def describe(self) -> str:
        return self.message


@dataclass
class Assumptions:
    """Flags per symbol name and relations to test sampled points against."""

    flags: dict[str, set[str]] = field(default_factory=dict)
    relations: list[sp.Basic] = field(default_factory=list)
    bounds: dict[str, list[float | None]] = field(default_factory=dict)

    def flag(self, name: str, word: str) -> bool:
        return word in self.flags.get(name, set())

    def is_integer(self, name: str) -> bool:
        return bool(self.flags.get(name, set()) & {"integer", "natural", "odd", "even"})

    def merged(self, other: Assumptions) -> Assumptions:
        flags = {k: set(v) for k, v in self.flags.items()}
        for k, v in other.flags.items():
            flags.setdefault(k, set()).update(v)
        bounds = {k: list(v) for k, v in self.bounds.items()}
        for k, (lo, hi) in other.bounds.items():
            old = bounds.setdefault(k, [None, None])
            old[0] = lo if old[0] is None else (old[0] if lo is None else max(old[0], lo))
            old[1] = hi if old[1] is None else (old[1] if hi is None else min(old[1], hi))
        return Assumptions(flags, self.relations + other.relations, bounds)


def read_assumptions(texts) -> Assumptions:
    """Read a list of short assumption texts; raises AssumptionError with the text at fault."""
    texts = tuple(texts or ())
    if all(isinstance(t, str) for t in texts):
        return _read_texts(texts).merged(Assumptions())  # a copy: callers may extend it
    result = Assumptions()
    for text in texts:
        result = result.merged(text if isinstance(text, Assumptions) else _read_texts((text,)))
    _propagate_bounds(result)
    return result


@lru_cache(maxsize=256)
def _read_texts(texts: tuple[str, ...]) -> Assumptions:
    from tutor.parsing import parse_chains

    result = Assumptions()
    for text in texts:
        words = text.replace(",", " ").split()
        flags = [w for w in words if w.lower() in WORDS]
        if flags and len(flags) < len(words):
            for name in (w for w in words if w.lower() not in WORDS):
                result.flags.setdefault(_name(name), set()).update(f.lower() for f in flags)
            continue
        try:
            chains = parse_chains(text, "auto")
        except ParseError as exc:
            raise AssumptionError(f"cannot read the assumption {text!r}: {exc.message}") from None
        for chain in chains:
            if not chain.links:
                raise AssumptionError(f"the assumption {text!r} is not a relation or a flag")
            for left, link, right in chain.steps():
                op = link.op
                if op not in OPS:
                    raise AssumptionError(f"the assumption {text!r} uses {op!r}; use < <= > >= !=")
                rel = OPS[op](left.expr, right.expr, evaluate=False)
                result.relations.append(rel)
                _note_bound(result, left.expr, op, right.expr)
    _propagate_bounds(result)
    return result


def _name(text: str) -> str:
    return re.sub(r"[{}\\]", "", text)


def _note_bound(result: Assumptions, left, op: str, right) -> None:
    """Record `x > 0` style bounds so sampling starts inside the domain."""
    if isinstance(left, sp.Symbol) and right.is_number:
        name, value, side = left.name, float(right), op
    elif isinstance(right, sp.Symbol) and left.is_number:
        flip = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "!=": "!="}
        name, value, side = right.name, float(left), flip[op]
    else:
        return
    b = result.bounds.setdefault(name, [None, None])
    if side in (">", ">="):
        b[0] = value if b[0] is None else max(b[0], value)
    elif side in ("<", "<="):
        b[1] = value if b[1] is None else min(b[1], value)


def _propagate_bounds(result: Assumptions) -> None:
    """`0 <= k` and `k <= n` give `n >= 0`: carry bounds along relations between two names."""
    pairs = []
    for rel in result.relations:
        if isinstance(rel, sp.Unequality) or not (isinstance(rel.lhs, sp.Symbol)
                                                  and isinstance(rel.rhs, sp.Symbol)):
            continue
        small, big = (rel.lhs, rel.rhs) if isinstance(rel, (sp.StrictLessThan, sp.LessThan)) \
            else (rel.rhs, rel.lhs)
        pairs.append((small.name, big.name))
    for _ in range(len(pairs)):
        for small, big in pairs:
            lo = result.bounds.get(small, [None, None])[0]
            hi = result.bounds.get(big, [None, None])[1]
            if lo is not None:
                b = result.bounds.setdefault(big, [None, None])
                b[0] = lo if b[0] is None else max(b[0], lo)
            if hi is not None:
                b = result.bounds.setdefault(small, [None, None])
                b[1] = hi if b[1] is None else min(b[1], hi)


def round_significant(values: np.ndarray, digits: int = 4) -> np.ndarray:
    """Values rounded to a few significant digits: the doubles nearest to short decimals, so
    that they print as those decimals."""
    return np.array([float(f"{v:.{digits}g}") for v in np.asarray(values, dtype=float)])


def sample_array(rng: np.random.Generator, name: str, a: Assumptions, n: int,
                 integer: bool = False) -> np.ndarray:
    """`n` values for one symbol from its flags and bounds, as short decimals (or integers)."""
    lo, hi = a.bounds.get(name, [None, None])
    if a.flag(name, "positive") or a.flag(name, "natural") or a.flag(name, "nonnegative"):
        lo = max(lo, 0) if lo is not None else 0
    if a.flag(name, "negative") or a.flag(name, "nonpositive"):
        hi = min(hi, 0) if hi is not None else 0
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


def sample_value(rng: random.Random, name: str, a: Assumptions) -> float | int:
    """One value for one symbol from its flags and bounds (relations are checked later)."""
    lo, hi = a.bounds.get(name, [None, None])
    if a.flag(name, "positive") or a.flag(name, "natural"):
        lo = max(lo, 0) if lo is not None else 0
    if a.flag(name, "nonnegative"):
        lo = max(lo, 0) if lo is not None else 0
    if a.flag(name, "negative"):
        hi = min(hi, 0) if hi is not None else 0
    if a.is_integer(name):
        low = math.floor(lo) if lo is not None else -5
        if a.flag(name, "positive") or a.flag(name, "natural"):
            low = max(low, 1)
        high = math.floor(hi) if hi is not None else low + 12
        value = rng.randint(low, max(low, high))
        if (a.flag(name, "even") and value % 2) or (a.flag(name, "odd") and not value % 2):
            value += 1
        return value
    if lo is not None and hi is not None:
        return rng.uniform(lo + (hi - lo) * 1e-3, hi - (hi - lo) * 1e-3)
    if lo is not None:
        return lo + (rng.uniform(0.05, 4) if rng.random() < 0.8 else rng.uniform(4, 40))
    if hi is not None:
        return hi - (rng.uniform(0.05, 4) if rng.random() < 0.8 else rng.uniform(4, 40))
    magnitude = rng.uniform(0.1, 4) if rng.random() < 0.85 else rng.uniform(4, 20)
    return magnitude if rng.random() < 0.5 else -magnitude


def satisfied(a: Assumptions, values: dict[sp.Symbol, object]) -> bool:
    """Whether a sampled point meets every relational assumption."""
    for rel in a.relations:
        try:
            if not bool(rel.xreplace(values)):
                return False
        except TypeError:
            continue
    return True
