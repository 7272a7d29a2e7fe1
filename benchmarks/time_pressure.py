"""False alarms on a slow machine: the notes corpus checked with every time limit cut to a
fraction of itself (tutor.budget), as a busy CI host or an old laptop would cut it.

A time limit may turn a verdict into `unchecked`, never into `error`: an error needs a witness,
and one found by ruling alternatives out needs every alternative tried to its end. Prints, per
scale, the steps, verdicts, right lines flagged (false alarms: must be 0) and planted mistakes
found, with the seconds it took.

    python benchmarks/time_pressure.py [--scales 1,0.3,0.1,0.03] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import tutor
import tutor.budget as budget
from tutor.api import clear_caches
from tutor.notes.documents import read_document

FLAGGED = ("error", "warning")


@contextmanager
def limits_scaled(scale: float):
    """Every deadline and attempt of tutor.budget given `scale` times its seconds."""
    real = budget._alarm

    @contextmanager
    def scaled(seconds: float, own):
        with real(seconds * scale, own):
            yield

    budget._alarm = scaled
    try:
        yield
    finally:
        budget._alarm = real


def run(corpus: Path, scale: float) -> tuple[Counter, list]:
    key = tomllib.loads((corpus / "key.toml").read_text(encoding="utf-8"))
    counts, alarms = Counter(), []
    clear_caches()  # no verdict of a roomier run carried over
    with limits_scaled(scale):
        for name in sorted(key):
            wrong = set(key[name]["wrong"])
            report = tutor.check_document(str(corpus / name))
            firsts = {cell: first for first, cell in read_document(corpus / name).cells}
            for step in report.steps:  # a notebook's lines counted as the key counts them
                step.line += firsts[step.cell] - 1 if name.endswith(".ipynb") else 0
            found = set()
            for step in report.steps:
                counts[step.verdict] += 1
                if step.verdict in FLAGGED and step.line in wrong:
                    found.add(step.line)
                elif step.verdict in FLAGGED:
                    alarms.append((name, step.line, step.message))
            counts["planted"] += len(wrong)
            counts["found"] += len(found)
    return counts, alarms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,0.3,0.1,0.03")
    parser.add_argument("--corpus", default="tests/data/notes_corpus")
    args = parser.parse_args()
    print(f"{'scale':>6} {'seconds':>8} {'ok':>6} {'unchecked':>10} {'error':>6} "
          f"{'false alarms':>13} {'found':>9}")
    failed = False
    for scale in (float(s) for s in args.scales.split(",")):
        started = time.perf_counter()
        counts, alarms = run(Path(args.corpus), scale)
        print(f"{scale:>6} {time.perf_counter() - started:>8.1f} {counts['ok']:>6} "
              f"{counts['unchecked']:>10} {counts['error']:>6} {len(alarms):>13} "
              f"{counts['found']:>4}/{counts['planted']:<4}", flush=True)
        for name, line, message in alarms:
            print(f"    false alarm: {name}:{line}: {message}", file=sys.stderr)
        failed |= bool(alarms)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
