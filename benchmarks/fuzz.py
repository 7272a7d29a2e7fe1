"""Fuzz the public API (parse, compare, check_derivation, check_document) with generated inputs."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from fuzzing.cases import BUDGET, SLACK, Outcome
from fuzzing.generators import FAMILIES, generate, make_case
from fuzzing.report import print_report
from fuzzing.runner import Progress, run_cases
from fuzzing.worker import call_api


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Fuzz tutor's public API with generated inputs.")
    ap.add_argument("--count", type=int, default=100_000, help="inputs to run (default 100000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    ap.add_argument("--families", default=",".join(FAMILIES),
                    help=f"comma-separated subset of {','.join(FAMILIES)}")
    ap.add_argument("--budget", type=float, default=BUDGET, help="seconds per step (default 0.5)")
    ap.add_argument("--json", metavar="FILE", help="write the report as JSON")
    ap.add_argument("--case", type=int, metavar="INDEX",
                    help="run one case in this process and show its full traceback")
    args = ap.parse_args(argv)
    args.families = [f.strip() for f in args.families.split(",") if f.strip()]
    unknown = [f for f in args.families if f not in FAMILIES]
    if unknown or not args.families:
        ap.error(f"unknown families {unknown}; choose from {', '.join(FAMILIES)}")
    if args.count < 0 or args.jobs < 1 or args.budget <= 0:
        ap.error("--count must be >= 0, --jobs >= 1 and --budget > 0")
    return args


def _replay(args: argparse.Namespace) -> int:
    case = make_case(args.case, args.seed, args.families)
    print(f"#{case.index} ({case.family}): {case.show(None)}")
    with tempfile.TemporaryDirectory() as scratch:
        start = time.perf_counter()
        try:
            print(call_api(case, args.budget, scratch))
        except Exception:  # noqa: BLE001 - showing it is the point
            traceback.print_exc()
        print(f"{time.perf_counter() - start:.3f} s")
    return 0


def _progress(total: int) -> Progress:
    start, every = time.monotonic(), max(100, total // 50)

    def show(outcomes: list[Outcome]) -> None:
        done = len(outcomes)
        if done % every and done != total:
            return
        spent = time.monotonic() - start
        crashes = sum(o.crashed for o in outcomes[-every:])
        print(f"{done}/{total} in {spent:.0f} s, about {spent / done * (total - done):.0f} s left"
              f" ({crashes} tracebacks in the last {every})", file=sys.stderr, flush=True)

    return show


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")  # one thread per worker: --jobs decides the parallelism
    if args.case is not None:
        return _replay(args)
    start = time.monotonic()
    cases = generate(args.count, args.seed, args.families)
    outcomes, leftovers = run_cases(cases, jobs=args.jobs, budget=args.budget,
                                    progress=_progress(args.count))
    report = print_report(outcomes, leftovers, time.monotonic() - start)
    if args.json:
        settings = {"count": args.count, "seed": args.seed, "jobs": args.jobs,
                    "budget": args.budget, "slack": SLACK, "families": args.families}
        Path(args.json).write_text(json.dumps({"settings": settings, **report}, indent=1,
                                              ensure_ascii=False) + "\n", encoding="utf-8")
    bad = report["tracebacks"] or report["overruns"] or report["created_files"] or leftovers
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
