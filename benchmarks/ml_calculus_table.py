"""Count how many rows of the inequalities-and-partials table (issue 14) tutor gets right.

    python benchmarks/ml_calculus_table.py [--show]

Each row of tests/ml_calculus_cases.py is run once: a pair through tutor.compare, a derivation
through tutor.check_derivation (its last step). A row is "right" when the verdict (and the
diagnosis code, when the row names one) is the expected one; "false" when it is confidently the
opposite of the truth (equal for not_equal and the reverse; ok for error and the reverse); a
parse error or an undecided verdict is "missed" (a refusal is right where "unknown" is
expected). Exits 1 on any false verdict.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from ml_calculus_cases import PAIRS, STEPS  # noqa: E402

from tutor.api import compare  # noqa: E402
from tutor.derive.incremental import check_derivation  # noqa: E402
from tutor.errors import ParseError  # noqa: E402

OPPOSITE = {"equal": "not_equal", "not_equal": "equal", "ok": "error", "error": "ok"}


def pair_outcome(row) -> tuple[str, str]:
    """(right | false | missed, what tutor said) for one pair."""
    try:
        verdict = compare(row.a, row.b, row.assume)
    except ParseError as exc:  # a refusal: right where the honest answer is "unknown"
        return ("right" if row.expect == "unknown" else "missed"), f"parse error: {exc.message}"
    said = verdict.status
    detail = f"{said} ({verdict.method or verdict.reason})"
    if said == row.expect:
        return "right", detail
    return ("false" if OPPOSITE.get(row.expect) == said else "missed"), detail


def steps_outcome(row) -> tuple[str, str]:
    """(right | false | missed, what tutor said) for the last step of one derivation."""
    results = check_derivation(list(row.lines), assume=row.assume)
    if not results:
        return "missed", "no step"
    last = results[-1]
    detail = f"{last.verdict} {last.code or ''} ({last.message})"
    if last.verdict == row.verdict and (row.code is None or row.code == last.code):
        return "right", detail
    return ("false" if OPPOSITE.get(row.verdict) == last.verdict else "missed"), detail


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every row that is not right")
    args = parser.parse_args(argv)
    counts = {"right": 0, "false": 0, "missed": 0}
    for rows, run in ((PAIRS, pair_outcome), (STEPS, steps_outcome)):
        for row in rows:
            outcome, detail = run(row)
            counts[outcome] += 1
            if args.show and outcome != "right":
                print(f"{outcome:6} {row.id}\n       -> {detail}")
    total = sum(counts.values())
    print(f"rows {total}: right {counts['right']}, missed {counts['missed']}, "
          f"false {counts['false']}")
    return 1 if counts["false"] else 0


if __name__ == "__main__":
    sys.exit(main())
