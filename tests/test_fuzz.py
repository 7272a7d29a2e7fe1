"""A seeded 2,000-input slice of benchmarks/fuzz.py: no tracebacks, no overruns, no files made."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from fuzzing import worker  # noqa: E402
from fuzzing.cases import APIS, BUDGET, Case, Outcome, known_cases, load_corpus  # noqa: E402
from fuzzing.generators import FAMILIES, generate, make_case  # noqa: E402
from fuzzing.report import traceback_kinds  # noqa: E402
from fuzzing.runner import run_cases  # noqa: E402

pytestmark = pytest.mark.fuzz  # in the default run; `-m "not fuzz"` leaves it out

SLICE, SEED = 2000, 10
HARD_EXTRA = 4.0  # a call this long past its allowance is killed (an overrun either way)
JOBS = min(2, os.cpu_count() or 1)


def _explain(bad: list[Outcome], leftovers: list[str]) -> str:
    lines = [f"{len(bad)} failing inputs of {SLICE} (seed {SEED}); rerun one with "
             f"`python benchmarks/fuzz.py --seed {SEED} --case INDEX`"]
    for o in bad[:60]:
        what = f"{o.kind} at {o.frame}: {o.message[:120]}" if o.crashed else ""
        if o.overrun:
            what += f" {o.status}, {o.seconds:.2f} s > {o.allowed:.2f} s"
        if o.created:
            what += f" created {o.created}"
        lines.append(f"#{o.index} {o.family}/{o.api}: {what.strip()}\n    {o.example[:300]}")
    if len(bad) > 60:
        lines.append(f"... and {len(bad) - 60} more")
    if leftovers:
        lines.append(f"files left in the working directory: {leftovers}")
    return "\n".join(lines)


def test_fuzz_slice_has_no_traceback_overrun_or_file():
    cases = list(generate(SLICE, SEED))
    outcomes, leftovers = run_cases(cases, jobs=JOBS, budget=BUDGET, hard_extra=HARD_EXTRA)
    assert len(outcomes) == SLICE
    bad = sorted((o for o in outcomes if o.crashed or o.overrun or o.created),
                 key=lambda o: o.index)
    if bad or leftovers:
        pytest.fail(_explain(bad, leftovers), pytrace=False)


def test_the_stream_is_seeded_and_covers_every_family():
    first = [c.show(None) for c in generate(70, SEED)]
    again = [c.show(None) for c in generate(70, SEED)]
    other = [c.show(None) for c in generate(70, SEED + 1)]
    assert first == again and first != other
    cases = list(generate(70, SEED))
    assert {c.family for c in cases} == set(FAMILIES)
    assert {c.api for c in cases} == set(APIS)
    assert make_case(68, SEED, list(FAMILIES)).show(None) == first[68]


def test_the_generators_use_real_lines_and_the_issue_inputs():
    corpus = load_corpus()
    assert len(corpus.lines) > 100 and "4x - 1" in corpus.lines
    known = [c.show(None) for c in known_cases()]
    for needle in ("'2e8585827', '1'", "'x = x = x', 'x'", "binom(k<=3.14159, pi)",
                   r"\\boxed{2}\\boxed{3}\\boxed{4}", "P(X = 1) = p"):
        assert any(needle in text for text in known), needle


def _fake_call(case, budget, scratch):
    """Stands in for the library: a crash, a hang, a written file, a normal answer."""
    if case.a == "crash":
        raise RuntimeError("boom")
    if case.a == "hang":
        time.sleep(60)
    if case.a == "write":
        Path("F").write_text("x")
    return 1, False, []


def test_the_harness_survives_crashes_hangs_and_catches_files(monkeypatch):
    monkeypatch.setattr(worker, "call_api", _fake_call)  # the forked workers inherit it
    cases = [Case("t", "parse", a=a, index=k)
             for k, a in enumerate(("crash", "hang", "write", "fine", "crash"))]
    start = time.monotonic()
    outcomes, leftovers = run_cases(cases, jobs=2, budget=0.1, hard_extra=1.0)
    by_index = {o.index: o for o in outcomes}
    assert time.monotonic() - start < 20 and len(outcomes) == 5 and leftovers == []
    crash = by_index[0]
    assert crash.crashed and crash.kind == "RuntimeError" and "boom" in crash.message
    assert by_index[1].status == "killed" and by_index[1].overrun
    assert by_index[2].created == ["F"]
    assert by_index[3].status == "ok" and not by_index[3].notable
    assert traceback_kinds(outcomes)[0]["count"] == 2
