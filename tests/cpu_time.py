"""The CPU time of a call, the least of a few runs: guards against quadratic work that a busy or
slower machine (a pause, another process, a cold cache) does not trip."""

from __future__ import annotations

import time
from collections.abc import Callable


def least_cpu_seconds(call: Callable[[], object], runs: int = 3) -> float:
    """The fewest seconds of this process's CPU that `call()` took over `runs` runs."""
    spent = []
    for _ in range(runs):
        start = time.process_time()
        call()
        spent.append(time.process_time() - start)
    return min(spent)
