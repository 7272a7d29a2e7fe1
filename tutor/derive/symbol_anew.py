"""A name given a formula, then another formula in the same variables in notes: the next item's;
a number for it `at $z = 0$`: the point the lines below work at.

`1. $y = \\ln(\\sin x) \\Rightarrow \frac{dy}{dx} = \\cot x$`, `2. $y = (2x + 1)^5 \\Rightarrow …$`:
a list of exercises reuses the name; the second `y = …` defines y anew (the lines after it are
held to it), never a premise that leaves y's first formula in force.
"""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.context import Line, WalkState
from tutor.derive.diagnosis import show
from tutor.derive.unread_definitions import name_and_derivatives
from tutor.judge.equivalence import Equation, compare
from tutor.model import Chain, StepResult
from tutor.names import PRIME


def symbol_anew(walker, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
    """`y = g(x)` in notes after `y = f(x)` of the same section (f another formula in the same
    variables): a new definition of y; None for anything else (then read as before: a name of
    an earlier section is defined anew there)."""
    name, value = chain.parts[0].expr, chain.parts[1].expr
    old = walker.ctx.values.get(name) if isinstance(name, sp.Symbol) and PRIME not in \
        name.name else None  # y' = … again: a claim about the derivative of the new y
    if old is None or ln.locate is None or chain.links[0].op != "=" or not isinstance(
            old, sp.Expr) or not old.free_symbols or name in value.free_symbols or \
            name in walker.ctx.stale or _letters(value) != _letters(old):
        return None
    if walker._compare(chain.parts[0], chain.parts[1], "=").status != "not_equal" or \
            walker._holds_with_values(Equation(walker.ctx.expand(name), walker.ctx.expand(value))):
        return None  # y = x(x + 2) after y = x² + 2x: a claim about y
    walker.ctx.values.pop(name)
    return defined_anew(walker, ln, chain, state, name)


def _letters(expr) -> set | None:
    """The letters an expression is written in, an entry's with its family's (a_n, b_n and
    Σ_k a_k b_{n-k} are both in a, b, n); None for no expression."""
    if not isinstance(expr, sp.Basic):
        return None
    found = set()
    for s in expr.free_symbols - {i for i in expr.free_symbols if isinstance(i, sp.Indexed)}:
        found.update(part for part in str(s).split("_") if part)
    return found


def value_anew(walker, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
    """`when $b = e$` in notes, b given a name of a number above (b = b_1 with b_1 = 2), or a
    number and now a constant (e, π): the case the lines below work in, b's new value (never
    a claim that 2 = e, as two numbers for one name are two cases); None otherwise."""
    name, value = chain.parts[0].expr, chain.parts[-1].expr
    if ln.locate is None or len(chain.parts) != 2 or chain.links[0].op != "=" or not isinstance(
            name, sp.Symbol) or PRIME in name.name or name in walker.ctx.stale:
        return None
    old = walker.ctx.values.get(name)
    if old is None or not (isinstance(old, sp.Symbol) or value in (sp.E, sp.pi)) or not _plain(
            walker.ctx, old) or not _plain(walker.ctx, value) or compare(
            walker.ctx.expand(old), value, budget=walker.budget).status != "not_equal":
        return None  # only a name's value (b = b_1) or a constant (b = e) set anew so
    walker.ctx.values[name] = value
    walker.results.append(walker._result(ln, chain.parts[1], "unchecked", f"{show(name)} is "
                                         f"{show(value)} from here (a new value: the case the "
                                         "lines below work in)", method="definition"))
    return replace(state, prev=None, prev_eq=None, carried=None)


def _plain(ctx, value) -> bool:
    """A number (e, π too), or a name whose value is one."""
    return isinstance(value, sp.Expr) and (value.is_number or isinstance(
        value, sp.Symbol) and getattr(ctx.values.get(value), "is_number", False) is True)


def defined_anew(walker, ln: Line, chain: Chain, state: WalkState, name) -> WalkState:
    """`name` given a new formula by `chain`: the step is its new definition, not a claim.
    Its derivative given a value with the old formula (`u' = 2x` under u = x² + 1) is known no
    more: `u'v + uv'` below a new u = tan x is never worked out with the old u'."""
    walker.ctx.stale.discard(name)
    primed = name_and_derivatives(walker.ctx.values, name.name) if isinstance(
        name, sp.Symbol) else []
    for derivative in [n for n in primed if n != name]:
        walker.ctx.values.pop(derivative)
    start = len(walker.results)
    state = walker._definition(ln, chain, state)
    if walker.results[start].method == "definition":
        walker.results[start].message = f"a new definition of {show(name)} (not a claim: " \
            "nothing to check)"
    return state


def function_named(ctx, name: str, body, arity: int = 1) -> None:
    """`h(x) = f(x)/g(x)` under `h'(2) = 8` written for the h of the part above: h has a formula
    from here, and the values written at points for h and its derivatives are known no more (the
    h'(2) below is worked out from the new h, never held to the old 8), nor is a number given
    to the name alone (u = 0 at a point above)."""
    ctx.defined.add(name)
    if sp.Symbol(name) not in body.free_symbols:  # u = 0 at a point above: u(x_1, x_2) has a
        ctx.values.pop(sp.Symbol(name), None)  # formula from here (p(x) = p^x(1-p)^(1-x): kept)
    for call in [c for c in ctx.calls if any(f.func.__name__.rstrip(PRIME + "'") == name
                                             and len(f.args) == arity  # H(p) beside H(p, q)
                                             for f in c.atoms(AppliedUndef))]:
        ctx.calls.pop(call)  # h(2), h'(2) (a Subs of h's derivative) of the old h


def through_formulas(walker, ln: Line, ea, eb, b) -> StepResult | None:
    """`E(Σx_i²/n - 2μ̂·Σx_i/n + μ̂²) = E(Σx_i²/n - 2μ̂² + μ̂²)` under `μ̂ = Σx_i/n`: a step not
    equal as written, ok once the names given a formula in other names above (never a number of
    an example, never one from an earlier problem) are written out; else None."""
    varied = _varied_names(ea) | _varied_names(eb)  # d/dz under z = θ₀ + θ₁x: z stays z
    formulas = {k: v for k, v in walker.ctx.values.items() if isinstance(k, sp.Symbol) and (
        k in ea.free_symbols or k in eb.free_symbols) and k not in walker.ctx.stale
        and isinstance(v, sp.Expr) and v.free_symbols and k not in v.free_symbols
        and k not in varied}
    if not formulas:
        return None
    try:
        written_out = ea.xreplace(formulas), eb.xreplace(formulas)
    except (ValueError, TypeError):  # a formula where sympy takes only a name: not written out
        return None
    verdict = compare(*written_out, walker.ctx.assumptions, budget=walker.budget)
    if verdict.status != "equal":
        return None
    return walker._result(ln, b, "ok", "follows with the values defined above",
                          method=verdict.method)


def _varied_names(expr) -> set:
    """The names a derivative is taken in or a sum, integral, limit or Subs binds in `expr`."""
    found = set()
    for node in sp.preorder_traversal(expr) if isinstance(expr, sp.Basic) else ():
        if isinstance(node, sp.Derivative):
            found |= {v for v, _ in node.variable_count}
        elif isinstance(node, (sp.Subs, sp.Limit, sp.Sum, sp.Product, sp.Integral)):
            found |= set(node.variables) if isinstance(node, sp.Subs) else \
                {node.args[1]} if isinstance(node, sp.Limit) else {lim[0] for lim in node.limits}
    return found


# the word before `$z = 0$` that makes it the point a formula is worked out at
AT_A_POINT = frozenset("at".split())


def at_a_point(walker, ln: Line, name) -> bool:
    """`Check at $z = 0$:` a number for a name with a formula, said to be the point the lines
    below work at; only when the formula is not a number already with the values given (then
    `z = 0` is a claim about it)."""
    formula = walker.ctx.values.get(name)
    return ln.named.lower() in AT_A_POINT and bool(getattr(
        walker.ctx.expand(formula), "free_symbols", None))


def unvalued(formula, values: dict) -> bool:
    """`ŷ = σ(z)`, `a = tanh(z)` with z given nowhere: a number for ŷ is an example's value (a
    prediction of 0.3), not a claim. Only an activation of one name: x = 2λ of a solution is
    checked when it is said to be 4."""
    return isinstance(formula, sp.Function) and len(formula.args) == 1 and isinstance(
        formula.args[0], sp.Symbol) and values.get(formula.args[0]) is None
