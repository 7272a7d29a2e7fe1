"""A seeded slice of benchmarks/soundness.py: 4 pairs per family, none may get a false verdict."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from soundgen import FAMILIES, generate  # noqa: E402
from soundness import judge  # noqa: E402

SEED = 11
PER_FAMILY = 4


def _slice():
    out = []
    for family in FAMILIES:
        pairs, _ = generate(family, PER_FAMILY, SEED)
        out += [pytest.param(p, id=f"{family}-{k}") for k, p in enumerate(pairs)]
    return out


SLICE = _slice()


def test_every_family_is_in_the_slice():
    assert len(FAMILIES) >= 25
    assert len(SLICE) == PER_FAMILY * len(FAMILIES)


def test_generators_agree_with_mpmath():
    """A pair whose 60-digit check contradicts its construction is a generator bug."""
    for family in FAMILIES:
        _, rejected = generate(family, 25, SEED)
        assert not rejected, [(p.a, p.b, p.truth) for p in rejected]


@pytest.mark.parametrize("pair", SLICE)
def test_no_false_verdict(pair):
    result = judge(pair)
    assert result["outcome"] in ("ok", "unknown"), (
        f"{pair.a!r} ~ {pair.b!r} given {pair.assume}: truth {pair.truth} ({pair.note}), "
        f"verdict {result['status']}: {result.get('method') or result.get('reason')}; "
        f"reproduce: python benchmarks/soundness.py --family {pair.family} --show-false")
