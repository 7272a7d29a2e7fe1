"""Sample points of the assumed domain, with the exact values a witness shows."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
import sympy as sp

from tutor.judge.compiling import Unsupported, _compile
from tutor.judge.domain import (
    flag_mask,
    round_significant,
    sample_array,
    satisfied,
    wide_array,
)
from tutor.judge.float_arrays import FloatLib
from tutor.judge.indexed import SEED
from tutor.judge.opaque import Opened
from tutor.model import Assumptions

DRAW = 64            # candidate points drawn at once


@dataclass
class Points:
    """Sampled points: float columns for screening; exact values and their text on demand."""

    columns: dict                 # symbol -> float array
    integer: set                  # symbols with whole values
    names: dict                   # symbol -> what it stands for (an unknown function's call)
    models: list | None = None    # per point, {symbol: Fraction} for probabilities
    special: int = 0              # the first points are breakpoints: always looked at

    @property
    def n(self) -> int:
        return len(next(iter(self.columns.values()))) if self.columns else 0

    def exact(self, k: int) -> dict:
        """Point k as {symbol: int | decimal text | Fraction}: the values the witness shows."""
        point = {}
        for s, col in self.columns.items():
            if self.models is not None and s in self.models[k]:
                point[s] = self.models[k][s]
            elif s in self.integer:
                point[s] = int(col[k])
            else:
                point[s] = _fmt(col[k])
        return point

    def shown(self, k: int) -> dict[str, str]:
        return self.shown_at(self.exact(k))

    def shown_at(self, point: dict) -> dict[str, str]:
        """A point's values by the names the learner wrote (hidden helper values left out)."""
        shown = {}
        for s, v in point.items():
            name = str(self.names.get(s, s))
            if not name.startswith("_"):
                shown[name] = v if isinstance(v, str) else _fmt(v)
        return shown

    def joined(self, other: Points) -> Points:
        columns = {s: np.concatenate([col, other.columns[s]]) for s, col in self.columns.items()}
        models = None if self.models is None else self.models + other.models
        return Points(columns, self.integer, self.names, models, self.special)


def _seed(*exprs) -> int:
    """The same symbols give the same points, in every process."""
    names = sorted({s.name for e in exprs for s in e.free_symbols})
    return zlib.crc32("|".join(names).encode())


def _fmt(v) -> str:
    """A sampled value as the shortest text that reads back to exactly the value used."""
    if isinstance(v, Fraction):
        return str(v)
    if isinstance(v, (int, np.integer)) or (float(v).is_integer() and abs(v) < 1e15):
        return str(int(v))
    return repr(float(v))


DISCONTINUOUS = (sp.floor, sp.ceiling, sp.sign, sp.Heaviside, sp.frac, sp.Mod)  # they jump
BREAKPOINTS = (-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0)


def draw(symbols, assumptions: Assumptions, rng: np.random.Generator, opened: Opened,
         n: int = DRAW, breakpoints: bool = False, wide: bool = False) -> Points:
    """Points of the assumed domain; probabilities from a random model of the events.

    Short decimals (witnesses read well), or with `wide` full-precision values across scales.
    With `breakpoints`, also points where one variable is a small integer or half-integer:
    floor, sign and friends change there, and random points would never land on them.
    """
    integer = {s for s in symbols if s == SEED or s.is_integer
               or assumptions.is_integer(s.name) or s in opened.counting}
    columns = {s: _column(s, assumptions, rng, opened, n, s in integer, wide)
               for s in symbols if s not in opened.probabilities}
    special = 0
    if breakpoints:
        columns, special = _with_breakpoints(columns, integer)
    return made_points(columns, symbols, assumptions, rng, opened, integer, special)


def made_points(columns: dict, symbols, assumptions: Assumptions, rng, opened: Opened,
                integer: set, special: int = 0) -> Points:
    """Points from value columns: probabilities modelled, those off the assumptions dropped."""
    n = len(next(iter(columns.values()))) if columns else DRAW
    models = _probability_models(opened, rng, n) if opened.probabilities else None
    if models:
        for s in opened.probabilities:
            columns[s] = np.array([float(m[s]) for m in models])
    keep = _meets(assumptions, columns, n)
    for s in opened.counting & set(columns):   # a sum's bound counts: a whole number >= 0
        keep &= (columns[s] >= 0) & (columns[s] == np.round(columns[s]))
    if models:
        models = [m for m, kept in zip(models, keep, strict=True) if kept]
    names = {s: opened.names[s] for s in symbols if s in opened.names}
    return Points({s: col[keep] for s, col in columns.items()}, integer, names, models,
                  int(keep[:special].sum()))


SIMPLE_REALS = (1.0, 2.0, 0.0, -1.0, 0.5, 3.0, -2.0, 0.25)
SIMPLE_WHOLES = (1.0, 2.0, 3.0, 0.0, 4.0, 5.0)
SIMPLE_MAX = 16      # simple candidate points tried for a witness at most


