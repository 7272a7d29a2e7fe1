"""Steps with truncated series: the diagnosis of a wrong coefficient, the series's origin."""

from __future__ import annotations

from collections.abc import Callable

from tutor.judge.series import SERIES, truncated
from tutor.model import Part, Verdict


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
