"""Index calculus: z_i, z_j and z_1 in one derivative or claim are entries of one family z."""

from __future__ import annotations

import re

import sympy as sp

from tutor.errors import ParseError
from tutor.names import safe_name, symbol
from tutor.trees import nodes_of

# a subscript that names indices: `i`, `k`, `ij`, `1j`, `12`, `i,j` (not `max`, `hat`)
_LETTER_INDICES = re.compile(r"[a-zA-Z0-9](,?[a-zA-Z0-9])?")
# fresh names for a bound index that clashes with a free one
BOUND_LETTERS = "jklmpqrstuvabcdefgh"
_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9]*")  # a layer's name above a letter: (out), (hid)
INDEX_LETTERS = "ijklmn"  # 𝟙[i=k] is δ_ik


def index_parts(sub: str) -> list | None:
    """The indices a subscript names: `i` → [i], `ik` → [i, k], `3` → [3]; None when the
    subscript is a label (`max`, `hat`, `old`) rather than indices."""
    if sub.isdigit():  # x_{12} is x at 12 (as x_1 is x at 1)
        return [sp.Integer(int(sub))]
    if _LETTER_INDICES.fullmatch(sub):  # x_{ij}, x_{1j}, x_{i,2}
        return [sp.Integer(int(ch)) if ch.isdigit() else symbol(ch) for ch in sub if ch != ","]
    return None


def split_name(s) -> tuple[str, list] | None:
    """(base, indices) of a symbol named like an entry (`z_i` → ("z", [i])), else None.

    A subscript with commas is read part by part: `w_{2,jk}` (W^{(2)}_{jk} of backprop notes,
    layer 2's weight from k to j) is w at (2, j, k), `w_{2,1m}` at (2, 1, m), so both are
    entries of one family; a first part that names no index (`a^{(out)}_j`) joins the name."""
    if not isinstance(s, sp.Symbol):
        return None
    base, _, sub = s.name.replace("_2c_", ",").rpartition("_")  # x_{i,j} is named x_i_2c_j
    if not base or base.endswith("_"):
        return None
    if "," not in sub:
        parts = index_parts(sub)
        return (base, parts) if parts is not None else None
    first, _, rest = sub.partition(",")
    later = [index_parts(p) for p in rest.split(",")]
    if any(p is None for p in later):
        return None
    head = index_parts(first)
    if head is None or len(head) > 1:  # a^{(out)}_j: the family a_out at j
        return (f"{base}_{first}", [i for p in later for i in p]) if _LABEL.fullmatch(
            first) else None
    return base, head + [i for p in later for i in p]


def entry(base: str, parts: list) -> sp.Indexed:
    return sp.Indexed(sp.IndexedBase(safe_name(base)), *parts)


def _labels(expr) -> dict[str, int]:
    """The bases indexed in expr (x[i] inside a sum) and how many indices each takes."""
    return {str(x.base.label): len(x.indices) for x in nodes_of(expr, sp.Indexed)}


def indexed_derivative(expr, variables: list, text: str):
    """(expr, variables) for a derivative in an entry of an indexed family: ∂/∂z_i of an
    expression holding z_j, z_1 or z_k inside a sum is a derivative in the entry z[i], the
    others entries z[j], z[1], z[k]: sympy's KroneckerDelta keeps z_j equal to z_i when j = i
    (never 0 there). Bound indices that clash with the variable's index are renamed. A family
    read with different numbers of indices (x_{ij} and x_i) is refused: which is which?"""
    if not isinstance(expr, sp.Basic):
        return expr, variables
    families = {}
    for var, _ in variables:
        split = split_name(var)
        if split is not None:
            families.setdefault(split[0], []).append(var)
    touched = [base for base in families if _relatives(expr, base, families[base])]
    if not touched:
        return expr, variables
    free = {s for base in touched for var in families[base] for s in split_name(var)[1]
            if isinstance(s, sp.Symbol)}
    expr = rename_bound(expr, free)
    subs = {}
    for base in touched:
        arity = _arity(expr, base, families[base], text)
        for s in expr.free_symbols | set(families[base]):
            split = entry_of(s, arity)  # w_{2,12} beside w_{2,1m}: w at (2, 1, 2)
            if split is not None and split[0] == base:
                subs[s] = entry(base, split[1])
    new_vars = [(subs.get(v, v), n) for v, n in variables]
    return expr.xreplace(subs), new_vars


def _relatives(expr, base: str, variables: list) -> bool:
    """Whether expr holds another entry of `base` than the variables themselves, in a way that
    may coincide with one of them (z_j, z_1 with z_i; z[j] in a sum; not z_2 with z_1)."""
    if base in _labels(expr):
        return True
    mine = [split_name(v)[1] for v in variables]
    for s in expr.free_symbols:
        split = split_name(s)
        if split is None or split[0] != base or s in variables:
            continue
        if any(len(p) != len(split[1]) or _may_meet(p, split[1]) for p in mine):
            return True
    return False


def _may_meet(first: list, second: list) -> bool:
    """Whether two index lists can name the same entry (a letter can be any whole number)."""
    return all(isinstance(a, sp.Symbol) or isinstance(b, sp.Symbol) or a == b
               for a, b in zip(first, second, strict=True))


