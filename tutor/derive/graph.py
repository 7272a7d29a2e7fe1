"""Names defined above put into derivatives: ∂L/∂a with L = (a-y)^2, ∂p_k/∂z_i with p_i = …

A value defined in the notes (`L = (a-y)^2`, `a = wx + b`) read inside a partial derivative is
an unknown function of the variable below the bar (∂L/∂w is L(w)); here it becomes its
definition, written out through the other definitions down to that variable (L in w is
((wx + b) - y)^2; L in a stops at a). That is the chain rule of a computation graph:
∂L/∂w = ∂L/∂a · ∂a/∂w then holds by the values, and ∂ is never cancelled as a factor.

A family defined by one entry (`p_i = e^{z_i} / Σ_j e^{z_j}`) gives every entry: p_k is the
definition with k for i (z_k for z_i), and p_k inside Σ_k the entry z[k].
"""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.defined_values import through_nodes
from tutor.derive.own_entries import taken_in_entries
from tutor.indices import entry, rename_bound, split_name
from tutor.judge.decimals import exact
from tutor.names import symbol
from tutor.trees import nodes_of
from tutor.vectors import Gradient

MAX_DEPTH = 8   # definitions through definitions


def through_definitions(expr, values: dict, premised=frozenset()):
    """expr with the defined values and families put in where a derivative names them (and
    any entry of a defined family); unchanged when there is none. A value that leads to a name
    only given by an equation (`a = wx + b` as a premise: a may depend on w) stays unknown."""
    if not values or not isinstance(expr, sp.Basic):
        return expr
    families = _families(values)
    named = {s.name: v for s, v in values.items() if isinstance(s, sp.Symbol)}
    expr = _gradients_written_out(expr, values, premised)
    if not families and not nodes_of(expr, AppliedUndef):
        return expr

    def defined_call(e) -> bool:
        return (isinstance(e, AppliedUndef) and all(isinstance(a, sp.Symbol) for a in e.args)
                and (e.func.__name__ in named or _member(e.func.__name__, families)))

    def differentiated(d) -> bool:  # only ∂L/∂w reads L as a function: p(x) stays p(x)
        return isinstance(d, sp.Derivative) and (defined_call(d.expr) or _in_formula(d, named))

    def put_in(d):  # ∂(y - ŷ)²/∂w: each defined name in the formula written out
        calls = nodes_of(d.expr, AppliedUndef) if not defined_call(d.expr) else [d.expr]
        return d.func(d.expr.xreplace({c: _put_in(c, named, families, values, premised)
                                       for c in calls if defined_call(c)}), *d.variable_count)

    done = expr.replace(differentiated, put_in) if expr.has(AppliedUndef) else expr
    if families:
        done = _entries_put_in(done, families, values)
    if done == expr:
        return expr
    return _taken_at_values(done, values, premised)


def _in_formula(derivative, named: dict) -> bool:
    """A formula in defined names called at the derivative's variables only, as the reader
    writes ∂(y - ŷ)²/∂w with ŷ defined above (ŷ(w)): no other call in it."""
    calls = nodes_of(derivative.expr, AppliedUndef)
    variables = set(derivative.variables)
    return bool(calls) and all(c.func.__name__ in named and set(c.args) <= variables
                               and all(isinstance(a, sp.Symbol) for a in c.args) for c in calls)


def _put_in(call, named: dict, families: dict, values: dict, premised):
    """A defined name called at the variables of a derivative, written out down to them."""
    name, variables = call.func.__name__, set(call.args)
    body = named.get(name)
    if body is None:
        body = _family_value(symbol(name), families)
    written = written_down_to(body, values, variables)
    if not written.free_symbols & variables:  # y = (3x + 1)^5, u = 3x + 1: y = u^5
        written = through_nodes(written, values, variables)
    if not written.free_symbols & variables and _through_a_number(body, values):
        return call  # a_2 = σ(z_2) = 0.562 above: a number now, how it hangs on a_1 is lost
    return call if (written.free_symbols - variables) & set(premised) else written


def _through_a_number(body, values: dict) -> bool:
    """Whether the body names, directly or through other definitions, a name whose value is
    a number (a value worked out at the example's numbers, its formula not kept)."""
    seen, todo = set(), set(named_symbols(body))  # x[k] in Σ_k is no x
    while todo:
        s = todo.pop()
        if s in seen or s not in values:
            continue
        seen.add(s)
        value = values[s]
        if isinstance(value, sp.Basic) and not value.free_symbols:
            return True
        todo |= set(named_symbols(value)) if isinstance(value, sp.Basic) else set()
    return False


