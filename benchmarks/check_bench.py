"""Batch-checker timings: a 200-line notes file from a cold start; steps per second with --jobs 1
and --jobs 2 on three folders (the same 20-step file N times: a class handing in one problem;
N different 20-step files: every step new; the examples/ notes N times); a pathological step
under a 1 s timeout; a 20-step derivation warm; a class of 30 handing in the same notes, in one
process (--class-only for that alone).

Run: python benchmarks/check_bench.py [--files 500] [--skip-slow]
Targets (issue 13): >= 300 steps/s on one core on notes like examples/; near-linear with --jobs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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


# the 20 steps of STEPS for (x + c)^2: every file of the "different" folder has its own c
TEMPLATE = [
    "(x+{c})^2", "x^2 + {d}x + {e}", "(x+{c})(x+{c})", "x(x+{d}) + {e}", "x^2 + {d}x + {e}",
    "(x + {c})^2 + 0", "x^2 + {c}x + {c}x + {e}", "(2x + {d})^2/4", "(x+{c})^3/(x+{c})",
    "x^2 + {d}x + {e}", "(x+{c})^2 * 1", "sqrt((x+{c})^4)", "(x^2 + {d}x + {e})/1",
    "x(x+{c}) + {c}x + {e}", "(x+{c})x + {c}(x+{c})", "(x+{c})(x+{c})", "x^2 + {d}x + {e}",
    "{d}x + x^2 + {e}", "{e} + {d}x + x^2", "({c} + x)^2",
]
EXAMPLES = ("calculus_notes.md", "logistic.tex", "steps.txt")


# a user's Python keeps the compiled bytecode of our modules; a shell that sets
# PYTHONDONTWRITEBYTECODE (some containers do) would time compiling 280 modules at every start
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, check=False, text=True, env=CHILD_ENV)
    return time.perf_counter() - start, out.stdout


def children_cpu() -> float:
    """CPU seconds used so far by finished child processes (tutor and its workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def quantiles(xs: list[float]) -> str:
    xs = sorted(xs)
    pick = lambda q: xs[min(len(xs) - 1, int(q * len(xs)))]  # noqa: E731
    return (f"median {statistics.median(xs) * 1000:.1f} ms, p90 {pick(0.9) * 1000:.1f} ms, "
            f"p99 {pick(0.99) * 1000:.1f} ms")


def folders(tmp: Path, files: int) -> dict[str, Path]:
    """The three folders whose steps per second are measured."""
    same, different, examples = tmp / "same", tmp / "different", tmp / "examples"
    for folder in (same, different, examples):
        folder.mkdir()
    for k in range(files):
        (same / f"s{k:04d}.txt").write_text(STEPS + "\n")
        c = k + 2
        (different / f"d{k:04d}.txt").write_text(
            "\n".join(TEMPLATE).format(c=c, d=2 * c, e=c * c) + "\n")
    source = Path(__file__).resolve().parent.parent / "examples"
    for k in range(max(1, files // 10)):
        for name in EXAMPLES:
            path = source / name
            (examples / f"{path.stem}{k:03d}{path.suffix}").write_text(path.read_text())
    return {f"the same 20-step file x{files}": same,
            f"{files} different 20-step files": different,
            f"examples/ notes x{max(1, files // 10)}": examples}


def steps_per_second(tutor: list[str], folder: Path, jobs: int) -> tuple[float, float, int]:
    """(steps per wall second, steps per CPU second of all processes, steps)."""
    cpu = children_cpu()
    seconds, out = wall(tutor + ["check", str(folder), "--jobs", str(jobs), "--format", "json"])
    cpu = children_cpu() - cpu
    try:
        steps = sum(len(f["steps"]) for f in json.loads(out)["files"])
    except (ValueError, KeyError):
        return 0.0, 0.0, 0
    return steps / seconds, steps / cpu, steps


def throughput(tutor: list[str], tmp: Path, files: int, only: str = "") -> None:
    print("steps per second, wall (process start included) and per CPU second (the steadier "
          "figure on a busy machine):")
    for label, folder in folders(tmp, files).items():
        if only and folder.name not in only.split(","):
            continue
        one, one_cpu, steps = steps_per_second(tutor, folder, 1)
        two, two_cpu, _ = steps_per_second(tutor, folder, 2)
        print(f"  {label:32} {steps:6} steps: --jobs 1 {one:5.0f}/s wall {one_cpu:5.0f}/s cpu; "
              f"--jobs 2 {two:5.0f}/s wall {two_cpu:5.0f}/s cpu; wall speed-up "
              f"{two / one if one else 0:.2f}x")


def slow_steps(tutor: list[str], tmp: Path) -> None:
    slow = tmp / "slow.txt"
    slow.write_text("(x+y+z+1)^40\n(x+1)^40 + (y+z)^40\n\n"
                    "lim x->oo ((x+1)^(x+1)/x^x - e x)\ne/2\n\n(x+1)^100000\nx^100000 + 1\n")
    t, _ = wall(tutor + ["check", str(slow), "--timeout", "1", "--format", "json"])
    print(f"three heavy steps with --timeout 1: {t:.2f} s wall (process start included)")
    twenty = tmp / "twenty_slow.txt"
    twenty.write_text("\n\n".join(SLOW_STEPS[k % len(SLOW_STEPS)] for k in range(20)) + "\n")
    t, _ = wall(tutor + ["check", str(twenty), "--timeout", "1", "--format", "json"])
    print(f"twenty slow steps with --timeout 1: {t:.2f} s wall (target <= 25 s)")


def class_of(copies: int = 30) -> None:
    """A class handing in the same notes: the examples checked `copies` times in one process
    (CPU time); the first learner against each later one."""
    from tutor.api import clear_caches
    from tutor.batch import check_document

    source = Path(__file__).resolve().parent.parent / "examples"
    paths = [source / name for name in EXAMPLES]
    clear_caches()
    times, steps = [], 0
    for _ in range(copies):
        start = time.process_time()
        steps = sum(len(check_document(str(p)).steps) for p in paths)
        times.append(time.process_time() - start)
    later = statistics.mean(times[1:])
    print(f"a class of {copies} handing in examples/ ({steps} steps each), one process, CPU: "
          f"first {times[0] * 1000:.0f} ms, each later {later * 1000:.0f} ms "
          f"({later / times[0]:.0%} of the first); {copies * steps / sum(times):.0f} steps/s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=500)
    ap.add_argument("--skip-slow", action="store_true", help="skip the pathological steps")
    ap.add_argument("--class-only", action="store_true",
                    help="only the class of 30 copies in one process")
    ap.add_argument("--only", default="", help="comma-separated folders to time: "
                                               "same,different,examples (default: all)")
    args = ap.parse_args()
    tutor = [sys.executable, "-m", "tutor"]
    if args.class_only:
        class_of()
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        notes = tmp / "notes.md"
        text = ""
        while text.count("\n") < 200:
            text += BLOCK
        notes.write_text(text)
        runs, cpus = [], []
        for _ in range(3):
            cpu = children_cpu()
            runs.append(wall(tutor + ["check", str(notes), "--format", "json"])[0])
            cpus.append(children_cpu() - cpu)
        print(f"200-line notes file ({text.count(chr(10))} lines), cold start: "
              f"median {statistics.median(runs):.2f} s wall, {statistics.median(cpus):.2f} s CPU "
              f"(target <= 1.5 s; on a busy machine the CPU figure is the steadier one)")
        throughput(tutor, tmp, args.files, args.only)
        if not args.skip_slow:
            slow_steps(tutor, tmp)

    from tutor import check_derivation

    lines = STEPS.splitlines()
    check_derivation(lines)
    times = []
    for _ in range(15):
        start = time.perf_counter()
        check_derivation(lines)
        times.append(time.perf_counter() - start)
    print(f"20-step derivation warm: {quantiles(times)} (target median <= 200 ms)")
    class_of()


if __name__ == "__main__":
    main()
