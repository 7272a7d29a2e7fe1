"""Soundness of tutor.compare on generated pairs of known truth: any false verdict fails.

    python benchmarks/soundness.py [--seed S] [--per-family N] [--family NAME ...]
                                   [--show-false] [--json PATH] [--budget SECONDS]

Issue 11, "never wrong". Each family (benchmarks/soundgen/, 40 of them) makes pairs of texts
from a seeded random.Random: an identity rewritten (truth "equal"), the classic mistake beside
it (truth "different"), or two sides that agree wherever both are defined while one is
undefined somewhere (truth "domain": `sqrt(x)sqrt(x)` vs `sqrt(x^2)`, `2 ln x` vs `ln(x^2)`;
"equal" or "unknown" is right, "not_equal" is false since no real point tells them apart),
or an equation beside its roots written as rounded decimals (truth "rounded": `e^x = 3` and
`x = 1.099`; "not_equal" is a false alarm, each decimal being a root rounded half up).

How truth is established, independently of tutor (only tutor.compare and tutor.ParseError are
used): the generator knows it by construction, and writes each side twice, as text and as a
Python function over mpmath, built together (never by reading the text). Every pair is then
re-checked at 60 digits: an identity must agree at ~20 points of its stated domain (and
where the generator expects trouble: integers, half-integers, breakpoints), a mistake must
differ at one of the generator's witness points (in the region where the two differ: beyond C
for min(x, C), inside the bump, at x = 1/(4K) for sin(K pi x)). Sums with a symbolic n are
checked at n = 1..6 with random x_i; derivatives by mpmath.diff; limits at 150 digits near the
limit point; equations by solution sets (a witness satisfies one equation and not the other).
Decimals follow the rule the engine documents, "to the precision written": a value equals a
decimal with k places when it lies strictly within half a unit of the last place (a tie, 0.35
vs 0.3, is different). Empty ranges mean what a learner means: an empty sum is 0 and an empty
product 1 (not Karr's convention). Odd roots of negatives are real: (-8)^(1/3) = -2.
A pair whose mpmath check disagrees with its construction is a generator bug: dropped and
counted under "rejects".

A false verdict is "equal" for a different pair ("false eq") or "not_equal" for an equal or
domain pair ("false ne"); "unknown" is never false. A ParseError is counted apart ("parse"):
a benchmark bug or unsupported notation, not a false verdict. Exit code 1 if any verdict is
false, so the benchmark can gate.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from soundgen import FAMILIES, Pair, generate  # noqa: E402

from tutor import ParseError, compare  # noqa: E402

FALSE = {"equal": "not_equal", "different": "equal", "domain": "not_equal",
         "rounded": "not_equal"}   # rounded: a root written as a rounded decimal
PER_FAMILY = 200  # 36 families: 7,200 pairs


def judge(pair: Pair, budget: float = 2.0) -> dict:
    """Run compare on the pair: status, outcome (ok/false/unknown/parse/crash), time."""
    started = time.perf_counter()
    try:
        verdict = compare(pair.a, pair.b, pair.assume, budget=budget)
    except ParseError as exc:
        return {"outcome": "parse", "status": "parse error", "reason": str(exc),
                "ms": 1000 * (time.perf_counter() - started)}
    except Exception as exc:  # noqa: BLE001 - a crash is reported, not raised
        return {"outcome": "crash", "status": "crash", "reason": f"{type(exc).__name__}: {exc}",
                "ms": 1000 * (time.perf_counter() - started)}
    ms = 1000 * (time.perf_counter() - started)
    outcome = ("false" if verdict.status == FALSE[pair.truth]
               else "unknown" if verdict.status == "unknown" else "ok")
    return {"outcome": outcome, "status": verdict.status, "method": verdict.method,
            "reason": verdict.reason, "witness": verdict.witness, "ms": ms}


def record(pair: Pair, result: dict) -> dict:
    return {"family": pair.family, "template": pair.note, "a": pair.a, "b": pair.b,
            "assume": list(pair.assume), "truth": pair.truth, **result}


def run_family(name: str, count: int, seed: int, budget: float) -> tuple[dict, list[dict]]:
    """One family's row of the table, and the records of its pairs."""
    pairs, rejected = generate(name, count, seed)
    records = [record(p, judge(p, budget)) for p in pairs]
    return summarize(name, records, len(rejected)), records


def summarize(name: str, records: list[dict], rejects: int = 0) -> dict:
    times = [r["ms"] for r in records] or [0.0]
    outcomes = Counter(r["outcome"] for r in records)
    false = [r for r in records if r["outcome"] == "false"]
    return {"family": name, "pairs": len(records), "rejects": rejects,
            "false_equal": sum(r["status"] == "equal" for r in false),
            "false_not_equal": sum(r["status"] == "not_equal" for r in false),
            "unknown": outcomes["unknown"], "parse": outcomes["parse"],
            "crash": outcomes["crash"], "median_ms": statistics.median(times),
            "p90_ms": percentile(times, 0.9)}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


