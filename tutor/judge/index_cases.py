"""Claims with free indices (∂z_j/∂z_i, δ_ik, Σ_{k≠i}): judged in every case of equal indices.

A claim about z_i and z_k holds for every pair of indices, equal or not: ∂z_j/∂z_i is 1 when
j = i and 0 otherwise (the Kronecker delta δ_ij). So each way the free indices can coincide is
a case (for i, k: i = k and i ≠ k), and each case is checked with whole numbers put in for the
indices (i = 1, k = 2; then other numbers): the claim holds when it holds in every case, and
fails with a witness in the case where it fails. A free index of a family that a sum runs over
is taken to lie in the sum's range (∂/∂w_j Σ_{i=1}^n w_i x_i = x_j for j in 1..n): an unknown
upper bound n is then at least the largest index put in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp
from sympy.simplify.simplify import factor_sum

from tutor.errors import ParseError
from tutor.indices import entry, entry_of, index_derivatives, rename_bound, split_name
from tutor.judge.indexed import summed_deltas
from tutor.model import Assumptions, Verdict
from tutor.names import symbol
from tutor.trees import nodes_of

MAX_FREE = 3   # free indices split into cases (Bell(3) = 5 cases); more: unknown


def needs_cases(a, b) -> bool:
    """Whether the pair says something that depends on which free indices coincide."""
    for e in (a, b):
        if not isinstance(e, sp.Basic):
            return False
    try:
        a, b = index_derivatives(a), index_derivatives(b)
    except ParseError:
        return True  # x_i and x_{ij}: refused in compare_in_cases
    if any(_indexed_derivative(e) for e in (a, b)):
        return True
    return bool(_free_indices(a, b)) and any(
        e.has(sp.KroneckerDelta) or _index_test(e) for e in (a, b))


def _indexed_derivative(e) -> bool:
    """A derivative in an entry, or an entry given a value (|_{z_i = 0})."""
    return any(isinstance(v, sp.Indexed) for d in nodes_of(e, sp.Derivative) for v in d.variables) \
        or any(isinstance(v, sp.Indexed) for d in nodes_of(e, sp.Subs) for v in d.variables)


def _index_test(e) -> bool:
    """A piece of a sum that depends on an index being another (Σ_{k≠i})."""
    return any(isinstance(c, sp.Eq) for p in nodes_of(e, sp.Piecewise) for _, c in p.args)


def _free_indices(a, b) -> list:
    """Free symbols used as indices: in z[i], in δ_ik, in the test k = i of Σ_{k≠i}."""
    found = set()
    for e in (a, b):
        for x in nodes_of(e, sp.Indexed):
            for i in x.indices:
                found |= i.free_symbols
        for d in nodes_of(e, sp.KroneckerDelta):
            found |= d.free_symbols
        for p in nodes_of(e, sp.Piecewise):
            for _, c in p.args:
                if isinstance(c, sp.Eq):
                    found |= c.free_symbols
    free = a.free_symbols | b.free_symbols  # and ∂/∂z_i's i (sympy counts it bound)
    free |= {s for e in (a, b) for d in nodes_of(e, sp.Derivative) for v in d.variables
             for s in v.free_symbols}
    return sorted(found & free, key=lambda s: s.name)


def link_entries(a, b, free=()) -> tuple:
    """z_i and z_1 outside a sum are the entries z[i], z[1] of the z_j a sum runs over (or a
    derivative is taken in), with the same number of indices; so are x_j and x_1 when j is one
    of the `free` indices."""
    labels = {str(x.base.label): len(x.indices) for e in (a, b) for x in nodes_of(e, sp.Indexed)}
    for s in a.free_symbols | b.free_symbols:
        split = split_name(s)
        if split is not None and set(split[1]) & set(free):
            labels.setdefault(split[0], len(split[1]))
    subs = {}
    for s in a.free_symbols | b.free_symbols:
        split = split_name(s)
        split = entry_of(s, labels[split[0]]) if split and split[0] in labels else None
        if split is not None:
            subs[s] = entry(*split)
    return (a.xreplace(subs), b.xreplace(subs)) if subs else (a, b)


def compare_in_cases(a, b, assumptions: Assumptions,
                     compare: Callable[..., Verdict]) -> Verdict:
    """The verdict over every case of the free indices (`compare(a, b, assumptions)` judges
    one case)."""
    try:
        a, b = index_derivatives(a), index_derivatives(b)
    except ParseError as exc:
        return Verdict("unknown", reason=exc.message)
    a, b = link_entries(a, b)
    free = _free_indices(a, b)
    a, b = link_entries(a, b, free)
    if len(free) > MAX_FREE:
        return Verdict("unknown", reason=f"{len(free)} free indices: too many cases to check")
    a, b = rename_bound(a, set(free)), rename_bound(b, set(free))
    written = _written_entries(a, b)
    verdicts, outside = [], None
    apart = [r for r in assumptions.relations if isinstance(r, sp.Ne)
             and set(r.args) <= set(free)]  # k ≠ i given
    same = [r for r in assumptions.relations if isinstance(r, sp.Eq)
            and set(r.args) <= set(free)]  # `…, i = j` said beside the claim
    assumptions = Assumptions(assumptions.flags, [r for r in assumptions.relations
                                                  if r not in apart + same], assumptions.bounds)
    for values in _assignments(free, written):
        case = _case_assumptions(a, b, values, assumptions)
        if case is None or any(values[r.lhs] == values[r.rhs] for r in apart) or any(
                values[r.lhs] != values[r.rhs] for r in same):
            continue
        verdict = compare(_differentiated(a.xreplace(values)),
                          _differentiated(b.xreplace(values)), case)
        if verdict.status == "not_equal" and written and not set(values.values()) <= written:
            outside = outside or values  # z_1, z_2 written and i = 3: is there a z_3?
            continue
        if verdict.status == "not_equal":  # wrong only where indices meet (or meet a_0)?
            met = len(set(values.values())) < len(values) or bool(set(values.values()) & written)
            return _in_case(verdict, values, bool(verdicts) and met and all(
                len(set(v.values())) == len(v) and not set(v.values()) & written
                for v, _ in verdicts), written)
        verdicts.append((values, verdict))
    return _combined(verdicts, outside, free, written)


def _combined(verdicts: list, outside: dict | None, free: list, written: set) -> Verdict:
    """All cases agree: equal; a case undecided: unknown; only an index beyond the entries
    written fails: unknown (how many entries are there?)."""
    if not verdicts:
        return Verdict("unknown", reason="no case of the indices fits the sums' ranges")
    for values, verdict in verdicts:
        if verdict.status != "equal":
            return Verdict("unknown", reason=f"{verdict.reason or 'undecided'} "
                                             f"(at {_shown(values)})")
    if outside is not None:
        entries = ", ".join(str(n) for n in sorted(written))
        return Verdict("unknown", reason=f"holds when the indices are among the entries written "
                                         f"({entries}), not at {_shown(outside)}")
    names = ", ".join(s.name for s in free)
    if not free:
        return Verdict("equal", f"{verdicts[0][1].method}, the sums' ranges taken to hold the "
                                "indices written")
    if len(free) == 1:
        tried = ", ".join(sorted({str(v[free[0]]) for v, _ in verdicts}, key=int))
        return Verdict("equal", f"{verdicts[0][1].method}, with the index {names} at {tried}")
    return Verdict("equal", f"{verdicts[0][1].method}, in every case of the indices {names} "
                            f"equal or not ({len(verdicts)} cases)")


def _written_entries(a, b) -> set:
    """The whole-number indices written (z_1, δ_{i2}): a free index is tried at each."""
    found = {i for e in (a, b) for x in nodes_of(e, sp.Indexed) for i in x.indices if i.is_Integer}
    found |= {i for e in (a, b) for d in nodes_of(e, sp.KroneckerDelta) for i in d.args
              if i.is_Integer}
    return found


def _differentiated(expr):
    """Derivatives in entries worked out without working out the sums inside them (sympy's
    symbolic summation is slow and finds nothing here), then Σ_j δ_ij f(j) = f(i)."""
    def in_entries(d) -> bool:
        return isinstance(d, sp.Derivative) and all(isinstance(v, sp.Indexed) for v in d.variables)

    try:
        return _constants_out(summed_deltas(expr.replace(in_entries,
                                                         lambda d: d.doit(deep=False))))
    except (ValueError, TypeError, NotImplementedError):
        return expr


def _assignments(free: list, written: set) -> list[dict]:
    """Whole numbers for the free indices: one assignment per way they can coincide (all
    apart first) with numbers not written, a second one for all apart and for all equal, and
    each index at each number written (i = 1 beside z_1) with the others apart."""
    pool = [sp.Integer(n) for n in range(1, 12) if sp.Integer(n) not in written]
    out = []
    for blocks in _partitions(free):
        m = len(blocks)
        out.append(_assign(blocks, pool[:m]))
        if m and (m == len(free) or m == 1):
            out.append(_assign(blocks, list(reversed(pool[1:m + 1]))))
    for s in free:
        for number in sorted(written)[:3]:
            others = [t for t in free if t != s]
            out.append({s: number, **_assign([[t] for t in others], pool[:len(others)])})
    return out


def _assign(blocks: list, numbers) -> dict:
    return {s: sp.Integer(n) for block, n in zip(blocks, numbers, strict=True) for s in block}


def _partitions(items: list) -> list[list]:
    """Set partitions of `items`, the finest (all apart) first."""
    if not items:
        return [[]]
    first, rest = items[0], items[1:]
    out = []
    for smaller in _partitions(rest):
        out.append([[first], *smaller])
        for k in range(len(smaller)):
            out.append(smaller[:k] + [[first, *smaller[k]]] + smaller[k + 1:])
    return sorted(out, key=len, reverse=True)


def _case_assumptions(a, b, values: dict, assumptions: Assumptions) -> Assumptions | None:
    """The assumptions of one case: every sum's unknown upper bound at least the largest
    index put in; None when a sum with numeric bounds is too short for the indices."""
    top = max([*values.values(), *_written_indices(a, b), sp.Integer(1)])
    case = assumptions
    for big in nodes_of(a, sp.Sum, sp.Product) | nodes_of(b, sp.Sum, sp.Product):
        for _, low, high in big.limits:
            if not (low.is_number and low <= 1):
                continue
            if high.is_number:
                if high < top:
                    return None
            elif high.free_symbols - set(values):  # written even when sympy knows it (n_max
                # is positive): the sampler draws a sum's bound from 0 up
                case = case.with_relation(sp.Ge(high, top, evaluate=False))
    return case


def _written_indices(a, b) -> list:
    """The whole-number indices of derivatives' variables (∂/∂w_1: 1)."""
    return [i for e in (a, b) for d in nodes_of(e, sp.Derivative) for v in d.variables
            if isinstance(v, sp.Indexed) for i in v.indices if i.is_Integer]


