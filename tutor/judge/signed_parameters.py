"""Parameters with a sign the assumptions give (`a > 0`), as sympy symbols that carry it.

`\\int_0^\\infty x e^{-ax}\\,dx` and `\\lim_{x\\to\\infty} x e^{-ax}` have a closed form only when
the sign of a is known: sympy reads that sign from the symbol, the learner wrote it as `a > 0`.
"""

from __future__ import annotations

import sympy as sp

from tutor.model import Assumptions


def signed_symbols(exprs, assumptions: Assumptions) -> dict:
    """{plain symbol: the same name, positive or nonnegative} for the symbols of `exprs` whose
    sign a relation of the assumptions gives (`a > 0`, `0 < a`, `a >= 1`, `a >= 0`)."""
    names = {s.name: s for e in exprs for s in e.free_symbols if isinstance(s, sp.Symbol)}
    signs: dict = {}
    for rel in assumptions.relations:
        found = _sign_of(rel)
        if found and found[0] in names and found[0] not in signs:
            plain = names[found[0]]
            if plain.is_positive is None:
                signs[found[0]] = (plain, sp.Symbol(found[0], **{found[1]: True}))
    return dict(signs.values())


def _sign_of(rel) -> tuple[str, str] | None:
    """(name, "positive" or "nonnegative") when `rel` bounds one symbol below by a number."""
    if not isinstance(rel, (sp.StrictGreaterThan, sp.GreaterThan, sp.StrictLessThan,
                            sp.LessThan)):
        return None
    low, high = (rel.rhs, rel.lhs) if isinstance(rel, (sp.StrictGreaterThan, sp.GreaterThan)) \
        else (rel.lhs, rel.rhs)
    if not isinstance(high, sp.Symbol) or not low.is_number or not low.is_real:
        return None
    strict = isinstance(rel, (sp.StrictGreaterThan, sp.StrictLessThan))
    if low > 0 or (strict and low >= 0):
        return high.name, "positive"
    return (high.name, "nonnegative") if low >= 0 else None
