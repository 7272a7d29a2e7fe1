"""`\\frac{19}{8} = 2,375`: a step wrong with the comma read as one of thousands (2375) that
holds with it read as a decimal comma (2.375, as Polish or German notes write it): unsure."""

from __future__ import annotations

import re

import sympy as sp

from tutor.judge.equivalence import compare
from tutor.model import StepResult

_GROUPED = re.compile(r"(?<![\d.,{])([1-9]\d{0,2}),(\d{3})(?![\d,}])")
BUDGET = 1.0


def on_a_comma_of_thousands(ctx, last: StepResult, a, b, text: str) -> None:
    """`last` made unchecked when it is an error that a decimal comma in place of a comma of
    thousands (in the line's text) would undo."""
    if last.verdict != "error" or "," not in text:
        return
    found = _GROUPED.findall(text)
    decimals = {sp.Integer(int(w + f)): sp.Rational(int(w + f), 1000) for w, f in found}
    if not decimals or not any(x.has(*decimals) for x in (a, b)):
        return
    a2, b2 = (ctx.expand(x.xreplace(decimals)) for x in (a, b))
    if compare(a2, b2, ctx.assumptions, budget=BUDGET).status == "equal":
        w, f = found[0]
        last.not_sure(f"{w},{f} read as {w}{f} makes this wrong; as {w}.{f} (a decimal comma) "
                      "it holds: the text does not say which comma it writes")
