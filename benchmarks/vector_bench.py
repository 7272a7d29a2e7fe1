"""Vector steps: how long one check takes (median, p90, p99), and the ratio to plain sympy.

Run: python benchmarks/vector_bench.py [--repeat 3]
Target (issue 14): a vector step's median check time <= 20 ms.

Each pair of the vector rows of tests/ml_calculus_cases.py is compared `--repeat` times with the
judge's caches cleared before each (a cold check; the lines are read once, outside the timing);
each vector derivation row is checked whole, its time divided by its steps ("tutor steps").
"Plain sympy" is what a hand-written check costs: the same identity with explicit 3×3 symbolic
matrices, expanded and simplified by sympy (one fixed size, no shapes, no witness), timed on
the identities sympy can state that way.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import sympy as sp  # noqa: E402
from ml_calculus_cases import VECTOR_PAIRS, VECTOR_STEPS  # noqa: E402

from tutor.api import read_object  # noqa: E402
from tutor.derive.incremental import check_derivation  # noqa: E402
from tutor.judge.equivalence import clear_caches, compare  # noqa: E402


def _percentile(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def tutor_times(repeat: int) -> list[float]:
    pairs = [(read_object(r.a)[0], read_object(r.b)[0]) for r in VECTOR_PAIRS]
    times = []
    for _ in range(repeat):
        for a, b in pairs:
            clear_caches()
            start = time.perf_counter()
            compare(a, b)
            times.append(time.perf_counter() - start)
    return times


def step_times(repeat: int) -> list[float]:
    """A whole derivation of the vector rows, per step (the lines read once beforehand)."""
    times = []
    for row in VECTOR_STEPS:
        check_derivation(list(row.lines))
    for _ in range(repeat):
        for row in VECTOR_STEPS:
            clear_caches()
            start = time.perf_counter()
            check_derivation(list(row.lines))
            times.append((time.perf_counter() - start) / (len(row.lines) - 1))
    return times


def _explicit(name: str, n: int = 3) -> sp.Matrix:
    return sp.Matrix(n, n, lambda i, j: sp.Symbol(f"{name}{i}{j}"))


def sympy_times(repeat: int) -> list[float]:
    """The same kind of identities done by hand in sympy: explicit 3×3 matrices."""
    a, b, c = _explicit("a"), _explicit("b"), _explicit("c")
    w = sp.Matrix(3, 1, lambda i, j: sp.Symbol(f"w{i}"))
    x = sp.Matrix(3, 1, lambda i, j: sp.Symbol(f"x{i}"))
    checks = [
        lambda: (a * b).T - b.T * a.T, lambda: (a * b).T - a.T * b.T,
        lambda: sp.Matrix([(a * b).trace() - (b * a).trace()]),
        lambda: sp.Matrix([(a * b * c).trace() - (c * a * b).trace()]),
        lambda: w.T * x - x.T * w, lambda: sp.Matrix([(a * b).det() - a.det() * b.det()]),
        lambda: (x.T * a * x).jacobian(x).T - (a + a.T) * x,
        lambda: a.inv().T - a.T.inv(),
    ]
    times = []
    for _ in range(repeat):
        for check in checks:
            start = time.perf_counter()
            sp.simplify(sp.expand(check()))
            times.append(time.perf_counter() - start)
    return times


def _line(label: str, times: list[float]) -> str:
    ms = [t * 1000 for t in times]
    return (f"{label:14} n={len(ms):4}  median {statistics.median(ms):7.2f} ms  "
            f"p90 {_percentile(ms, 0.9):7.2f} ms  p99 {_percentile(ms, 0.99):7.2f} ms")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    compare(*(read_object(t)[0] for t in ("w^T x", "x^T w")))  # imports and grammars loaded
    ours, theirs = tutor_times(args.repeat), sympy_times(args.repeat)
    steps = step_times(args.repeat)
    print(_line("tutor vectors", ours))
    print(_line("tutor steps", steps))
    print(_line("plain sympy", theirs))
    ratio = statistics.median(ours) / statistics.median(theirs)
    print(f"median ratio tutor/sympy: {ratio:.2f}")
    target = max(statistics.median(ours), statistics.median(steps)) <= 0.020
    print(f"target median <= 20 ms: {'met' if target else 'NOT met'}")
    return 0 if target else 1


if __name__ == "__main__":
    sys.exit(main())