def simple_points(point: dict, integer: set, names: dict, assumptions: Assumptions) -> Points:
    """Points near the learner's own numbers: each varying symbol of `point` at 1, 2, 0, -1,
    1/2, … (the simplest combinations first), the hidden helper values of `point` kept; only
    those that meet the assumptions."""
    varying = [s for s in point if s != SEED and not str(s).startswith("_")]
    if not varying:
        return Points({}, integer, names)
    choices = [SIMPLE_WHOLES if s in integer else SIMPLE_REALS for s in varying]
    depth = 8 if len(varying) == 1 else 4 if len(varying) == 2 else 2
    combos = _simplest_first([min(depth, len(c)) for c in choices], SIMPLE_MAX)
    columns = {s: np.array([choices[i][r[i]] for r in combos]) for i, s in enumerate(varying)}
    for s, v in point.items():
        if s not in columns:
            columns[s] = np.full(len(combos), float(v))
    keep = _meets(assumptions, columns, len(combos))
    return Points({s: col[keep] for s, col in columns.items()}, integer, names)


def _simplest_first(sizes: list[int], most: int) -> list[tuple]:
    """Up to `most` rank tuples (rank k < sizes[i] at place i), the smallest rank sums first,
    without listing the whole product (20 variables would be 2^20 tuples)."""
    out: list[tuple] = []

    def fill(prefix: tuple, left: int) -> None:
        place = len(prefix)
        if len(out) >= most:
            return
        if place == len(sizes):
            if left == 0:
                out.append(prefix)
            return
        for rank in range(min(sizes[place], left + 1)):
            fill(prefix + (rank,), left - rank)

    for total in range(sum(s - 1 for s in sizes) + 1):
        if len(out) >= most:
            break
        fill((), total)
    return out


def _column(s, assumptions: Assumptions, rng, opened: Opened, n: int, integer: bool,
            wide: bool) -> np.ndarray:
    if s == SEED:
        return rng.integers(0, 2**31, size=n).astype(float)
    if s.name.startswith("_"):
        return round_significant(rng.uniform(-3, 3, n))
    if s in opened.counting:  # sums run to 40 terms; far points to 120 (terms that change
        return _counts(s.name, assumptions, rng, n, wide and opened.long_ranges)  # later)
    if wide:
        return wide_array(rng, s.name, assumptions, n, integer=integer)
    return sample_array(rng, s.name, assumptions, n, integer=integer)


def _counts(name: str, assumptions: Assumptions, rng, n: int, long: bool) -> np.ndarray:
    """Whole numbers for the bound of a sum: 0…40, or 41…120 for `long`, inside the bounds."""
    lo, hi = assumptions.bounds.get(name, [None, None])
    low = max(0, int(np.ceil(lo))) if lo is not None else 0
    top = 120 if long else 40
    low, high = (low + 41, low + top) if long else (low, low + top)
    if hi is not None:
        high = min(high, int(np.floor(hi)))
        low = min(low, high)
    return rng.integers(low, high + 1, size=n).astype(float)


def _with_breakpoints(columns: dict, integer: set) -> tuple[dict, int]:
    """The columns after points that put each plain variable in turn on BREAKPOINTS."""
    plain = [s for s in columns if not s.name.startswith("_") and s not in integer]
    extra = {s: np.tile(col[:len(BREAKPOINTS)], len(plain)) for s, col in columns.items()}
    for k, s in enumerate(plain):
        extra[s][k * len(BREAKPOINTS):(k + 1) * len(BREAKPOINTS)] = BREAKPOINTS
    columns = {s: np.concatenate([extra[s], col]) for s, col in columns.items()}
    return columns, len(BREAKPOINTS) * len(plain)


def _probability_models(opened: Opened, rng, n):
    """Per point, P(S) for every event set S from random weights on the atoms of the events."""
    events = opened.events
    models = []
    for _ in range(n):
        weights = [int(w) for w in rng.integers(1, 10, size=2 ** len(events))]
        total = sum(weights)
        model = {}
        for s, wanted in opened.probabilities.items():
            bits = [events.index(e) for e in wanted]
            mass = sum(w for atom, w in enumerate(weights)
                       if all(atom >> bit & 1 for bit in bits))
            model[s] = Fraction(mass, total)
        models.append(model)
    return models


def _meets(assumptions: Assumptions, columns: dict, n: int) -> np.ndarray:
    """Which points meet every relational assumption (unreadable relations checked one by one)."""
    keep = np.ones(n, dtype=bool)
    for s, col in columns.items():
        keep &= flag_mask(assumptions, s.name, col)
    for rel in assumptions.relations:
        if not rel.free_symbols <= set(columns):
            continue
        lib = FloatLib(n)
        try:
            holds = _compile(rel, lib)(columns)
            keep &= np.asarray(holds, dtype=bool) & ~lib.undefined
        except (Unsupported, TypeError, KeyError):
            for k in np.flatnonzero(keep):
                values = {s: sp.Float(col[k]) for s, col in columns.items()}
                keep[k] = satisfied(Assumptions(relations=[rel]), values)
    return keep
