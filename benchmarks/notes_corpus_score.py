"""Score `tutor check` on the notes corpus against its key: steps, verdicts, right steps ok, planted
mistakes found, false alarms; the documents written for issue 12 (15-18; 19-20, a second round;
21 on, a third round; 30 on, a fourth; 36 on, a fifth; 42 on, a sixth) apart from the rest.

Right steps: steps on lines without a planted mistake, definitions and conditions left out
(`f(x) = λe^{-λx}` and its `x ≥ 0`: nothing to check, no claim).

    python benchmarks/notes_corpus_score.py [CORPUS_DIR] [--json REPORT.json] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

import tutor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from document_steps import on_document_lines  # noqa: E402  (a notebook's lines as the key's)

HELD_OUT_FROM = 15  # files numbered 15 on were written before tuning on them
# (first document of a round, its group): each round's documents were scored before its tuning
ROUNDS = ((15, "new"), (19, "new2"), (21, "new3"), (30, "new4"), (36, "new5"), (42, "new6"),
          (48, "new7"), (54, "new8"), (60, "new9"), (66, "new10"), (72, "new11"),
         (78, "new12"), (84, "new13"), (90, "new14"), (96, "new15"), (102, "new16"),
          (106, "new17"), (112, "new18"), (118, "new19"), (124, "new20"),
          (130, "new22"))
GROUPS = ("old", *(group for _, group in ROUNDS))
FLAGGED = ("error", "warning")
NOT_CLAIMS = ("definition", "condition")  # a name defined, a domain said (x > 0): no claim


def _group(name: str) -> str:
    number = name.split("_", 1)[0]
    if not number.isdigit() or int(number) < HELD_OUT_FROM:
        return "old"
    return [group for first, group in ROUNDS if int(number) >= first][-1]


def score(corpus: Path) -> tuple[dict, list]:
    """Per group: counts of verdicts, right steps ok, planted mistakes found, false alarms."""
    key = tomllib.loads((corpus / "key.toml").read_text(encoding="utf-8"))
    table: dict[str, Counter] = {}
    rows = []
    for name in sorted(key):
        report = on_document_lines(corpus / name, tutor.check_document(str(corpus / name)))
        wrong = set(key[name]["wrong"])
        counts = table.setdefault(_group(name), Counter())
        counts["files"] += 1
        found = set()
        for step in report.steps:
            counts["steps"] += 1
            counts[step.verdict] += 1
            if step.method in NOT_CLAIMS:
                counts["definitions"] += 1
            elif step.line in wrong:
                found |= {step.line} if step.verdict in FLAGGED else set()
            else:
                counts["right steps"] += 1
                counts["right ok"] += step.verdict == "ok"
                counts["false alarms"] += step.verdict in FLAGGED
            rows.append((name, step.line, step.verdict, step.source, step.message))
        counts["planted"] += len(wrong)
        counts["found"] += len(found)
    return table, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="tests/data/notes_corpus")
    parser.add_argument("--show", action="store_true", help="print every step")
    args = parser.parse_args()
    table, rows = score(Path(args.corpus))
    if args.show:
        for row in rows:
            print(*row, sep=" | ")
    columns = ("files", "steps", "ok", "unchecked", "error", "warning", "parse_error",
               "right ok %", "found", "false alarms")
    print(" ".join(f"{c:>12}" for c in ("group", *columns)))
    for group, c in sorted(table.items(), key=lambda item: GROUPS.index(item[0])):
        c["right ok %"] = round(100 * c["right ok"] / max(c["right steps"], 1), 1)
        c["found"] = f"{c['found']}/{c['planted']}"
        print(" ".join(f"{str(v):>12}" for v in (group, *(c[k] for k in columns))))
    print(json.dumps({g: dict(c) for g, c in table.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
