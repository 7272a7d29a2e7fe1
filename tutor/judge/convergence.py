"""An integral sympy evaluates only where it converges (Piecewise((value, condition),
(Integral, True))): undefined elsewhere, so a claim is compared where the integral exists."""

from __future__ import annotations

import sympy as sp


def divergent_as_undefined(expr):
    """expr with each integral's unevaluated fallback branch dropped: `∫_0^∞ λe^{-λx} dx` is
    1 where λ > 0 and has no value for λ ≤ 0 (there the step is not sampled)."""
    if not expr.has(sp.Piecewise):
        return expr
    return expr.replace(_falls_back_to_integral, _undefined_fallback)


def _falls_back_to_integral(e) -> bool:
    if not isinstance(e, sp.Piecewise) or len(e.args) < 2:
        return False
    *values, (last, condition) = e.args
    return (condition is sp.true and isinstance(last, sp.Integral)
            and not any(v.has(sp.Integral) for v, _ in values))


def _undefined_fallback(e):
    return sp.Piecewise(*((v, _for_real(c)) for v, c in e.args[:-1]))  # no value elsewhere


def _for_real(condition):
    """A convergence condition read for real values: |arg λ| < π/2 is λ > 0, |arg λ| = π/2
    never holds (λ ≠ 0), re(k) is k."""
    condition = condition.replace(lambda e: isinstance(e, sp.re) and e.args[0].is_Symbol
                                  and e.args[0].is_real is not False, lambda e: e.args[0])
    return condition.replace(
        lambda c: isinstance(c, (sp.StrictLessThan, sp.Eq)) and c.rhs == sp.pi / 2
        and isinstance(c.lhs, sp.Abs) and isinstance(c.lhs.args[0], sp.arg)
        and c.lhs.args[0].args[0].is_real is not False,  # letters are sampled real
        lambda c: c.lhs.args[0].args[0] > 0 if isinstance(c, sp.StrictLessThan) else sp.false)
