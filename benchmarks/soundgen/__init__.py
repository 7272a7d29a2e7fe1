"""Generators of pairs with known truth for benchmarks/soundness.py, one per family."""

from __future__ import annotations

import random

import mpmath

from . import (
    adversarial,
    algebra,
    calculus,
    domains,
    ml,
    numbers,
    optima,
    piecewise,
    rounding,
    scale,
    sums,
)
from .core import DIGITS, Pair, established


def _either(*templates):
    return lambda rng: rng.choice(templates)(rng)


FAMILIES = {
    "polynomial": _either(algebra.poly_expand, algebra.poly_square),
    "rational": algebra.rational,
    "trig": algebra.trig,
    "exp_log": algebra.exp_log,
    "far_away": piecewise.far_away,
    "narrow": piecewise.narrow,
    "periodic": piecewise.periodic,
    "integer": piecewise.integer,
    "piecewise": piecewise.piecewise,
    "indexed_sums": sums.indexed,
    "closed_sums": sums.closed,
    "ellipsis_sums": sums.ellipsis,
    "empty_ranges": sums.empty,
    "odd_roots": domains.odd_roots,
    "domains": domains.domains,
    "discontinuities": domains.discontinuity,
    "decimals": numbers.decimals,
    "equations": calculus.equations,
    "derivatives": calculus.derivatives,
    "limits": calculus.limits,
    "scientific": numbers.scientific,
    "greek": ml.greek,
    "ml": ml.ml,
    "probability": ml.probability,
    "tiny": scale.tiny,
    "large": scale.large,
    "multivariate": scale.multivariate,
    "hyperbolic": algebra.hyperbolic,
    "glued": algebra.glued,
    "smooth_bumps": adversarial.smooth_bumps,
    "close_roots": adversarial.close_roots,
    "floor_bands": adversarial.floor_bands,
    "plane_regions": adversarial.plane_regions,
    "huge_integers": adversarial.huge_integers,
    "long_sums": adversarial.long_sums,
    "extraneous": adversarial.extraneous,
    "quasi_periodic": adversarial.quasi_periodic,
    "wide_cancellation": adversarial.wide_cancellation,
    "optima": optima.optima,
    "rounded_roots": rounding.rounded_roots,
}


def generate(family: str, count: int, seed: int) -> tuple[list[Pair], list[Pair]]:
    """(pairs mpmath confirms, pairs it does not: generator bugs), `count` distinct kept.

    Each family has its own random stream (seed and name), so a --family filter or another
    family's count does not change which pairs a family makes."""
    rng = random.Random(f"{seed}:{family}")
    make = FAMILIES[family]
    kept: list[Pair] = []
    rejected: list[Pair] = []
    seen: set = set()
    with mpmath.workdps(DIGITS):
        for _ in range(40 * count):
            if len(kept) >= count:
                break
            pair = make(rng)
            if pair is None or pair.key in seen:
                continue
            seen.add(pair.key)
            pair.family = family
            (kept if established(pair) else rejected).append(pair)
    return kept, rejected


__all__ = ["FAMILIES", "Pair", "generate"]
