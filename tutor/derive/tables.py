"""Values given as a list (`p = (0.5, 0.25, 0.25)`, data `x = (2, 0, 3, 1, 4)`) put into
the sums over them: Σ_x p(x) log p(x), Σ_i x_i as the terms written out.

A list is read item by item by the grammar; it is a table when every item is a number. A sum
runs over a table when its index is the argument of the table's name (p(x)) or its entry's
index (x_i), and its range is the table's (no bounds, 1..N, or up to a name whose value is N).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.vector_components import components_listed, dot_products
from tutor.errors import TutorError
from tutor.judge.decimals import exact
from tutor.read.parser import parse_chains
from tutor.trees import nodes_of

MAX_ITEMS = 50
BERNOULLI = ("Bern", "Ber", "Bernoulli")
UNIT_CHANGE = ("holds with the logarithm in another base than the definition above: a change of "
               "unit (bits, nats) is not checked")
_TABLE = re.compile(r"\s*([^=()\[\]]{1,30}?)\s*=\s*(?:\\left\s*)?(?:[(\[]|\\\{)(.*?)"
                    r"(?:\\right\s*)?(?:[)\]]|\\\})\s*[.,;]?\s*")  # (…), […] or \{…\}


def read_table(text: str) -> dict:
    """{name: numbers} of a line `p = (0.5, 0.25, 0.25)` (or data `x = \\{2, 4, 6\\}`); empty
    when it is no such list."""
    match = _TABLE.fullmatch(text)
    if match is None or re.search(r"[()\[\]]", match.group(2)):
        return {}
    items = _items(match.group(2))
    name = _read(match.group(1))
    if not 2 <= len(items) <= MAX_ITEMS or not isinstance(name, sp.Symbol):
        return {}
    numbers = [_read(item) for item in items]
    if components_listed(name, numbers):  # w = (w_1, w_2): a vector by its components
        return {name.name: tuple(numbers)}
    if any(x is None or x.free_symbols or not x.is_number for x in numbers):
        return {}
    return {name.name: tuple(exact(x) for x in numbers)}


def _items(listed: str) -> list[str]:
    """The items of a list: `0.5, 0.25`; `0{,}5, 0{,}25` and `0{,}5;\\ 0{,}5` or `0,5; 0,5`
    with decimal commas (a semicolon between the items, a comma in each number)."""
    if re.search(r"(?<![\d.])[1-9]\d{0,2}\{,\}\d{3}(?!\d)", listed):
        return []  # `1{,}000`: a decimal or a count of thousands? not guessed
    listed = listed.replace("{,}", ".")
    if ";" not in listed:
        return listed.split(",")
    return [item.replace(",", ".") for item in re.split(r";(?:\s|\\[ ,;:!])*", listed)]


def listed_anew(ctx, tables: dict) -> None:
    """Names given as lists (`p = (0.5, 0.5)`) forget their values above, and so do the calls
    valued on them (KL(q‖p) of the Gaussians above is not that of these p and q)."""
    ctx.values = {k: v for k, v in ctx.values.items() if str(k) not in tables}
    ctx.calls = {k: v for k, v in ctx.calls.items()
                 if not {str(s) for s in k.free_symbols} & set(tables)}


def _read(text: str):
    """One expression read by the grammar (`\\hat{y}` is y_hat), or None."""
    try:
        chains = parse_chains(text.strip(), "latex")
    except (TutorError, RecursionError, ValueError):
        return None
    if len(chains) != 1 or chains[0].links:
        return None
    return chains[0].parts[0].expr


def with_tables(expr, ctx):
    """`expr` with each sum over a table written out term by term, and an entropy-like sum
    defined above taken at a number (H(0.8): a coin's two outcomes); unchanged otherwise."""
    if not isinstance(expr, sp.Basic) or not (ctx.tables or ctx.calls):
        return expr
    expr = dot_products(expr, ctx.tables)  # w^T x with w = (w_1, w_2), x = (x_1, x_2) above
    if ctx.calls and expr.has(AppliedUndef):
        expr = expr.replace(lambda e: _at_a_number(e, ctx.calls) is not None,
                            lambda e: _at_a_number(e, ctx.calls))
    usable = {name: items for name, items in ctx.tables.items()
              if sp.Symbol(name) not in ctx.values}
    if not usable or not expr.has(sp.Sum):
        return expr
    return expr.replace(lambda e: isinstance(e, sp.Sum),
                        lambda s: _written_out(s, usable, ctx.values))


def _at_a_number(call, calls: dict):
    """H(0.8) with H(p) = -Σ_x p(x) log p(x) above (functions of the index in one sum
    without bounds): the sum over a coin's two outcomes, 0.8 and 0.2; D(Bern(0.8), Bern(0.5))
    with D(p, q) = Σ_x p(x) log(p(x)/q(x)) likewise. None for anything else."""
    if not isinstance(call, AppliedUndef) or not call.args:
        return None
    chances = [_chance(a) for a in call.args]
    if any(c is None for c in chances):
        return None
    bodies = [(f, body) for f, body in calls.items() if f.func == call.func
              and len(f.args) == len(call.args) and all(isinstance(a, sp.Symbol) for a in f.args)
              and isinstance(body, sp.Basic) and body.has(sp.Sum)]
    sums = bodies[0][1].atoms(sp.Sum) if len(bodies) == 1 else set()
    if len(sums) != 1:
        return None
    (defined, body), total = bodies[0], sums.pop()
    if len(total.limits) != 1 or not _runs_to(total.limits[0][2], 2, {}):
        return None
    functions = {f.func.__name__ for f in nodes_of(total.function, AppliedUndef)}
    names = [a.name for a in defined.args]
    if len(names) == 1 and len(functions) == 1:
        names = list(functions)  # H(X) = -Σ_x p(x) log p(x): p is the law of X
    if set(names) != functions:
        return None
    done = _written_out(total, {n: (c, 1 - c) for n, c in zip(names, chances, strict=True)}, {})
    return None if done is total else body.xreplace({total: done})


def from_a_definition(expr, ctx) -> bool:
    """Whether `expr` takes its value from a definition above (H(p), D(p, q) defined by a
    sum): a logarithm in another base here may be a change of unit the prose states."""
    defined = {f.func for f in ctx.calls}
    return any(f.func in defined for f in nodes_of(expr, AppliedUndef))


def _chance(arg):
    """0.8, or Bern(0.8): the chance of a coin's first outcome; None for anything else."""
    if isinstance(arg, AppliedUndef) and arg.func.__name__ in BERNOULLI and len(arg.args) == 1:
        arg = arg.args[0]
    if arg.is_number and arg.is_real and 0 < arg < 1:
        return exact(arg)
    return None


def _written_out(total: sp.Sum, tables: dict, values: dict):
    if len(total.limits) != 1:
        return total
    var, low, high = total.limits[0]
    body = total.function
    used = _used(body, var, tables)
    if not used or low != 1 or any(getattr(tables[n], "letter", var.name) != var.name
                                   for n in used):  # P(x) of X's law: not in Σ_y P(y)
        return total
    size = {len(tables[name]) for name in used}
    if len(size) != 1:
        return total
    count = size.pop()
    if not _runs_to(high, count, values):
        return total
    terms = []
    for k in range(count):
        put = {}
        for e in nodes_of(body, AppliedUndef, sp.Indexed):
            name = e.func.__name__ if isinstance(e, AppliedUndef) else str(e.base.label)
            if name in used and tuple(e.args[-1:] if isinstance(e, AppliedUndef)
                                      else e.indices) == (var,):
                put[e] = tables[name][k]
        term = body.xreplace(put).xreplace({var: k + 1})
        terms.append(term)
    return sp.Add(*terms, evaluate=False)


def _used(body, var, tables: dict) -> set[str] | None:
    """The tables the summand reads at the index (p(x), x[i]); None when it reads the index
    any other way (a function not a table, an entry at another index, the index alone)."""
    used = set()
    for e in nodes_of(body, AppliedUndef):
        if var in e.free_symbols:
            if e.func.__name__ not in tables or e.args != (var,):
                return None
            used.add(e.func.__name__)
    for e in nodes_of(body, sp.Indexed):
        if var in e.free_symbols:
            if str(e.base.label) not in tables or e.indices != (var,):
                return None
            used.add(str(e.base.label))
    rest = body.xreplace({e: sp.Dummy() for e in nodes_of(body, AppliedUndef, sp.Indexed)})
    return used if var not in rest.free_symbols else None


def _runs_to(high, count: int, values: dict) -> bool:
    """Whether the upper bound is the table's size: none written, N, or a name valued N."""
    if isinstance(high, sp.Symbol) and high.name == "n_max":
        return True
    if isinstance(high, sp.Symbol) and high in values:
        high = values[high]
    return bool(high.is_number and high == count)
