"""A finite sum written with `…` (1 + 2 + 3 + … + 100, 1/6·1 + 1/6·2 + … + 1/6·6) read as
the sum it stands for, when its terms show the rule: one pattern whose numbers step evenly.

The terms are taken in written order (the reader keeps it in an unevaluated sum): those
before `…` are alike but for some numbers, which step evenly from term to term (1, 2, 3: by
1), and the one term after it (100, or a letter such as n) is where the run ends, a whole
number of steps on. Three terms before `…` fix the rule; with two (1 + 2 + … + 64: counting,
or doubling?) the reading only confirms. A `…` at the end (1 + 2 + 3 + …) is a series: not
read here.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor.indices import split_name
from tutor.model import Verdict
from tutor.names import ELLIPSIS

MAX_TERMS = 40  # terms written around one `…`
MAX_COUNT = 10_000  # terms a numeric run may stand for (1 + 2 + … + 10000)


@dataclass
class Spelled:
    """An expression with its `…` sums read (`expr`), and whether each reading is fixed by
    three terms or more (`firm`); `runs` says how they were read, for the verdict's method."""

    expr: sp.Expr
    firm: bool
    runs: list[str]


def spelled_out(expr) -> Spelled | None:
    """`expr` with every sum `t1 + t2 + … + tN` whose rule its terms show replaced by the
    Sum it stands for; None when it has no `…` or a `…` stays unread."""
    if not isinstance(expr, sp.Expr) or not expr.has(ELLIPSIS):
        return None
    runs, firm = [], [True]

    def read(node):
        if not (isinstance(node, (sp.Add, sp.Mul)) and ELLIPSIS in node.args):
            return node
        run = _run(node)
        if run is None:
            return node
        total, listed, shown = run
        if isinstance(node, sp.Mul):  # a_1 a_2 … a_n: the product of the run
            total = sp.Product(total.function, *total.limits)
        firm[0] = firm[0] and listed >= 3
        runs.append(shown)
        return total

    done = _bottom_up(expr, read)
    if done.has(ELLIPSIS):
        return None
    return Spelled(done, firm[0], runs)


def runs_read(expr, firm: bool = False):
    """`expr` with its `…` sums read as the sums of their runs (`expr` itself when it has no
    `…`); None when a `…` stays unread, or, with `firm`, when a run is read from two terms."""
    if not isinstance(expr, sp.Basic) or not expr.has(ELLIPSIS):
        return expr
    spelled = spelled_out(expr)
    return None if spelled is None or firm and not spelled.firm else spelled.expr


def _bottom_up(expr, change):
    if not expr.args:
        return change(expr)
    args = [_bottom_up(a, change) for a in expr.args]
    rebuilt = expr if all(x is y for x, y in zip(args, expr.args, strict=True)) else expr.func(
        *args, evaluate=False) if isinstance(expr, (sp.Add, sp.Mul, sp.Pow)) else expr.func(*args)
    return change(rebuilt)


def _run(node: sp.Add):
    """(the Sum, how many terms stand before `…`, how it was read) of a sum written
    `t1 + t2 + … + tN` (its terms in written order: one term after `…`), or None when its
    terms show no single rule."""
    terms = list(node.args)
    if terms.count(ELLIPSIS) != 1 or terms.index(ELLIPSIS) != len(terms) - 2 or not (
            3 <= len(terms) <= MAX_TERMS):
        return None
    del terms[-2]
    terms = _powers_written(_entries_written(terms))  # 1 + x + x^2 + …: x^0 + x^1 + x^2 + …
    if len(terms) == 2:  # 1·(1/6) + … + 6·(1/6): only its ends
        return _run_between_ends(*terms)
    listed = terms[:-1]
    leaves = [_numbers(t) for t in listed]
    if None in leaves or len({_shape(t) for t in listed}) != 1:
        return None
    varying = [p for p in range(len(leaves[0])) if len({x[p] for x in leaves}) > 1]
    if not varying or any(not x[p].is_Integer for x in leaves for p in varying):
        return None
    last = _aligned(listed[0], terms[-1], set(varying))  # its numbers: x^n, x^{n-1}, 100
    steps = _steps(leaves, varying)
    if last is None or steps is None:
        return None
    return _closed(listed[0], leaves[0], last, varying, len(listed), steps)


def _run_between_ends(first_term, last_term):
    """The run from one term to another of its shape whose whole numbers differ by the same
    count (1·(1/6) … 6·(1/6): k/6 for k = 1 … 6), stepping by 1; a reading that only
    confirms (one term listed); None when the ends show no such run."""
    first = _numbers(first_term)
    last = _aligned(first_term, last_term, set(range(len(first or []))))
    if first is None or last is None:
        return None
    varying = [p for p, (a, b) in enumerate(zip(first, last, strict=True)) if a != b]
    if not varying or any(not (first[p].is_Integer and (last[p].is_Integer or isinstance(
            last[p], sp.Symbol))) for p in varying):  # x_1 + … + x_n: up to n
        return None
    steps = [sp.Integer(1) if not last[p].is_Integer or last[p] > first[p] else sp.Integer(-1)
             for p in varying]
    return _closed(first_term, first, last, varying, 1, steps)