def _arity(expr, base: str, variables: list, text: str) -> int:
    """The one number of indices the family `base` is written with, else a refusal."""
    counts = {len(split_name(v)[1]) for v in variables}
    labels = _labels(expr)
    if base in labels:
        counts.add(labels[base])
    for s in expr.free_symbols:
        split = split_name(s)
        if split is not None and split[0] == base:
            counts.add(len(split[1]))
    if len(counts) > 1 and _digits_spread(expr, base, variables, max(counts)):
        return max(counts)
    if len(counts) > 1:
        raise ParseError(f"{base} is written with {' and with '.join(map(str, sorted(counts)))} "
                         f"indices here (is {base}_i one of the {base}_{{ij}}?): a derivative "
                         "across the two is not supported", text)
    return counts.pop()


def _digits_spread(expr, base: str, variables: list, arity: int) -> bool:
    """Whether every entry of `base` reads with `arity` indices once its last digits are taken
    one by one (w_{2,12} beside w_{2,1m}: w at (2, 1, 2))."""
    entries = [s for s in expr.free_symbols | set(variables)
               if (split := split_name(s)) is not None and split[0] == base]
    return all(entry_of(s, arity) is not None for s in entries)


def rename_bound(expr, free: set):
    """Sums and products whose index is also a free index here (∂/∂z_i of Σ_i e^{z_i}) get an
    index of their own: the bound i is not the free i."""
    if not free:
        return expr

    def clashing(e) -> bool:
        return isinstance(e, (sp.Sum, sp.Product)) and any(lim[0] in free for lim in e.limits)

    def renamed(e):
        taken = {s.name for s in nodes_of(e, sp.Symbol)} | {s.name for s in free}
        body, limits = e.function, []
        for var, low, high in e.limits:
            if var in free:
                fresh = symbol(next(ch for ch in BOUND_LETTERS + "wxyz" if ch not in taken))
                taken.add(fresh.name)
                body = body.xreplace({var: fresh})
                var = fresh
            limits.append((var, low, high))
        return e.func(body, *limits)

    return expr.replace(clashing, renamed)


def kronecker_name(base: str, sub: str):
    """δ_{ik}: the Kronecker delta of i and k (a δ with one index, δ_j, stays a name)."""
    parts = index_parts(sub) if base == "delta" else None
    return sp.KroneckerDelta(*parts) if parts is not None and len(parts) == 2 else None


def kronecker_call(name: str, args: list):
    """𝟙[i=k] (read as I(i = k)): the Kronecker delta of two index letters, else None."""
    if name != "I" or len(args) != 1 or not isinstance(args[0], sp.Eq):
        return None
    sides = (args[0].lhs, args[0].rhs)  # 𝟙[y=k] of a label y stays an indicator
    if all(s.is_Integer or (isinstance(s, sp.Symbol) and s.name in INDEX_LETTERS)
           for s in sides):
        return sp.KroneckerDelta(*sides)
    return None


def index_derivatives(expr):
    """expr with every derivative in an entry (∂/∂z_i) of an expression holding other entries
    of its family (z_j, z_1, z[j] in a sum) taken in the entry z[i], as at read time: for
    derivatives built after reading (a definition put in). Raises ParseError for a family
    written with different numbers of indices."""
    if not isinstance(expr, sp.Basic) or not expr.has(sp.Derivative):
        return expr

    def in_entry(d) -> bool:
        return isinstance(d, sp.Derivative) and any(
            split_name(v) is not None for v in d.variables)

    def taken(d):
        body, variables = indexed_derivative(d.expr, list(d.variable_count), "")
        return sp.Derivative(body, *variables, evaluate=False)

    return expr.replace(in_entry, taken)


def same_family(name: sp.Symbol, variables: list) -> bool:
    """Whether `name` is an entry of the family of one of the variables (z_j and z_i)."""
    split = split_name(name)
    return split is not None and any(
        (other := split_name(v)) is not None and other[0] == split[0] for v in variables)


def entry_of(s, arity: int) -> tuple[str, list] | None:
    """(base, indices) of a symbol as an entry of a family with `arity` indices: x_{12} is
    x at (1, 2) in a family of two indices (x_{ij}), else x at 12."""
    split = split_name(s)
    if split is None:
        return None
    base, parts = split
    digits = s.name.replace("_2c_", ",").rpartition("_")[2].rpartition(",")[2]
    before = len(parts) - 1  # the indices before the last part (w_{2,12}: the layer 2)
    if len(parts) != arity and digits.isdigit() and before + len(digits) == arity:
        parts = parts[:before] + [sp.Integer(int(ch)) for ch in digits]
    return (base, parts) if len(parts) == arity else None


def family_entries(*exprs) -> set:
    """The symbols that are entries (z_i, x_1) of a family indexed in a sum of exprs (z[j]):
    their values are the family's, drawn with it."""
    labels = {str(x.base.label) for e in exprs for x in nodes_of(e, sp.Indexed)}
    return {s for e in exprs for s in e.free_symbols
            if (split := split_name(s)) is not None and split[0] in labels}


_INDICATOR_EVENT = re.compile(r"_\{?\s*(?:\\\{)?\s*(\w+)\s*=\s*(\w+)\s*(?:\\\})?\s*\}?")


def indicator_event(sub: str):
    """The event `a = b` written below an indicator, 𝟙_{i=k} or 𝟙_{\\{y = k\\}}, else None."""
    event = _INDICATOR_EVENT.fullmatch(sub)
    return sp.Eq(*map(symbol, event.groups()), evaluate=False) if event else None
