"""Names defined in a derivation (z = wx + b, ŷ = σ(z), L = …) put in through one another:
inside a derivative of a defined name, and with an example's values."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.indices import entry, split_name
from tutor.judge.decimals import exact
from tutor.names import function, symbol
from tutor.trees import nodes_of
from tutor.vectors import Gradient

MAX_DEPTH = 8  # definitions through definitions: z = wx + b, ŷ = σ(z), L = …(ŷ)


def depends_on(name, values: dict, variables: set, depth: int = 0) -> bool:
    """Whether a defined name is defined (through other definitions) from the variables."""
    if name in variables:
        return True
    if name not in values or depth > MAX_DEPTH:
        return False
    return any(depends_on(s, values, variables, depth + 1) for s in values[name].free_symbols)


def through_definitions(body, values: dict, variables: set):
    """`body` with the names defined from the variables replaced by their definitions; None
    when it still holds a variable and a name a variable is defined from (ambiguous)."""
    for _ in range(MAX_DEPTH):
        inner = {s: values[s] for s in body.free_symbols - variables
                 if s in values and depends_on(s, values, variables)}
        if not inner:
            break
        body = body.xreplace(inner)
    else:
        return None
    sources = set().union(*(defined_from(v, values) for v in variables))
    if body.free_symbols & variables and body.free_symbols & sources:
        return None
    return body


def defined_from(name, values: dict, depth: int = 0) -> set:
    """The names a defined name is defined from, through other definitions (ŷ: z, w, x, b)."""
    if name not in values or depth > MAX_DEPTH:
        return set()
    found = set(values[name].free_symbols)
    for s in values[name].free_symbols:
        found |= defined_from(s, values, depth + 1)
    return found


def resolved(expr, values: dict):
    """`expr` with defined names replaced by their definitions, through definitions."""
    for _ in range(MAX_DEPTH):
        inner = {s: values[s] for s in expr.free_symbols if s in values}
        if not inner:
            return expr
        try:
            expr = expr.xreplace(inner)
        except ValueError:  # f'(x) with x = 4 given: the derivative at 4, not in 4
            expr = expr.subs(inner)
    return expr


def defined_derivative(derivative, values: dict, functions: dict, calls=None):
    """∂L/∂ŷ with `L = -y log ŷ - …` above: the definition of L differentiated; names
    defined from the variable are put in too (∂L/∂z with ŷ = σ(z)). As written when L is
    no defined value, or when L holds the variable and a name it is defined from (∂L/∂ŷ of
    an L in ŷ and z, with ŷ = σ(z): which is held fixed?)."""
    call = derivative.expr
    variables = {v for v, _ in derivative.variable_count}
    written = _written(call, values, functions, calls or {})
    if written is None or set(call.args) != variables:
        return derivative
    graph = through_nodes(written, values, variables) if isinstance(written, sp.Expr) else None
    if graph is not None and graph is not written:  # taken now: q goes back to x + y later
        return sp.diff(graph, *derivative.variable_count)
    body = through_definitions(written, values, variables)
    if body is None or body.has(sp.Sum, sp.Product, sp.Indexed) or not all(
            isinstance(v, sp.Symbol) for v in variables):
        return derivative  # ∂p_i/∂z_i of Σ_j e^{z_j}: z_i is one of the z_j
    return sp.Derivative(body, *derivative.variable_count)


def _written(call, values: dict, functions: dict, calls: dict):
    """What L of ∂L/∂v is written as: a value L = …, or the body of a function L(w, b) = … in
    which v, not one of its parameters, is written or defined from (∂L/∂ŷ, ∂L/∂z of
    L(w, b) = -y log ŷ - …)."""
    name, names = call.func.__name__, set(call.args)
    bodies = [(set(f.args), v) for f, v in calls.items()
              if isinstance(f, AppliedUndef) and f.func.__name__ == name]
    if name in functions:
        bodies.append((set(functions[name].variables), functions[name].expr))
    for parameters, body in bodies:
        if names and isinstance(body, sp.Expr) and names <= set().union(body.free_symbols, *(
                defined_from(s, values) for s in body.free_symbols)) - parameters:
            return body  # ∂L/∂z through ŷ = σ(z) too
    if name in functions:
        return None
    return next((v for k, v in values.items() if getattr(k, "name", None) == name), None)


def through_nodes(body, values: dict, variables: set):
    """A body that does not hold the variable q but holds, as written, what q is defined as:
    f = (x + y)z with q = x + y is qz (q a node of the computational graph, ∂f/∂q = z). Only
    when q takes up all of x and y: in (x + y)z + x, ∂f/∂q depends on how f is written."""
    if body.free_symbols & variables or len(variables) != 1:
        return body
    var = next(iter(variables))
    node = values.get(var)
    if not isinstance(node, sp.Expr) or node.is_Atom or not node.free_symbols or \
            var in node.free_symbols:
        return body
    put = body.subs(node, var)  # and nothing q is made of is left beside q: f = F(q, z)
    return put if var in put.free_symbols and not put.free_symbols & node.free_symbols else body


def indexed_in_sums(expr, values: dict):
    """Inside Σ_i, a name defined as `e_i = wX_i + b - y_i` is read at the sum's index: the
    entry e[i] becomes its definition, and a name X_i a definition brought in becomes the entry
    X[i] (the reader reads X_i written inside the sum so)."""
    if not expr.has(sp.Sum):
        return expr
    return expr.replace(lambda e: isinstance(e, sp.Sum), lambda s: _at_the_index(s, values))


def named_entry(item: sp.Indexed) -> sp.Symbol:
    """The name an entry is written by outside a sum: p[i] is p_i (its value is p_i's)."""
    return symbol(f"{item.base}_{item.indices[0]}")


def _at_the_index(total: sp.Sum, values: dict):
    body = total.function
    for var, *_ in total.limits:
        if not isinstance(var, sp.Symbol):
            continue
        defined = {item: exact(values[named_entry(item)]) for item in nodes_of(body, sp.Indexed)
                   if item.indices == (var,) and named_entry(item) in values}
        body = _entries(body.xreplace(defined), var)
    return _with_data(body, total.limits, values) or sp.Sum(body, *total.limits)


MAX_DATA_TERMS = 12  # Σ_{i=1}^{4} over a table of data written out: a few observations


def _with_data(body, limits, values: dict):
    """Σ_{i=1}^{4} [y_i log p_i + …] when the text gave y_1 = 0, …, y_4 = 1 (a table of
    observations): the sum written out, each y_k its value and each other entry p_k the name
    p_k the next line writes; None unless one family has a value at every index."""
    if len(limits) != 1 or not isinstance(limits[0][0], sp.Symbol):
        return None
    var, low, high = limits[0]
    if not (getattr(low, "is_Integer", False) and getattr(high, "is_Integer", False)
            and 1 < high - low + 1 <= MAX_DATA_TERMS):
        return None
    items = [x for x in nodes_of(body, sp.Indexed) if x.indices == (var,)]
    indices = range(int(low), int(high) + 1)
    given = {x.base for x in items if all(symbol(f"{x.base}_{k}") in values for k in indices)}
    if not given:
        return None
    terms = []
    for k in indices:
        entries = {x: exact(values[symbol(f"{x.base}_{k}")]) if x.base in given
                   else symbol(f"{x.base}_{k}") for x in items}
        terms.append(body.xreplace(entries).xreplace({var: sp.Integer(k)}))
    return sp.Add(*terms)


def _entries(expr, var: sp.Symbol):
    """`expr` with each name subscripted by the sum's index (X_i) as the entry X[i]."""
    swap = {}
    for s in expr.free_symbols:
        split = split_name(s)
        if split is not None and split[1] == [var]:
            swap[s] = entry(*split)
    return expr.xreplace(swap) if swap else expr


def named_gradients(expr, functions: dict):
    """`∇_w J` of a J(w) defined above: the gradient of the call J(w), which the definition
    then opens (a bare J is no function of w otherwise)."""
    def named(e) -> bool:
        return isinstance(e, Gradient) and isinstance(e.args[0], sp.Symbol) and len(
            getattr(functions.get(e.args[0].name), "variables", ())) == 1

    if not functions or not expr.has(Gradient):
        return expr
    return expr.replace(named, lambda e: Gradient(function(e.args[0].name)(e.args[1]),
                                                  *e.args[1:]))


def worked(expr):
    """`expr` with its derivatives taken (g_{xx} of g(x, y) at a point: 6x, then x = 2)."""
    if not expr.has(sp.Derivative):
        return expr
    return expr.replace(lambda e: isinstance(e, sp.Derivative), lambda d: d.doit())


def names_in_limits(expr, values: dict):
    """`lim_{x→0} y` under `y = x² + 1`: a name defined from the limit's variable is its
    definition inside the limit (it was a constant there, and `= 1` "a factor y missing")."""
    if not values or not expr.has(sp.Limit):
        return expr

    def put_in(limit):
        body, var = limit.args[0], limit.args[1]
        inner = {s: resolved(values[s], values) for s in body.free_symbols - {var}
                 if isinstance(values.get(s), sp.Expr) and var in defined_from(s, values)}
        return limit.func(body.xreplace(inner), *limit.args[1:]) if inner else limit

    return expr.replace(lambda e: isinstance(e, sp.Limit), put_in)


def calls_at_derivative_points(expr, calls: dict):
    """`expr` with a defined call differentiated in one of its letters put in: ∂ ln L(μ, σ²)/∂μ
    is read as Subs(d/du ln L(u, σ²), u, μ), and L(μ, σ²) = … (a formula in μ) gives L(u, σ²).
    A value given for one call (H(p) = 0.97, a number) is no formula: left alone."""
    if not calls or not expr.has(sp.Subs):
        return expr
    return expr.replace(lambda e: isinstance(e, sp.Subs), lambda e: _calls_put_in(e, calls))


def _calls_put_in(subs, calls: dict):
    """The Subs with the defined calls in it put in; in μ itself when μ is no other name
    there (d/dμ ln(…μ…), as the writer wrote it)."""
    at = dict(zip(subs.variables, subs.point, strict=True))
    back = {p: v for v, p in at.items() if isinstance(p, sp.Symbol)}
    found = {}
    for call in nodes_of(subs.expr, AppliedUndef):
        body = calls.get(call.xreplace(at))
        if body is not None and set(back) & body.free_symbols & set(call.xreplace(at).args):
            found[call] = body.xreplace(back)
    if not found:
        return subs
    inner = subs.expr.xreplace(found)
    if set(back) & inner.free_symbols or len(back) < len(at):
        return subs.func(inner, *subs.args[1:])
    return inner.xreplace(at)