COINCIDING = "right while the indices differ, wrong where "


def _in_case(verdict: Verdict, values: dict, only_coinciding: bool = False,
             written: frozenset | set = frozenset()) -> Verdict:
    """A case's verdict saying which indices it put in (and, in `reason`, when it held in every
    case of indices apart and fails where some coincide, or meet an entry written: a_0, i = 0)."""
    witness = dict(verdict.witness or {})
    witness.update({s.name: str(v) for s, v in values.items()})
    method = f"{verdict.method} (indices {_shown(values)})" if verdict.method else None
    reason = verdict.reason
    if only_coinciding:
        groups = {}  # the names meeting at each value, then the entry written there (i = 0)
        for s, v in sorted(values.items(), key=lambda p: p[0].name):
            groups.setdefault(v, []).append(s.name)
        groups = {v: g + [str(v)] * (v in written) for v, g in groups.items()}
        reason = COINCIDING + ", ".join(" = ".join(g) for g in groups.values() if len(g) > 1)
    return Verdict(verdict.status, method, witness=witness, reason=reason)


def coinciding(verdict: Verdict) -> tuple[str, str] | None:
    """The diagnosis of a claim right for distinct indices and wrong where they coincide:
    a Kronecker term dropped (softmax's diagonal: ∂p_i/∂z_k = -p_i p_k for every k)."""
    if verdict.status != "not_equal" or not (verdict.reason or "").startswith(COINCIDING):
        return None
    where = verdict.reason[len(COINCIDING):]
    return "term", (f"right for different indices, {_WRONG_AT}{where}: the term of the "
                    f"Kronecker delta (δ, 1 when {where}; the diagonal) is missing")