def _powers_written(terms: list) -> list:
    """Terms that are powers of one letter with a bare `x` or `1` among them written as the
    powers they are (x as x^1, 1 as x^0), so that the terms share a shape."""
    bases = {t.base for t in terms if isinstance(t, sp.Pow) and t.exp.is_Integer}
    if len(bases) != 1 or not isinstance(base := bases.pop(), sp.Symbol):
        return terms
    return [sp.Pow(base, 1, evaluate=False) if t == base else
            sp.Pow(base, 0, evaluate=False) if t == 1 else t for t in terms]


def _entries_written(terms: list) -> list:
    """Names with one subscript written as entries of their family (x_1 + x_2 + … + x_n:
    x[1] + x[2] + … + x[n]), so that the subscripts step as numbers do; the judge reads an
    x_1 elsewhere as x[1] too (tutor.judge.conventions.linked_indices)."""
    entries = {}
    for term in terms:
        for s in term.free_symbols:
            split = split_name(s)
            if split is not None and len(split[1]) == 1:
                entries[s] = sp.Indexed(sp.IndexedBase(sp.Symbol(split[0])), split[1][0])
    return [t.xreplace(entries) for t in terms] if entries else terms


def _aligned(template, term, varying: set) -> list | None:
    """The values in `term` at the leaves of `template` (in tree order): at a varying leaf any
    expression (n, n - 1, 100), elsewhere the same leaf; None when the trees differ."""
    found: list = []

    def walk(a, b) -> bool:
        if not a.args:
            if len(found) not in varying and a != b:
                return False
            found.append(b)
            return True
        return a.func == b.func and len(a.args) == len(b.args) and all(
            walk(x, y) for x, y in zip(a.args, b.args, strict=True))

    return found if walk(template, term) else None


def _steps(leaves, varying) -> list | None:
    """The step of each varying number when the terms step evenly (by a whole number other
    than 0, the same for the whole run); else None."""
    steps = []
    for p in varying:
        values = [x[p] for x in leaves]
        gaps = {b - a for a, b in zip(values, values[1:], strict=False)}
        if len(gaps) != 1:
            return None
        step = gaps.pop()
        if not step.is_Integer or step == 0:
            return None
        steps.append(step)
    return steps


def _closed(first_term, first: list, last: list, varying: list, listed: int, steps: list):
    """The Sum over j = 0 … J of the first term with its numbers moved j steps, J the steps to
    the last term (the same for every varying number, a whole number past the listed ones, or
    a letter's expression)."""
    counts = {sp.simplify((last[p] - first[p]) / s) for p, s in zip(varying, steps,
                                                                    strict=True)}
    if len(counts) != 1:
        return None
    count = counts.pop()
    if count.is_number and not (count.is_Integer and listed <= count <= MAX_COUNT):
        return None
    if not count.is_number and (count.free_symbols & first_term.free_symbols
                                or not count.is_polynomial()):
        return None
    j = sp.Dummy("j", integer=True, nonnegative=True)
    step_of = dict(zip(varying, steps, strict=True))
    term = _with_numbers(first_term, [v + step_of[p] * j if p in step_of else v
                                      for p, v in enumerate(first)])
    k, p0 = sp.Symbol("k"), varying[0]
    general = _with_numbers(first_term, [
        k if p == p0 else v + step_of[p] * (k - first[p0]) / step_of[p0] if p in step_of
        else v for p, v in enumerate(first)])
    shown = (f"{_plain(general)} for k = {first[p0]}, {first[p0] + step_of[p0]}, …, "
             f"{_plain(last[p0])}")
    return sp.Sum(term, (j, 0, count)), listed, shown


def _numbers(term) -> list | None:
    """The integers and letters at the leaves of a term, in the order of its tree; None for a
    term with a float or another special number."""
    found = []
    for node in sp.preorder_traversal(term):
        if not node.args:
            if isinstance(node, sp.Float) or node.is_number and not node.is_Integer:
                return None
            found.append(node if node.is_Integer or isinstance(node, sp.Symbol) else None)
    return None if None in found else found


def _shape(term) -> str:
    """The term's tree with its leaves blanked: terms of one run share it."""
    if not term.args:
        return "_"
    return f"{term.func.__name__}({','.join(_shape(a) for a in term.args)})"


def _with_numbers(term, numbers: list):
    """`term` with its leaves replaced, in tree order, by `numbers`."""
    place = iter(numbers)

    def rebuild(node):
        if not node.args:
            return next(place)
        args = [rebuild(a) for a in node.args]
        return node.func(*args)

    return rebuild(term)


def compare_spelled(a, b, compare) -> Verdict | None:
    """`compare(a, b)` with the `…` sums of both sides read (see `spelled_out`); None when a
    side holds a `…` that is not read or none does. With two terms before a `…` the reading
    only confirms: a difference then is no refutation."""
    read = [spelled_out(x) for x in (a, b)]
    if all(r is None for r in read) or any(
            r is None and x.has(ELLIPSIS) for r, x in zip(read, (a, b), strict=True)):
        return None
    a, b = (x if r is None else r.expr for r, x in zip(read, (a, b), strict=True))
    runs = "; ".join(run for r in read if r for run in r.runs)
    verdict = compare(a, b)
    if verdict.status == "equal":
        return Verdict("equal", f"{verdict.method}, with … read as the run of its terms "
                                f"({runs})")
    if verdict.status == "not_equal" and not all(r.firm for r in read if r):
        return Verdict("unknown", reason=f"with under three terms before …, its run is not "
                                         f"sure ({runs}): write three")
    return verdict


def _plain(expr) -> str:
    return sp.sstr(expr).replace("**", "^").replace("*", "·")
