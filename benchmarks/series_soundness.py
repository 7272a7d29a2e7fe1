"""Soundness of the truncated-series check: Taylor polynomials built independently (derivatives
at the point, f^(k)(a)/k!) are written as `… + O(x^n)`, `… + \\dots` or after ≈, right and with
one coefficient changed; a right one must never be not_equal, a changed one never equal.

    python benchmarks/series_soundness.py [--count N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

import sympy as sp

from tutor.judge.equivalence import compare
from tutor.model import Assumptions
from tutor.names import BIG_O, ELLIPSIS

X = sp.Symbol("x")
FUNCTIONS = [sp.exp(X), sp.sin(X), sp.cos(X), sp.log(1 + X), 1 / (1 - X), sp.sqrt(1 + X),
             1 / sp.sqrt(1 + X), sp.atan(X), sp.tan(X), sp.exp(-X ** 2), sp.sinh(X), sp.cosh(X),
             1 / (1 + sp.exp(-X)), sp.log(1 + sp.exp(X)), sp.exp(X) * sp.sin(X),
             (1 + X) ** sp.Rational(1, 3), sp.cos(2 * X), sp.exp(3 * X), X * sp.exp(X),
             sp.log(X), sp.sqrt(X), sp.exp(X) / (1 + X)]
POINTS = [0, 0, 0, 1, 2]


def taylor(f, a, n: int) -> list:
    """Coefficients by derivatives at the point (not by sympy's series)."""
    out, g = [], f
    for k in range(n):
        out.append(sp.nsimplify(sp.simplify(g.subs(X, a) / sp.factorial(k))))
        g = sp.diff(g, X)
    return out


def written(coeffs: list, a, rest: str):
    base = X - a if a != 0 else X
    terms = [sp.Mul(c, sp.Pow(base, k, evaluate=False), evaluate=False)
             for k, c in enumerate(coeffs) if c != 0]
    if rest == "O":
        terms.append(BIG_O(sp.Pow(base, len(coeffs), evaluate=False)))
    elif rest == "dots":
        terms.append(ELLIPSIS)
    return sp.Add(*terms, evaluate=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", action="store_true", help="print the right series left unknown")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    counts: Counter = Counter()
    started = time.monotonic()
    for _ in range(args.count):
        f, a = rng.choice(FUNCTIONS), rng.choice(POINTS)
        if f.subs(X, a).has(sp.zoo, sp.nan, sp.oo) or (a == 0 and f in (sp.log(X), sp.sqrt(X))):
            continue
        n, rest = rng.randint(2, 5), rng.choice(["O", "dots", "approx"])
        coeffs = taylor(f, a, n)
        right = written(coeffs, a, rest)
        verdict = compare(f, right, Assumptions(), approx=rest == "approx")
        counts[("right", verdict.status)] += 1
        if verdict.status == "unknown" and args.show:
            print("unknown:", f, "at", a, "~", right, verdict.reason)
        if verdict.status == "not_equal":
            print("FALSE not_equal:", f, "at", a, "~", right, verdict.reason)
        k = rng.randrange(n)
        changed = list(coeffs)
        deltas = [d for d in (1, -1, sp.Rational(1, 2), -2 * changed[k]) if d and changed[k] + d]
        changed[k] = changed[k] + rng.choice(deltas)  # never 0: a shorter series is right
        wrong = written(changed, a, rest)
        verdict = compare(f, wrong, Assumptions(), approx=rest == "approx")
        counts[("changed", verdict.status)] += 1
        if verdict.status == "equal":
            print("FALSE equal:", f, "at", a, "~", wrong, verdict.reason)
    for key in sorted(counts):
        print(*key, counts[key])
    false_ne, false_eq = counts[("right", "not_equal")], counts[("changed", "equal")]
    print(f"false not_equal {false_ne}, false equal {false_eq}, "
          f"{time.monotonic() - started:.0f} s")
    return 1 if false_ne or false_eq else 0


if __name__ == "__main__":
    raise SystemExit(main())
