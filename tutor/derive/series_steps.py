"""Steps with truncated series: the diagnosis of a wrong coefficient, the series's origin."""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from tutor.judge.series import SERIES, truncated
from tutor.model import Part, Verdict
from tutor.names import BIG_O, LITTLE_O


def series_slip(verdict: Verdict) -> tuple[str, str] | None:
    """(code, diagnosis) of a series with a wrong coefficient: `sign` when only its sign is
    wrong, else `term`; None for any other verdict."""
    if verdict.method != SERIES or verdict.status != "not_equal" or not verdict.witness:
        return None
    return ("sign" if verdict.witness.get("sign") == "wrong" else "term"), verdict.reason


def series_origin(a: Part, b: Part, first: Part | None, same: Callable) -> Part:
    """What a truncated series is compared with: where the chain began (`e^x = 1 + x + … =
    1 + x + x²/2 + …`: e^x) when the line before is a truncated series of it (`same(first,
    a)`: a verdict), so that the terms the line before left out are checked too."""
    if first is None or first is a or truncated(first.expr) is not None:
        return a
    if truncated(a.expr) is None or truncated(b.expr) is None:
        return a
    return first if same(first, a).status == "equal" else a


def rest_no_witness(verdict: Verdict, ea, eb) -> Verdict:
    """`verdict`, but unknown for a not-equal between sides with a rest O(…) or o(…) that the
    series reader did not take apart, outside any limit: the rest stands for a different
    function on each side (`e·exp(-x/2 + O(x³)) = e(1 - x/2 + O(x²))`), so a point where the
    sides differ with one value given to it is no witness. A series the reader takes apart
    keeps its verdict (a wrong coefficient is an error), and so does a rest under a limit."""
    if verdict.status != "not_equal" or verdict.method == SERIES:
        return verdict
    sides = [side for side in (ea, eb) if isinstance(side, sp.Basic)]
    if not any(side.has(BIG_O, LITTLE_O) for side in sides) or any(
            side.has(sp.Limit) for side in sides) or all(truncated(s) for s in sides):
        return verdict
    return Verdict("unknown", reason="a rest O(…) inside other math: no value of it to compare")
