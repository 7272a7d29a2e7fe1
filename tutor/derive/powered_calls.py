"""`f^4(x) = 16e^{2x}` beside `f'''(x) = 8e^{2x}`: a superscript number written right on a
function's name may count derivatives (Taylor notes write f^4 for f⁽⁴⁾), not a power; a step
wrong only when it is read as a power is not sure."""

from __future__ import annotations

import re

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.model import StepResult
from tutor.names import name_spans

# around a function's name as written: a longer name or a command before it; `^4`, `^{4}` after
_NAME_BEFORE, _SUPERSCRIPT = re.compile(r"[\\\w]\Z"), re.compile(r"\s*\^\s*\{?\s*(\d+)\b")


def on_a_powered_call(last: StepResult, a, b, text: str) -> None:
    """`last` made unchecked when it is an error and a side holds f(x)^n (n ≥ 2) written
    `f^n(x)` or `f^{n}` on a line that also writes f with primes: the n-th derivative may be
    meant (with no prime beside it, `1 - T^2(x)` is a power, as for sin)."""
    if last.verdict != "error" or not text:
        return
    for side in (a, b):
        for power in side.atoms(sp.Pow) if isinstance(side, sp.Basic) else ():
            if not (isinstance(power.base, AppliedUndef) and power.exp.is_Integer
                    and power.exp >= 2):
                continue
            name = power.base.func.__name__
            after = [text[end:] for start, end in name_spans(text, name)
                     if not _NAME_BEFORE.search(text, 0, start)]  # f, never the f of \inf
            if any((m := _SUPERSCRIPT.match(a)) and m.group(1) == str(power.exp) for a in after) \
                    and any(a.lstrip().startswith("'") for a in after):  # f''' beside f^4
                last.not_sure(f"{name}^{power.exp} may be the derivative of order {power.exp} "
                              f"(as in Taylor notes), not the power: not checked")
                return
