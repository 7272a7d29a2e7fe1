"""How many of sympy's own LaTeX test pairs our reader reads to the same meaning.

Run: python benchmarks/sympy_latex_pairs.py [--show] [--category NAME]

The pairs (LaTeX text, expected sympy object) are sympy's: `sympy/parsing/tests/test_latex_lark.py`
in the installed sympy, imported as the module it is (sympy's own trusted source; nothing of it is
copied here). Each text is read with `tutor.parse`; the judge (`tutor.judge.equivalence.compare`)
decides whether the reading means what sympy expects. Outcomes:

- same: the judge proves or samples them equal;
- wrong: read, but to another meaning (these matter most: a wrong reading becomes a confident
  false verdict);
- refused: our reader raised ParseError (a refusal is sound);
- unknown: read, but the judge could not decide;
- convention: read by a documented convention of ours that differs from sympy's on purpose:
  `\\overline{x}` is a name (x̄, the mean of x in the notes we read), never the complex conjugate
  (all our variables are real). Listed with --show, never counted as the same.

sympy's pair `\\pi^{|xy|}` expects a Symbol named pi (a pair sympy's own test skips as an
expected failure); \\pi is the number π here, so the expected side is read with π the number.

Names are compared by what they say, not by how each side spells them: sympy names `x_1`
`x_{1}` and `a'` `a'`, ours are `x_1` and `aʹ`; both are put in one spelling (braces, backslashes
and spaces dropped, primes one character) before comparing. A relation pair (`x < y`) reads the
same when the relation is the same and both of its sides do.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path

import sympy as sp
from sympy.core.function import AppliedUndef

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tutor.errors import ParseError  # noqa: E402
from tutor.judge.equivalence import compare  # noqa: E402
from tutor.model import Chain  # noqa: E402
from tutor.names import PRIME  # noqa: E402
from tutor.read.parser import parse  # noqa: E402
from tutor.vectors import matrix_literal  # noqa: E402

MODULE = "sympy.parsing.tests.test_latex_lark"
OUTCOMES = ("same", "wrong", "refused", "unknown", "convention")
RELATIONS = {sp.Eq: "=", sp.Ne: "!=", sp.Lt: "<", sp.Le: "<=", sp.Gt: ">", sp.Ge: ">="}


def locate() -> Path:
    """sympy's test file, found in the installed sympy (not copied into this repository)."""
    spec = importlib.util.find_spec("sympy")
    for folder in spec.submodule_search_locations or ():
        path = Path(folder) / "parsing" / "tests" / "test_latex_lark.py"
        if path.exists():
            return path
    raise SystemExit("sympy's parsing/tests/test_latex_lark.py is not installed")


def pairs() -> dict[str, list[tuple[str, object]]]:
    """Every list of (LaTeX, expected) pairs in sympy's test module, by list name."""
    locate()
    module = importlib.import_module(MODULE)
    return {name.removesuffix("_EXPRESSION_PAIRS").lower(): list(value)
            for name, value in vars(module).items()
            if name.endswith("_PAIRS") and isinstance(value, list)}


def _spelling(name: str) -> str:
    return "".join(ch for ch in name.replace("'", PRIME) if ch not in "{}\\ ")


def expected_pi(expr):
    """sympy's expected object with a Symbol named pi read as the number π."""
    return expr.xreplace({sp.Symbol("pi"): sp.pi}) if isinstance(expr, sp.Basic) else expr


def normalise(expr):
    """`expr` with every symbol and unknown function named in one spelling, no assumptions."""
    if isinstance(expr, bool) or not isinstance(expr, (sp.Basic, int, float)):
        return expr
    if isinstance(expr, int):
        return sp.Integer(expr)
    if isinstance(expr, float):
        return sp.Float(expr)
    names = {s: sp.Symbol(_spelling(s.name)) for s in expr.free_symbols
             if isinstance(s, sp.Symbol)}
    calls = {f: sp.Function(_spelling(f.func.__name__))(*f.args) for f in expr.atoms(AppliedUndef)}
    return expr.xreplace(calls).xreplace(names)


def as_literal(expected):
    """sympy's explicit matrix (or a matrix expression of explicit matrices, worked out) as
    our literal, which the judge takes; anything else as it is."""
    if isinstance(expected, sp.MatrixBase):
        return matrix_literal(expected.tolist())
    if isinstance(expected, sp.Basic) and expected.atoms(sp.ImmutableMatrix):
        explicit = expected.doit()  # Matrix(…)**2, (M + N).T: worked out
        if hasattr(explicit, "as_explicit"):
            explicit = explicit.as_explicit()
        if isinstance(explicit, sp.MatrixBase):
            return matrix_literal(explicit.tolist())
    return expected


def _same(ours, expected) -> str:
    verdict = compare(normalise(ours), normalise(as_literal(expected)), budget=5.0)
    return {"equal": "same", "not_equal": "wrong"}.get(verdict.status, "unknown")


def judge(text: str, expected) -> tuple[str, str]:
    """(outcome, how it was read) of one pair."""
    try:
        ours = parse(text, "latex")
    except ParseError as exc:
        return "refused", exc.message
    except Exception as exc:  # a crash is a finding: shown, counted as refused
        return "refused", f"CRASH {type(exc).__name__}: {exc}"
    expected = expected_pi(expected)
    if isinstance(expected, sp.Basic) and expected.has(sp.conjugate):
        return "convention", f"{ours} (\\overline is a name here, not the conjugate)"
    op = next((o for k, o in RELATIONS.items() if isinstance(expected, k)), None)
    if op is not None:
        if not (isinstance(ours, Chain) and len(ours.parts) == 2 and ours.links[0].op == op):
            return "wrong", f"not the relation {op}: {ours}"
        outcomes = [_same(p.expr, e) for p, e in zip(ours.parts, expected.args, strict=True)]
        worst = next((o for o in ("wrong", "unknown") if o in outcomes), "same")
        return worst, " ".join(str(p.expr) for p in ours.parts)
    if isinstance(ours, (Chain, list)):
        return "wrong", f"a relation or several statements: {ours}"
    try:
        return _same(ours, expected), str(ours)
    except Exception as exc:  # the expected object is nothing our judge takes (a matrix, a ket)
        return "unknown", f"{type(exc).__name__}: {exc}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every pair not read the same")
    parser.add_argument("--category", help="only this list (e.g. symbol, integral)")
    args = parser.parse_args(argv)
    totals: Counter = Counter()
    per: dict[str, Counter] = defaultdict(Counter)
    shown: list[str] = []
    for category, items in pairs().items():
        if args.category and category != args.category:
            continue
        for text, expected in items:
            outcome, read = judge(text, expected)
            totals[outcome] += 1
            per[category][outcome] += 1
            if outcome != "same":
                shown.append(f"{outcome:8} {category:32} {text!r}\n         expected {expected}"
                             f"\n         read     {read}")
    rows = [("category", OUTCOMES), *((c, [n[o] for o in OUTCOMES]) for c, n in per.items()),
            (f"total {sum(totals.values())}", [totals[o] for o in OUTCOMES])]
    for label, cells in rows:
        print(f"{label:34}" + "".join(f"{cell:>11}" for cell in cells))
    if args.show:
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
