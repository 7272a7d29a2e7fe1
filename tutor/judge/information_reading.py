"""`I(X = v)` beside `P(X = v)`: the indicator of the event, or its information content
−log P(X = v) (self-information, in notes on entropy). A difference is no refutation when the
second reading removes it."""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.model import Verdict
from tutor.trees import nodes_of

INFORMATION_REASON = ("depends on what I(…) means: the indicator of the event, or its "
                      "information content −log P (self-information)")
_PROBABILITY = ("P", "p")


def information_readings(a, b) -> list[dict]:
    """Readings of I(e) for every event e that stands inside both an I(…) and a P(…) of the
    two sides: first the indicator of e, then −log P(e) for each base of the logarithm (e, 2);
    [] when there is no such event."""
    calls = [c for c in nodes_of(sp.Tuple(a, b), AppliedUndef) if len(c.args) == 1]
    events = {c.args[0] for c in calls if c.func.__name__ in _PROBABILITY}
    informed = [c for c in calls if c.func.__name__ == "I" and c.args[0] in events
                and isinstance(c.args[0], sp.Rel)]
    if not informed:
        return []
    probability = next(c.func for c in calls if c.func.__name__ in _PROBABILITY)
    indicator = {c: sp.Piecewise((1, c.args[0]), (0, True)) for c in informed}
    return [indicator] + [{c: -sp.log(probability(c.args[0])) / sp.log(base) for c in informed}
                          for base in (sp.E, 2)]


def unless_information_decides(verdict: Verdict, a, b,
                               compare: Callable[[object, object], Verdict]) -> Verdict:
    """The verdict under the indicator reading of I(e) beside P(e); unknown when it differs
    there but reading I(e) as the information −log P(e) makes the two sides equal
    (`Σ I(X=v) P(X=v) = −Σ log P(X=v) · P(X=v)`, the entropy); `verdict` when there is no
    such I(e)."""
    readings = information_readings(a, b)
    if not readings:
        return verdict
    as_indicator = compare(a.xreplace(readings[0]), b.xreplace(readings[0]))
    if as_indicator.status != "not_equal":
        return as_indicator
    for reading in readings[1:]:
        if compare(a.xreplace(reading), b.xreplace(reading)).status == "equal":
            return Verdict("unknown", reason=INFORMATION_REASON, witness=as_indicator.witness)
    return as_indicator