HEADER = (f"{'family':<16} {'pairs':>5} {'rejects':>7} {'false eq':>8} {'false ne':>8} "
          f"{'unknown':>13} {'parse':>5} {'crash':>5} {'median ms':>9} {'p90 ms':>8}")


def row_text(row: dict) -> str:
    share = 100 * row["unknown"] / row["pairs"] if row["pairs"] else 0.0
    unknown = f"{row['unknown']} ({share:.1f}%)"
    return (f"{row['family']:<16} {row['pairs']:>5} {row['rejects']:>7} "
            f"{row['false_equal']:>8} {row['false_not_equal']:>8} {unknown:>13} "
            f"{row['parse']:>5} {row['crash']:>5} {row['median_ms']:>9.1f} "
            f"{row['p90_ms']:>8.1f}")


def show_false(records: list[dict]) -> None:
    """Every false verdict, then how many per family and template (the mechanisms)."""
    false = [r for r in records if r["outcome"] == "false"]
    for r in false:
        given = f"   given {', '.join(r['assume'])}" if r["assume"] else ""
        print(f"[{r['family']}: {r['template']}] {r['a']}  ~  {r['b']}{given}\n"
              f"    truth {r['truth']}, verdict {r['status']}: {r['method'] or ''}"
              f"{'; ' + r['reason'] if r['reason'] else ''}"
              f"{'; witness ' + str(r['witness']) if r['witness'] else ''}")
    groups = Counter((r["family"], r["template"], r["status"]) for r in false)
    if groups:
        print("\nfalse verdicts by template:")
    for (family, template, status), n in sorted(groups.items(), key=lambda kv: -kv[1]):
        print(f"  {n:5d}  {family}: {template} -> {status}")


def show_parse_errors(records: list[dict]) -> None:
    by_template = defaultdict(list)
    for r in records:
        if r["outcome"] in ("parse", "crash"):
            by_template[(r["family"], r["template"])].append(r)
    for (family, template), rs in by_template.items():
        print(f"  {len(rs):5d}  {family}: {template}: {rs[0]['a']!r} ~ {rs[0]['b']!r}: "
              f"{rs[0]['reason']}")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Soundness of tutor.compare on generated pairs "
                                             "of known truth (exit 1 on any false verdict).")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-family", type=int, default=PER_FAMILY, metavar="N",
                    help=f"pairs per family (default {PER_FAMILY}: "
                         f"{PER_FAMILY * len(FAMILIES)} in all)")
    ap.add_argument("--family", action="append", metavar="NAME",
                    help=f"only this family (repeatable): {', '.join(FAMILIES)}")
    ap.add_argument("--show-false", action="store_true",
                    help="print every false verdict (a, b, truth, verdict, reason)")
    ap.add_argument("--budget", type=float, default=2.0, help="compare's budget per pair")
    ap.add_argument("--json", metavar="PATH", help="write rows and false verdicts as JSON")
    args = ap.parse_args(argv)
    unknown = [f for f in args.family or () if f not in FAMILIES]
    if unknown:
        ap.error(f"unknown families {unknown}; choose from {', '.join(FAMILIES)}")
    if args.per_family < 1:
        ap.error("--per-family must be >= 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    started = time.perf_counter()
    rows, records = [], []
    print(HEADER)
    for name in args.family or FAMILIES:
        row, recs = run_family(name, args.per_family, args.seed, args.budget)
        rows.append(row)
        records += recs
        print(row_text(row), flush=True)
    total = summarize("TOTAL", records, sum(r["rejects"] for r in rows))
    print("-" * len(HEADER))
    print(row_text(total))
    elapsed = time.perf_counter() - started
    print(f"\n{len(records)} pairs in {len(rows)} families, seed {args.seed}, "
          f"{elapsed:.0f} s")
    if any(r["outcome"] in ("parse", "crash") for r in records):
        print("\nparse errors and crashes (benchmark bugs or unsupported notation):")
        show_parse_errors(records)
    if args.show_false:
        print()
        show_false(records)
    if args.json:
        false = [{k: v for k, v in r.items() if k != "ms"} for r in records
                 if r["outcome"] == "false"]
        Path(args.json).write_text(json.dumps({"seed": args.seed, "rows": rows,
                                               "total": total, "seconds": elapsed,
                                               "false": false}, indent=1, default=str))
    return 1 if total["false_equal"] or total["false_not_equal"] else 0


if __name__ == "__main__":
    sys.exit(main())
