"""`\\ln\\left(\\sin(x)\\right)^2`: a power written right after a log's bracket may be the power of
the log (how TeX reads it) or of its argument (ln sin²x, as the writer of `ln(x^4 sin^2 x) =
ln(x^4) + ln(sin x)^2` means); a step wrong only on the first reading is not sure."""

from __future__ import annotations

import re

import sympy as sp

from tutor.derive.other_readings import status_as_read
from tutor.model import StepResult

# a log's bracket closed, then a power: `\ln(u)^2`, `\log\left(u\right)^{2}`, `ln(u)^2`
_POWER_AFTER_LOG = re.compile(r"(?:ln|log)\s*(?:\\left\s*)?\((?:[^()]|\([^()]{0,80}\)){0,200}\)"
                              r"\s*\^")  # bounded: never quadratic in a long line


def on_a_powered_log(ctx, last: StepResult, a, b, text: str | None) -> None:
    """`last` (the step a → b, or between two equations a and b) made unchecked when it is
    not refuted with each (log u)^n written `\\ln(u)^n` read as log(uⁿ) (`text`: the line,
    which must write it so; None when the power stands on the line above)."""
    if last.verdict not in ("error", "warning") or text is not None and not (
            _POWER_AFTER_LOG.search(text)):  # no text: the power is on the line above
        return
    if not any(_log_powers(side) for side in (a, b)):
        return
    if _holds(ctx, *(_argument_powered(side) for side in (a, b))):
        last.not_sure("not refuted if ln(u)^n means ln(uⁿ), the power on the argument (TeX's "
                      "`\\ln(u)^2` is (ln u)²; write \\ln(u^2) or \\ln^2(u) to say which)")


def _log_powers(expr) -> list:
    return [p for p in expr.atoms(sp.Pow) if isinstance(p.base, sp.log) and p.exp.is_Integer
            and p.exp >= 2] if isinstance(expr, sp.Basic) else []


def _argument_powered(expr):
    if isinstance(expr, sp.Eq):
        return sp.Eq(_argument_powered(expr.lhs), _argument_powered(expr.rhs), evaluate=False)
    return expr.xreplace({p: sp.log(p.base.args[0] ** p.exp) for p in _log_powers(expr)})


def _holds(ctx, a, b) -> bool:
    """Whether a = b is not refuted, and says something: `ln(x^3) = ln(x)^3` read so would be
    ln(x³) = ln(x³), no step at all (the classic slip stays one)."""
    if isinstance(a, sp.Eq) and isinstance(b, sp.Eq):  # the same equation, each side moved over
        a, b = a.lhs - a.rhs, b.lhs - b.rhs
    if sp.expand(a - b) == 0:
        return False
    status = status_as_read(ctx, ctx.expand, a, b)  # an error needs this reading ruled out
    return status is not None and status != "not_equal"