_WRONG_AT = "wrong at "  # the diagnosis `coinciding` writes, read back by `indices_met`
_INDEX = r"(?:[a-zA-Z](?:_\w+)?|\d+)"  # j, k_1, or an entry written (0 of a_0)
_MET = re.compile(rf"wrong at ((?:{_INDEX}(?: = {_INDEX})+)(?:, {_INDEX}(?: = {_INDEX})+)*)")


def indices_met(diagnosis: str | None) -> list[list[str]]:
    """The groups of indices a diagnosis of `coinciding` says the claim is wrong at (`wrong at
    j = k`: [["j", "k"]]); none for any other diagnosis."""
    found = _MET.search(diagnosis or "")
    return [group.split(" = ") for group in found.group(1).split(", ")] if found else []


def _shown(values: dict) -> str:
    return ", ".join(f"{s.name} = {v}" for s, v in sorted(values.items(), key=lambda p: p[0].name))


def normalized(a, b, assumptions: Assumptions) -> tuple:
    """(a, b, assumptions) with a given total of a family (Σ_k y_k = 1) built in: every y_t
    becomes y_t / Σ_m y_m (times the total), a family whose total is always that; the given is
    then dropped. An identity holds for every y of that total exactly when it holds for every
    family after the change (each y of that total is its own image), so the verdict stands."""
    varied = differentiated_families(a, b)
    totals = [r for r in assumptions.relations if _family_total(r) is not None
              and str(_family_total(r)[0].label) not in varied]
    if not totals:
        return a, b, assumptions
    for relation in totals:
        label, limit, total = _family_total(relation)
        a, b = link_entries(a, b, ())
        taken = {s.name for e in (a, b) for s in nodes_of(e, sp.Symbol)}
        fresh = symbol(next(ch for ch in "mqrstuvw" if ch not in taken))
        whole = sp.Sum(sp.Indexed(label, fresh), (fresh, limit[1], limit[2]))

        def scaled(x, label=label, whole=whole, total=total):
            return total * x / whole

        a, b = (e.replace(lambda x, label=label: isinstance(x, sp.Indexed) and x.base == label,
                          scaled) for e in (a, b))
    rest = [r for r in assumptions.relations if r not in totals]
    return _constants_out(a), _constants_out(b), Assumptions(assumptions.flags, rest,
                                                             assumptions.bounds)