def _gradients_written_out(expr, values: dict, premised):
    """∇_w L of an L defined above (`L = -log ŷ`, `ŷ = σ(z)`, `z = wx + b`): the gradient of
    L's definition written down to w, as ∂L/∂w is; L left as is when a premise stands between."""
    def defined_gradient(e) -> bool:
        return (isinstance(e, Gradient) and isinstance(e.args[0], sp.Symbol)
                and e.args[0] in values and isinstance(e.args[1], sp.Symbol))

    def written_out(e):
        f, w, order = e.args
        body = written_down_to(values[f], values, {w})
        if (body.free_symbols - {w}) & set(premised) or w not in body.free_symbols:
            return e
        return e.func(body, w, order)

    return expr.replace(defined_gradient, written_out) if expr.has(Gradient) else expr


def written_down_to(body, values: dict, stop: set):
    """body with the defined values put in, through each other, but not those in `stop` (the
    variables a derivative is taken in)."""
    for _ in range(MAX_DEPTH):
        subs = {s: v for s, v in values.items()
                if isinstance(s, sp.Symbol) and s in named_symbols(body) and s not in stop}
        if not subs:
            break
        body = put_values(body, subs)
    return body


def named_symbols(expr) -> set:
    """The free symbols of `expr` that stand for themselves: not an x that only names the
    entries x[k] (x = 10 above says nothing of x_k in Σ_k e^{x_k})."""
    items = nodes_of(expr, sp.Indexed)
    if not items:
        return expr.free_symbols
    stripped = expr.xreplace({x: sp.Dummy() for x in items})
    return {s for s in stripped.free_symbols if not isinstance(s, sp.Dummy)} | {
        s for x in items for i in x.indices for s in i.free_symbols} & expr.free_symbols


def put_values(expr, subs: dict):
    """`expr` with `subs` put in, the names of entries x[k] kept (their indices take values)."""
    items = nodes_of(expr, sp.Indexed)
    if not items:
        return expr.xreplace(subs)
    hidden = {x: sp.Dummy() for x in items}
    shown = {d: sp.Indexed(x.base, *[i.xreplace(subs) for i in x.indices])
             for x, d in hidden.items()}
    return expr.xreplace(hidden).xreplace(subs).xreplace(shown)


def _taken_at_values(expr, values: dict, premised) -> sp.Basic:
    """A derivative in a defined name (∂L/∂a with a = wx + b) taken at its value: the
    derivative in a, then a put in (a Subs), so no defined name is left free inside."""
    def in_defined(d) -> bool:
        return isinstance(d, sp.Derivative) and not nodes_of(d.expr, AppliedUndef) and any(
            v in values and not written_down_to(values[v], values, set()).free_symbols
            & set(premised) for v in d.variables)

    exact_values = {k: exact(v) for k, v in values.items()}  # 0.1 written is 1/10: σ(0.1)

    def taken(d):                                                # stays exact, no float
        names = [v for v in d.variables if v in values]
        points = [written_down_to(exact_values[v], exact_values, set()) for v in names]
        own = {v: sp.Dummy(v.name) for v in names}  # bound here: values put in later pass by
        return sp.Subs(d.xreplace(own), tuple(own.values()), tuple(points))

    return expr.replace(in_defined, taken)


def _families(values: dict) -> dict:
    """{base: (entry symbol, parameters, body)} of the families defined by one entry."""
    found = {}
    for s, body in values.items():
        split = split_name(s)
        if split is None or not all(isinstance(p, sp.Symbol) for p in split[1]):
            continue
        params = split[1]
        if _mentions(body, params):
            found[split[0]] = (s, params, body)
    return found


def _mentions(body, params: list) -> bool:
    """Whether the body uses the entry's index (z_i for p_i): then it defines a family."""
    for s in body.free_symbols:
        split = split_name(s)
        if split is not None and set(split[1]) & set(params):
            return True
    return any(set(x.indices) & set(params) for x in nodes_of(body, sp.Indexed))


def _member(name: str, families: dict) -> bool:
    split = split_name(symbol(name))
    return (split is not None and split[0] in families
            and len(split[1]) == len(families[split[0]][1]))


