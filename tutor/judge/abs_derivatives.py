"""Derivatives of |…| taken with the names real: d/dw |w| = sign(w), where sympy leaves them."""

from __future__ import annotations

import sympy as sp


def real_abs_derivatives(expr):
    """`expr` with each derivative of an expression holding |…| evaluated with its names real
    (a learner's w is a real number: d/dw λ|w| = λ sign(w)), undefined where an argument of
    |…| is 0 (no derivative there: nothing claimed at w = 0 is called right); a derivative still
    unevaluated stays as it was."""
    def evaluate(d):
        real = {s: sp.Dummy(s.name, real=True) for s in d.expr.free_symbols
                if isinstance(s, sp.Symbol) and s.is_real is None}
        try:
            done = d.xreplace(real).doit()
        except (NotImplementedError, ValueError, TypeError):
            return d
        if done.has(sp.Derivative, sp.Subs):
            return d
        kinks = [sp.Ne(a.args[0], 0) for a in d.expr.atoms(sp.Abs)]  # no derivative there
        return sp.Piecewise((done, sp.And(*kinks)), (sp.nan, True)).xreplace(
            {dummy: name for name, dummy in real.items()})

    return expr.replace(lambda e: isinstance(e, sp.Derivative) and e.expr.has(sp.Abs), evaluate)
