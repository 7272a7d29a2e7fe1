"""Accuracy and latency of tutor.compare on the equivalence table, against plain sympy.

    python benchmarks/compare_bench.py [--modes fresh,warm,repeat] [--rounds N]
                                       [--baseline-timeout SECONDS]

The rows are the table of tests/test_equivalence.py; the "taylor" and "first-principles"
families are the pairs of consecutive steps (and each mistake against the step it follows) of
the bank's problems of that name. Every call is timed warm (the process has run everything
once), in three ways:

- "fresh": every cache cleared before each call, sympy's and tutor's (parse, verdict,
  evaluators): no call is answered from a cache of its own earlier run;
- "warm": tutor's caches cleared, sympy's kept: a pair tutor has not seen, in a process that
  has been checking for a while (sympy remembers sub-results);
- "repeat": nothing cleared: the same pair again (a class handing in the same problem).

The baseline is `sympy.simplify(a - b) == 0` on the same parsed inputs, after .doit() (an
equation as lhs - rhs): True counts as "equal", anything else as "not_equal", since that is how a
checker built on it would answer. Its "warm" and "repeat" are the same measurement (sympy's cache
kept). Ratios are tutor's median over the baseline's median, in the same run.
Targets (issue 13): text median <= 0.12x the baseline, p99 <= 50 ms; families median <= 10 ms.
On a busy machine `--clock cpu` (this process's CPU time) is steadier than wall time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import sympy as sp
from sympy.core.cache import clear_cache

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from test_equivalence import TABLE, Case  # noqa: E402

from tutor.api import compare  # noqa: E402
from tutor.budget import BudgetExceeded, deadline  # noqa: E402
from tutor.model import Chain  # noqa: E402
from tutor.read.parser import parse  # noqa: E402

try:
    from tutor.api import clear_caches  # noqa: E402
except ImportError:  # before the parse and verdict caches: only the judge's evaluators
    from tutor.judge.equivalence import clear_caches  # noqa: E402

MODES = ("fresh", "warm", "repeat")
CLOCK = {"wall": time.perf_counter, "cpu": time.process_time}
clock = time.perf_counter
FAMILIES = ("taylor", "first-principles")


def run_tutor(case: Case, a=None, b=None) -> str:
    """compare() on the row's text, or on its already parsed inputs when given."""
    a, b = (case.a, case.b) if a is None else (a, b)
    return compare(a, b, case.assume, approx=case.approx).status


def as_zero(text: str):
    x = parse(text)
    if isinstance(x, Chain):
        return sp.Add(x.parts[0].expr, -x.parts[-1].expr)
    return x


def run_baseline(a, b, timeout: float) -> str:
    try:
        with deadline(timeout):
            return "equal" if sp.simplify((a - b).doit()) == 0 else "not_equal"
    except BudgetExceeded:
        return "timeout"
    except Exception:  # noqa: BLE001 - a baseline that raises has not answered
        return "error"


def timed(fn, mode: str, rounds: int = 1) -> tuple[object, float]:
    """(result, median milliseconds over `rounds` calls), caches cleared as `mode` says."""
    times = []
    result = fn() if mode == "repeat" else None  # "repeat" times the same call again
    for _ in range(rounds):
        if mode == "fresh":
            clear_cache()
        if mode in ("fresh", "warm"):
            clear_caches()
        started = clock()
        result = fn()
        times.append((clock() - started) * 1000)
    return result, statistics.median(times)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def score(statuses: list[str]) -> dict:
    pairs = list(zip(statuses, TABLE, strict=True))
    return {"accuracy": sum(s == c.expect for s, c in pairs) / len(TABLE),
            "false equal (row is not_equal)": sum(s == "equal" and c.expect == "not_equal"
                                                  for s, c in pairs),
            "false not_equal (row is equal)": sum(s == "not_equal" and c.expect == "equal"
                                                  for s, c in pairs),
            "decided an honest-unknown row": sum(s in ("equal", "not_equal")
                                                 and c.expect == "unknown" for s, c in pairs),
            "unknown answers": sum(s == "unknown" for s in statuses),
            "timeout/error": sum(s in ("timeout", "error") for s in statuses)}


def latency(times: list[float]) -> dict:
    return {"median": statistics.median(times), "p90": percentile(times, 0.9),
            "p99": percentile(times, 0.99), "max": max(times)}


def family_pairs(prefix: str) -> list[Case]:
    """Consecutive solution steps, and each mistake against the step before the one it
    replaces, of the bank's problems whose id starts with `prefix`."""
    from tutor.bank.loader import problems

    pairs = []
    for p in problems():
        if not p.id.startswith(prefix):
            continue
        steps, assume = p.solution, tuple(p.assume)
        pairs += [Case(steps[k], steps[k + 1], "", assume) for k in range(len(steps) - 1)]
        pairs += [Case(steps[m.after - 1], m.step, "", assume) for m in p.mistakes if m.after]
    return pairs


