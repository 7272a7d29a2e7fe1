"""`ln N! = N ln N − N` written with `=`: Stirling's approximation, as entropy notes use it (the
multiplicity of counts n_i of N draws); a step wrong only as an exact claim is not sure."""

from __future__ import annotations

import sympy as sp

from tutor.derive.other_readings import status_as_read
from tutor.model import StepResult


def on_stirlings_approximation(ctx, last: StepResult, a, b) -> None:
    """`last` (the step a → b, an error) made unchecked when it holds with each ln(n!) taken
    as n ln n − n."""
    if last.verdict != "error" or not any(_factorial_logs(x) for x in (a, b)):
        return
    if status_as_read(ctx, lambda x: _approximated(ctx.expand(x)), a, b) == "equal":
        last.not_sure("holds with Stirling's approximation ln n! ≈ n ln n − n, not exactly "
                      "(write ≈)")


def _factorial_logs(expr) -> list:
    return [e for e in expr.atoms(sp.log) if isinstance(e.args[0], sp.factorial)] if isinstance(
        expr, sp.Basic) else []


def _approximated(expr):
    return expr.replace(lambda e: isinstance(e, sp.log) and isinstance(e.args[0], sp.factorial),
                        lambda e: e.args[0].args[0] * sp.log(e.args[0].args[0])
                        - e.args[0].args[0])
