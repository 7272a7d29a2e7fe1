"""A gradient or Hessian at a point (∇h(1, 1) of h defined in x, y) worked out as a matrix."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.judge.decimals import exact
from tutor.trees import nodes_of
from tutor.vectors import Gradient, MatrixLiteral, matrix_literal


def explicit_gradients(expr):
    """`expr` with each gradient of a known expression in named variables, taken at a point,
    written out as its column (or the Hessian as its matrix); anything else is left as is."""
    if not isinstance(expr, sp.Basic) or not expr.has(sp.Subs):
        return expr
    return expr.replace(_at_a_point, _worked_out)


def exact_entries(expr):
    """A matrix written with decimals (⟨3.2, 2.4⟩) with its entries as the decimals written."""
    if not isinstance(expr, MatrixLiteral):
        return expr
    return expr.func(*expr.args[:2], *[exact(e) for e in expr.args[2:]])


def _at_a_point(e) -> bool:
    if not (isinstance(e, sp.Subs) and isinstance(e.expr, Gradient)):
        return False
    f, w, _ = e.expr.args
    names = list(w.args[2:]) if isinstance(w, MatrixLiteral) else []
    return bool(names) and all(isinstance(n, sp.Symbol) for n in names) and not nodes_of(f,
        AppliedUndef) and set(e.variables) == set(names)


def _worked_out(e):
    f, w, order = e.expr.args
    names = list(w.args[2:])
    point = {v: exact(p) for v, p in zip(e.variables, e.point, strict=True)}  # 0.4 = 2/5
    if order == 2:
        rows = [[sp.diff(f, a, b).xreplace(point) for b in names] for a in names]
    else:
        rows = [[sp.diff(f, a).xreplace(point)] for a in names]
    return matrix_literal(rows)