def measure_table(modes, rounds: int, baseline_timeout: float) -> dict:
    inputs = [(as_zero(c.a), as_zero(c.b)) for c in TABLE]
    parsed = [(parse(c.a), parse(c.b)) for c in TABLE]
    results = {}
    for mode in modes:
        base_mode = "warm" if mode == "repeat" and "warm" in results else mode
        results[mode] = {
            "text": [timed(lambda c=c: run_tutor(c), mode, rounds) for c in TABLE],
            "parsed": [timed(lambda c=c, ab=ab: run_tutor(c, *ab), mode, rounds)
                       for c, ab in zip(TABLE, parsed, strict=True)],
            "sympy": results[base_mode]["sympy"] if base_mode != mode else [
                timed(lambda ab=ab: run_baseline(*ab, baseline_timeout), mode)
                for ab in inputs]}
    return results


def print_table(results: dict, modes) -> None:
    last = results[modes[-1]]
    tutor_status = [s for s, _ in last["text"]]
    base_status = [s for s, _ in last["sympy"]]
    print(f"rows: {len(TABLE)} (expected: {sum(c.expect == 'equal' for c in TABLE)} equal, "
          f"{sum(c.expect == 'not_equal' for c in TABLE)} not_equal, "
          f"{sum(c.expect == 'unknown' for c in TABLE)} unknown)")
    print("'text' includes parsing both strings; 'parsed' is compare() on the parsed inputs "
          "the baseline gets too.\n")
    header = f"{'':40}{'tutor.compare':>16}{'sympy simplify':>16}"
    print(header)
    print("-" * len(header))
    for key, t, b in zip(score(tutor_status), score(tutor_status).values(),
                         score(base_status).values(), strict=True):
        fmt = (lambda v: f"{v:.1%}") if key == "accuracy" else str
        print(f"{key:40}{fmt(t):>16}{fmt(b):>16}")
    for mode in modes:
        lb = latency([ms for _, ms in results[mode]["sympy"]])
        for kind in ("text", "parsed"):
            lt = latency([ms for _, ms in results[mode][kind]])
            for key in lt:
                print(f"{f'{key} ms ({mode}, {kind})':40}{lt[key]:>16.2f}{lb[key]:>16.2f}")
            ratio = lt["median"] / lb["median"]
            note = "  (target <= 0.12)" if kind == "text" else ""
            print(f"{f'median ratio tutor/sympy ({mode}, {kind})':40}{ratio:>16.3f}{note}")
    wrong = [(c, s) for c, s in zip(TABLE, tutor_status, strict=True) if s != c.expect]
    if wrong:
        print("\nrows tutor.compare gets wrong:")
        for c, s in wrong:
            print(f"  {c.id}: expected {c.expect}, got {s}")
    slow = sorted(zip([ms for _, ms in results[modes[0]]["text"]], TABLE, strict=True),
                  key=lambda x: -x[0])[:8]
    print(f"\nslowest rows (tutor.compare, {modes[0]}, text):")
    for ms, c in slow:
        print(f"  {ms:8.1f} ms  {c.id}")


def print_families(modes, rounds: int) -> None:
    print("\nfamilies (compare on text, median of per-pair medians; target median <= 10 ms):")
    for prefix in FAMILIES:
        pairs = family_pairs(prefix)
        for case in pairs:  # warm up
            run_tutor(case)
        cells = []
        for mode in modes:
            ms = [timed(lambda c=c: run_tutor(c), mode, rounds)[1] for c in pairs]
            cells.append(f"{mode} median {statistics.median(ms):6.2f} ms, max {max(ms):6.1f}")
        print(f"  {prefix:17} {len(pairs):3} pairs: " + "; ".join(cells))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-timeout", type=float, default=10.0)
    parser.add_argument("--modes", default=",".join(MODES),
                        help="comma-separated subset of fresh,warm,repeat")
    parser.add_argument("--rounds", type=int, default=1,
                        help="time tutor on each row this many times and keep the median")
    parser.add_argument("--families-only", action="store_true")
    parser.add_argument("--clock", choices=tuple(CLOCK), default="wall",
                        help="wall time, or this process's CPU time (steadier on a busy machine)")
    args = parser.parse_args(argv)
    global clock
    clock = CLOCK[args.clock]
    print(f"clock: {args.clock} time")
    modes = [m for m in MODES if m in args.modes.split(",")]
    for case in TABLE:  # warm up: imports, grammars, numpy, lambdas
        run_tutor(case)
    if not args.families_only:
        print_table(measure_table(modes, args.rounds, args.baseline_timeout), modes)
    print_families(modes, max(args.rounds, 3))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
