"""`(1 ± √50)/7 = (1 ± 5√2)/7`: both sides with ±, compared as the two values each stands for."""

from __future__ import annotations

from collections.abc import Callable

from tutor.model import Verdict
from tutor.names import ELLIPSIS, PLUS_MINUS


def by_both_signs(a, b, compare: Callable) -> Verdict | None:
    """Equal when the + and − readings agree side by side (or crossed: ± against ∓), unequal
    when neither pairing does and a branch of each is refuted; None unless both sides hold ±
    (and no …): one ± alone leaves its sign unwritten."""
    if not all(getattr(e, "has", None) and e.has(PLUS_MINUS) and not e.has(ELLIPSIS)
               for e in (a, b)):
        return None
    plus, minus = ({PLUS_MINUS: 1}, {PLUS_MINUS: -1})
    pairings = ((plus, plus, minus, minus), (plus, minus, minus, plus))
    refuted = 0
    for a1, b1, a2, b2 in pairings:
        verdicts = [compare(a.xreplace(a1), b.xreplace(b1)), compare(a.xreplace(a2),
                                                                      b.xreplace(b2))]
        if all(v.status == "equal" for v in verdicts):
            return Verdict("equal", "both signs of ±: " + verdicts[0].method)
        refuted += any(v.status == "not_equal" for v in verdicts)
    if refuted == len(pairings):
        return Verdict("not_equal", "both signs of ±", reason="the two values ± gives differ")
    return Verdict("unknown", reason="'±': its two values could not both be settled")
