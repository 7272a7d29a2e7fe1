"""Shared pytest options: `--update-golden` (or TUTOR_UPDATE_GOLDEN=1) rewrites golden data."""

from __future__ import annotations

import os

import pytest


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/*.json and tests/data/parse_shapes.json from "
                          "the current code instead of comparing against them")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    """True only when asked explicitly: `--update-golden` or TUTOR_UPDATE_GOLDEN=1."""
    return bool(request.config.getoption("--update-golden")
                or os.environ.get("TUTOR_UPDATE_GOLDEN") == "1")


def _no_gc_timing_callback() -> None:
    """Hypothesis times garbage collection with a Python callback run inside `gc`; a budget's
    SIGALRM (tutor.budget) that lands there is raised in the callback, becomes an unraisable
    exception, and the repeating alarm can then interrupt pytest's own unraisable hook (a
    flaky "Failed to process unraisable exception"). The timing is only statistics: off."""
    try:
        from hypothesis.internal.conjecture import junkdrawer
    except ImportError:
        return
    junkdrawer._gc_initialized = True  # never registers its gc callback


_no_gc_timing_callback()
