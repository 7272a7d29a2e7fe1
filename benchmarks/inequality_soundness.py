"""Soundness of inequality comparison and claims on generated cases whose truth is known.

    python benchmarks/inequality_soundness.py [--count N] [--seed S] [--show-false]

Families (truth by construction, never by the engine under test):
- linear: a·x + b < c against x < k or x > k (the sign of a decides), ≤ against <, k moved;
- quadratic: (x - r)(x - s) < 0 against r < x < s, its closed form, a moved end;
- absolute: |x - m| < r against m - r < x < m + r, and against the closed interval;
- claims: (x - r)² + c ≥ d holds iff c ≥ d; strict > with c = d fails at x = r;
- two-variable claims: x² + y² ≥ k·x·y holds iff |k| ≤ 2 (strict > fails at x = y = 0).
A verdict opposite to the truth is false; "unknown"/"unchecked" is a miss. Exits 1 on any false.
"""

from __future__ import annotations

import argparse
import random
import sys
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tutor.api import compare, read_object  # noqa: E402
from tutor.judge.equivalence import check_inequality  # noqa: E402

FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}


def _q(value: Fraction) -> str:
    return f"({value.numerator}/{value.denominator})" if value.denominator != 1 else \
        f"({value.numerator})"


def linear(rng: random.Random):
    a = rng.choice([k for k in range(-6, 7) if k])
    b, c = rng.randint(-9, 9), rng.randint(-9, 9)
    op = rng.choice(["<", "<=", ">", ">="])
    k = Fraction(c - b, a)
    right = op if a > 0 else FLIP[op]
    kind = rng.choice(["right", "flipped", "strictness", "moved"])
    if kind == "right":
        return f"{a} x + ({b}) {op} {c}", f"x {right} {_q(k)}", "equal"
    if kind == "flipped":
        return f"{a} x + ({b}) {op} {c}", f"x {FLIP[right]} {_q(k)}", "not_equal"
    if kind == "strictness":
        other = {"<": "<=", "<=": "<", ">": ">=", ">=": ">"}[right]
        return f"{a} x + ({b}) {op} {c}", f"x {other} {_q(k)}", "not_equal"
    return f"{a} x + ({b}) {op} {c}", f"x {right} {_q(k + rng.choice([-1, 1]))}", "not_equal"


def quadratic(rng: random.Random):
    r = rng.randint(-6, 5)
    s = r + rng.randint(1, 6)
    kind = rng.choice(["open", "closed", "mixed", "moved"])
    left = f"(x - ({r}))(x - ({s}))"
    if kind == "open":
        return f"{left} < 0", f"{r} < x < {s}", "equal"
    if kind == "closed":
        return f"{left} \\le 0", f"{r} \\le x \\le {s}", "equal"
    if kind == "mixed":
        return f"{left} < 0", f"{r} \\le x < {s}", "not_equal"
    return f"{left} < 0", f"{r} < x < {s + 1}", "not_equal"


def absolute(rng: random.Random):
    m, r = rng.randint(-5, 5), rng.randint(1, 5)
    if rng.random() < 0.5:
        return f"|x - ({m})| < {r}", f"{m - r} < x < {m + r}", "equal"
    return f"|x - ({m})| < {r}", f"{m - r} \\le x \\le {m + r}", "not_equal"


def claim(rng: random.Random):
    r, c, d = rng.randint(-4, 4), rng.randint(-3, 3), rng.randint(-3, 3)
    if rng.random() < 0.3:
        return f"(x - ({r}))^2 + ({c}) > {c}", None, "not_equal"  # fails at x = r
    return f"(x - ({r}))^2 + ({c}) \\ge {d}", None, "equal" if c >= d else "not_equal"


def two_variables(rng: random.Random):
    k = Fraction(rng.randint(-30, 30), 10)
    if rng.random() < 0.25:  # strict: fails at x = y = 0 whatever k is
        return f"x^2 + y^2 > {_q(k)} x y", None, "not_equal"
    return f"x^2 + y^2 \\ge {_q(k)} x y", None, "equal" if abs(k) <= 2 else "not_equal"


FAMILIES = {"linear": linear, "quadratic": quadratic, "absolute": absolute, "claim": claim,
            "two_variables": two_variables}
OPPOSITE = {"equal": "not_equal", "not_equal": "equal"}


def verdict_of(a: str, b: str | None):
    if b is not None:
        return compare(a, b)
    relation, _ = read_object(a)
    return check_inequality(relation.lhs, relation.rel_op, relation.rhs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=60, help="cases per family")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--show-false", action="store_true")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    false = 0
    for name, make in FAMILIES.items():
        tally = {"right": 0, "missed": 0, "false": 0}
        for _ in range(args.count):
            a, b, truth = make(rng)
            status = verdict_of(a, b).status
            outcome = "right" if status == truth else (
                "false" if OPPOSITE[truth] == status else "missed")
            tally[outcome] += 1
            if outcome == "false" and args.show_false:
                print(f"FALSE {name}: {a} | {b} -> {status}, truth {truth}")
        false += tally["false"]
        print(f"{name:14} right {tally['right']:4}  missed {tally['missed']:4}  "
              f"false {tally['false']}")
    return 1 if false else 0


if __name__ == "__main__":
    sys.exit(main())
