"""`\\ln(1 + x) \\xrightarrow{x \\to 0} \\ln 1`: an arrow marked with a limit (nLab's habit) says
the expression tends to what follows; confirmed by the limit's value, never refuted here."""

from __future__ import annotations

import re

import sympy as sp

from tutor.derive.diagnosis import show
from tutor.judge.equivalence import compare
from tutor.model import Part

# `x \to 0`, `x \rightarrow +\infty`, `h -> 0`: one letter, an arrow, a number or ±∞
_LIMIT_LABEL = re.compile(r"\s*(?P<var>[A-Za-z])\s*(?:\\to|\\rightarrow|->|→)\s*"
                          r"(?P<sign>[+-]?)\s*(?P<point>\d+(?:\.\d+)?|\\infty|∞)\s*")


def limit_along_arrow(checker, ln, a: Part, b: Part, label: str | None) -> bool:
    """The last result made ok when the arrow's label is a limit (`x \\to 0`) and the limit of
    the expression before it there is the expression after it (in which the variable is gone);
    False (nothing changed) otherwise."""
    m = _LIMIT_LABEL.fullmatch(label or "")
    if m is None:
        return False
    ea, eb = checker.ctx.expand(a.expr), checker.ctx.expand(b.expr)
    var = next((s for s in ea.free_symbols if s.name == m["var"]), None)
    if var is None or var in eb.free_symbols:
        return False
    point = sp.oo if m["point"] in ("\\infty", "∞") else sp.Rational(m["point"])
    point = -point if m["sign"] == "-" else point
    toward = sp.Limit(ea, var, point, dir="+-" if point.is_finite else "+")
    verdict = compare(toward, eb, checker.ctx.assumptions, budget=checker.budget)
    if verdict.status != "equal":
        return False
    checker.results[-1] = checker._result(ln, b, "ok", f"the limit as {show(var)} → "
                                          f"{show(point)}, as the arrow says",
                                          method=verdict.method)
    return True
