"""Vector steps with the values given above: ∇_w L at the w given, ∇f = ½∇g at x = y = 1/√2."""

from __future__ import annotations

import sympy as sp

from tutor.vectors import Gradient, MatrixLiteral, Transposed, matrix_literal


def scalar_gradients_at_values(expr, by_name: dict):
    """∇_w L of a number L in a plain name w that has a value: dL/dw worked out through the
    definitions (all but w put in), then w's value put in; other gradients as they are."""
    def at_values(g):
        f, w, order = g.args
        if order != 1 or not (isinstance(w, sp.Symbol) and w.is_commutative) \
                or w.name not in by_name:
            return g
        others = {k: v for k, v in by_name.items() if k != w.name}
        for _ in range(8):
            used = {s: others[s.name] for s in f.free_symbols if s.name in others}
            if not used:
                break
            f = f.xreplace(used)
        if not f.is_commutative or w not in f.free_symbols:
            return g
        return sp.diff(f, w).xreplace({w: by_name[w.name]})

    return expr.replace(lambda e: isinstance(e, Gradient), at_values) if expr.has(Gradient) \
        else expr


def names_differentiated(*exprs) -> set[str]:
    """The names the derivatives in `exprs` are taken in (∂/∂w: "w", be w a vector or not in the
    body); a Dummy's name is no name (∂L/∂p at p = σ(z))."""
    return {v.name for e in exprs for d in e.atoms(sp.Derivative) for v in d.variables
            if isinstance(v, sp.Symbol) and not isinstance(v, sp.Dummy)}


def numeric_point(expected, got, by_name: dict) -> dict:
    """The names of either side given a number above, with their numbers (not a name a
    derivative is taken in: ∂/∂w keeps w a variable)."""
    varied = names_differentiated(expected, got)
    return {s: by_name[s.name] for s in expected.free_symbols | got.free_symbols
            if s.name in by_name and s.name not in varied and isinstance(
                by_name[s.name], sp.Basic) and not by_name[s.name].free_symbols}


def at_the_point(expr, point: dict):
    """`expr` at the point: each gradient in named variables and each derivative taken
    first, then the numbers put in."""
    def column(g):
        f, w, order = g.args
        names = list(w.args[2:]) if isinstance(w, MatrixLiteral) else []
        if order != 1 or not names or not all(isinstance(n, sp.Symbol) for n in names):
            return g
        return matrix_literal([[sp.diff(f, n)] for n in names])

    expr = expr.replace(lambda e: isinstance(e, Gradient), column)
    expr = expr.replace(lambda e: isinstance(e, sp.Derivative) and _in_its_variables(e),
                        lambda d: d.doit())
    return expr.xreplace(point)


def _in_its_variables(derivative: sp.Derivative) -> bool:
    """Whether the body holds each variable as that very symbol: ∂/∂w of wᵀx holds w as a
    vector, another symbol than the plain w it is taken in (sympy would give 0)."""
    body = derivative.expr.free_symbols
    return all(v in body or not any(getattr(s, "name", None) == getattr(v, "name", v)
                                    for s in body) for v in derivative.variables)


def numbers_transposed(expr, values: dict):
    """wᵀ as the number w is given (a number is its own transpose: `z = wᵀx + b = 0.5·2 - 1`
    in a worked example with w = 0.5); only in an expression that takes no derivative, limit
    or integral, where w may be the variable."""
    if not expr.has(Transposed) or expr.has(sp.Derivative, sp.Subs, sp.Limit, sp.Integral,
                                             Gradient):
        return expr
    numbers = {k.name: v for k, v in values.items() if isinstance(k, sp.Symbol)
               and isinstance(v, sp.Basic) and v.is_number and v.is_commutative}
    return expr.replace(lambda e: isinstance(e, Transposed) and isinstance(e.args[0], sp.Symbol)
                        and e.args[0].name in numbers, lambda e: numbers[e.args[0].name])
