"""Practice REPL timings: launch to the first prompt, and feedback per step on the bank's solutions.

Run: python benchmarks/practice_bench.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

import pexpect


def launch_to_prompt(runs: int = 5) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "TUTOR_HOME": home, "NO_COLOR": "1", "TERM": "dumb"}
        for _ in range(runs):
            start = time.perf_counter()
            child = pexpect.spawn(sys.executable, ["-m", "tutor", "practice",
                                                   "first-principles-quadratic"],
                                  env=env, encoding="utf-8", dimensions=(24, 80), timeout=20)
            child.expect("> ")
            times.append(time.perf_counter() - start)
            child.sendline("quit")
            child.expect(pexpect.EOF)
    return times


def feedback_per_step() -> list[float]:
    """What the session does for each new line: check the derivation so far, keep the last."""
    from tutor.bank.loader import problems
    from tutor.derive.incremental import check_derivation

    check_derivation(["x^2", "x*x"])
    times = []
    for problem in problems():
        for k in range(1, len(problem.solution) + 1):
            start = time.perf_counter()
            check_derivation(problem.solution[:k], problem)
            times.append(time.perf_counter() - start)
    return times


def quantile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def main() -> None:
    launch = launch_to_prompt()
    print(f"launch to first prompt: median {statistics.median(launch):.2f} s, "
          f"max {max(launch):.2f} s (target <= 1 s)")
    steps = feedback_per_step()
    print(f"feedback per step over {len(steps)} steps of the bank's solutions: "
          f"median {statistics.median(steps) * 1000:.0f} ms, "
          f"p95 {quantile(steps, 0.95) * 1000:.0f} ms, "
          f"p99 {quantile(steps, 0.99) * 1000:.0f} ms, max {max(steps) * 1000:.0f} ms "
          f"(target p95 <= 150 ms)")


if __name__ == "__main__":
    main()
