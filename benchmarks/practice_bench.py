"""Practice REPL timings: launch to the first prompt, and feedback per step on the bank's solutions.

Feedback is timed as the session gives it (`LiveChecker`: the line read once for its echo,
then only the new line checked, the end judged as in `check`), and, for comparison, as the old
REPL did (the whole derivation so far re-checked at every Enter).
`tutor list` and `tutor hint` are timed from a cold start too (they load no math).
Run: python benchmarks/practice_bench.py [--clock cpu]
Target (issue 13): feedback p95 <= 50 ms.
"""

from __future__ import annotations

import argparse
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


CLOCK = {"wall": time.perf_counter, "cpu": time.process_time}


def feedback_per_step(clock=time.perf_counter) -> list[float]:
    """What the session does for each new line: read it (the echo), check it, judge the end."""
    from tutor.bank.loader import problems
    from tutor.practice.live import LiveChecker

    LiveChecker()(["x^2", "x*x"], None)   # warm: imports, grammars
    times = []
    for problem in problems():
        live = LiveChecker()
        for k in range(1, len(problem.solution) + 1):
            start = clock()
            try:
                live.read(problem.solution[k - 1])
            except Exception:  # noqa: BLE001 - a line the echo refuses is still checked
                pass
            live(problem.solution[:k], problem)
            times.append(clock() - start)
    return times


def recheck_per_step(clock=time.perf_counter) -> list[float]:
    """The old REPL: the whole derivation so far checked again at every new line."""
    from tutor.bank.loader import problems
    from tutor.derive.incremental import check_derivation

    check_derivation(["x^2", "x*x"])
    times = []
    for problem in problems():
        for k in range(1, len(problem.solution) + 1):
            start = clock()
            check_derivation(problem.solution[:k], problem)
            times.append(clock() - start)
    return times


def listing(runs: int = 5) -> list[float]:
    """Seconds of `tutor list` and `tutor hint` from a cold start (the bank, no math loaded)."""
    import subprocess

    times = []
    for _ in range(runs):
        for args in (["list"], ["hint", "sigmoid-derivative", "--level", "1"]):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "tutor", *args], capture_output=True,
                           check=True, env=dict(os.environ, TUTOR_HOME=tempfile.mkdtemp()))
            times.append(time.perf_counter() - start)
    return times


def quantile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def summary(steps: list[float]) -> str:
    return (f"median {statistics.median(steps) * 1000:.0f} ms, "
            f"p95 {quantile(steps, 0.95) * 1000:.0f} ms, "
            f"p99 {quantile(steps, 0.99) * 1000:.0f} ms, max {max(steps) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clock", choices=tuple(CLOCK), default="wall",
                        help="wall time, or this process's CPU time (steadier on a busy machine)")
    parser.add_argument("--skip-launch", action="store_true")
    args = parser.parse_args()
    clock = CLOCK[args.clock]
    if not args.skip_launch:
        launch = launch_to_prompt()
        print(f"launch to first prompt: median {statistics.median(launch):.2f} s, "
              f"max {max(launch):.2f} s (target <= 1 s)")
        looked_up = listing()
        print(f"`tutor list` and `tutor hint` from a cold start: median "
              f"{statistics.median(looked_up):.2f} s, max {max(looked_up):.2f} s")
    from tutor.api import clear_caches

    clear_caches()
    steps = feedback_per_step(clock)
    print(f"feedback per step ({args.clock}) over {len(steps)} steps of the bank's solutions: "
          f"{summary(steps)} (target p95 <= 50 ms)")
    clear_caches()
    steps = recheck_per_step(clock)
    print(f"old REPL, all lines re-checked at each step ({args.clock}): {summary(steps)}")


if __name__ == "__main__":
    main()
