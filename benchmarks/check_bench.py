"""Batch-checker timings: a 200-line notes file from a cold start, 500 files with --jobs 1 vs 2,
a pathological step under a 1 s timeout, and a 20-step derivation warm.

Run: python benchmarks/check_bench.py [--files 500]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BLOCK = r"""## Derivative from first principles
$$
\begin{align}
f'(x) &= \lim_{h \to 0} \frac{(x+h)^{2} - x^{2}}{h} \\
&= \lim_{h \to 0} \frac{2xh + h^{2}}{h} \\
&= \lim_{h \to 0} (2x + h) \\
&= 2x
\end{align}
$$
Sigmoid: $\sigma(z)(1-\sigma(z)) = \frac{e^{-z}}{(1+e^{-z})^{2}}$ and
$\tanh(z) = 2\sigma(2z) - 1$.
$$
H = -\sum_{i=1}^{8} \frac{1}{8}\log_{2}\frac{1}{8} = \log_{2} 8 = 3
$$
"""

STEPS = "\n".join([
    "(x+1)^2", "x^2 + 2x + 1", "(x+1)(x+1)", "x(x+2) + 1", "x^2 + 2x + 1", "(x + 1)^2 + 0",
    "x^2 + x + x + 1", "(2x + 2)^2/4", "(x+1)^3/(x+1)", "x^2 + 2x + 1", "(x+1)^2 * 1",
    "sqrt((x+1)^4)", "(x^2 + 2x + 1)/1", "x(x+1) + x + 1", "(x+1)x + (x+1)", "(x+1)(x+1)",
    "x^2 + 2x + 1", "2x + x^2 + 1", "1 + 2x + x^2", "(1 + x)^2",
])


# steps that spend their whole budget (or would run for minutes without one)
SLOW_STEPS = [
    "lim x->0 " * 50 + "x\n= x",
    "prod(k=1..1000000, k)\n= oo",
    "(x+y+z+1)^40\n= (x+1)^40 + (y+z)^40",
    "lim x->oo ((x+1)^(x+1)/x^x - e x)\n= e/2",
    "sum(i=1..3000, sin(i x))\n= 0",
]


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=False)
    return time.perf_counter() - start


def quantiles(xs: list[float]) -> str:
    xs = sorted(xs)
    pick = lambda q: xs[min(len(xs) - 1, int(q * len(xs)))]  # noqa: E731
    return (f"median {statistics.median(xs) * 1000:.1f} ms, p90 {pick(0.9) * 1000:.1f} ms, "
            f"p99 {pick(0.99) * 1000:.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=500)
    args = ap.parse_args()
    tutor = [sys.executable, "-m", "tutor"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        notes = tmp / "notes.md"
        text = ""
        while text.count("\n") < 200:
            text += BLOCK
        notes.write_text(text)
        runs = [wall(tutor + ["check", str(notes), "--format", "json"]) for _ in range(3)]
        print(f"200-line notes file ({text.count(chr(10))} lines), cold start: "
              f"median {statistics.median(runs):.2f} s wall (target <= 1.5 s)")

        folder = tmp / "many"
        folder.mkdir()
        for k in range(args.files):
            (folder / f"s{k:04d}.txt").write_text(STEPS + "\n")
        steps = args.files * (STEPS.count("\n"))
        t1 = wall(tutor + ["check", str(folder), "--jobs", "1", "--format", "json"])
        t2 = wall(tutor + ["check", str(folder), "--jobs", "2", "--format", "json"])
        print(f"{args.files} files x 20 steps: --jobs 1 {t1:.1f} s ({steps / t1:.0f} steps/s), "
              f"--jobs 2 {t2:.1f} s ({steps / t2:.0f} steps/s), speed-up {t1 / t2:.2f}x")

        slow = tmp / "slow.txt"
        slow.write_text("(x+y+z+1)^40\n(x+1)^40 + (y+z)^40\n\n"
                        "lim x->oo ((x+1)^(x+1)/x^x - e x)\ne/2\n\n(x+1)^100000\nx^100000 + 1\n")
        t = wall(tutor + ["check", str(slow), "--timeout", "1", "--format", "json"])
        print(f"three heavy steps with --timeout 1: {t:.2f} s wall (process start included)")

        twenty = tmp / "twenty_slow.txt"
        twenty.write_text("\n\n".join(SLOW_STEPS[k % len(SLOW_STEPS)] for k in range(20)) + "\n")
        t = wall(tutor + ["check", str(twenty), "--timeout", "1", "--format", "json"])
        print(f"twenty slow steps with --timeout 1: {t:.2f} s wall (target <= 25 s)")

    from tutor.derive.incremental import check_derivation

    lines = STEPS.splitlines()
    check_derivation(lines)
    times = []
    for _ in range(15):
        start = time.perf_counter()
        check_derivation(lines)
        times.append(time.perf_counter() - start)
    print(f"20-step derivation warm: {quantiles(times)} (target median <= 200 ms)")


if __name__ == "__main__":
    main()
