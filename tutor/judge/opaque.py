"""Unknown functions as free values, probabilities P(A, B) as a random probability model."""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.trees import nodes_of
from tutor.vocabulary import PROBABILITY_MEASURE


@dataclass
class Opened:
    """What `opaque` replaced: free values for unknown functions, a model for probabilities."""

    names: dict = field(default_factory=dict)        # symbol -> the call it stands for
    meaning: str | None = None                       # a function met at several arguments
    events: list = field(default_factory=list)       # event symbols of P(...)
    probabilities: dict = field(default_factory=dict)  # symbol -> frozenset of events
    counting: set = field(default_factory=set)       # bounds of sums: whole numbers
    long_ranges: bool = False                        # no sum inside a sum: bounds to 120


def opaque(a, b):
    """Unknown function values become free symbols; P(A, B) gets a random probability model.

    f(x), f'(x), f''(x) are independent values (any triple is some function's at one point);
    the same function met at several arguments is recorded in `meaning`: a difference then
    may depend on what the function is, and is not reported as a witness.
    """
    opened = Opened()
    seen: dict[str, set] = {}
    keys: dict = {}
    subs = {}
    for d in sorted(_derivatives(a) | _derivatives(b), key=sp.default_sort_key):
        key = _derivative_key(d)
        if key is None:
            return a, b, Opened(meaning="a derivative")  # nothing opaque: no witness either
        name, order, args = key
        seen.setdefault(name, set()).add(args)
        if key not in keys:
            keys[key] = sp.Symbol(f"_v{len(keys)}")
            opened.names[keys[key]] = f"{name}{chr(39) * order}({', '.join(map(str, args))})"
        subs[d] = keys[key]
    a, b = a.xreplace(subs), b.xreplace(subs)
    a, b = _indexed_calls(a), _indexed_calls(b)
    calls = sorted(nodes_of(a, AppliedUndef) | nodes_of(b, AppliedUndef), key=sp.default_sort_key)
    model = _probability_calls(calls, a, b)
    subs = {}
    for k, c in enumerate(calls):
        if c in model:
            subs[c] = sp.Symbol(f"_P{k}")
            opened.probabilities[subs[c]] = frozenset(c.args)
        else:
            seen.setdefault(c.func.__name__, set()).add(c.args)
            subs[c] = sp.Symbol(f"_f{k}")
        opened.names[subs[c]] = c
    opened.events = sorted({e for c in model for e in c.args}, key=lambda s: s.name)
    several = sorted(name for name, args in seen.items() if len(args) > 1)
    opened.meaning = f"{several[0]}(…)" if several else None
    return a.xreplace(subs), b.xreplace(subs), opened


def _derivatives(expr) -> set:
    """Derivatives of unknown functions, whole: f'(g(x)) is a Subs around one."""
    found = {s for s in nodes_of(expr, sp.Subs) if _derivative_key(s)}
    inner = {d for s in found for d in nodes_of(s, sp.Derivative)}
    return found | {d for d in nodes_of(expr, sp.Derivative)
                    if isinstance(d.expr, AppliedUndef) and d not in inner}


def _derivative_key(d):
    """(name, order, arguments) of f'(…) written as a Derivative or a Subs of one, else None."""
    point = {}
    if isinstance(d, sp.Subs):
        point = dict(zip(d.variables, d.point, strict=True))
        d = d.expr
    if not (isinstance(d, sp.Derivative) and isinstance(d.expr, AppliedUndef)):
        return None
    call = d.expr
    if any(v not in call.args for v in d.variables):
        return None
    counts = tuple(sorted((call.args.index(v), n) for v, n in d.variable_count))
    name = call.func.__name__ + ("" if len(call.args) == 1 else str(counts))
    args = tuple(point.get(x, x) for x in call.args)
    return name, sum(n for _, n in counts), args


def _probability_calls(calls, a, b) -> set:
    """P(A), P(A, B) over plain event names that appear nowhere else: a probability model fits."""
    chosen = [c for c in calls if c.func.__name__ in PROBABILITY_MEASURE]
    if not chosen or any(not all(isinstance(x, sp.Symbol) for x in c.args) for c in chosen):
        return set()
    events = {e for c in chosen for e in c.args}
    summed = {v for side in (a, b) for s in side.atoms(sp.Sum, sp.Product) for v in s.variables}
    if any(c.func == d.func and set(d.args) < set(c.args) and set(c.args) - set(d.args) & summed
           for c in chosen for d in chosen):  # Σ_y p(x, y) = p(x): y runs over outcomes,
        return set()                            # no fixed event: the marginal is not modelled
    hidden = {c: sp.Dummy() for c in calls}
    outside = (a.xreplace(hidden).free_symbols | b.xreplace(hidden).free_symbols) & events
    if outside or len(events) > 6:
        return set()
    return set(chosen)


def _indexed_calls(expr):
    """p(x_i) inside a sum over i: a value for each i, like x_i itself (the name says so)."""
    def of_indexed(c):
        return (isinstance(c, AppliedUndef) and len(c.args) == 1
                and isinstance(c.args[0], sp.Indexed))
    if not expr.has(sp.Indexed):
        return expr
    return expr.replace(of_indexed, lambda c: sp.Indexed(
        sp.IndexedBase(f"{c.func.__name__}({c.args[0].base.label})"), *c.args[0].indices))
