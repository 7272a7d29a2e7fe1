"""Cost of one more line: tutor.Derivation.add at line 3 and line 35, against re-checking all."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import tutor  # noqa: E402
from tutor.derive.incremental import check_derivation  # noqa: E402

REPEATS = 7


def cost_of_line(n: int, incremental: bool) -> float:
    """Seconds to judge line n of the derivation, given lines 1..n-1."""
    text = [f"(x+1)^2 - {k}" if k % 2 else f"x^2 + 2x + 1 - {k}" for k in range(n)]
    if incremental:
        derivation = tutor.Derivation()
        for t in text[:-1]:
            derivation.add(t)
        start = time.perf_counter()
        derivation.add(text[-1])
        return time.perf_counter() - start
    start = time.perf_counter()
    check_derivation(text)
    return time.perf_counter() - start


def main() -> None:
    cost_of_line(5, True)  # warm the caches and imports
    for incremental in (True, False):
        name = "Derivation.add" if incremental else "re-check all (old REPL)"
        medians = {}
        for n in (3, 35):
            medians[n] = statistics.median(cost_of_line(n, incremental) for _ in range(REPEATS))
        print(f"{name:26s} line 3: {medians[3] * 1e3:7.1f} ms   line 35: "
              f"{medians[35] * 1e3:7.1f} ms   ratio {medians[35] / medians[3]:.2f}x "
              f"(target <= 3x)")


if __name__ == "__main__":
    main()