def _constants_out(expr):
    """Factors of a sum's terms that do not depend on its index taken out of it (Σ_k y_k/S
    is (Σ_k y_k)/S): a total inside a sum would be summed again for every term."""
    try:
        return expr.replace(lambda e: isinstance(e, sp.Sum), factor_sum)
    except (ValueError, TypeError, NotImplementedError):
        return expr


def is_family_total(relation) -> bool:
    """Whether a relation says a family's total: Σ_k y_k = 1."""
    return _family_total(relation) is not None


def _family_total(relation):
    """(the family, the sum's limits, the total) of `Σ_k y_k = c`, else None."""
    if not isinstance(relation, sp.Eq) or not isinstance(relation.lhs, sp.Sum):
        return None
    big, total = relation.lhs, relation.rhs
    if len(big.limits) != 1 or not (total.is_number or total.is_Symbol) or total == 0:
        return None  # Σ_k y_k = 1, Σ_i n_i = N (counts of N draws)
    body, var = big.function, big.limits[0][0]
    if not (isinstance(body, sp.Indexed) and body.indices == (var,)):
        return None
    return body.base, big.limits[0], total


def differentiated_families(a, b) -> set:
    """The families a derivative is taken in (never given a total: z in ∂/∂z_i)."""
    found = set()
    for e in (a, b):
        for d in nodes_of(e, sp.Derivative, sp.Subs):
            for v in d.variables:
                split = split_name(v)
                found |= {str(v.base.label)} if isinstance(v, sp.Indexed) else (
                    {split[0]} if split else set())
    return found


def one_range(a, b) -> tuple:
    """(a, b) with the sums written without bounds (Σ_i x_i, up to n_max) run over the one
    range 1..n that the bounded sums and products of the claim run over (the x_1, …, x_n of
    the data); unchanged when there is no such single range."""
    swap = _one_range_swap(a, b)
    return (a.xreplace(swap), b.xreplace(swap)) if swap else (a, b)


def one_range_given(a, b, assumptions: Assumptions) -> tuple:
    """`one_range`, and the givens read over that range too: `Σ_k y_k = 1` said without bounds
    beside `Σ_{j=1}^K e^{z_j}` is the total of y_1 … y_K (left up to n_max, the total of another
    range, it made `ŷ_i Σ_k y_k - y_i = ŷ_i - y_i` a false error at K = 1, n_max = 2)."""
    swap = _one_range_swap(a, b)
    if not swap:
        return a, b, assumptions
    relations = [r.xreplace(swap) for r in assumptions.relations]
    return a.xreplace(swap), b.xreplace(swap), Assumptions(assumptions.flags, relations,
                                                           assumptions.bounds)


def _one_range_swap(a, b) -> dict:
    ranges = {(lim[1], lim[2]) for e in (a, b) for big in nodes_of(e, sp.Sum, sp.Product)
              for lim in big.limits}
    unbounded = [r for r in ranges if _unbounded(r[1])]
    bounded = {r for r in ranges if not _unbounded(r[1]) and r[0] == 1}
    if not unbounded or len(bounded) != 1 or any(r[0] != 1 for r in unbounded):
        return {}
    _, high = bounded.pop()
    return {r[1]: high for r in unbounded}


def _unbounded(high) -> bool:
    return isinstance(high, sp.Symbol) and high.name == "n_max"