def _family_value(s: sp.Symbol, families: dict):
    base, parts = split_name(s)
    return _value_at(families[base], parts, as_entries=False)


def _taken_at_entries(d: sp.Derivative, subs: dict):
    """A derivative in entries that have values: taken in those entries, then at the values."""
    bound = {v: sp.Dummy(v.name) for v in d.variables if v in subs}
    inner = d.expr.xreplace({k: v for k, v in subs.items() if k not in bound}).xreplace(bound)
    taken = sp.Derivative(inner, *[(bound.get(v, v), n) for v, n in d.variable_count])
    return sp.Subs(taken, tuple(bound.values()), tuple(subs[v] for v in bound))


def _entries_put_in(expr, families: dict, values: dict):
    """Entries of a defined family (p_k, p[k] in Σ_k) replaced by their values (an entry
    given a value of its own, p_1 = 0.7, keeps it)."""
    subs = {}
    for s in expr.free_symbols:
        if isinstance(s, sp.Symbol) and _member(s.name, families) and (
                s not in values or s in [f[0] for f in families.values()]):
            base, parts = split_name(s)
            subs[s] = _value_at(families[base], parts, as_entries=False)
    expr = _in_own_entries(expr, families)  # ∂C/∂a_j of Σ_k (y_k - a[k])²: taken in a
    wrt = {v for d in nodes_of(expr, sp.Derivative) for v in d.variables} & set(subs)
    if wrt:  # dp_i/dz_i with z_i = wᵀx_i + b: taken in z_i, then at its value
        expr = expr.replace(lambda e: isinstance(e, sp.Derivative) and bool(
            set(e.variables) & wrt), lambda d: _taken_at_entries(d, subs))
    expr = expr.xreplace(subs) if subs else expr

    def member(e) -> bool:
        return (isinstance(e, sp.Indexed) and str(e.base.label) in families
                and len(e.indices) == len(families[str(e.base.label)][1]))

    def value(e):
        return _value_at(families[str(e.base.label)], list(e.indices), as_entries=True)

    entries = {v: value(v) for d in nodes_of(expr, sp.Derivative) for v in d.variables
               if member(v)}
    if entries:  # Σ_i dJ_i/dz_i ∂z_i/∂w with z_i = w x_i + b: taken in z[i], then at its value
        expr = expr.replace(lambda e: isinstance(e, sp.Derivative) and bool(
            set(e.variables) & set(entries)), lambda d: _taken_at_entries(d, entries))
    return expr.replace(member, value)


def _value_at(family: tuple, indices: list, as_entries: bool):
    """The family's definition at these indices: z_i becomes z_k (or the entry z[k] inside a
    sum over k), a bound index that clashes is renamed first."""
    _, params, body = family
    mapping = dict(zip(params, indices, strict=True))
    body = rename_bound(body, {i for i in indices if isinstance(i, sp.Symbol)} - set(params))
    subs = {}
    for s in body.free_symbols:
        split = split_name(s)
        if split is None or not set(split[1]) & set(params):
            continue
        parts = [mapping.get(p, p) for p in split[1]]
        subs[s] = entry(split[0], parts) if as_entries else symbol(
            split[0] + "_" + "".join(str(p) for p in parts))
    body = body.xreplace(subs)
    plain = {p: mapping[p] for p in params if p in body.free_symbols}
    return body.xreplace(plain) if plain else body


def _in_own_entries(expr, families: dict):
    """Derivatives in an entry of a defined family of an expression holding that family's
    entries (∂C/∂a_j with C = ½Σ_k (y_k - a[k])², a_j = σ(z_j) above) taken now, in the entries
    as written (the chain rule stops at a: a_j - y_j), before the family's values go in; one
    that cannot be taken in time is left as it was."""
    def own(d) -> bool:
        if not isinstance(d, sp.Derivative):
            return False
        bases = {split[0] for v in d.variables if isinstance(v, sp.Symbol)
                 and (split := split_name(v)) is not None and split[0] in families}
        return any(str(x.base.label) in bases for x in nodes_of(d.expr, sp.Indexed))

    def taken(d):
        named = taken_in_entries(d)
        if named is None:
            return d
        at = {v: _value_at(families[split[0]], split[1], as_entries=False) for v in d.variables
              if (split := split_name(v)) is not None and split[0] in families}
        return named.xreplace(at)  # taken in a_j, then at its value σ(z_j)

    return expr.replace(own, taken) if expr.has(sp.Derivative) else expr
