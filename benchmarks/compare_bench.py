"""Accuracy and latency of tutor.compare on the equivalence table, against plain sympy.

    python benchmarks/compare_bench.py [--repeat-only] [--baseline-timeout SECONDS]

The rows are the table of tests/test_equivalence.py. For each row, compare() is timed warm (the
process has already run the whole table once). Two figures are printed: "fresh", with sympy's
cache cleared before every call (no call answered from a cache of its own earlier run), and
"repeat", with the cache left as it is. The baseline is `sympy.simplify(a - b) == 0` on the same
parsed inputs, after .doit() (an equation as lhs - rhs), timed the same ways: True counts as
"equal", anything else as "not_equal", since that is how a checker built on it would answer.
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

from tutor.budget import BudgetExceeded, deadline  # noqa: E402
from tutor.builder import Chain  # noqa: E402
from tutor.equivalence import clear_caches, compare  # noqa: E402
from tutor.parsing import parse  # noqa: E402


def run_tutor(case: Case, a=None, b=None) -> str:
    """compare() on the row's text, or on its already parsed inputs when given."""
    a, b = (case.a, case.b) if a is None else (a, b)
    return compare(a, b, case.assume, approx=case.approx).status


def as_zero(text: str):
    x = parse(text)
    if isinstance(x, Chain):
        return sp.Add(x.parts[0].expr, -x.parts[-1].expr)
    return x


def baseline_inputs(case: Case):
    return as_zero(case.a), as_zero(case.b)


def run_baseline(a, b, timeout: float) -> str:
    try:
        with deadline(timeout):
            return "equal" if sp.simplify((a - b).doit()) == 0 else "not_equal"
    except BudgetExceeded:
        return "timeout"
    except Exception:  # noqa: BLE001 - a baseline that raises has not answered
        return "error"


def timed(fn, fresh: bool) -> tuple[object, float]:
    if fresh:
        clear_cache()
        clear_caches()
    started = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - started) * 1000


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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-timeout", type=float, default=10.0)
    parser.add_argument("--repeat-only", action="store_true",
                        help="skip the fresh-cache timings (faster)")
    args = parser.parse_args(argv)

    inputs = [baseline_inputs(c) for c in TABLE]
    parsed = [(parse(c.a), parse(c.b)) for c in TABLE]
    for case in TABLE:  # warm up: imports, grammars, numpy, lambdas
        run_tutor(case)
    modes = ["repeat"] if args.repeat_only else ["fresh", "repeat"]
    results = {}
    for mode in modes:
        fresh = mode == "fresh"
        results[mode] = {
            "text": [timed(lambda c=c: run_tutor(c), fresh) for c in TABLE],
            "parsed": [timed(lambda c=c, ab=ab: run_tutor(c, *ab), fresh)
                       for c, ab in zip(TABLE, parsed, strict=True)],
            "sympy": [timed(lambda ab=ab: run_baseline(*ab, args.baseline_timeout), fresh)
                      for ab in inputs]}

    last = results[modes[-1]]
    tutor_status = [s for s, _ in last["text"]]
    base_status = [s for s, _ in last["sympy"]]
    print(f"rows: {len(TABLE)} (expected: {sum(c.expect == 'equal' for c in TABLE)} equal, "
          f"{sum(c.expect == 'not_equal' for c in TABLE)} not_equal, "
          f"{sum(c.expect == 'unknown' for c in TABLE)} unknown)")
    print("latency: 'parsed' is compare() on the parsed inputs the baseline gets too; 'text'")
    print("includes parsing both strings; 'fresh' clears every cache before each call.")
    print()
    header = f"{'':36}{'tutor.compare':>16}{'sympy simplify':>16}"
    print(header)
    print("-" * len(header))
    for key, t, b in zip(score(tutor_status), score(tutor_status).values(),
                         score(base_status).values(), strict=True):
        fmt = (lambda v: f"{v:.1%}") if key == "accuracy" else str
        print(f"{key:36}{fmt(t):>16}{fmt(b):>16}")
    for mode in modes:
        lb = latency([ms for _, ms in results[mode]["sympy"]])
        for inputs_kind in ("parsed", "text"):
            lt = latency([ms for _, ms in results[mode][inputs_kind]])
            for key in lt:
                label = f"{key} ms ({mode}, {inputs_kind})"
                print(f"{label:36}{lt[key]:>16.2f}{lb[key]:>16.2f}")
            label = f"median ratio sympy/tutor ({inputs_kind})"
            print(f"{label:36}{lb['median'] / lt['median']:>16.1f}")
    wrong = [(c, s) for c, s in zip(TABLE, tutor_status, strict=True) if s != c.expect]
    if wrong:
        print("\nrows tutor.compare gets wrong:")
        for c, s in wrong:
            print(f"  {c.id}: expected {c.expect}, got {s}")
    slow = sorted(zip([ms for _, ms in last["text"]], TABLE, strict=True),
                  key=lambda x: -x[0])[:8]
    print("\nslowest rows (tutor.compare, " + modes[-1] + "):")
    for ms, c in slow:
        print(f"  {ms:8.1f} ms  {c.id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
